// SPDX-License-Identifier: MIT
#include "crypto/Secp256k1.h"

#include "crypto/Eip191.h"
#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::loadJsonObject;
using stardeck::test::vectorCases;

namespace {

//! secp256k1 n as published in SEC 2 (written out here, not taken from the code under test).
const QString kN = QStringLiteral("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

UInt256 minus(UInt256 a, const UInt256 &b)
{
    a.subInPlace(b);
    return a;
}

QString rsv(const UInt256 &r, const UInt256 &s, const char *v)
{
    return hex(r) + hex(s).mid(2) + QLatin1String(v);
}

QJsonObject official()
{
    return loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json"));
}

} // namespace

class TestSecp256k1 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void personalSign_data();
    void personalSign();
    void officialSignRaw();
    void recoverRealImxTraffic_data();
    void recoverRealImxTraffic();
    void orderConstants();
    void highSStillRecovers();
    void recoverWrongDigestGivesOtherAddress();
    void badPrivateKeys_data();
    void badPrivateKeys();
    void badSignatures_data();
    void badSignatures();
    void recoverRejectsInvalidFields();
    void publicKeyForms();
    void tweakAdd();
};

void TestSecp256k1::personalSign_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_personal_sign.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestSecp256k1::personalSign()
{
    QFETCH(QJsonObject, c);
    const auto key = secp256k1::parsePrivateKey(str(field(c, "private_key")));
    QVERIFY(key.ok());
    const auto addr = secp256k1::addressFromPrivateKey(*key);
    QVERIFY(addr.ok());
    QCOMPARE(QString::fromStdString(addr->toChecksumHex()), field(c, "address"));

    const Hash256 digest = eip191::personalMessageDigest(field(c, "message").toUtf8());
    const auto sig = secp256k1::signDigest(*key, digest);
    QVERIFY(sig.ok());
    QCOMPARE(hex(sig->r), field(c, "r"));
    QCOMPARE(hex(sig->s), field(c, "s"));
    QCOMPARE(int(sig->v), c.value(QLatin1String("v")).toInt());
    QVERIFY(sig->isLowS());
    QCOMPARE(QString::fromStdString(sig->toRsvHex()), field(c, "signature_rsv"));
    QCOMPARE(QString::fromStdString(sig->toImxHex()), field(c, "imx_signature"));
    QCOMPARE(hex(sig->toBytes()), field(c, "signature_rsv"));

    // Both wire conventions parse to the same signature.
    const auto fromRsv = EthSignature::parse(str(field(c, "signature_rsv")));
    const auto fromImx = EthSignature::parse(str(field(c, "imx_signature")));
    const auto noPrefix = EthSignature::parse(str(field(c, "imx_signature").mid(2)));
    const auto upper =
        EthSignature::parse(str(QStringLiteral("0x") + field(c, "signature_rsv").mid(2).toUpper()));
    QVERIFY(fromRsv.ok() && fromImx.ok() && noPrefix.ok() && upper.ok());
    QVERIFY(*fromRsv == *sig);
    QVERIFY(*fromImx == *sig);
    QVERIFY(*noPrefix == *sig);
    QVERIFY(*upper == *sig);

    const auto recovered = secp256k1::recoverAddress(digest, *fromImx);
    QVERIFY(recovered.ok());
    QCOMPARE(QString::fromStdString(recovered->toChecksumHex()), field(c, "address"));
}

void TestSecp256k1::officialSignRaw()
{
    const QJsonArray cases = officialGroupMember(official(), "sign_raw").toArray();
    QVERIFY(!cases.isEmpty());
    for (const auto &v : cases) {
        const QJsonObject c = v.toObject();
        const auto key = secp256k1::parsePrivateKey(str(field(c, "eth_private_key")));
        QVERIFY(key.ok());
        const auto sig =
            secp256k1::signDigest(*key, eip191::personalMessageDigest(field(c, "message").toUtf8()));
        QVERIFY(sig.ok());
        QCOMPARE(QString::fromStdString(sig->toImxHex()), field(c, "imx_eth_signature"));
    }
}

void TestSecp256k1::recoverRealImxTraffic_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("address");
    const QJsonObject root = official();
    const QJsonObject sandbox = officialGroupMember(root, "sandbox_registration").toObject();
    QTest::newRow("sandbox registration eth_signature")
        << field(sandbox, "signable_message") << field(sandbox, "eth_signature")
        << field(sandbox, "ether_key");
    const QJsonObject mainnet = officialGroupMember(root, "mainnet_account").toObject();
    QTest::newRow("mainnet seed signature")
        << QStringLiteral("Only sign this request if you\u2019ve initiated an action with Immutable X.")
        << field(mainnet, "seed_signature_imx") << field(mainnet, "eth_address");
    QTest::newRow("mainnet link signature")
        << QStringLiteral("Only sign this key linking request from Immutable X")
        << field(mainnet, "link_signature_imx") << field(mainnet, "eth_address");
}

