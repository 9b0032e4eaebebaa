// SPDX-License-Identifier: MIT
#include "crypto/EthAddress.h"

#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::loadJsonObject;
using stardeck::test::vectorCases;

class TestEthAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksumRoundTrip_data();
    void checksumRoundTrip();
    void singleCaseAccepted_data();
    void singleCaseAccepted();
    void badChecksum_data();
    void badChecksum();
    void malformed_data();
    void malformed();
    void fromUncompressedPublicKeyRejectsBadInput();
};

void TestEthAddress::checksumRoundTrip_data()
{
    QTest::addColumn<QString>("checksummed");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_personal_sign.json")))
        QTest::newRow(QByteArray("personal_sign " + caseLabel(i++, v.toObject())).constData())
            << field(v.toObject(), "address");
    i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json")))
        QTest::newRow(QByteArray("derivation " + caseLabel(i++, v.toObject())).constData())
            << field(v.toObject(), "eth_address");
    const QJsonObject official =
        loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json"));
    QTest::newRow("official mainnet account")
        << field(officialGroupMember(official, "mainnet_account").toObject(), "eth_address");
}

void TestEthAddress::checksumRoundTrip()
{
    QFETCH(QString, checksummed);
    const auto a = EthAddress::parse(str(checksummed));
    QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
    QCOMPARE(QString::fromStdString(a->toChecksumHex()), checksummed);
    QCOMPARE(QString::fromStdString(a->toLowerHex()), checksummed.toLower());
    QCOMPARE(a->toUInt256(), u256Hex(checksummed));
    QCOMPARE(hex(a->bytes()), checksummed.toLower());
}

void TestEthAddress::singleCaseAccepted_data()
{
    QTest::addColumn<QString>("checksummed");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << field(v.toObject(), "eth_address");
    const QJsonObject official =
        loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json"));
    // Real IMX API traffic carries lowercase addresses.
    QTest::newRow("official sandbox ether_key")
        << field(officialGroupMember(official, "sandbox_registration").toObject(), "ether_key");
}

void TestEthAddress::singleCaseAccepted()
{
    QFETCH(QString, checksummed);
    const QString lowerForm = checksummed.toLower();
    const QString upperForm = QStringLiteral("0x") + checksummed.mid(2).toUpper();
    const auto fromLower = EthAddress::parse(str(lowerForm));
    const auto fromUpper = EthAddress::parse(str(upperForm));
    QVERIFY(fromLower.ok());
    QVERIFY(fromUpper.ok());
    QVERIFY(*fromLower == *fromUpper);
    QCOMPARE(QString::fromStdString(fromUpper->toLowerHex()), lowerForm);
}

void TestEthAddress::badChecksum_data()
{
    QTest::addColumn<QString>("text");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json"))) {
        const QString good = field(v.toObject(), "eth_address");
        // Flip the case of the first letter whose flip keeps the string mixed-case.
        QString bad = good;
        for (qsizetype k = 2; k < bad.size(); ++k) {
            const QChar ch = bad[k];
            if (!ch.isLetter())
                continue;
            bad[k] = ch.isUpper() ? ch.toLower() : ch.toUpper();
            const QString digits = bad.mid(2);
            if (digits != digits.toLower() && digits != digits.toUpper())
                break;
            bad[k] = ch;
        }
        QVERIFY(bad != good);
        QTest::newRow(caseLabel(i++, v.toObject())) << bad;
    }
}

void TestEthAddress::badChecksum()
{
    QFETCH(QString, text);
    const auto a = EthAddress::parse(str(text));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::InvalidFormat);
    QVERIFY2(a.error().message.find("checksum") != std::string::npos, a.error().message.c_str());
}

void TestEthAddress::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");
    const QString good = QStringLiteral("0x95cf5c1b78ed03db3a1d69e722f2e2fa40cdf584");
    QTest::newRow("empty") << QString() << ErrorCode::InvalidFormat;
    QTest::newRow("only 0x") << QStringLiteral("0x") << ErrorCode::InvalidLength;
    QTest::newRow("no prefix") << good.mid(2) << ErrorCode::InvalidFormat;
    QTest::newRow("0X prefix") << QStringLiteral("0X") + good.mid(2) << ErrorCode::InvalidFormat;
    QTest::newRow("39 digits") << good.left(41) << ErrorCode::InvalidLength;
    QTest::newRow("41 digits") << good + QLatin1Char('0') << ErrorCode::InvalidLength;
    QTest::newRow("32-byte word") << QStringLiteral("0x") + QString(64, QLatin1Char('1'))
                                  << ErrorCode::InvalidLength;
    QTest::newRow("non-hex g") << good.left(41) + QLatin1Char('g') << ErrorCode::InvalidFormat;
    QTest::newRow("space inside") << good.left(20) + QLatin1Char(' ') + good.mid(21)
                                  << ErrorCode::InvalidFormat;
    QTest::newRow("trailing space") << good.left(41) + QLatin1Char(' ') << ErrorCode::InvalidFormat;
    QTest::newRow("leading space") << QLatin1Char(' ') + good.left(41) << ErrorCode::InvalidFormat;
}

void TestEthAddress::malformed()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);
    const auto a = EthAddress::parse(str(text));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, code);
    QVERIFY(!a.error().message.empty());
}

void TestEthAddress::fromUncompressedPublicKeyRejectsBadInput()
{
    std::array<std::uint8_t, 65> key{};
    key[0] = 0x02;
    QVERIFY(!EthAddress::fromUncompressedPublicKey(key).ok());
    QVERIFY(!EthAddress::fromUncompressedPublicKey(std::span(key).first(64)).ok());
}

QTEST_GUILESS_MAIN(TestEthAddress)
#include "tst_EthAddress.moc"
