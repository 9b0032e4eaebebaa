// SPDX-License-Identifier: MIT
#include "crypto/LocalEthSigner.h"

#include "crypto/Secp256k1.h"
#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::vectorCases;

class TestLocalEthSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsAsynchronously_data();
    void signsAsynchronously();
    void droppedWhenContextDies();
    void nullContextNeverCalls();
    void rejectsBadKeys();
};

void TestLocalEthSigner::signsAsynchronously_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_personal_sign.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestLocalEthSigner::signsAsynchronously()
{
    QFETCH(QJsonObject, c);
    auto signer = LocalEthSigner::create(secretFromHex(field(c, "private_key")));
    QVERIFY(signer.ok());
    QCOMPARE(QString::fromStdString((*signer)->address().toChecksumHex()), field(c, "address"));

    QObject context;
    std::optional<Expected<EthSignature>> result;
    int calls = 0;
    (*signer)->signPersonalMessage(field(c, "message").toUtf8(), &context, [&](Expected<EthSignature> sig) {
        ++calls;
        result = std::move(sig);
    });
    QCOMPARE(calls, 0); // never from inside the call
    QTRY_COMPARE(calls, 1);
    QVERIFY(result->ok());
    QCOMPARE(QString::fromStdString((*result)->toImxHex()), field(c, "imx_signature"));

    const auto now = (*signer)->signPersonalMessageNow(field(c, "message").toUtf8());
    QVERIFY(now.ok());
    QCOMPARE(QString::fromStdString(now->toRsvHex()), field(c, "signature_rsv"));
}

void TestLocalEthSigner::droppedWhenContextDies()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    auto signer = LocalEthSigner::create(secretFromHex(field(c, "private_key")));
    QVERIFY(signer.ok());
    int calls = 0;
    auto context = std::make_unique<QObject>();
    (*signer)->signPersonalMessage(QByteArrayLiteral("x"), context.get(),
                                   [&](Expected<EthSignature>) { ++calls; });
    context.reset();
    // A second, live request proves the event loop ran past the dropped one.
    QObject live;
    int liveCalls = 0;
    (*signer)->signPersonalMessage(QByteArrayLiteral("y"), &live,
                                   [&](Expected<EthSignature>) { ++liveCalls; });
    QTRY_COMPARE(liveCalls, 1);
    QCOMPARE(calls, 0);
}

void TestLocalEthSigner::nullContextNeverCalls()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    auto signer = LocalEthSigner::create(secretFromHex(field(c, "private_key")));
    QVERIFY(signer.ok());
    int calls = 0;
    (*signer)->signPersonalMessage(QByteArrayLiteral("x"), nullptr, [&](Expected<EthSignature>) { ++calls; });
    QObject live;
    int liveCalls = 0;
    (*signer)->signPersonalMessage(QByteArrayLiteral("y"), &live,
                                   [&](Expected<EthSignature>) { ++liveCalls; });
    QTRY_COMPARE(liveCalls, 1);
    QCOMPARE(calls, 0);
}

void TestLocalEthSigner::rejectsBadKeys()
{
    QVERIFY(!LocalEthSigner::create(SecureBytes(32)).ok()); // zero
    QVERIFY(!LocalEthSigner::create(SecureBytes(31)).ok());
    QVERIFY(!LocalEthSigner::create(SecureBytes()).ok());
    const auto atN = LocalEthSigner::create(
        secretFromHex(QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")));
    QVERIFY(!atN.ok());
    QCOMPARE(atN.error().code, ErrorCode::OutOfRange);
}

QTEST_GUILESS_MAIN(TestLocalEthSigner)
#include "tst_LocalEthSigner.moc"
