// SPDX-License-Identifier: MIT
#include "api/ImxDecode.h"

#include "api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <optional>

namespace stardeck::api::decode {

namespace {

using Reader = JsonReader;

Balance readBalance(const QJsonObject &o, const QString &p, Reader &r)
{
    Balance b;
    b.symbol = r.string(o, p, QStringLiteral("symbol"));
    b.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    b.balance = r.amount(o, p, QStringLiteral("balance"));
    b.preparingWithdrawal = r.amount(o, p, QStringLiteral("preparing_withdrawal"));
    b.withdrawable = r.amount(o, p, QStringLiteral("withdrawable"));
    return b;
}

//! The objects of array `key` read with `read` (an absent key is an error unless `optional`).
template <class T, class ReadFn>
std::vector<T> readArray(const QJsonObject &o, const QString &p, const QString &key, Reader &r, ReadFn read,
                         bool optional = false)
{
    std::vector<T> out;
    if (r.failed() || (optional && !o.contains(key)))
        return out;
    const QString ap = Reader::join(p, key);
    const QJsonArray items = r.array(o, p, key);
    out.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i)
        out.push_back(read(r.element(items, i, ap), Reader::itemPath(ap, i), r));
    return out;
}

Fee readFee(const QJsonObject &o, const QString &p, Reader &r)
{
    Fee fee;
    fee.address = r.string(o, p, QStringLiteral("address"));
    fee.percentage = r.number(o, p, QStringLiteral("percentage"));
    fee.type = r.string(o, p, QStringLiteral("type"));
    return fee;
}

//! The optional `fees` array of assets and mints.
std::vector<Fee> readOptionalFees(const QJsonObject &o, const QString &p, Reader &r)
{
    return readArray<Fee>(o, p, QStringLiteral("fees"), r, readFee, true);
}

Asset readAsset(const QJsonObject &o, const QString &p, Reader &r)
{
    Asset a;
    a.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    a.tokenId = r.string(o, p, QStringLiteral("token_id"));
    a.user = r.string(o, p, QStringLiteral("user"));
    a.status = r.string(o, p, QStringLiteral("status"));
    a.id = r.optionalString(o, p, QStringLiteral("id"));
    a.uri = r.nullableString(o, p, QStringLiteral("uri"), true);
    a.name = r.nullableString(o, p, QStringLiteral("name"), true);
    a.description = r.nullableString(o, p, QStringLiteral("description"), true);
    a.imageUrl = r.nullableString(o, p, QStringLiteral("image_url"), true);
    a.createdAt = r.nullableString(o, p, QStringLiteral("created_at"), true);
    a.updatedAt = r.nullableString(o, p, QStringLiteral("updated_at"), true);
    if (r.required(o, p, QStringLiteral("metadata"))) // required, x-nullable
        a.metadata = r.optionalObject(o, p, QStringLiteral("metadata"));
    const QString cp = Reader::join(p, QStringLiteral("collection"));
    const QJsonObject c = r.object(o, p, QStringLiteral("collection"));
    a.collection.name = r.string(c, cp, QStringLiteral("name"));
    a.collection.iconUrl = r.nullableString(c, cp, QStringLiteral("icon_url"), true);
    a.fees = readOptionalFees(o, p, r);
    return a;
}

Collection readCollection(const QJsonObject &o, const QString &p, Reader &r)
{
    Collection c;
    c.address = r.string(o, p, QStringLiteral("address"));
    c.name = r.string(o, p, QStringLiteral("name"));
    c.description = r.nullableString(o, p, QStringLiteral("description"), true);
    c.iconUrl = r.nullableString(o, p, QStringLiteral("icon_url"), true);
    c.collectionImageUrl = r.nullableString(o, p, QStringLiteral("collection_image_url"), true);
    c.metadataApiUrl = r.nullableString(o, p, QStringLiteral("metadata_api_url"), true);
    c.projectId = r.integer(o, p, QStringLiteral("project_id"));
    c.projectOwnerAddress = r.string(o, p, QStringLiteral("project_owner_address"));
    c.createdAt = r.nullableString(o, p, QStringLiteral("created_at"), true);
    c.updatedAt = r.nullableString(o, p, QStringLiteral("updated_at"), true);
    return c;
}

MetadataSchemaProperty readSchemaProperty(const QJsonObject &o, const QString &p, Reader &r)
{
    MetadataSchemaProperty s;
    s.name = r.string(o, p, QStringLiteral("name"));
    s.type = r.string(o, p, QStringLiteral("type"));
    s.filterable = r.boolean(o, p, QStringLiteral("filterable"));
    return s;
}

TokenDetails readToken(const QJsonObject &o, const QString &p, Reader &r)
{
    TokenDetails t;
    t.name = r.string(o, p, QStringLiteral("name"));
    t.symbol = r.string(o, p, QStringLiteral("symbol"));
    t.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    t.imageUrl = r.string(o, p, QStringLiteral("image_url"));
    const QString decimals = r.string(o, p, QStringLiteral("decimals"));
    if (!r.failed()) {
        // The spec sends decimals as a string; a UInt256 holds at most 77 full decimal digits.
        bool ok = false;
        const int d = decimals.toInt(&ok);
        const bool digitsOnly =
            !decimals.isEmpty() && decimals.size() <= 2 &&
            std::all_of(decimals.cbegin(), decimals.cend(), [](QChar ch) { return ch.isDigit(); });
        if (!ok || !digitsOnly || d > 77)
            r.fail(Reader::join(p, QStringLiteral("decimals")),
                   QStringLiteral("expected decimals \"0\"..\"77\""));
        t.decimals = d;
    }
    t.quantum = r.amount(o, p, QStringLiteral("quantum"));
    if (!r.failed() && t.quantum.isZero())
        r.fail(Reader::join(p, QStringLiteral("quantum")), QStringLiteral("quantum must be positive"));
    return t;
}

TokenAmount readTokenAmount(const QJsonObject &parent, const QString &parentPath, const QString &key,
                            Reader &r)
{
    TokenAmount t;
    const QString p = Reader::join(parentPath, key);
    const QJsonObject o = r.object(parent, parentPath, key);
    t.type = r.string(o, p, QStringLiteral("type"));
    const QString dp = Reader::join(p, QStringLiteral("data"));
    const QJsonObject d = r.object(o, p, QStringLiteral("data"));
    t.quantity = r.amount(d, dp, QStringLiteral("quantity"));
    t.quantityWithFees = r.amount(d, dp, QStringLiteral("quantity_with_fees"));
    t.decimals = r.optionalDecimals(d, dp, QStringLiteral("decimals"));
    t.symbol = r.optionalString(d, dp, QStringLiteral("symbol"));
    t.tokenAddress = r.optionalString(d, dp, QStringLiteral("token_address"));
    t.tokenId = r.optionalString(d, dp, QStringLiteral("token_id"));
    t.id = r.optionalString(d, dp, QStringLiteral("id"));
    return t;
}

Order readOrder(const QJsonObject &o, const QString &p, Reader &r)
{
    Order x;
    x.orderId = r.integer(o, p, QStringLiteral("order_id"));
    x.status = r.string(o, p, QStringLiteral("status"));
    x.user = r.string(o, p, QStringLiteral("user"));
    x.sell = readTokenAmount(o, p, QStringLiteral("sell"), r);
    x.buy = readTokenAmount(o, p, QStringLiteral("buy"), r);
    x.amountSold = r.nullableAmount(o, p, QStringLiteral("amount_sold"), true);
    x.expirationTimestamp = r.nullableString(o, p, QStringLiteral("expiration_timestamp"), true);
    x.timestamp = r.nullableString(o, p, QStringLiteral("timestamp"), true);
    x.updatedTimestamp = r.nullableString(o, p, QStringLiteral("updated_timestamp"), true);
    x.makerTakerType = r.optionalString(o, p, QStringLiteral("maker_taker_type"));
    return x;
}

TradeSide readTradeSide(const QJsonObject &parent, const QString &parentPath, const QString &key, Reader &r)
{
    TradeSide s;
    const QString p = Reader::join(parentPath, key);
    const QJsonObject o = r.object(parent, parentPath, key);
    s.orderId = r.integer(o, p, QStringLiteral("order_id"));
    s.sold = r.amount(o, p, QStringLiteral("sold"));
    s.tokenType = r.string(o, p, QStringLiteral("token_type"));
    s.tokenAddress = r.optionalString(o, p, QStringLiteral("token_address"));
    s.tokenId = r.optionalString(o, p, QStringLiteral("token_id"));
    return s;
}

Trade readTrade(const QJsonObject &o, const QString &p, Reader &r)
{
    Trade t;
    t.transactionId = r.integer(o, p, QStringLiteral("transaction_id"));
    t.status = r.string(o, p, QStringLiteral("status"));
    t.timestamp = r.string(o, p, QStringLiteral("timestamp"));
    t.a = readTradeSide(o, p, QStringLiteral("a"), r);
    t.b = readTradeSide(o, p, QStringLiteral("b"), r);
    return t;
}

//! The fields every history record (transfer, deposit, withdrawal, mint) has.
template <class T>
T readHistoryRecord(const QJsonObject &o, const QString &p, Reader &r)
{
    T x;
    x.transactionId = r.integer(o, p, QStringLiteral("transaction_id"));
    x.status = r.string(o, p, QStringLiteral("status"));
    x.timestamp = r.string(o, p, QStringLiteral("timestamp"));
    x.token = readTokenAmount(o, p, QStringLiteral("token"), r);
    return x;
}

Transfer readTransfer(const QJsonObject &o, const QString &p, Reader &r)
{
    auto t = readHistoryRecord<Transfer>(o, p, r);
    t.user = r.string(o, p, QStringLiteral("user"));
    t.receiver = r.string(o, p, QStringLiteral("receiver"));
    return t;
}

Deposit readDeposit(const QJsonObject &o, const QString &p, Reader &r)
{
    auto d = readHistoryRecord<Deposit>(o, p, r);
    d.user = r.string(o, p, QStringLiteral("user"));
    return d;
}

Withdrawal readWithdrawal(const QJsonObject &o, const QString &p, Reader &r)
{
    auto w = readHistoryRecord<Withdrawal>(o, p, r);
    w.rollupStatus = r.string(o, p, QStringLiteral("rollup_status"));
    w.withdrawnToWallet = r.boolean(o, p, QStringLiteral("withdrawn_to_wallet"));
    w.sender = r.string(o, p, QStringLiteral("sender"));
    return w;
}

Mint readMint(const QJsonObject &o, const QString &p, Reader &r)
{
    auto m = readHistoryRecord<Mint>(o, p, r);
    m.user = r.string(o, p, QStringLiteral("user"));
    m.fees = readOptionalFees(o, p, r);
    return m;
}

Exchange readExchange(const QJsonObject &o, const QString &p, Reader &r)
{
    Exchange x;
    x.id = r.optionalInteger(o, p, QStringLiteral("id"));
    x.walletAddress = r.optionalString(o, p, QStringLiteral("wallet_address"));
    x.provider = r.optionalString(o, p, QStringLiteral("provider"));
    x.type = r.optionalString(o, p, QStringLiteral("type"));
    x.status = r.optionalString(o, p, QStringLiteral("status"));
    x.createdAt = r.optionalString(o, p, QStringLiteral("created_at"));
    x.updatedAt = r.optionalString(o, p, QStringLiteral("updated_at"));
    if (const auto d = r.optionalObject(o, p, QStringLiteral("data"))) {
        const QString dp = Reader::join(p, QStringLiteral("data"));
        ExchangeData data;
        data.externalId = r.optionalString(*d, dp, QStringLiteral("external_id"));
        data.feesAmount = r.optionalNumber(*d, dp, QStringLiteral("fees_amount"));
        data.fromAmount = r.optionalNumber(*d, dp, QStringLiteral("from_amount"));
        data.fromCurrency = r.optionalString(*d, dp, QStringLiteral("from_currency"));
        data.providerWalletAddress = r.optionalString(*d, dp, QStringLiteral("provider_wallet_address"));
        data.toAmount = r.optionalNumber(*d, dp, QStringLiteral("to_amount"));
        data.toCurrency = r.optionalString(*d, dp, QStringLiteral("to_currency"));
        data.transferId = r.optionalString(*d, dp, QStringLiteral("transfer_id"));
        x.data = data;
    }
    return x;
}

//! The decoded value, or the reader's first failure.
template <class T>
ApiResult<T> finish(const Reader &r, T value)
{
    if (r.failed())
        return r.error();
    return value;
}

//! A single object body decoded with `read`.
template <class T, class ReadFn>
ApiResult<T> single(const QByteArray &body, ReadFn read)
{
    Reader r;
    const auto doc = r.parse(body, false);
    return finish(r, doc ? read(doc->object(), QString(), r) : T{});
}

//! A body that is a JSON array of objects, each decoded with `read`.
template <class T, class ReadFn>
ApiResult<std::vector<T>> arrayBody(const QByteArray &body, ReadFn read)
{
    Reader r;
    const auto doc = r.parse(body, true);
    // Wrapped so readArray can address it; paths stay "[i].field" as the root has no name.
    return finish(r, doc ? readArray<T>(QJsonObject{{QString(), doc->array()}}, QString(), QString(), r, read)
                         : std::vector<T>{});
}

//! Which page fields a list response declares.
enum class ListShape {
    Standard,    //!< cursor, remaining and result are required
    NoRemaining, //!< the tokens list: cursor and result required, no remaining
    AllOptional, //!< the exchanges list (GetTransactionsResponse): every field optional
};

//! A {cursor, remaining, result[]} body.
template <class T, class ReadFn>
ApiResult<Page<T>> list(const QByteArray &body, ReadFn read, ListShape shape = ListShape::Standard)
{
    Reader r;
    const auto doc = r.parse(body, false);
    Page<T> page;
    if (doc) {
        const QJsonObject o = doc->object();
        const bool optional = shape == ListShape::AllOptional;
        std::optional<std::int64_t> remaining;
        if (optional) {
            page.cursor = r.optionalString(o, QString(), QStringLiteral("cursor")).value_or(QString());
            remaining = r.optionalInteger(o, QString(), QStringLiteral("remaining"));
        } else {
            page.cursor = r.string(o, QString(), QStringLiteral("cursor"));
            if (shape == ListShape::Standard)
                remaining = r.integer(o, QString(), QStringLiteral("remaining"));
        }
        // An optional list may come back with "result": null (Go's empty slice): no items.
        if (!(optional && o.value(QStringLiteral("result")).isNull()))
            page.items = readArray<T>(o, QString(), QStringLiteral("result"), r, read, optional);
        // Without `remaining`, more pages while a cursor and items come back.
        page.hasMore = remaining ? *remaining > 0 : !page.cursor.isEmpty() && !page.items.empty();
    }
    return finish(r, std::move(page));
}

} // namespace

