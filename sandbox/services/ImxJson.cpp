// SPDX-License-Identifier: MIT
#include "services/ImxJson.h"

#include "services/ImxQuery.h"

#include <QJsonDocument>

#include <cstdio>

namespace stardeck::sandbox {

using imxquery::isoTime;

namespace {

QString dec(const UInt256 &v)
{
    return QString::fromStdString(v.toDecimal());
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

//! Appends a JSON string literal (RFC 8259 escaping; non-ASCII stays UTF-8).
void putString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void putNullable(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out += "null";
    else
        putString(out, text);
}

void putTime(QByteArray &out, const QDateTime &time)
{
    if (time.isValid())
        putString(out, time.toUTC().toString(Qt::ISODateWithMs));
    else
        out += "null";
}

} // namespace

QString ImxJson::mediaUrl(const QString &path) const
{
    if (path.isEmpty() || path.startsWith(QLatin1String("http://")) ||
        path.startsWith(QLatin1String("https://")))
        return path;
    // QUrl::toString is costly and runs for every image of every row: keep its result.
    if (m_mediaBase.isEmpty() || m_mediaBaseFor != m_context.baseUrl) {
        m_mediaBaseFor = m_context.baseUrl;
        m_mediaBase = m_context.serviceUrl(prefix::media);
    }
    return m_mediaBase + path;
}

const TokenRecord *ImxJson::fungible(const TokenSpec &spec) const
{
    const auto it = m_context.world.tokens.find(spec.tokenAddress.toLower());
    return it == m_context.world.tokens.end() ? nullptr : &it->second;
}

QJsonObject ImxJson::balance(const TokenRecord &token, const UInt256 &amount) const
{
    return QJsonObject{{QStringLiteral("symbol"), token.symbol},
                       {QStringLiteral("token_address"), token.tokenAddress},
                       {QStringLiteral("balance"), dec(amount)},
                       {QStringLiteral("preparing_withdrawal"), QStringLiteral("0")},
                       {QStringLiteral("withdrawable"), QStringLiteral("0")}};
}

QJsonObject ImxJson::tokenDetails(const TokenRecord &token) const
{
    return QJsonObject{{QStringLiteral("name"), token.name},
                       {QStringLiteral("symbol"), token.symbol},
                       {QStringLiteral("token_address"), token.tokenAddress},
                       {QStringLiteral("decimals"), QString::number(token.decimals)},
                       {QStringLiteral("quantum"), dec(token.quantum)},
                       {QStringLiteral("image_url"), mediaUrl(token.imageUrl)}};
}

QJsonObject ImxJson::asset(const AssetRecord &a) const
{
    QJsonObject o{
        {QStringLiteral("token_address"), a.tokenAddress},
        {QStringLiteral("token_id"), a.tokenId},
        {QStringLiteral("user"), a.owner},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("uri"), nullIfEmpty(a.uri)},
        {QStringLiteral("name"), nullIfEmpty(a.name)},
        {QStringLiteral("description"), nullIfEmpty(a.description)},
        {QStringLiteral("image_url"), nullIfEmpty(mediaUrl(a.imageUrl))},
        {QStringLiteral("metadata"), a.metadata.isEmpty() ? QJsonValue(QJsonValue::Null) : a.metadata},
        {QStringLiteral("collection"), collectionDetails(a.tokenAddress)},
        {QStringLiteral("created_at"), isoTime(a.createdAt)},
        {QStringLiteral("updated_at"), isoTime(a.updatedAt)}};
    if (!a.internalId.isEmpty())
        o.insert(QStringLiteral("id"), a.internalId);
    return o;
}

QByteArray ImxJson::assetBytes(const AssetRecord &a) const
{
    // Keys in QJsonObject's (sorted) order, so both forms read the same.
    QByteArray out;
    out.reserve(768);
    const auto collection = m_context.world.collections.find(a.tokenAddress.toLower());
    out += "{\"collection\":{\"icon_url\":";
    if (collection == m_context.world.collections.end()) {
        out += "null,\"name\":";
        putString(out, a.tokenAddress);
    } else {
        putNullable(out, mediaUrl(collection->second.iconUrl));
        out += ",\"name\":";
        putString(out, collection->second.name);
    }
    out += "},\"created_at\":";
    putTime(out, a.createdAt);
    out += ",\"description\":";
    putNullable(out, a.description);
    if (!a.internalId.isEmpty()) {
        out += ",\"id\":";
        putString(out, a.internalId);
    }
    out += ",\"image_url\":";
    putNullable(out, mediaUrl(a.imageUrl));
    out += ",\"metadata\":";
    out +=
        a.metadata.isEmpty() ? QByteArray("null") : QJsonDocument(a.metadata).toJson(QJsonDocument::Compact);
    out += ",\"name\":";
    putNullable(out, a.name);
    out += ",\"status\":";
    putString(out, a.status);
    out += ",\"token_address\":";
    putString(out, a.tokenAddress);
    out += ",\"token_id\":";
    putString(out, a.tokenId);
    out += ",\"updated_at\":";
    putTime(out, a.updatedAt);
    out += ",\"uri\":";
    putNullable(out, a.uri);
    out += ",\"user\":";
    putString(out, a.owner);
    out += '}';
    return out;
}

QJsonArray ImxJson::royalties(const QString &collectionAddress) const
{
    const auto it = m_context.world.collections.find(collectionAddress);
    if (it == m_context.world.collections.end())
        return {};
    // A fixed royalty per project (2%, 2.5% or 3%) to the project owner.
    const double percentage = 2.0 + 0.5 * double(it->second.projectId % 3);
    return QJsonArray{QJsonObject{{QStringLiteral("address"), it->second.projectOwnerAddress},
                                  {QStringLiteral("percentage"), percentage},
                                  {QStringLiteral("type"), QStringLiteral("royalty")}}};
}

QJsonObject ImxJson::collection(const CollectionRecord &c) const
{
    return QJsonObject{{QStringLiteral("address"), c.address},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("description"), nullIfEmpty(c.description)},
                       {QStringLiteral("icon_url"), nullIfEmpty(mediaUrl(c.iconUrl))},
                       {QStringLiteral("collection_image_url"), nullIfEmpty(mediaUrl(c.collectionImageUrl))},
                       {QStringLiteral("metadata_api_url"), nullIfEmpty(c.metadataApiUrl)},
                       {QStringLiteral("project_id"), c.projectId},
                       {QStringLiteral("project_owner_address"), c.projectOwnerAddress},
                       {QStringLiteral("created_at"), isoTime(c.createdAt)},
                       {QStringLiteral("updated_at"), isoTime(c.updatedAt)}};
}

