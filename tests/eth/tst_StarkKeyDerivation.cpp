// SPDX-License-Identifier: MIT
#include "crypto/StarkKeyDerivation.h"

#include "crypto/Eip191.h"
#include "crypto/EthSigner.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/Secp256k1.h"
#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QTest>

#include <optional>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::loadJsonObject;
using stardeck::test::vectorCases;

namespace {

QJsonObject official()
{
    return loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json"));
}

//! A remote-like signer whose answer is scripted: a fixed result, delivered queued.
class ScriptedSigner final : public EthSigner {
public:
    ScriptedSigner(const EthAddress &address, Expected<EthSignature> answer)
        : m_address(address), m_answer(std::move(answer))
    {}
    EthAddress address() const override { return m_address; }
    void signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done) override
    {
        lastMessage = message;
        QMetaObject::invokeMethod(
            context, [done, answer = m_answer] { done(answer); }, Qt::QueuedConnection);
    }
    QByteArray lastMessage;

private:
    EthAddress m_address;
    Expected<EthSignature> m_answer;
};

Expected<imx::DerivedStarkKey> deriveFromEthKey(const QString &ethKeyHex, imx::GrindVariant variant)
{
    const auto key = secp256k1::parsePrivateKey(str(ethKeyHex));
    if (!key)
        return key.error();
    const auto address = secp256k1::addressFromPrivateKey(*key);
    if (!address)
        return address.error();
    const auto digest = eip191::personalMessageDigest(std::span(
        reinterpret_cast<const std::uint8_t *>(imx::kSeedMessage.data()), imx::kSeedMessage.size()));
    const auto sig = secp256k1::signDigest(*key, digest);
    if (!sig)
        return sig.error();
    return imx::deriveStarkKey(*address, *sig, variant);
}

UInt256 nMinus(const UInt256 &s)
{
    UInt256 n = secp256k1::kOrder;
    n.subInPlace(s);
    return n;
}

} // namespace

class TestStarkKeyDerivation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void vectors_data();
    void vectors();
    void officialLegacyStarkPrivateKey();
    void officialGrindKey_data();
    void officialGrindKey();
    void officialMainnetAccount();
    void rejectsForeignSignature();
    void rejectsHighS();
    void rejectsSignatureOfOtherMessage();
    void badSeedSizes();
    void asyncDerivation();
    void asyncPropagatesSignerError();
    void asyncRejectsWrongSigner();
};

void TestStarkKeyDerivation::constants()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_stark_key_derivation.json")).at(0).toObject();
    QCOMPARE(QString::fromUtf8(imx::kSeedMessage.data(), qsizetype(imx::kSeedMessage.size())),
             field(c, "seed_message"));
    QCOMPARE(imx::kSeedMessage.size(), std::size_t(72));
}

void TestStarkKeyDerivation::vectors_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestStarkKeyDerivation::vectors()
{
    QFETCH(QJsonObject, c);
    const EthAddress addr = address(field(c, "eth_address"));
    const auto ethKey = secp256k1::parsePrivateKey(str(field(c, "eth_private_key")));
    QVERIFY(ethKey.ok());
    const auto derivedAddress = secp256k1::addressFromPrivateKey(*ethKey);
    QVERIFY(derivedAddress.ok());
    QVERIFY(*derivedAddress == addr);

    // The seed signature, both wire forms, and its s.
    const QByteArray seedMessage = field(c, "seed_message").toUtf8();
    const auto seedSig = secp256k1::signDigest(*ethKey, eip191::personalMessageDigest(seedMessage));
    QVERIFY(seedSig.ok());
    QCOMPARE(QString::fromStdString(seedSig->toRsvHex()), field(c, "seed_signature"));
    QCOMPARE(QString::fromStdString(seedSig->toImxHex()), field(c, "seed_signature_imx_format"));
    QCOMPARE(hex(seedSig->s), field(c, "seed_s"));

    QCOMPARE(QString::fromStdString(imx::accountPathString(addr)), field(c, "account_path"));

    for (const char *form : {"seed_signature", "seed_signature_imx_format"}) {
        const auto derived = imx::deriveStarkKey(addr, signature(field(c, form)));
        QVERIFY2(derived.ok(), derived.ok() ? form : derived.error().message.c_str());
        QCOMPARE(QString::fromStdString(derived->accountPath), field(c, "account_path"));
        QCOMPARE(hex(derived->bip32Child), field(c, "bip32_child_private_key"));
        QCOMPARE(derived->firstHashAboveLimit, c.value(QLatin1String("first_hash_above_limit")).toBool());
        QCOMPARE(derived->grindRounds, c.value(QLatin1String("grind_rounds")).toInt());
        QCOMPARE(hex(derived->privateKey), field(c, "stark_private_key"));
    }

    const struct {
        imx::GrindVariant variant;
        const char *expected;
    } variants[] = {
        {imx::GrindVariant::Current, "stark_private_key"},
        {imx::GrindVariant::CoreSdkV201, "stark_private_key_if_registered_with_core_sdk_v2_0_1"},
        {imx::GrindVariant::LegacyImxSdkJs, "stark_private_key_if_registered_with_imx_sdk_js_legacy"},
        {imx::GrindVariant::StarkWareReference, "not_imx_starkware_grindkey_of_child"},
    };
    for (const auto &v : variants) {
        const auto derived = imx::deriveStarkKey(addr, *seedSig, v.variant);
        QVERIFY(derived.ok());
        QCOMPARE(hex(derived->privateKey), field(c, v.expected));
        QCOMPARE(derived->firstHashAboveLimit, c.value(QLatin1String("first_hash_above_limit")).toBool());

        // grindKey alone, from the vector's child key.
        const auto ground = imx::grindKey(secretFromHex(field(c, "bip32_child_private_key")), v.variant);
        QVERIFY(ground.ok());
        QCOMPARE(hex(ground->key), field(c, v.expected));
    }

    // The seed alone (s) gives the same key.
    const auto fromSeed = imx::deriveStarkKeyFromSeed(addr, secretFromHex(field(c, "seed_s")).span());
    QVERIFY(fromSeed.ok());
    QCOMPARE(hex(fromSeed->privateKey), field(c, "stark_private_key"));

    // Link signature (registration eth_signature), IMX form.
    const auto link =
        secp256k1::signDigest(*ethKey, eip191::personalMessageDigest(field(c, "link_message").toUtf8()));
    QVERIFY(link.ok());
    QCOMPARE(QString::fromStdString(link->toImxHex()), field(c, "link_signature_imx_format"));
}