ApiResult<Page<Balance>> balanceList(const QByteArray &body)
{
    return list<Balance>(body, readBalance);
}
ApiResult<Balance> balance(const QByteArray &body)
{
    return single<Balance>(body, readBalance);
}
ApiResult<Page<Asset>> assetList(const QByteArray &body)
{
    return list<Asset>(body, readAsset);
}
ApiResult<Asset> asset(const QByteArray &body)
{
    return single<Asset>(body, readAsset);
}
ApiResult<Page<Collection>> collectionList(const QByteArray &body)
{
    return list<Collection>(body, readCollection);
}
ApiResult<Collection> collection(const QByteArray &body)
{
    return single<Collection>(body, readCollection);
}
ApiResult<Page<TokenDetails>> tokenList(const QByteArray &body)
{
    return list<TokenDetails>(body, readToken, ListShape::NoRemaining);
}
ApiResult<TokenDetails> token(const QByteArray &body)
{
    return single<TokenDetails>(body, readToken);
}
ApiResult<Page<Order>> orderList(const QByteArray &body)
{
    return list<Order>(body, readOrder);
}
ApiResult<Order> order(const QByteArray &body)
{
    return single<Order>(body, readOrder);
}
ApiResult<Page<Trade>> tradeList(const QByteArray &body)
{
    return list<Trade>(body, readTrade);
}
ApiResult<Page<Transfer>> transferList(const QByteArray &body)
{
    return list<Transfer>(body, readTransfer);
}
ApiResult<Transfer> transfer(const QByteArray &body)
{
    return single<Transfer>(body, readTransfer);
}