QJsonObject ImxJson::collectionDetails(const QString &address) const
{
    const auto it = m_context.world.collections.find(address.toLower());
    if (it == m_context.world.collections.end())
        return QJsonObject{{QStringLiteral("name"), address}, {QStringLiteral("icon_url"), QJsonValue::Null}};
    return QJsonObject{{QStringLiteral("name"), it->second.name},
                       {QStringLiteral("icon_url"), nullIfEmpty(mediaUrl(it->second.iconUrl))}};
}

QJsonObject ImxJson::token(const TokenSpec &spec, const UInt256 &quantity) const
{
    QJsonObject data{{QStringLiteral("quantity"), dec(quantity)},
                     {QStringLiteral("quantity_with_fees"), dec(quantity)},
                     {QStringLiteral("token_address"), spec.tokenAddress}};
    if (spec.type == QLatin1String("ERC721")) {
        data.insert(QStringLiteral("token_id"), spec.tokenId);
        const auto it = m_context.world.assets.find({spec.tokenAddress.toLower(), spec.tokenId});
        QJsonObject properties{{QStringLiteral("collection"), collectionDetails(spec.tokenAddress)}};
        if (it != m_context.world.assets.end()) {
            properties.insert(QStringLiteral("name"), it->second.name);
            properties.insert(QStringLiteral("image_url"), mediaUrl(it->second.imageUrl));
            if (!it->second.internalId.isEmpty())
                data.insert(QStringLiteral("id"), it->second.internalId);
        }
        data.insert(QStringLiteral("properties"), properties);
    } else if (const TokenRecord *t = fungible(spec)) {
        data.insert(QStringLiteral("decimals"), t->decimals);
        data.insert(QStringLiteral("symbol"), t->symbol);
    }
    return QJsonObject{{QStringLiteral("type"), spec.type}, {QStringLiteral("data"), data}};
}

QJsonObject ImxJson::order(const OrderRecord &o, bool includeFees) const
{
    QJsonObject json{{QStringLiteral("order_id"), o.orderId},
                     {QStringLiteral("status"), o.status},
                     {QStringLiteral("user"), o.user},
                     {QStringLiteral("sell"), token(o.sell, o.amountSell)},
                     {QStringLiteral("buy"), token(o.buy, o.amountBuy)},
                     {QStringLiteral("amount_sold"), QString::fromStdString(o.amountSold.toDecimal())},
                     {QStringLiteral("expiration_timestamp"),
                      o.expirationHours > 0
                          ? isoTime(QDateTime::fromSecsSinceEpoch(o.expirationHours * 3600, Qt::UTC))
                          : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("timestamp"), isoTime(o.createdAt)},
                     {QStringLiteral("updated_timestamp"), isoTime(o.updatedAt)},
                     {QStringLiteral("maker_taker_type"), QStringLiteral("maker")}};
    // The fee side is the fungible one: what a listing receives, what a bid pays.
    const bool buyIsFungible = o.buy.type != QLatin1String("ERC721");
    const TokenSpec &feeSpec = buyIsFungible ? o.buy : o.sell;
    const UInt256 &feeAmount = buyIsFungible ? o.amountBuy : o.amountSell;
    QJsonObject makerFees{{QStringLiteral("quantity_with_fees"), dec(feeAmount)},
                          {QStringLiteral("token_type"), feeSpec.type},
                          {QStringLiteral("token_address"), feeSpec.tokenAddress},
                          {QStringLiteral("fees"), QJsonArray()}};
    if (const TokenRecord *t = fungible(feeSpec)) {
        makerFees.insert(QStringLiteral("decimals"), t->decimals);
        makerFees.insert(QStringLiteral("symbol"), t->symbol);
    }
    json.insert(QStringLiteral("maker_fees"), makerFees);
    if (includeFees) {
        QJsonArray fees;
        for (const QJsonValue &fee : o.fees) {
            const QJsonObject f = fee.toObject();
            fees.append(QJsonObject{
                {QStringLiteral("address"), f.value(QStringLiteral("address")).toString()},
                {QStringLiteral("type"), f.value(QStringLiteral("type")).toString(QStringLiteral("royalty"))},
                {QStringLiteral("amount"), f.value(QStringLiteral("amount")).toString(QStringLiteral("0"))},
                {QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("type"), feeSpec.type},
                             {QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("contract_address"), feeSpec.tokenAddress},
                                          {QStringLiteral("decimals"),
                                           makerFees.value(QStringLiteral("decimals"))}}}}}});
        }
        json.insert(QStringLiteral("fees"), fees);
    }
    return json;
}