void TestStarkKeyDerivation::officialLegacyStarkPrivateKey()
{
    const QJsonArray cases = officialGroupMember(official(), "legacy_stark_private_key").toArray();
    QVERIFY(!cases.isEmpty());
    for (const auto &v : cases) {
        const QJsonObject c = v.toObject();
        const auto derived = deriveFromEthKey(field(c, "eth_private_key"), imx::GrindVariant::Current);
        QVERIFY(derived.ok());
        QCOMPARE(hex(derived->privateKey), QStringLiteral("0x") + field(c, "stark_private_key").toLower());
    }
}

void TestStarkKeyDerivation::officialGrindKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<imx::GrindVariant>("variant");
    const QJsonObject root = official();
    // x-client's starkCurve.test.ts imports grindKey from legacy/crypto: the imx-sdk-js variant.
    int i = 0;
    for (const auto &v : officialGroupMember(root, "legacy_grind_key").toArray()) {
        QTest::newRow(QByteArray("x-client legacy grindKey " + QByteArray::number(i++)).constData())
            << field(v.toObject(), "input") << field(v.toObject(), "output")
            << imx::GrindVariant::LegacyImxSdkJs;
    }
    const QJsonObject scu = officialGroupMember(root, "grind_key").toObject();
    QTest::newRow("starkware-crypto-utils grindKey")
        << field(scu, "input") << field(scu, "output") << imx::GrindVariant::StarkWareReference;
}

void TestStarkKeyDerivation::officialGrindKey()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(imx::GrindVariant, variant);
    const auto ground = imx::grindKey(secretFromHex(input), variant);
    QVERIFY(ground.ok());
    QCOMPARE(ground->key.size(), std::size_t(32));
    QCOMPARE(hex(ground->key), hex(u256Hex(output)));
    if (!ground->firstHashAboveLimit) {
        // Below LIMIT every variant takes the first hash.
        QCOMPARE(ground->rounds, 1);
        for (auto other : {imx::GrindVariant::Current, imx::GrindVariant::CoreSdkV201,
                           imx::GrindVariant::LegacyImxSdkJs, imx::GrindVariant::StarkWareReference}) {
            const auto same = imx::grindKey(secretFromHex(input), other);
            QVERIFY(same.ok());
            QCOMPARE(hex(same->key), hex(u256Hex(output)));
        }
    }
}

void TestStarkKeyDerivation::officialMainnetAccount()
{
    const QJsonObject m = officialGroupMember(official(), "mainnet_account").toObject();
    const EthAddress addr = address(field(m, "eth_address"));
    QCOMPARE(QString::fromStdString(imx::accountPathString(addr)), field(m, "account_path"));
    // From the real seed signature alone (no Ethereum key needed).
    const auto derived = imx::deriveStarkKey(addr, signature(field(m, "seed_signature_imx")));
    QVERIFY2(derived.ok(), derived.ok() ? "" : derived.error().message.c_str());
    QCOMPARE(hex(derived->privateKey), QStringLiteral("0x") + field(m, "stark_private_key"));
    // And from the key, through a local signer.
    const auto fromKey = deriveFromEthKey(field(m, "eth_private_key"), imx::GrindVariant::Current);
    QVERIFY(fromKey.ok());
    QCOMPARE(hex(fromKey->privateKey), QStringLiteral("0x") + field(m, "stark_private_key"));
    const auto key = secp256k1::parsePrivateKey(str(field(m, "eth_private_key")));
    QVERIFY(key.ok());
    const auto link =
        secp256k1::signDigest(*key, eip191::personalMessageDigest(QByteArrayLiteral(
                                        "Only sign this key linking request from Immutable X")));
    QVERIFY(link.ok());
    QCOMPARE(QString::fromStdString(link->toImxHex()), QStringLiteral("0x") + field(m, "link_signature_imx"));
}