void TestSecp256k1::recoverRealImxTraffic()
{
    QFETCH(QString, message);
    QFETCH(QString, signature);
    QFETCH(QString, address);
    const auto recovered = secp256k1::recoverAddress(eip191::personalMessageDigest(message.toUtf8()),
                                                     stardeck::test::eth::signature(signature));
    QVERIFY(recovered.ok());
    QVERIFY(*recovered == stardeck::test::eth::address(address));
}

void TestSecp256k1::orderConstants()
{
    QCOMPARE(secp256k1::kOrder, u256Hex(kN));
    UInt256 twiceHalfPlusOne = secp256k1::kHalfOrder << 1;
    twiceHalfPlusOne.addInPlace(UInt256(1));
    QCOMPARE(twiceHalfPlusOne, u256Hex(kN));
}

void TestSecp256k1::highSStillRecovers()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    const EthSignature low = signature(field(c, "signature_rsv"));
    // (r, n - s) with the other recovery id is the same signature in its malleated form.
    const QString malleated = rsv(low.r, minus(u256Hex(kN), low.s), low.v == 27 ? "1c" : "1b");
    const auto high = EthSignature::parse(str(malleated));
    QVERIFY(high.ok());
    QVERIFY(!high->isLowS());
    const auto recovered = secp256k1::recoverAddress(u256Hex(field(c, "eip191_digest")).toBytesBE(), *high);
    QVERIFY(recovered.ok());
    QCOMPARE(QString::fromStdString(recovered->toChecksumHex()), field(c, "address"));
}

void TestSecp256k1::recoverWrongDigestGivesOtherAddress()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(1).toObject();
    Hash256 digest = u256Hex(field(c, "eip191_digest")).toBytesBE();
    digest[31] ^= 1;
    const auto recovered = secp256k1::recoverAddress(digest, signature(field(c, "signature_rsv")));
    QVERIFY(recovered.ok());
    QVERIFY(QString::fromStdString(recovered->toChecksumHex()) != field(c, "address"));
}

void TestSecp256k1::badPrivateKeys_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<ErrorCode>("code");
    const UInt256 n = u256Hex(kN);
    UInt256 nPlusOne = n;
    nPlusOne.addInPlace(UInt256(1));
    QTest::newRow("zero") << hex(UInt256()) << ErrorCode::OutOfRange;
    QTest::newRow("n") << hex(n) << ErrorCode::OutOfRange;
    QTest::newRow("n+1") << hex(nPlusOne) << ErrorCode::OutOfRange;
    QTest::newRow("2^256-1") << QStringLiteral("0x") + QString(64, QLatin1Char('f')) << ErrorCode::OutOfRange;
    QTest::newRow("31 bytes") << QStringLiteral("0x") + QString(62, QLatin1Char('1'))
                              << ErrorCode::InvalidLength;
    QTest::newRow("33 bytes") << QStringLiteral("0x") + QString(66, QLatin1Char('1'))
                              << ErrorCode::InvalidLength;
    QTest::newRow("odd length") << QStringLiteral("0x") + QString(63, QLatin1Char('1'))
                                << ErrorCode::InvalidLength;
    QTest::newRow("non-hex") << QStringLiteral("0x") + QString(63, QLatin1Char('1')) + QLatin1Char('z')
                             << ErrorCode::InvalidFormat;
    QTest::newRow("empty") << QString() << ErrorCode::InvalidLength;
}

void TestSecp256k1::badPrivateKeys()
{
    QFETCH(QString, hex);
    QFETCH(ErrorCode, code);
    const auto key = secp256k1::parsePrivateKey(str(hex));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);

    // The same value handed over as raw bytes fails every operation cleanly.
    if (code == ErrorCode::OutOfRange) {
        const SecureBytes raw = secretFromHex(hex);
        QVERIFY(!secp256k1::checkPrivateKey(raw).ok());
        QVERIFY(!secp256k1::signDigest(raw, Hash256{}).ok());
        QVERIFY(!secp256k1::addressFromPrivateKey(raw).ok());
        QVERIFY(!secp256k1::compressedPublicKey(raw).ok());
    }
}

