// SPDX-License-Identifier: MIT
#include "starkex/ImxPayload.h"

#include "crypto/StarkCurve.h"
#include "starkex/StarkexTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace stardeck;
using namespace stardeck::starkex;
using stardeck::crypto::ErrorCode;
using stardeck::crypto::UInt256;
using stardeck::test::pow2Plus;
using stardeck::test::u256;

namespace {

UInt256 field(const QJsonObject &c, const char *name)
{
    return u256(c.value(QLatin1String(name)));
}

//! Payload hashes in IMX traffic come without "0x" and leading zeros; compare numerically.
UInt256 bareHex(const QJsonValue &v)
{
    QString s = v.toString();
    if (!s.startsWith(QLatin1String("0x")))
        s.prepend(QLatin1String("0x"));
    return u256(s);
}

const UInt256 kStarkKey =
    u256(QStringLiteral("0x05b7ef3490154934d95c02d7e53bed472bc7e954fe701d6837dc50e66c6e9e36"));
const std::string kEthAddress = "0xe440902afc5e361e3a33152d8c67e5e07da1a524";

LegacyWithdrawalParams baseWithdrawal()
{
    return LegacyWithdrawalParams{
        u256(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e")), kStarkKey,
        UInt256(5), UInt256(100), UInt256(9)};
}

} // namespace

class TestImxPayload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void officialRegistrations();
    void registrationBadInput();
    void cancelOrderRange();
    void withdrawalRanges();
};

void TestImxPayload::vectors_data()
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray cases = test::vectorCases(QStringLiteral("imx_payloads.json"));
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(test::caseLabel(i, cases[i].toObject()).constData()) << cases[i].toObject();
}

void TestImxPayload::vectors()
{
    QFETCH(QJsonObject, c);
    const QString kind = c.value(QLatin1String("kind")).toString();
    const UInt256 expected = field(c, "payload_hash");
    if (kind == QLatin1String("registration_offchain")) {
        const auto r = registrationPayloadHash(field(c, "stark_key"),
                                               c.value(QLatin1String("ether_key")).toString().toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(*r, expected);
    } else if (kind == QLatin1String("cancel_order")) {
        const auto r = cancelOrderPayloadHash(field(c, "order_id"));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(*r, expected);
    } else if (kind == QLatin1String("withdrawal_legacy_sdk")) {
        const LegacyWithdrawalParams w{field(c, "asset_id"), field(c, "stark_key"), field(c, "vault_id"),
                                       field(c, "amount"), field(c, "nonce")};
        const auto r = legacyWithdrawalPayloadHash(w);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->packedWord, field(c, "packed_word"));
        QCOMPARE(r->hash, expected);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown payload kind ") + kind));
    }
}

void TestImxPayload::officialRegistrations()
{
    const QJsonObject file =
        test::loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json"));
    int checked = 0;
    for (const auto &g : file.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = g.toObject();
        if (group.contains(QLatin1String("mainnet_account"))) {
            const QJsonObject a = group.value(QLatin1String("mainnet_account")).toObject();
            const auto r =
                registrationPayloadHash(bareHex(a.value(QLatin1String("stark_public_key"))),
                                        a.value(QLatin1String("eth_address")).toString().toStdString());
            QVERIFY(r.ok());
            QCOMPARE(*r, bareHex(a.value(QLatin1String("registration_payload_hash"))));
            ++checked;
        }
        if (group.contains(QLatin1String("sandbox_registration"))) {
            const QJsonObject s = group.value(QLatin1String("sandbox_registration")).toObject();
            const auto r =
                registrationPayloadHash(bareHex(s.value(QLatin1String("stark_key"))),
                                        s.value(QLatin1String("ether_key")).toString().toStdString());
            QVERIFY(r.ok());
            QCOMPARE(*r, bareHex(s.value(QLatin1String("payload_hash"))));
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
}

void TestImxPayload::registrationBadInput()
{
    for (const char *bad :
         {"", "e440902afc5e361e3a33152d8c67e5e07da1a524", "0xe440902afc5e361e3a33152d8c67e5e07da1a52",
          "0xe440902afc5e361e3a33152d8c67e5e07da1a5244", "0xz440902afc5e361e3a33152d8c67e5e07da1a524"}) {
        const auto r = registrationPayloadHash(kStarkKey, bad);
        QVERIFY2(!r.ok(), bad);
        QCOMPARE(r.error().code, ErrorCode::InvalidFormat);
        QVERIFY(r.error().message.rfind("ether_key", 0) == 0);
    }
    const auto tooBig = registrationPayloadHash(crypto::stark::kPrime, kEthAddress);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, ErrorCode::OutOfRange);
    QVERIFY(tooBig.error().message.rfind("stark_key", 0) == 0);
}

void TestImxPayload::cancelOrderRange()
{
    QVERIFY(cancelOrderPayloadHash(UInt256{}).ok());
    QVERIFY(cancelOrderPayloadHash(pow2Plus(64, -1)).ok());
    const auto r = cancelOrderPayloadHash(pow2Plus(64, 0));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
    QVERIFY(r.error().message.rfind("order_id", 0) == 0);
}

void TestImxPayload::withdrawalRanges()
{
    QVERIFY(legacyWithdrawalPayloadHash(baseWithdrawal()).ok());
    struct Row {
        const char *field;
        UInt256 LegacyWithdrawalParams::*member;
        UInt256 lastValid;
    };
    UInt256 p1 = crypto::stark::kPrime;
    p1.subInPlace(UInt256(1));
    for (const Row &row : {Row{"asset_id", &LegacyWithdrawalParams::assetId, p1},
                           Row{"stark_key", &LegacyWithdrawalParams::starkKey, p1},
                           Row{"vault_id", &LegacyWithdrawalParams::vaultId, pow2Plus(31, -1)},
                           Row{"amount", &LegacyWithdrawalParams::amount, pow2Plus(63, -1)},
                           Row{"nonce", &LegacyWithdrawalParams::nonce, pow2Plus(31, -1)}}) {
        LegacyWithdrawalParams w = baseWithdrawal();
        w.*row.member = row.lastValid;
        QVERIFY2(legacyWithdrawalPayloadHash(w).ok(), row.field);
        w.*row.member = row.lastValid;
        (w.*row.member).addInPlace(UInt256(1));
        const auto r = legacyWithdrawalPayloadHash(w);
        QVERIFY2(!r.ok(), row.field);
        QCOMPARE(r.error().code, ErrorCode::OutOfRange);
        QVERIFY2(r.error().message.rfind(std::string(row.field) + ": ", 0) == 0, r.error().message.c_str());
    }
}

QTEST_GUILESS_MAIN(TestImxPayload)
#include "tst_ImxPayload.moc"
