// SPDX-License-Identifier: MIT
#include "starkex/MessageHash.h"

#include "crypto/StarkCurve.h"
#include "starkex/StarkexTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

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

TransferParams transferFrom(const QJsonObject &c)
{
    TransferParams t;
    t.amount = field(c, "amount");
    t.nonce = field(c, "nonce");
    t.senderVaultId = field(c, "sender_vault_id");
    t.token = field(c, "token");
    t.receiverVaultId = field(c, "receiver_vault_id");
    t.receiverStarkKey = field(c, "receiver_stark_key");
    t.expirationTimestamp = field(c, "expiration_timestamp");
    if (c.contains(QLatin1String("condition")))
        t.condition = field(c, "condition");
    return t;
}

LimitOrderParams orderFrom(const QJsonObject &c)
{
    LimitOrderParams o;
    o.vaultIdSell = field(c, "vault_id_sell");
    o.vaultIdBuy = field(c, "vault_id_buy");
    o.amountSell = field(c, "amount_sell");
    o.amountBuy = field(c, "amount_buy");
    o.tokenSell = field(c, "token_sell");
    o.tokenBuy = field(c, "token_buy");
    o.nonce = field(c, "nonce");
    o.expirationTimestamp = field(c, "expiration_timestamp");
    return o;
}

FeeParams feeFrom(const QJsonObject &c)
{
    return FeeParams{field(c, "fee_token"), field(c, "fee_vault_id"), field(c, "fee_limit")};
}

void addCases(const char *file)
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray cases = test::vectorCases(QLatin1String(file));
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(test::caseLabel(i, cases[i].toObject()).constData()) << cases[i].toObject();
}

void compareResult(const Expected<MessageHash> &r, const QJsonObject &c)
{
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(int(r->instruction), c.value(QLatin1String("instruction_type")).toInt(-1));
    if (c.contains(QLatin1String("packed_word"))) {
        QCOMPARE(r->packedWord, field(c, "packed_word"));
        QVERIFY(!r->packedWord2.has_value());
    } else {
        QCOMPARE(r->packedWord, field(c, "packed_word_1"));
        QVERIFY(r->packedWord2.has_value());
        QCOMPARE(*r->packedWord2, field(c, "packed_word_2"));
    }
    QCOMPARE(r->hash, field(c, "msg_hash"));
}

