// SPDX-License-Identifier: MIT
// The stark side of key derivation: public keys and registration signatures of derived keys
// (links against the lead's StarkEcdsa; kept apart so the Ethereum tests run without it).
#include "crypto/StarkKeyDerivation.h"

#include "crypto/Eip191.h"
#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkCurve.h"
#include "crypto/StarkEcdsa.h"
#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::loadJsonObject;
using stardeck::test::vectorCases;

namespace {

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

//! keccak256("UserRegistration:" || address || starkKey) mod n: the on-chain registration hash
//! (x-client signRegisterEthAddress). Public data, so plain repeated subtraction is fine.
UInt256 onchainRegistrationHash(const EthAddress &address, const UInt256 &starkKey)
{
    QByteArray packed("UserRegistration:");
    packed.append(reinterpret_cast<const char *>(address.bytes().data()), qsizetype(address.bytes().size()));
    const auto key = starkKey.toBytesBE();
    packed.append(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    UInt256 h = keccak256AsInt(span(packed));
    while (h >= stark::kOrder)
        h.subInPlace(stark::kOrder);
    return h;
}

} // namespace

class TestStarkKeyDerivationStark : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void officialEthKeyToStarkPublicKey_data();
    void officialEthKeyToStarkPublicKey();
    void officialMainnetAccount();
};

void TestStarkKeyDerivationStark::vectors_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestStarkKeyDerivationStark::vectors()
{
    QFETCH(QJsonObject, c);
    const auto derived =
        imx::deriveStarkKey(address(field(c, "eth_address")), signature(field(c, "seed_signature")));
    QVERIFY(derived.ok());
    const auto pub = stark::publicKey(derived->privateKey);
    QVERIFY2(pub.ok(), pub.ok() ? "" : pub.error().message.c_str());
    QCOMPARE(hex(pub->x), field(c, "stark_key"));
    QCOMPARE(hex(pub->y), field(c, "stark_key_y"));

    const auto offchain =
        stark::sign(derived->privateKey, u256Hex(field(c, "registration_offchain_payload_hash")));
    QVERIFY(offchain.ok());
    QCOMPARE(QString::fromStdString(offchain->toHex()), field(c, "registration_offchain_stark_signature"));

    const UInt256 onchainHash = onchainRegistrationHash(address(field(c, "eth_address")), pub->x);
    const auto onchain = stark::sign(derived->privateKey, onchainHash);
    QVERIFY(onchain.ok());
    QCOMPARE(QString::fromStdString(onchain->toHex()) + hex(pub->y).mid(2),
             field(c, "registration_onchain_signature_r_s_y"));
}

void TestStarkKeyDerivationStark::officialEthKeyToStarkPublicKey_data()
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray cases =
        officialGroupMember(loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json")),
                            "eth_key_to_stark_public_key")
            .toArray();
    int i = 0;
    for (const auto &v : cases)
        QTest::newRow(
            QByteArray(QByteArray::number(i++) + ' ' + field(v.toObject(), "which_variant_matches").toUtf8())
                .constData())
            << v.toObject();
}

void TestStarkKeyDerivationStark::officialEthKeyToStarkPublicKey()
{
    QFETCH(QJsonObject, c);
    const QString which = field(c, "which_variant_matches");
    const UInt256 expected = u256Hex(field(c, "stark_public_key")); // x-client prints it unpadded
    const struct {
        imx::GrindVariant variant;
        const char *name;
    } variants[] = {
        {imx::GrindVariant::Current, "current"},
        {imx::GrindVariant::CoreSdkV201, "v201"},
        {imx::GrindVariant::LegacyImxSdkJs, "legacy"},
    };
    // "no re-hash": every variant matches; otherwise the named variant(s) must match.
    const bool all = which.startsWith(QLatin1String("no re-hash"));
    int matched = 0;
    for (const auto &v : variants) {
        const auto derived = deriveFromEthKey(field(c, "eth_private_key"), v.variant);
        QVERIFY(derived.ok());
        const auto pub = stark::publicKey(derived->privateKey);
        QVERIFY(pub.ok());
        const bool named = all || which.contains(QLatin1String(v.name));
        if (named)
            QCOMPARE(hex(pub->x), hex(expected));
        if (pub->x == expected)
            ++matched;
        if (all)
            QVERIFY(!derived->firstHashAboveLimit);
    }
    QVERIFY(matched >= 1);
}

void TestStarkKeyDerivationStark::officialMainnetAccount()
{
    const QJsonObject m =
        officialGroupMember(loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json")),
                            "mainnet_account")
            .toObject();
    const auto derived =
        imx::deriveStarkKey(address(field(m, "eth_address")), signature(field(m, "seed_signature_imx")));
    QVERIFY(derived.ok());
    const auto pub = stark::publicKey(derived->privateKey);
    QVERIFY(pub.ok());
    QCOMPARE(hex(pub->x), hex(u256Hex(field(m, "stark_public_key"))));
    const auto sig = stark::sign(derived->privateKey, u256Hex(field(m, "registration_payload_hash")));
    QVERIFY(sig.ok());
    QCOMPARE(QString::fromStdString(sig->toHex()),
             QStringLiteral("0x") + field(m, "registration_stark_signature"));
}

QTEST_GUILESS_MAIN(TestStarkKeyDerivationStark)
#include "tst_StarkKeyDerivationStark.moc"