void TestSecp256k1::badSignatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    const QString good = field(c, "signature_rsv");
    const QString body = good.mid(2, 128);
    const UInt256 r = u256Hex(field(c, "r"));
    const UInt256 s = u256Hex(field(c, "s"));
    const UInt256 n = u256Hex(kN);
    QTest::newRow("empty") << QString() << ErrorCode::InvalidLength;
    QTest::newRow("64 bytes (no v)") << QStringLiteral("0x") + body << ErrorCode::InvalidLength;
    QTest::newRow("129 digits") << good.left(good.size() - 1) << ErrorCode::InvalidLength;
    QTest::newRow("131 digits") << good + QLatin1Char('0') << ErrorCode::InvalidLength;
    QTest::newRow("non-hex") << QStringLiteral("0x") + body + QStringLiteral("1g")
                             << ErrorCode::InvalidFormat;
    QTest::newRow("v = 2") << QStringLiteral("0x") + body + QStringLiteral("02") << ErrorCode::OutOfRange;
    QTest::newRow("v = 26") << QStringLiteral("0x") + body + QStringLiteral("1a") << ErrorCode::OutOfRange;
    QTest::newRow("v = 29") << QStringLiteral("0x") + body + QStringLiteral("1d") << ErrorCode::OutOfRange;
    QTest::newRow("v = 255") << QStringLiteral("0x") + body + QStringLiteral("ff") << ErrorCode::OutOfRange;
    QTest::newRow("r = 0") << rsv(UInt256(), s, "1b") << ErrorCode::OutOfRange;
    QTest::newRow("s = 0") << rsv(r, UInt256(), "1b") << ErrorCode::OutOfRange;
    QTest::newRow("r = n") << rsv(n, s, "1b") << ErrorCode::OutOfRange;
    QTest::newRow("s = n") << rsv(r, n, "1b") << ErrorCode::OutOfRange;
    QTest::newRow("s = 2^256-1") << hex(r) + QString(64, QLatin1Char('f')) + QStringLiteral("1b")
                                 << ErrorCode::OutOfRange;
}

void TestSecp256k1::badSignatures()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);
    const auto sig = EthSignature::parse(str(text));
    QVERIFY(!sig.ok());
    QCOMPARE(sig.error().code, code);
    QVERIFY(!sig.error().message.empty());
}

void TestSecp256k1::recoverRejectsInvalidFields()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    const Hash256 digest = u256Hex(field(c, "eip191_digest")).toBytesBE();
    EthSignature sig = signature(field(c, "signature_rsv"));
    sig.v = 1; // raw recovery id is not the struct's convention
    QVERIFY(!secp256k1::recoverAddress(digest, sig).ok());
    sig = signature(field(c, "signature_rsv"));
    sig.r = u256Hex(kN);
    QVERIFY(!secp256k1::recoverAddress(digest, sig).ok());
    sig = signature(field(c, "signature_rsv"));
    sig.s = UInt256();
    QVERIFY(!secp256k1::recoverAddress(digest, sig).ok());
}

void TestSecp256k1::publicKeyForms()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_personal_sign.json")).at(0).toObject();
    const auto key = secp256k1::parsePrivateKey(str(field(c, "private_key")));
    QVERIFY(key.ok());
    const auto full = secp256k1::uncompressedPublicKey(*key);
    const auto compressed = secp256k1::compressedPublicKey(*key);
    QVERIFY(full.ok() && compressed.ok());
    QCOMPARE((*full)[0], std::uint8_t(0x04));
    QCOMPARE((*compressed)[0], std::uint8_t(0x02 + ((*full)[64] & 1)));
    QVERIFY(std::equal(compressed->begin() + 1, compressed->end(), full->begin() + 1));
    const auto addr = EthAddress::fromUncompressedPublicKey(*full);
    QVERIFY(addr.ok());
    QCOMPARE(QString::fromStdString(addr->toChecksumHex()), field(c, "address"));
}

void TestSecp256k1::tweakAdd()
{
    // 1 + 2 = 3, and n - 1 + 1 wraps to zero (rejected, key unchanged); tweak >= n rejected.
    SecureBytes key = secretFromHex(QStringLiteral("01"));
    QVERIFY(secp256k1::tweakAddPrivateKey(key, u256Hex(QStringLiteral("02")).toBytesBE()).ok());
    QCOMPARE(hex(key), hex(u256Hex(QStringLiteral("03"))));

    SecureBytes nMinusOne = secretFromHex(hex(minus(u256Hex(kN), UInt256(1))));
    const Status wrap = secp256k1::tweakAddPrivateKey(nMinusOne, u256Hex(QStringLiteral("01")).toBytesBE());
    QVERIFY(!wrap.ok());
    QCOMPARE(wrap.error().code, ErrorCode::OutOfRange);
    QCOMPARE(hex(nMinusOne), hex(minus(u256Hex(kN), UInt256(1))));

    const Status big = secp256k1::tweakAddPrivateKey(key, u256Hex(kN).toBytesBE());
    QVERIFY(!big.ok());
    QCOMPARE(hex(key), hex(u256Hex(QStringLiteral("03"))));

    SecureBytes shortKey(31);
    QVERIFY(!secp256k1::tweakAddPrivateKey(shortKey, u256Hex(QStringLiteral("02")).toBytesBE()).ok());
}

QTEST_GUILESS_MAIN(TestSecp256k1)
#include "tst_Secp256k1.moc"