void TestStarkKeyDerivation::rejectsForeignSignature()
{
    const QJsonArray cases = vectorCases(QStringLiteral("eth_stark_key_derivation.json"));
    const EthAddress other = address(field(cases.at(1).toObject(), "eth_address"));
    const auto derived =
        imx::deriveStarkKey(other, signature(field(cases.at(0).toObject(), "seed_signature")));
    QVERIFY(!derived.ok());
    QVERIFY2(derived.error().message.find("signed by") != std::string::npos, derived.error().message.c_str());
}

void TestStarkKeyDerivation::rejectsHighS()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_stark_key_derivation.json")).at(0).toObject();
    EthSignature sig = signature(field(c, "seed_signature"));
    sig.s = nMinus(sig.s);
    sig.v = sig.v == 27 ? 28 : 27; // the malleated twin still recovers to the same address
    const auto derived = imx::deriveStarkKey(address(field(c, "eth_address")), sig);
    QVERIFY(!derived.ok());
    QCOMPARE(derived.error().code, ErrorCode::OutOfRange);
    QVERIFY2(derived.error().message.find("low") != std::string::npos, derived.error().message.c_str());
}

void TestStarkKeyDerivation::rejectsSignatureOfOtherMessage()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_stark_key_derivation.json")).at(0).toObject();
    const auto derived = imx::deriveStarkKey(address(field(c, "eth_address")),
                                             signature(field(c, "link_signature_imx_format")));
    QVERIFY(!derived.ok());
}

void TestStarkKeyDerivation::badSeedSizes()
{
    const EthAddress addr;
    QCOMPARE(imx::deriveStarkKeyFromSeed(addr, SecureBytes(31).span()).error().code,
             ErrorCode::InvalidLength);
    QCOMPARE(imx::deriveStarkKeyFromSeed(addr, SecureBytes(33).span()).error().code,
             ErrorCode::InvalidLength);
    QCOMPARE(imx::grindKey(SecureBytes(31)).error().code, ErrorCode::InvalidLength);
    QCOMPARE(imx::grindKey(SecureBytes()).error().code, ErrorCode::InvalidLength);
}

void TestStarkKeyDerivation::asyncDerivation()
{
    const QJsonObject c = vectorCases(QStringLiteral("eth_stark_key_derivation.json")).at(2).toObject();
    auto signer = LocalEthSigner::create(secretFromHex(field(c, "eth_private_key")));
    QVERIFY(signer.ok());
    QObject context;
    std::optional<Expected<imx::DerivedStarkKey>> result;
    imx::deriveStarkKeyAsync(**signer, &context,
                             [&](Expected<imx::DerivedStarkKey> r) { result = std::move(r); });
    QVERIFY(!result.has_value());
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(hex((*result)->privateKey), field(c, "stark_private_key"));
    QCOMPARE((*result)->firstHashAboveLimit, c.value(QLatin1String("first_hash_above_limit")).toBool());
}

void TestStarkKeyDerivation::asyncPropagatesSignerError()
{
    ScriptedSigner signer(EthAddress(), makeError(ErrorCode::CryptoFailure, "user rejected"));
    QObject context;
    std::optional<Expected<imx::DerivedStarkKey>> result;
    imx::deriveStarkKeyAsync(signer, &context,
                             [&](Expected<imx::DerivedStarkKey> r) { result = std::move(r); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().message, std::string("user rejected"));
    QCOMPARE(signer.lastMessage, QByteArray(imx::kSeedMessage.data(), qsizetype(imx::kSeedMessage.size())));
}

void TestStarkKeyDerivation::asyncRejectsWrongSigner()
{
    // A signer claiming one address but signing with another key must not yield a key.
    const QJsonArray cases = vectorCases(QStringLiteral("eth_stark_key_derivation.json"));
    ScriptedSigner signer(address(field(cases.at(0).toObject(), "eth_address")),
                          signature(field(cases.at(1).toObject(), "seed_signature")));
    QObject context;
    std::optional<Expected<imx::DerivedStarkKey>> result;
    imx::deriveStarkKeyAsync(signer, &context,
                             [&](Expected<imx::DerivedStarkKey> r) { result = std::move(r); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
}

QTEST_GUILESS_MAIN(TestStarkKeyDerivation)
#include "tst_StarkKeyDerivation.moc"
