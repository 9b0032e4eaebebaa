// SPDX-License-Identifier: MIT
// Strict decoding of IMX bodies: crafted good and bad JSON for every decoder. A bad body must fail
// as a whole with the path of the offending field, never decode with a defaulted value.

#include "api/ImxDecode.h"
#include "api/RetryPolicy.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <optional>

using namespace stardeck::api;

namespace {

//! The error of a decoder run, or nullopt on success.
template <class R>
std::function<std::optional<ApiError>(const QByteArray &)>
errorOf(ApiResult<R> (*decoder)(const QByteArray &))
{
    return [decoder](const QByteArray &b) {
        const auto r = decoder(b);
        return r ? std::nullopt : std::optional(r.error());
    };
}

//! Runs the named decoder; nullopt on success, else the error.
std::optional<ApiError> run(const QString &decoder, const QByteArray &body)
{
    const std::map<QString, std::function<std::optional<ApiError>(const QByteArray &)>> decoders{
        {QStringLiteral("balance"), errorOf(&decode::balance)},
        {QStringLiteral("balanceList"), errorOf(&decode::balanceList)},
        {QStringLiteral("asset"), errorOf(&decode::asset)},
        {QStringLiteral("collection"), errorOf(&decode::collection)},
        {QStringLiteral("metadataSchema"), errorOf(&decode::metadataSchema)},
        {QStringLiteral("token"), errorOf(&decode::token)},
        {QStringLiteral("tokenList"), errorOf(&decode::tokenList)},
        {QStringLiteral("order"), errorOf(&decode::order)},
        {QStringLiteral("tradeList"), errorOf(&decode::tradeList)},
        {QStringLiteral("transfer"), errorOf(&decode::transfer)},
        {QStringLiteral("user"), errorOf(&decode::user)},
        {QStringLiteral("deposit"), errorOf(&decode::deposit)},
        {QStringLiteral("depositList"), errorOf(&decode::depositList)},
        {QStringLiteral("withdrawal"), errorOf(&decode::withdrawal)},
        {QStringLiteral("withdrawalList"), errorOf(&decode::withdrawalList)},
        {QStringLiteral("mint"), errorOf(&decode::mint)},
        {QStringLiteral("mintList"), errorOf(&decode::mintList)},
        {QStringLiteral("exchange"), errorOf(&decode::exchange)},
        {QStringLiteral("exchangeList"), errorOf(&decode::exchangeList)},
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

// Shapes as the spec (imx-openapi.json) and the sandbox send them.
const QByteArray kDeposit =
    R"({"transaction_id":30,"status":"success","user":"0x3b","timestamp":"2025-09-02T05:21:53.000Z",)"
    R"("token":{"type":"ERC20","data":{"decimals":18,"quantity":"7000000000000000000","quantity_with_fees":"7000000000000000000",)"
    R"("symbol":"DUST","token_address":"0x18"}}})";
const QByteArray kWithdrawal =
    R"({"transaction_id":279,"status":"success","rollup_status":"confirmed","withdrawn_to_wallet":true,"sender":"0xec",)"
    R"("timestamp":"t","token":{"type":"ETH","data":{"decimals":18,"quantity":"500000000000000000",)"
    R"("quantity_with_fees":"500000000000000000","symbol":"ETH","token_address":""}}})";
const QByteArray kMint =
    R"({"transaction_id":230,"status":"success","user":"0x18","timestamp":"t",)"
    R"("fees":[{"address":"0x8c","percentage":2.5,"type":"royalty"}],)"
    R"("token":{"type":"ERC721","data":{"quantity":"1","quantity_with_fees":"1","token_address":"0x9c","token_id":"68"}}})";
const QByteArray kExchange =
    R"({"id":2,"wallet_address":"0xec","provider":"moonpay","type":"offramp","status":"pending",)"
    R"("created_at":"c","updated_at":"u","data":{"external_id":"sandbox-2","fees_amount":3.99,"from_amount":0.05,)"
    R"("from_currency":"eth","provider_wallet_address":"0xf8","to_amount":150,"to_currency":"usd","transfer_id":"17"}})";

//! A {cursor, remaining, result} page around `items` (comma-joined JSON objects).
QByteArray page(const QByteArray &items, int remaining = 0)
{
    return R"({"cursor":"c1","remaining":)" + QByteArray::number(remaining) + R"(,"result":[)" + items + "]}";
}

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

    void historyGoodBodies()
    {
        const auto d = decode::deposit(kDeposit);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
        QCOMPARE(d->transactionId, std::int64_t(30));
        QCOMPARE(d->user, QStringLiteral("0x3b"));
        QCOMPARE(d->token.type, QStringLiteral("ERC20"));
        QCOMPARE(d->token.quantity.toDecimal(), std::string("7000000000000000000"));
        QCOMPARE(d->token.decimals, std::optional<int>(18));
        QCOMPARE(d->token.symbol, std::optional<QString>(QStringLiteral("DUST")));
        const auto deposits = decode::depositList(page(kDeposit + "," + kDeposit, 1));
        QVERIFY(deposits && deposits->hasMore && deposits->items.size() == 2);
        QCOMPARE(deposits->cursor, QStringLiteral("c1"));

        const auto w = decode::withdrawal(kWithdrawal);
        QVERIFY(w);
        QCOMPARE(w->sender, QStringLiteral("0xec"));
        QCOMPARE(w->rollupStatus, QStringLiteral("confirmed"));
        QVERIFY(w->withdrawnToWallet);
        QCOMPARE(w->token.quantity.toDecimal(), std::string("500000000000000000"));
        QCOMPARE(w->token.tokenAddress, std::optional<QString>(QString()));
        const auto withdrawals = decode::withdrawalList(page(kWithdrawal));
        QVERIFY(withdrawals && !withdrawals->hasMore && withdrawals->items.size() == 1);

        const auto m = decode::mintList(page(kMint));
        QVERIFY(m && m->items.size() == 1);
        QCOMPARE(m->items[0].token.tokenId, std::optional<QString>(QStringLiteral("68")));
        QCOMPARE(m->items[0].fees.size(), std::size_t(1));
        QCOMPARE(m->items[0].fees[0].percentage, 2.5);
        // GET /v1/mints/{id} answers with an array; `fees` is optional in the spec.
        const auto one = decode::mint(
            "[" + with(kMint, R"("fees":[{"address":"0x8c","percentage":2.5,"type":"royalty"}],)", "") + "]");
        QVERIFY(one && one->size() == 1 && one->front().fees.empty());
        QVERIFY(decode::mint("[]") && decode::mint("[]")->empty());

        const auto x = decode::exchange(kExchange);
        QVERIFY(x);
        QCOMPARE(x->id, std::optional<std::int64_t>(2));
        QCOMPARE(x->type, std::optional<QString>(QStringLiteral("offramp")));
        QVERIFY(x->data);
        QCOMPARE(x->data->toAmount, std::optional<double>(150));
        QCOMPARE(x->data->fromAmount, std::optional<double>(0.05));
        QCOMPARE(x->data->transferId, std::optional<QString>(QStringLiteral("17")));
        // Every field of an exchange and of its page is optional in the spec.
        const auto bare = decode::exchange("{}");
        QVERIFY(bare && !bare->id && !bare->status && !bare->data);
        const auto exchanges = decode::exchangeList("{\"result\":[" + kExchange + "]}");
        QVERIFY(exchanges && exchanges->items.size() == 1 && !exchanges->hasMore);
        const auto more = decode::exchangeList("{\"cursor\":\"n\",\"result\":[" + kExchange + "]}");
        QVERIFY(more && more->hasMore);
        const auto none = decode::exchangeList(R"({"cursor":"","remaining":0,"result":null})");
        QVERIFY(none && none->items.empty() && !none->hasMore);
        QVERIFY(decode::exchangeList("{}") && decode::exchangeList("{}")->items.empty());
    }

    // The fuzz seed corpus holds real sandbox answers (first byte = decoder index, as in
    // fuzz_imx_decode.cpp); every one not named as broken must decode.
    void realSandboxBodiesDecode()
    {
        const std::vector<std::function<std::optional<ApiError>(const QByteArray &)>> byIndex{
            errorOf(&decode::balanceList),    errorOf(&decode::balance),
            errorOf(&decode::assetList),      errorOf(&decode::asset),
            errorOf(&decode::collectionList), errorOf(&decode::collection),
            errorOf(&decode::metadataSchema), errorOf(&decode::tokenList),
            errorOf(&decode::token),          errorOf(&decode::orderList),
            errorOf(&decode::order),          errorOf(&decode::tradeList),
            errorOf(&decode::transferList),   errorOf(&decode::transfer),
            errorOf(&decode::user),           errorOf(&decode::depositList),
            errorOf(&decode::deposit),        errorOf(&decode::withdrawalList),
            errorOf(&decode::withdrawal),     errorOf(&decode::mintList),
            errorOf(&decode::mint),           errorOf(&decode::exchangeList),
            errorOf(&decode::exchange),
        };
        const QDir dir(QStringLiteral(STARDECK_IMX_CORPUS));
        const QStringList names = dir.entryList(QDir::Files);
        int decoded = 0;
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            const bool broken = name.startsWith(QLatin1String("bad_")) ||
                                name.startsWith(QLatin1String("truncated")) ||
                                name == QLatin1String("not_json") || name == QLatin1String("empty");
            if (broken || data.isEmpty())
                continue;
            const auto error = byIndex.at(std::size_t(quint8(data[0]) % byIndex.size()))(data.mid(1));
            QVERIFY2(!error,
                     qPrintable(name + QLatin1String(": ") + (error ? error->toString() : QString())));
            ++decoded;
        }
        QVERIFY2(decoded >= 23, qPrintable(QString::number(decoded))); // one per endpoint at least
    }

    void historyBadBodies_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        const char *kOverflow =
            "\"115792089237316195423570985008687907853269984665640564039457584007913129639936\"";

        QTest::newRow("deposit not json")
            << QStringLiteral("deposit") << QByteArray("{\"user\"") << QString();
        QTest::newRow("deposit array root") << QStringLiteral("deposit") << QByteArray("[]") << QString();
        QTest::newRow("deposit missing user")
            << QStringLiteral("deposit") << with(kDeposit, R"("user":"0x3b",)", "") << QStringLiteral("user");
        QTest::newRow("deposit id as string")
            << QStringLiteral("deposit")
            << with(kDeposit, "\"transaction_id\":30", "\"transaction_id\":\"30\"")
            << QStringLiteral("transaction_id");
        QTest::newRow("deposit negative quantity")
            << QStringLiteral("deposit") << with(kDeposit, "\"quantity\":\"7", "\"quantity\":\"-7")
            << QStringLiteral("token.data.quantity");
        QTest::newRow("deposit overflowing quantity")
            << QStringLiteral("deposit")
            << with(kDeposit, "\"quantity\":\"7000000000000000000\"", "\"quantity\":1")
            << QStringLiteral("token.data.quantity");
        QTest::newRow("deposit quantity over 256 bits")
            << QStringLiteral("deposit")
            << with(kDeposit, "\"quantity_with_fees\":\"7000000000000000000\"",
                    QByteArray("\"quantity_with_fees\":" + QByteArray(kOverflow)).constData())
            << QStringLiteral("token.data.quantity_with_fees");
        QTest::newRow("deposit token type missing")
            << QStringLiteral("deposit") << with(kDeposit, R"("type":"ERC20",)", "")
            << QStringLiteral("token.type");
        QTest::newRow("deposit decimals as string")
            << QStringLiteral("deposit") << with(kDeposit, "\"decimals\":18", "\"decimals\":\"18\"")
            << QStringLiteral("token.data.decimals");
        QTest::newRow("deposit list missing remaining")
            << QStringLiteral("depositList") << with(page(kDeposit), "\"remaining\":0,", "")
            << QStringLiteral("remaining");
        QTest::newRow("deposit list second item bad")
            << QStringLiteral("depositList")
            << page(kDeposit + "," + with(kDeposit, "\"timestamp\"", "\"ts\""))
            << QStringLiteral("result[1].timestamp");
        QTest::newRow("withdrawal flag as string")
            << QStringLiteral("withdrawal")
            << with(kWithdrawal, "\"withdrawn_to_wallet\":true", "\"withdrawn_to_wallet\":\"true\"")
            << QStringLiteral("withdrawn_to_wallet");
        QTest::newRow("withdrawal rollup_status missing")
            << QStringLiteral("withdrawal") << with(kWithdrawal, R"("rollup_status":"confirmed",)", "")
            << QStringLiteral("rollup_status");
        QTest::newRow("withdrawal sender null")
            << QStringLiteral("withdrawal") << with(kWithdrawal, R"("sender":"0xec")", R"("sender":null)")
            << QStringLiteral("sender");
        QTest::newRow("withdrawal negative amount")
            << QStringLiteral("withdrawalList")
            << page(with(kWithdrawal, "\"quantity_with_fees\":\"5", "\"quantity_with_fees\":\"-5"))
            << QStringLiteral("result[0].token.data.quantity_with_fees");
        QTest::newRow("withdrawal list result object")
            << QStringLiteral("withdrawalList") << QByteArray(R"({"cursor":"","remaining":0,"result":{}})")
            << QStringLiteral("result");
        QTest::newRow("mint root object") << QStringLiteral("mint") << kMint << QString();
        QTest::newRow("mint item not an object")
            << QStringLiteral("mint") << QByteArray("[1]") << QStringLiteral("[0]");
        QTest::newRow("mint fee percentage string")
            << QStringLiteral("mint")
            << QByteArray("[" + with(kMint, "\"percentage\":2.5", "\"percentage\":\"2.5\"") + "]")
            << QStringLiteral("[0].fees[0].percentage");
        QTest::newRow("mint fees not an array")
            << QStringLiteral("mintList")
            << page(with(kMint, "\"fees\":[", "\"fees\":{\"x\":[").replace("}],\"token\"", "}]},\"token\""))
            << QStringLiteral("result[0].fees");
        QTest::newRow("mint missing user")
            << QStringLiteral("mintList") << page(with(kMint, R"("user":"0x18",)", ""))
            << QStringLiteral("result[0].user");
        QTest::newRow("mint quantity fractional")
            << QStringLiteral("mintList") << page(with(kMint, "\"quantity\":\"1\"", "\"quantity\":\"1.0\""))
            << QStringLiteral("result[0].token.data.quantity");
        QTest::newRow("mint list cursor missing")
            << QStringLiteral("mintList") << with(page(kMint), "\"cursor\":\"c1\",", "")
            << QStringLiteral("cursor");
        QTest::newRow("exchange id as string")
            << QStringLiteral("exchange") << with(kExchange, "\"id\":2", "\"id\":\"2\"")
            << QStringLiteral("id");
        QTest::newRow("exchange id fractional")
            << QStringLiteral("exchange") << with(kExchange, "\"id\":2", "\"id\":2.5")
            << QStringLiteral("id");
        QTest::newRow("exchange status number")
            << QStringLiteral("exchange") << with(kExchange, R"("status":"pending")", R"("status":3)")
            << QStringLiteral("status");
        QTest::newRow("exchange data array")
            << QStringLiteral("exchange") << QByteArray(R"({"id":1,"data":[]})") << QStringLiteral("data");
        QTest::newRow("exchange amount as string")
            << QStringLiteral("exchange") << with(kExchange, "\"to_amount\":150", "\"to_amount\":\"150\"")
            << QStringLiteral("data.to_amount");
        QTest::newRow("exchange list remaining string")
            << QStringLiteral("exchangeList") << QByteArray(R"({"remaining":"1","result":[]})")
            << QStringLiteral("remaining");
        QTest::newRow("exchange list item bad")
            << QStringLiteral("exchangeList")
            << QByteArray("{\"result\":[" + kExchange + ",{\"wallet_address\":7}]}")
            << QStringLiteral("result[1].wallet_address");
        QTest::newRow("exchange list result object")
            << QStringLiteral("exchangeList") << QByteArray(R"({"result":{}})") << QStringLiteral("result");
    }

    void historyBadBodies() { badBodies(); }

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
