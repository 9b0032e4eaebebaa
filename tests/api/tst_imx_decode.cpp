// SPDX-License-Identifier: MIT
// Strict decoding of IMX bodies: crafted good and bad JSON for every decoder. A bad body must fail
// as a whole with the path of the offending field, never decode with a defaulted value.

#include "api/ImxDecode.h"
#include "api/RetryPolicy.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace stardeck::api;

namespace {

//! Runs the named decoder; nullopt on success, else the error.
std::optional<ApiError> run(const QString &decoder, const QByteArray &body)
{
    const std::map<QString, std::function<std::optional<ApiError>(const QByteArray &)>> decoders{
        {QStringLiteral("balance"),
         [](const QByteArray &b) {
             auto r = decode::balance(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("balanceList"),
         [](const QByteArray &b) {
             auto r = decode::balanceList(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("asset"),
         [](const QByteArray &b) {
             auto r = decode::asset(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("collection"),
         [](const QByteArray &b) {
             auto r = decode::collection(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("metadataSchema"),
         [](const QByteArray &b) {
             auto r = decode::metadataSchema(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("token"),
         [](const QByteArray &b) {
             auto r = decode::token(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("tokenList"),
         [](const QByteArray &b) {
             auto r = decode::tokenList(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("order"),
         [](const QByteArray &b) {
             auto r = decode::order(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("tradeList"),
         [](const QByteArray &b) {
             auto r = decode::tradeList(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("transfer"),
         [](const QByteArray &b) {
             auto r = decode::transfer(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
        {QStringLiteral("user"),
         [](const QByteArray &b) {
             auto r = decode::user(b);
             return r ? std::nullopt : std::optional(r.error());
         }},
    };
    return decoders.at(decoder)(body);
}

const QByteArray kBalance =
    R"({"symbol":"ETH","token_address":"","balance":"12500000000000000000","preparing_withdrawal":"0","withdrawable":"7"})";
const QByteArray kAsset =
    R"({"token_address":"0xab","token_id":"7","user":"0xcd","status":"imx","uri":null,"name":"Ship","description":null,)"
    R"("image_url":null,"metadata":{"speed":3},"collection":{"name":"Fleet","icon_url":null},"created_at":null,"updated_at":"2024-01-01T00:00:00Z"})";
const QByteArray kCollection =
    R"({"address":"0xab","name":"Fleet","description":null,"icon_url":null,"collection_image_url":null,"metadata_api_url":null,)"
    R"("project_id":4,"project_owner_address":"0xcd","created_at":null,"updated_at":null})";
const QByteArray kToken =
    R"({"name":"Ether","symbol":"ETH","token_address":"","decimals":"18","quantum":"100000000","image_url":"x"})";
const QByteArray kOrder =
    R"({"order_id":12,"status":"active","user":"0xcd","amount_sold":null,"expiration_timestamp":null,"timestamp":null,"updated_timestamp":null,)"
    R"("sell":{"type":"ERC721","data":{"quantity":"1","quantity_with_fees":"1","token_address":"0xab","token_id":"7"}},)"
    R"("buy":{"type":"ETH","data":{"quantity":"5000000000000000","quantity_with_fees":"5000000000000000","decimals":18}}})";
const QByteArray kTrades =
    R"({"cursor":"c","remaining":0,"result":[{"transaction_id":3,"status":"success","timestamp":"t",)"
    R"("a":{"order_id":1,"sold":"10","token_type":"ETH"},"b":{"order_id":2,"sold":"1","token_type":"ERC721","token_id":"7"}}]})";
const QByteArray kTransfer =
    R"({"transaction_id":9,"status":"success","user":"0x1","receiver":"0x2","timestamp":"t",)"
    R"("token":{"type":"ERC20","data":{"quantity":"2500000000","quantity_with_fees":"2500000000","decimals":6,"symbol":"USDS"}}})";

//! `json` with one textual replacement (the crafted bodies are small and their keys unique).
QByteArray with(const QByteArray &json, const char *from, const char *to)
{
    QByteArray out = json;
    Q_ASSERT(out.contains(from));
    return out.replace(from, to);
}

} // namespace

class TestImxDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodBodies()
    {
        const auto b = decode::balance(kBalance);
        QVERIFY(b);
        QCOMPARE(b->balance.toDecimal(), std::string("12500000000000000000"));
        QCOMPARE(b->withdrawable.toDecimal(), std::string("7"));

        const auto a = decode::asset(kAsset);
        QVERIFY(a);
        QVERIFY(!a->uri && !a->description && a->name == QStringLiteral("Ship"));
        QCOMPARE(a->metadata->value(QStringLiteral("speed")).toInt(), 3);

        const auto t = decode::token(kToken);
        QVERIFY(t);
        QCOMPARE(t->decimals, 18);
        QCOMPARE(t->quantum.toDecimal(), std::string("100000000"));

        const auto o = decode::order(kOrder);
        QVERIFY(o);
        QCOMPARE(o->orderId, std::int64_t(12));
        QCOMPARE(o->buy.decimals, std::optional<int>(18));
        QCOMPARE(o->sell.tokenId, std::optional<QString>(QStringLiteral("7")));
        QVERIFY(!o->amountSold);

        const auto tr = decode::tradeList(kTrades);
        QVERIFY(tr);
        QCOMPARE(tr->items.size(), std::size_t(1));
        QVERIFY(!tr->hasMore);
        QCOMPARE(tr->items[0].b.tokenId, std::optional<QString>(QStringLiteral("7")));

        const auto x = decode::transfer(kTransfer);
        QVERIFY(x);
        QCOMPARE(x->token.quantity.toDecimal(), std::string("2500000000"));

        const auto list =
            decode::balanceList("{\"cursor\":\"abc\",\"remaining\":1,\"result\":[" + kBalance + "]}");
        QVERIFY(list);
        QVERIFY(list->hasMore);
        QCOMPARE(list->cursor, QStringLiteral("abc"));

        // Extra fields the spec does not name are ignored; the API grows.
        QVERIFY(decode::balance(with(kBalance, "\"symbol\"", "\"new_field\":[1],\"symbol\"")));
        // The token list has no `remaining`: more pages while a cursor and items come back.
        const auto tokens = decode::tokenList("{\"cursor\":\"n\",\"result\":[" + kToken + "]}");
        QVERIFY(tokens && tokens->hasMore);
        QVERIFY(!decode::tokenList("{\"cursor\":\"\",\"result\":[" + kToken + "]}")->hasMore);
        const auto user = decode::user(R"({"accounts":["0x05"]})");
        QVERIFY(user && user->registered && user->accounts.size() == 1);
        const auto empty = decode::user(R"({"accounts":[]})");
        QVERIFY(empty && !empty->registered);
        QVERIFY(decode::metadataSchema(R"([{"name":"speed","type":"discrete","filterable":true}])"));
    }

    void badBodies_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");

        QTest::newRow("not json") << QStringLiteral("balance") << QByteArray("{\"symbol\":") << QString();
        QTest::newRow("empty body") << QStringLiteral("balance") << QByteArray() << QString();
        QTest::newRow("array root") << QStringLiteral("balance") << QByteArray("[]") << QString();
        QTest::newRow("object root for schema")
            << QStringLiteral("metadataSchema") << QByteArray("{}") << QString();
        QTest::newRow("missing withdrawable")
            << QStringLiteral("balance") << with(kBalance, ",\"withdrawable\":\"7\"", "")
            << QStringLiteral("withdrawable");
        QTest::newRow("balance as number")
            << QStringLiteral("balance") << with(kBalance, "\"12500000000000000000\"", "125")
            << QStringLiteral("balance");
        QTest::newRow("balance null")
            << QStringLiteral("balance") << with(kBalance, "\"12500000000000000000\"", "null")
            << QStringLiteral("balance");
        QTest::newRow("negative amount") << QStringLiteral("balance") << with(kBalance, "\"7\"", "\"-7\"")
                                         << QStringLiteral("withdrawable");
        QTest::newRow("fractional amount") << QStringLiteral("balance") << with(kBalance, "\"7\"", "\"7.5\"")
                                           << QStringLiteral("withdrawable");
        QTest::newRow("hex amount") << QStringLiteral("balance") << with(kBalance, "\"7\"", "\"0x7\"")
                                    << QStringLiteral("withdrawable");
        QTest::newRow("empty amount")
            << QStringLiteral("balance") << with(kBalance, "\"7\"", "\"\"") << QStringLiteral("withdrawable");
        QTest::newRow("amount over 256 bits")
            << QStringLiteral("balance")
            << with(kBalance, "\"7\"",
                    "\"115792089237316195423570985008687907853269984665640564039457584007913129639936\"")
            << QStringLiteral("withdrawable");
        QTest::newRow("symbol as number")
            << QStringLiteral("balance") << with(kBalance, "\"ETH\"", "1") << QStringLiteral("symbol");
        QTest::newRow("list item missing field")
            << QStringLiteral("balanceList")
            << QByteArray("{\"cursor\":\"\",\"remaining\":0,\"result\":[" + kBalance + "," +
                          with(kBalance, "\"symbol\":\"ETH\",", "") + "]}")
            << QStringLiteral("result[1].symbol");
        QTest::newRow("list item not an object")
            << QStringLiteral("balanceList") << QByteArray(R"({"cursor":"","remaining":0,"result":[5]})")
            << QStringLiteral("result[0]");
        QTest::newRow("list without remaining")
            << QStringLiteral("balanceList") << QByteArray(R"({"cursor":"","result":[]})")
            << QStringLiteral("remaining");
        QTest::newRow("remaining as string")
            << QStringLiteral("balanceList") << QByteArray(R"({"cursor":"","remaining":"1","result":[]})")
            << QStringLiteral("remaining");
        QTest::newRow("result not an array")
            << QStringLiteral("balanceList") << QByteArray(R"({"cursor":"","remaining":0,"result":{}})")
            << QStringLiteral("result");
        QTest::newRow("cursor null") << QStringLiteral("balanceList")
                                     << QByteArray(R"({"cursor":null,"remaining":0,"result":[]})")
                                     << QStringLiteral("cursor");
        QTest::newRow("asset metadata string")
            << QStringLiteral("asset") << with(kAsset, "{\"speed\":3}", "\"speed\"")
            << QStringLiteral("metadata");
        QTest::newRow("asset nullable uri missing")
            << QStringLiteral("asset") << with(kAsset, "\"uri\":null,", "") << QStringLiteral("uri");
        QTest::newRow("asset collection name missing")
            << QStringLiteral("asset") << with(kAsset, "\"name\":\"Fleet\",", "")
            << QStringLiteral("collection.name");
        QTest::newRow("collection project_id fractional")
            << QStringLiteral("collection") << with(kCollection, "\"project_id\":4", "\"project_id\":4.5")
            << QStringLiteral("project_id");
        QTest::newRow("collection project_id string")
            << QStringLiteral("collection") << with(kCollection, "\"project_id\":4", "\"project_id\":\"4\"")
            << QStringLiteral("project_id");
        QTest::newRow("schema filterable string")
            << QStringLiteral("metadataSchema")
            << QByteArray(R"([{"name":"a","type":"text","filterable":"true"}])")
            << QStringLiteral("[0].filterable");
        QTest::newRow("token decimals not a number")
            << QStringLiteral("token") << with(kToken, "\"18\"", "\"ab\"") << QStringLiteral("decimals");
        QTest::newRow("token decimals as integer")
            << QStringLiteral("token") << with(kToken, "\"18\"", "18") << QStringLiteral("decimals");
        QTest::newRow("token decimals too large")
            << QStringLiteral("token") << with(kToken, "\"18\"", "\"78\"") << QStringLiteral("decimals");
        QTest::newRow("token quantum zero")
            << QStringLiteral("token") << with(kToken, "\"100000000\"", "\"0\"") << QStringLiteral("quantum");
        QTest::newRow("token list item bad")
            << QStringLiteral("tokenList")
            << QByteArray("{\"cursor\":\"\",\"result\":[" + with(kToken, "\"x\"", "7") + "]}")
            << QStringLiteral("result[0].image_url");
        QTest::newRow("order nested quantity type")
            << QStringLiteral("order") << with(kOrder, "\"quantity\":\"1\"", "\"quantity\":1")
            << QStringLiteral("sell.data.quantity");
        QTest::newRow("order buy missing data")
            << QStringLiteral("order")
            << with(
                   kOrder,
                   R"("buy":{"type":"ETH","data":{"quantity":"5000000000000000","quantity_with_fees":"5000000000000000","decimals":18}})",
                   R"("buy":{"type":"ETH"})")
            << QStringLiteral("buy.data");
        QTest::newRow("order id beyond 2^53")
            << QStringLiteral("order") << with(kOrder, "\"order_id\":12", "\"order_id\":18014398509481984")
            << QStringLiteral("order_id");
        QTest::newRow("order decimals negative")
            << QStringLiteral("order") << with(kOrder, "\"decimals\":18", "\"decimals\":-1")
            << QStringLiteral("buy.data.decimals");
        QTest::newRow("order amount_sold absent")
            << QStringLiteral("order") << with(kOrder, "\"amount_sold\":null,", "")
            << QStringLiteral("amount_sold");
        QTest::newRow("trade side sold missing")
            << QStringLiteral("tradeList") << with(kTrades, "\"sold\":\"10\",", "")
            << QStringLiteral("result[0].a.sold");
        QTest::newRow("transfer token missing")
            << QStringLiteral("transfer")
            << with(
                   kTransfer,
                   R"("token":{"type":"ERC20","data":{"quantity":"2500000000","quantity_with_fees":"2500000000","decimals":6,"symbol":"USDS"}})",
                   R"("tok":1)")
            << QStringLiteral("token");
        QTest::newRow("transfer id string")
            << QStringLiteral("transfer")
            << with(kTransfer, "\"transaction_id\":9", "\"transaction_id\":\"9\"")
            << QStringLiteral("transaction_id");
        QTest::newRow("user account not a string")
            << QStringLiteral("user") << QByteArray(R"({"accounts":[1]})") << QStringLiteral("accounts[0]");
        QTest::newRow("user accounts missing")
            << QStringLiteral("user") << QByteArray("{}") << QStringLiteral("accounts");
    }

    void badBodies()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const std::optional<ApiError> error = run(decoder, body);
        QVERIFY2(error.has_value(), body.constData());
        QCOMPARE(error->kind, ApiError::Kind::Decode);
        QCOMPARE(error->path, path);
        QVERIFY(!error->message.isEmpty());
        QVERIFY(error->toString().contains(error->message));
    }

    void errorBodyIsLenient()
    {
        QString code, message;
        decode::errorBody(R"({"code":"account_not_found","message":"Account not found"})", &code, &message);
        QCOMPARE(code, QStringLiteral("account_not_found"));
        QCOMPARE(message, QStringLiteral("Account not found"));
        QString code2, message2;
        decode::errorBody("<html>bad gateway</html>", &code2, &message2);
        QVERIFY(code2.isEmpty() && message2.isEmpty());
    }

    void retryDelay()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.5;
        auto none = [] { return 0.0; };
        auto full = [] { return 1.0; };
        QCOMPARE(p.delayMs(2, -1, none), qint64(100));
        QCOMPARE(p.delayMs(3, -1, none), qint64(200));
        QCOMPARE(p.delayMs(4, -1, none), qint64(400));
        QCOMPARE(p.delayMs(10, -1, none), qint64(1000));  // capped
        QCOMPARE(p.delayMs(3, -1, full), qint64(100));    // jitter halves at most
        QCOMPARE(p.delayMs(2, 3000, full), qint64(3000)); // Retry-After is a lower bound
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(404));
        QVERIFY(!RetryPolicy::isRetryableStatus(400));
    }
};

QTEST_GUILESS_MAIN(TestImxDecode)
#include "tst_imx_decode.moc"
