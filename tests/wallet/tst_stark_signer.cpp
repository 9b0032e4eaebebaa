// SPDX-License-Identifier: MIT
// StarkSigner: keys checked, signatures bit-exact with starkware-crypto-utils (vectors) and verified
// with stark::verify, delivered on the context's thread and dropped when the context dies first.
#include "support/Vectors.h"
#include "wallet/StarkSigner.h"

#include <QTest>
#include <QThread>

#include <optional>

using namespace stardeck;
using namespace stardeck::wallet;
using crypto::SecureBytes;
using crypto::UInt256;

namespace {

constexpr int kWaitMs = 20000;

UInt256 hex(const QJsonValue &v)
{
    return *UInt256::fromHex(v.toString().toStdString());
}

SecureBytes key(const QJsonValue &v)
{
    const auto bytes = hex(v).toBytesBE();
    return SecureBytes(bytes.data(), bytes.size());
}

//! Signs and waits for the callback (nullopt if none arrived).
std::optional<WalletResult<crypto::stark::Signature>>
signAndWait(const StarkSigner &signer, const UInt256 &hash, QObject *context, QThread **thread = nullptr)
{
    std::optional<WalletResult<crypto::stark::Signature>> result;
    signer.sign(hash, context, [&result, thread](WalletResult<crypto::stark::Signature> r) {
        if (thread != nullptr)
            *thread = QThread::currentThread();
        result.emplace(std::move(r));
    });
    if (result.has_value())
        return std::nullopt; // delivered inside sign(): a contract violation the caller checks
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestStarkSigner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signsVectorsAndVerifies()
    {
        const QJsonArray cases = test::vectorCases(QStringLiteral("ecdsa_sign.json"));
        QVERIFY(cases.size() >= 5);
        QObject context;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject c = cases[i].toObject();
            auto signer = StarkSigner::create(key(c[u"private_key"]));
            QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
            QCOMPARE(signer.value()->starkKey(), hex(c[u"stark_key"]));
            QCOMPARE(signer.value()->starkKeyHex(), c[u"stark_key"].toString());
            const UInt256 hash = hex(c[u"msg_hash"]);
            QThread *deliveredOn = nullptr;
            const auto result = signAndWait(*signer.value(), hash, &context, &deliveredOn);
            QVERIFY(result.has_value());
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
            QCOMPARE(result->value().r, hex(c[u"r"]));
            QCOMPARE(result->value().s, hex(c[u"s"]));
            QCOMPARE(deliveredOn, QThread::currentThread());
            const auto verified = crypto::stark::verify(hex(c[u"stark_key"]), hash, result->value());
            QVERIFY(verified.ok());
            QVERIFY(*verified);
        }
    }

    void badKeysRefused()
    {
        // Zero, n (the Stark curve order) and 2^256-1 are outside [1, n); a short key is not 32 bytes.
        const UInt256 order =
            *UInt256::fromHex("0x0800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2f");
        for (const UInt256 &bad : {UInt256(0), order, UInt256(~0ULL, ~0ULL, ~0ULL, ~0ULL)}) {
            const auto bytes = bad.toBytesBE();
            const auto signer = StarkSigner::create(SecureBytes(bytes.data(), bytes.size()));
            QVERIFY(!signer.ok());
            QCOMPARE(signer.error().failure, WalletFailure::InvalidRequest);
        }
        QVERIFY(!StarkSigner::create(SecureBytes(31)).ok());
        QVERIFY(!StarkSigner::create(SecureBytes()).ok());
        // n - 1 is the largest valid key.
        UInt256 largest = order;
        largest.subInPlace(UInt256(1));
        const auto bytes = largest.toBytesBE();
        QVERIFY(StarkSigner::create(SecureBytes(bytes.data(), bytes.size())).ok());
    }

    void unsignableHashRefused()
    {
        const QJsonObject c = test::vectorCases(QStringLiteral("ecdsa_sign.json"))[0].toObject();
        auto signer = StarkSigner::create(key(c[u"private_key"]));
        QVERIFY(signer.ok());
        QObject context;
        const auto result = signAndWait(*signer.value(), UInt256::powerOfTwo(251), &context);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::InvalidRequest);
    }

    void contextDestroyedBeforeDelivery()
    {
        const QJsonObject c = test::vectorCases(QStringLiteral("ecdsa_sign.json"))[1].toObject();
        auto signer = StarkSigner::create(key(c[u"private_key"]));
        QVERIFY(signer.ok());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        signer.value()->sign(hex(c[u"msg_hash"]), context.get(),
                             [&calls](WalletResult<crypto::stark::Signature>) { ++calls; });
        context.reset();
        // A control request on a live context: once it is delivered the first one had every chance.
        QObject alive;
        const auto control = signAndWait(*signer.value(), hex(c[u"msg_hash"]), &alive);
        QVERIFY(control.has_value() && control->ok());
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void signerMayDieBeforeTheWorker()
    {
        const QJsonObject c = test::vectorCases(QStringLiteral("ecdsa_sign.json"))[2].toObject();
        std::optional<WalletResult<crypto::stark::Signature>> result;
        QObject context;
        {
            auto signer = StarkSigner::create(key(c[u"private_key"]));
            QVERIFY(signer.ok());
            signer.value()->sign(
                hex(c[u"msg_hash"]), &context,
                [&result](WalletResult<crypto::stark::Signature> r) { result.emplace(std::move(r)); });
        }
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY(result->ok());
        QCOMPARE(result->value().r, hex(c[u"r"]));
    }

    void contextOnAnotherThread()
    {
        const QJsonObject c = test::vectorCases(QStringLiteral("ecdsa_sign.json"))[3].toObject();
        auto signer = StarkSigner::create(key(c[u"private_key"]));
        QVERIFY(signer.ok());
        QThread thread;
        thread.start();
        QObject context;
        context.moveToThread(&thread);
        std::atomic<QThread *> deliveredOn{nullptr};
        signer.value()->sign(hex(c[u"msg_hash"]), &context,
                             [&deliveredOn](WalletResult<crypto::stark::Signature> r) {
                                 if (r.ok())
                                     deliveredOn = QThread::currentThread();
                             });
        QTRY_VERIFY_WITH_TIMEOUT(deliveredOn.load() != nullptr, kWaitMs);
        QCOMPARE(deliveredOn.load(), &thread);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestStarkSigner)
#include "tst_stark_signer.moc"