// A valid base message of each kind (every field well inside its range).
TransferParams baseTransfer()
{
    TransferParams t;
    t.amount = UInt256(1000);
    t.nonce = UInt256(7);
    t.senderVaultId = UInt256(21);
    t.token = u256(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"));
    t.receiverVaultId = UInt256(22);
    t.receiverStarkKey =
        u256(QStringLiteral("0x05b7ef3490154934d95c02d7e53bed472bc7e954fe701d6837dc50e66c6e9e36"));
    t.expirationTimestamp = UInt256(480000);
    return t;
}

LimitOrderParams baseOrder()
{
    LimitOrderParams o;
    o.vaultIdSell = UInt256(21);
    o.vaultIdBuy = UInt256(22);
    o.amountSell = UInt256(1);
    o.amountBuy = UInt256(100000);
    o.tokenSell = u256(QStringLiteral("0x0400cb8583e0f661f6262dd4559d77a57c1042a8bf403f404fbecbdd2c3e7869"));
    o.tokenBuy = u256(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"));
    o.nonce = UInt256(7);
    o.expirationTimestamp = UInt256(480000);
    return o;
}

FeeParams baseFee()
{
    return FeeParams{
        u256(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e")),
        UInt256(23), UInt256(10)};
}

const UInt256 kP = crypto::stark::kPrime;

UInt256 minusOne(UInt256 v)
{
    v.subInPlace(UInt256(1));
    return v;
}

// Which message a boundary row applies to, and how it sets the field under test.
enum class Target {
    Transfer,
    ConditionalTransfer,
    TransferFee,
    ConditionalTransferFee,
    Order,
    OrderFee
};

Expected<MessageHash> run(Target target,
                          const std::function<void(TransferParams &, LimitOrderParams &, FeeParams &)> &set)
{
    TransferParams t = baseTransfer();
    LimitOrderParams o = baseOrder();
    FeeParams f = baseFee();
    if (target == Target::ConditionalTransfer || target == Target::ConditionalTransferFee)
        t.condition = UInt256(0x1234);
    set(t, o, f);
    switch (target) {
    case Target::Transfer:
    case Target::ConditionalTransfer:
        return transferMsgHash(t);
    case Target::TransferFee:
    case Target::ConditionalTransferFee:
        return transferWithFeeMsgHash(t, f);
    case Target::Order:
        return limitOrderMsgHash(o);
    case Target::OrderFee:
        return limitOrderWithFeeMsgHash(o, f);
    }
    return crypto::makeError(ErrorCode::InvalidFormat, "bad target");
}

struct Boundary {
    const char *name;
    Target target;
    const char *field; // expected to start the error message; nullptr when the value is valid
    std::function<void(TransferParams &, LimitOrderParams &, FeeParams &)> set;
};

std::vector<Boundary> boundaries()
{
    const UInt256 two31 = UInt256::powerOfTwo(31), two63 = UInt256::powerOfTwo(63);
    const UInt256 two22 = UInt256::powerOfTwo(22);
    const UInt256 secondEnd = pow2Plus(63, 1LL << 31); // 2^63 + 2^31, first invalid value of range 2
    const auto T = Target::Transfer, CT = Target::ConditionalTransfer, TF = Target::TransferFee,
               CTF = Target::ConditionalTransferFee, O = Target::Order, OF = Target::OrderFee;
    using TP = TransferParams;
    using OP = LimitOrderParams;
    using FP = FeeParams;
    std::vector<Boundary> rows;
    // Transfer fields, without and with fee.
    for (Target target : {T, CT, TF, CTF}) {
        const bool fee = target == TF || target == CTF;
        rows.push_back(
            {"amount 2^63-1", target, nullptr, [=](TP &t, OP &, FP &) { t.amount = minusOne(two63); }});
        rows.push_back({"amount 2^63", target, "amount", [=](TP &t, OP &, FP &) { t.amount = two63; }});
        rows.push_back(
            {"nonce 2^31-1", target, nullptr, [=](TP &t, OP &, FP &) { t.nonce = minusOne(two31); }});
        rows.push_back({"nonce 2^31", target, "nonce", [=](TP &t, OP &, FP &) { t.nonce = two31; }});
        rows.push_back({"expiration 2^22-1", target, nullptr,
                        [=](TP &t, OP &, FP &) { t.expirationTimestamp = minusOne(two22); }});
        rows.push_back({"expiration 2^22", target, "expiration_timestamp",
                        [=](TP &t, OP &, FP &) { t.expirationTimestamp = two22; }});
        rows.push_back({"sender vault 2^31-1", target, nullptr,
                        [=](TP &t, OP &, FP &) { t.senderVaultId = minusOne(two31); }});
        rows.push_back({"sender vault 2^31", target, "sender_vault_id",
                        [=](TP &t, OP &, FP &) { t.senderVaultId = two31; }});
        rows.push_back({"receiver vault 2^31", target, "receiver_vault_id",
                        [=](TP &t, OP &, FP &) { t.receiverVaultId = two31; }});
        rows.push_back({"sender vault 2^63-1", target, "sender_vault_id",
                        [=](TP &t, OP &, FP &) { t.senderVaultId = minusOne(two63); }});
        // The second vault range exists only in the 64-bit fields of the fee variants.
        rows.push_back({"sender vault 2^63", target, fee ? nullptr : "sender_vault_id",
                        [=](TP &t, OP &, FP &) { t.senderVaultId = two63; }});
        rows.push_back({"receiver vault 2^63+2^31-1", target, fee ? nullptr : "receiver_vault_id",
                        [=](TP &t, OP &, FP &) { t.receiverVaultId = minusOne(secondEnd); }});
        rows.push_back({"receiver vault 2^63+2^31", target, "receiver_vault_id",
                        [=](TP &t, OP &, FP &) { t.receiverVaultId = secondEnd; }});
        rows.push_back({"token p-1", target, nullptr, [=](TP &t, OP &, FP &) { t.token = minusOne(kP); }});
        rows.push_back({"token p", target, "token", [=](TP &t, OP &, FP &) { t.token = kP; }});
        rows.push_back({"token 2^256-1", target, "token",
                        [=](TP &t, OP &, FP &) { t.token = UInt256(~0ULL, ~0ULL, ~0ULL, ~0ULL); }});
        rows.push_back({"receiver key p", target, "receiver_stark_key",
                        [=](TP &t, OP &, FP &) { t.receiverStarkKey = kP; }});
        if (target == CT || target == CTF) {
            rows.push_back(
                {"condition p-1", target, nullptr, [=](TP &t, OP &, FP &) { t.condition = minusOne(kP); }});
            rows.push_back(
                {"condition p", target, "condition", [=](TP &t, OP &, FP &) { t.condition = kP; }});
        }
    }
    // Limit order fields, without and with fee.
    for (Target target : {O, OF}) {
        const bool fee = target == OF;
        rows.push_back({"amount_sell 2^63-1", target, nullptr,
                        [=](TP &, OP &o, FP &) { o.amountSell = minusOne(two63); }});
        rows.push_back(
            {"amount_sell 2^63", target, "amount_sell", [=](TP &, OP &o, FP &) { o.amountSell = two63; }});
        rows.push_back(
            {"amount_buy 2^63", target, "amount_buy", [=](TP &, OP &o, FP &) { o.amountBuy = two63; }});
        rows.push_back(
            {"nonce 2^31-1", target, nullptr, [=](TP &, OP &o, FP &) { o.nonce = minusOne(two31); }});
        rows.push_back({"nonce 2^31", target, "nonce", [=](TP &, OP &o, FP &) { o.nonce = two31; }});
        rows.push_back({"expiration 2^22-1", target, nullptr,
                        [=](TP &, OP &o, FP &) { o.expirationTimestamp = minusOne(two22); }});
        rows.push_back({"expiration 2^22", target, "expiration_timestamp",
                        [=](TP &, OP &o, FP &) { o.expirationTimestamp = two22; }});
        rows.push_back({"vault_id_sell 2^31-1", target, nullptr,
                        [=](TP &, OP &o, FP &) { o.vaultIdSell = minusOne(two31); }});
        rows.push_back({"vault_id_sell 2^31", target, "vault_id_sell",
                        [=](TP &, OP &o, FP &) { o.vaultIdSell = two31; }});
        rows.push_back({"vault_id_buy 2^63", target, fee ? nullptr : "vault_id_buy",
                        [=](TP &, OP &o, FP &) { o.vaultIdBuy = two63; }});
        rows.push_back({"vault_id_buy 2^63+2^31", target, "vault_id_buy",
                        [=](TP &, OP &o, FP &) { o.vaultIdBuy = secondEnd; }});
        rows.push_back(
            {"token_sell p-1", target, nullptr, [=](TP &, OP &o, FP &) { o.tokenSell = minusOne(kP); }});
        rows.push_back({"token_sell p", target, "token_sell", [=](TP &, OP &o, FP &) { o.tokenSell = kP; }});
        rows.push_back({"token_buy p", target, "token_buy", [=](TP &, OP &o, FP &) { o.tokenBuy = kP; }});
    }
    // Fee fields.
    for (Target target : {TF, CTF, OF}) {
        rows.push_back(
            {"fee_limit 2^63-1", target, nullptr, [=](TP &, OP &, FP &f) { f.feeLimit = minusOne(two63); }});
        rows.push_back(
            {"fee_limit 2^63", target, "fee_limit", [=](TP &, OP &, FP &f) { f.feeLimit = two63; }});
        rows.push_back(
            {"fee_token p-1", target, nullptr, [=](TP &, OP &, FP &f) { f.feeToken = minusOne(kP); }});
        rows.push_back({"fee_token p", target, "fee_token", [=](TP &, OP &, FP &f) { f.feeToken = kP; }});
        rows.push_back({"fee_vault 2^31-1", target, nullptr,
                        [=](TP &, OP &, FP &f) { f.feeVaultId = minusOne(two31); }});
        rows.push_back(
            {"fee_vault 2^31", target, "fee_vault_id", [=](TP &, OP &, FP &f) { f.feeVaultId = two31; }});
        rows.push_back({"fee_vault 2^63-1", target, "fee_vault_id",
                        [=](TP &, OP &, FP &f) { f.feeVaultId = minusOne(two63); }});
        rows.push_back({"fee_vault 2^63", target, nullptr, [=](TP &, OP &, FP &f) { f.feeVaultId = two63; }});
        rows.push_back({"fee_vault 2^63+2^31-1", target, nullptr,
                        [=](TP &, OP &, FP &f) { f.feeVaultId = minusOne(secondEnd); }});
        rows.push_back({"fee_vault 2^63+2^31", target, "fee_vault_id",
                        [=](TP &, OP &, FP &f) { f.feeVaultId = secondEnd; }});
    }
    return rows;
}

const char *targetName(Target t)
{
    switch (t) {
    case Target::Transfer:
        return "transfer";
    case Target::ConditionalTransfer:
        return "conditional_transfer";
    case Target::TransferFee:
        return "transfer_with_fee";
    case Target::ConditionalTransferFee:
        return "conditional_transfer_with_fee";
    case Target::Order:
        return "limit_order";
    case Target::OrderFee:
        return "limit_order_with_fee";
    }
    return "?";
}

} // namespace

class TestMessageHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transferVectors_data() { addCases("transfer_msg_hash.json"); }
    void transferVectors();
    void limitOrderVectors_data() { addCases("limit_order_msg_hash.json"); }
    void limitOrderVectors();
    void ranges_data();
    void ranges();
    void firstErrorWins();
};

void TestMessageHash::transferVectors()
{
    QFETCH(QJsonObject, c);
    const QString variant = c.value(QLatin1String("variant")).toString();
    const TransferParams t = transferFrom(c);
    QCOMPARE(t.condition.has_value(), variant.startsWith(QLatin1String("conditional")));
    if (variant.endsWith(QLatin1String("_with_fee")))
        compareResult(transferWithFeeMsgHash(t, feeFrom(c)), c);
    else
        compareResult(transferMsgHash(t), c);
}

void TestMessageHash::limitOrderVectors()
{
    QFETCH(QJsonObject, c);
    const LimitOrderParams o = orderFrom(c);
    if (c.value(QLatin1String("variant")).toString() == QLatin1String("limit_order_with_fee"))
        compareResult(limitOrderWithFeeMsgHash(o, feeFrom(c)), c);
    else
        compareResult(limitOrderMsgHash(o), c);
}

void TestMessageHash::ranges_data()
{
    QTest::addColumn<int>("index");
    const auto rows = boundaries();
    for (int i = 0; i < int(rows.size()); ++i)
        QTest::addRow("%s: %s", targetName(rows[size_t(i)].target), rows[size_t(i)].name) << i;
}

void TestMessageHash::ranges()
{
    QFETCH(int, index);
    const Boundary row = boundaries()[size_t(index)];
    const auto r = run(row.target, row.set);
    if (!row.field) {
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->hash < crypto::stark::kTwo251);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
    const std::string prefix = std::string(row.field) + ": ";
    QVERIFY2(r.error().message.rfind(prefix, 0) == 0, r.error().message.c_str());
}

void TestMessageHash::firstErrorWins()
{
    TransferParams t = baseTransfer();
    t.amount = UInt256::powerOfTwo(63);
    t.nonce = UInt256::powerOfTwo(31);
    const auto r = transferMsgHash(t);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.rfind("amount: ", 0) == 0);
}

QTEST_GUILESS_MAIN(TestMessageHash)
#include "tst_MessageHash.moc"