ApiResult<Page<Deposit>> depositList(const QByteArray &body)
{
    return list<Deposit>(body, readDeposit);
}
ApiResult<Deposit> deposit(const QByteArray &body)
{
    return single<Deposit>(body, readDeposit);
}
ApiResult<Page<Withdrawal>> withdrawalList(const QByteArray &body)
{
    return list<Withdrawal>(body, readWithdrawal);
}
ApiResult<Withdrawal> withdrawal(const QByteArray &body)
{
    return single<Withdrawal>(body, readWithdrawal);
}
ApiResult<Page<Mint>> mintList(const QByteArray &body)
{
    return list<Mint>(body, readMint);
}
ApiResult<std::vector<Mint>> mint(const QByteArray &body)
{
    return arrayBody<Mint>(body, readMint);
}
ApiResult<Page<Exchange>> exchangeList(const QByteArray &body)
{
    return list<Exchange>(body, readExchange, ListShape::AllOptional);
}
ApiResult<Exchange> exchange(const QByteArray &body)
{
    return single<Exchange>(body, readExchange);
}

ApiResult<std::vector<MetadataSchemaProperty>> metadataSchema(const QByteArray &body)
{
    return arrayBody<MetadataSchemaProperty>(body, readSchemaProperty);
}

ApiResult<UserRegistration> user(const QByteArray &body)
{
    return single<UserRegistration>(body, [](const QJsonObject &o, const QString &p, Reader &r) {
        UserRegistration u;
        const QString ap = Reader::join(p, QStringLiteral("accounts"));
        const QJsonArray accounts = r.array(o, p, QStringLiteral("accounts"));
        for (qsizetype i = 0; i < accounts.size() && !r.failed(); ++i) {
            if (!accounts.at(i).isString())
                r.fail(Reader::itemPath(ap, i), QStringLiteral("expected a string"));
            else
                u.accounts.push_back(accounts.at(i).toString());
        }
        // As the SDK's isRegisteredOffchain: registered means at least one stark key.
        u.registered = !u.accounts.empty();
        return u;
    });
}

void errorBody(const QByteArray &body, QString *code, QString *message)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("code")).isString())
        *code = o.value(QStringLiteral("code")).toString();
    if (o.value(QStringLiteral("message")).isString())
        *message = o.value(QStringLiteral("message")).toString();
}

} // namespace stardeck::api::decode