QJsonObject ImxJson::trade(const TradeRecord &t) const
{
    auto side = [](qint64 orderId, const TokenSpec &spec, const UInt256 &sold) {
        QJsonObject s{{QStringLiteral("order_id"), orderId},
                      {QStringLiteral("sold"), dec(sold)},
                      {QStringLiteral("token_type"), spec.type},
                      {QStringLiteral("token_address"), spec.tokenAddress}};
        if (spec.type == QLatin1String("ERC721"))
            s.insert(QStringLiteral("token_id"), spec.tokenId);
        return s;
    };
    return QJsonObject{{QStringLiteral("transaction_id"), t.transactionId},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("timestamp"), isoTime(t.timestamp)},
                       {QStringLiteral("a"), side(t.orderIdA, t.tokenA, t.soldA)},
                       {QStringLiteral("b"), side(t.orderIdB, t.tokenB, t.soldB)}};
}

QJsonObject ImxJson::transfer(const TransferRecord &t) const
{
    return QJsonObject{{QStringLiteral("transaction_id"), t.transactionId},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("user"), t.sender},
                       {QStringLiteral("receiver"), t.receiver},
                       {QStringLiteral("token"), token(t.token, t.quantity)},
                       {QStringLiteral("timestamp"), isoTime(t.timestamp)}};
}

QJsonObject ImxJson::deposit(const DepositRecord &d) const
{
    return QJsonObject{{QStringLiteral("transaction_id"), d.transactionId},
                       {QStringLiteral("status"), d.status},
                       {QStringLiteral("user"), d.user},
                       {QStringLiteral("token"), token(d.token, d.quantity)},
                       {QStringLiteral("timestamp"), isoTime(d.timestamp)}};
}

QJsonObject ImxJson::withdrawal(const WithdrawalRecord &w) const
{
    return QJsonObject{{QStringLiteral("transaction_id"), w.transactionId},
                       {QStringLiteral("status"), w.status},
                       {QStringLiteral("rollup_status"), w.rollupStatus},
                       {QStringLiteral("withdrawn_to_wallet"), w.withdrawnToWallet},
                       {QStringLiteral("sender"), w.sender},
                       {QStringLiteral("token"), token(w.token, w.quantity)},
                       {QStringLiteral("timestamp"), isoTime(w.timestamp)}};
}

QJsonObject ImxJson::mint(const MintRecord &m) const
{
    QJsonObject data{{QStringLiteral("token_address"), m.token.tokenAddress},
                     {QStringLiteral("token_id"), m.token.tokenId},
                     {QStringLiteral("quantity"), QStringLiteral("1")},
                     {QStringLiteral("quantity_with_fees"), QStringLiteral("1")}};
    return QJsonObject{{QStringLiteral("transaction_id"), m.transactionId},
                       {QStringLiteral("status"), m.status},
                       {QStringLiteral("user"), m.user},
                       {QStringLiteral("token"),
                        QJsonObject{{QStringLiteral("type"), m.token.type}, {QStringLiteral("data"), data}}},
                       {QStringLiteral("fees"), royalties(m.token.tokenAddress)},
                       {QStringLiteral("timestamp"), isoTime(m.timestamp).toString()}};
}

QJsonObject ImxJson::exchange(const ExchangeRecord &x) const
{
    return QJsonObject{{QStringLiteral("id"), x.id},
                       {QStringLiteral("wallet_address"), x.walletAddress},
                       {QStringLiteral("provider"), x.provider},
                       {QStringLiteral("type"), x.type},
                       {QStringLiteral("status"), x.status},
                       {QStringLiteral("data"), x.data},
                       {QStringLiteral("created_at"), isoTime(x.createdAt)},
                       {QStringLiteral("updated_at"), isoTime(x.updatedAt)}};
}

} // namespace stardeck::sandbox
