// SPDX-License-Identifier: MIT
#include "services/ImxReadService.h"

#include "services/ImxQuery.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <map>
#include <set>

namespace stardeck::sandbox {

using namespace imxquery;

namespace {

HttpResponse notFound(const QString &code, const QString &message)
{
    return imxError(404, code, message);
}

bool isAddress(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    return re.match(text).hasMatch();
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

//! {"cursor", "remaining", "result"} for one page of rows.
template <class T, class Serialise>
HttpResponse listResponse(std::vector<Row<T>> rows, const PageRequest &page, Serialise serialise,
                          bool withRemaining = true)
{
    bool more = false;
    const std::vector<Row<T>> taken = pageOf(std::move(rows), page, &more);
    QJsonArray result;
    for (const Row<T> &row : taken)
        result.append(serialise(*row.record));
    QJsonObject body{{QStringLiteral("result"), result},
                     {QStringLiteral("cursor"),
                      taken.empty() ? QString() : encodeCursor(Cursor{taken.back().key, taken.back().tie})}};
    if (withRemaining)
        body.insert(QStringLiteral("remaining"), more ? 1 : 0);
    return HttpResponse::json(200, body);
}

//! {"cursor", "remaining", "result"} for a list ordered by its map's id.
template <class T, class Accept, class Serialise>
HttpResponse listByIdResponse(const std::map<qint64, T> &map, const PageRequest &page, Accept accept,
                              Serialise serialise)
{
    bool more = false;
    const auto taken = pageById(map, page, accept, &more);
    QJsonArray result;
    for (const auto &[id, record] : taken)
        result.append(serialise(*record));
    const QString cursor = taken.empty()
                               ? QString()
                               : encodeCursor(Cursor{intKey(taken.back().first), intKey(taken.back().first)});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("result"), result},
                                               {QStringLiteral("cursor"), cursor},
                                               {QStringLiteral("remaining"), more ? 1 : 0}});
}

//! Rows of the records `accept` keeps, keyed by `key`.
template <class T, class Accept, class Key>
std::vector<Row<T>> rowsOf(const std::map<qint64, T> &map, Accept accept, Key key)
{
    std::vector<Row<T>> rows;
    for (const auto &[id, record] : map) {
        if (accept(record))
            rows.push_back({key(id, record), intKey(id), &record});
    }
    return rows;
}

//! The `metadata` filter: {"key": ["value", ...]} (a single value is accepted too).
struct MetadataFilter {
    std::vector<std::pair<QString, QSet<QString>>> terms;

    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &name,
                                             std::optional<MetadataFilter> *out)
    {
        const QString text = request.queryValue(name);
        if (text.isEmpty())
            return std::nullopt;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return badRequest(
                QStringLiteral("%1 must be a JSON object such as {\"key\":[\"value\"]}").arg(name));
        MetadataFilter filter;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QSet<QString> values;
            const QJsonArray array = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &v : array) {
                if (v.isObject() || v.isArray() || v.isNull())
                    return badRequest(
                        QStringLiteral("%1: values of '%2' must be strings, numbers or booleans")
                            .arg(name, it.key()));
                values.insert(text_of(v));
            }
            filter.terms.emplace_back(it.key(), values);
        }
        *out = std::move(filter);
        return std::nullopt;
    }

    static QString text_of(const QJsonValue &v) { return v.toVariant().toString(); }

    bool matches(const QJsonObject &metadata) const
    {
        for (const auto &[key, values] : terms) {
            const auto it = metadata.constFind(key);
            if (it == metadata.constEnd() || !values.contains(text_of(it.value())))
                return false;
        }
        return true;
    }
};

//! The token filters shared by transfers, deposits, withdrawals, mints and order sides.
struct TokenFilter {
    QString type;
    QString tokenId;
    QString tokenAddress;
    QString tokenName;
    std::optional<UInt256> minQuantity;
    std::optional<UInt256> maxQuantity;
    std::optional<MetadataFilter> metadata;

    //! Reads `<prefix>token_type`, ... (prefix "" or "sell_"/"buy_"; quantities as
    //! `<prefix>min_quantity`, metadata as `<metadataName>`).
    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &prefix,
                                             const QString &metadataName, TokenFilter *out)
    {
        out->type = request.queryValue(prefix + QStringLiteral("token_type"));
        if (!out->type.isEmpty() && out->type != QLatin1String("ETH") &&
            out->type != QLatin1String("ERC20") && out->type != QLatin1String("ERC721"))
            return badRequest(QStringLiteral("%1token_type must be ETH, ERC20 or ERC721").arg(prefix));
        out->tokenId = request.queryValue(prefix + QStringLiteral("token_id"));
        out->tokenAddress = request.queryValue(prefix + QStringLiteral("token_address")).toLower();
        out->tokenName = request.queryValue(prefix + QStringLiteral("token_name"));
        if (auto e = parseAmount(request, prefix + QStringLiteral("min_quantity"), &out->minQuantity))
            return e;
        if (auto e = parseAmount(request, prefix + QStringLiteral("max_quantity"), &out->maxQuantity))
            return e;
        return metadataName.isEmpty() ? std::nullopt
                                      : MetadataFilter::parse(request, metadataName, &out->metadata);
    }

    bool matches(const World &world, const TokenSpec &spec, const UInt256 &quantity) const
    {
        if (!type.isEmpty() && spec.type != type)
            return false;
        if (!tokenId.isEmpty() && spec.tokenId != tokenId)
            return false;
        if (!tokenAddress.isEmpty() && !sameAddress(spec.tokenAddress, tokenAddress))
            return false;
        if ((minQuantity && quantity < *minQuantity) || (maxQuantity && quantity > *maxQuantity))
            return false;
        if (tokenName.isEmpty() && !metadata)
            return true;
        if (spec.type == QLatin1String("ERC721")) {
            const auto it = world.assets.find({spec.tokenAddress.toLower(), spec.tokenId});
            if (it == world.assets.end())
                return false;
            if (!tokenName.isEmpty() && !it->second.name.contains(tokenName, Qt::CaseInsensitive))
                return false;
            return !metadata || metadata->matches(it->second.metadata);
        }
        if (metadata)
            return false;
        const auto token = world.tokens.find(spec.tokenAddress.toLower());
        return token != world.tokens.end() &&
               (token->second.name.contains(tokenName, Qt::CaseInsensitive) ||
                token->second.symbol.compare(tokenName, Qt::CaseInsensitive) == 0);
    }
};

//! min_timestamp / max_timestamp (or another pair) as an inclusive range.
struct TimeRange {
    std::optional<QDateTime> min;
    std::optional<QDateTime> max;

    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &minName,
                                             const QString &maxName, TimeRange *out)
    {
        if (auto e = parseTimestamp(request, minName, &out->min))
            return e;
        return parseTimestamp(request, maxName, &out->max);
    }
    bool contains(const QDateTime &t) const { return (!min || t >= *min) && (!max || t <= *max); }
};

const QStringList kAssetStatuses{QStringLiteral("eth"), QStringLiteral("imx"),
                                 QStringLiteral("preparing_withdrawal"), QStringLiteral("withdrawable"),
                                 QStringLiteral("burned")};
const QStringList kOrderStatuses{QStringLiteral("active"), QStringLiteral("filled"),
                                 QStringLiteral("cancelled"), QStringLiteral("expired"),
                                 QStringLiteral("inactive")};

std::optional<HttpResponse> checkEnum(const HttpRequest &request, const QString &name,
                                      const QStringList &values)
{
    const QString value = request.queryValue(name);
    if (!value.isEmpty() && !values.contains(value))
        return badRequest(
            QStringLiteral("%1 must be one of: %2").arg(name, values.join(QStringLiteral(", "))));
    return std::nullopt;
}

QString lowerValue(const HttpRequest &request, const QString &name)
{
    return request.queryValue(name).trimmed().toLower();
}

} // namespace

ImxReadService::ImxReadService(SandboxContext &context)
    : Service(context), m_json(context), m_assets(context.world)
{}

void ImxReadService::registerRoutes(Router &router)
{
    auto add = [&](const QString &path, const QString &name,
                   HttpResponse (ImxReadService::*handler)(const HttpRequest &)) {
        router.add("GET", prefix::imx + path, name,
                   [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    auto addConst = [&](const QString &path, const QString &name,
                        HttpResponse (ImxReadService::*handler)(const HttpRequest &) const) {
        router.add("GET", prefix::imx + path, name,
                   [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    addConst(QStringLiteral("/v2/balances/{}"), QStringLiteral("imx.balances.list"),
             &ImxReadService::listBalances);
    addConst(QStringLiteral("/v2/balances/{}/{}"), QStringLiteral("imx.balances.get"),
             &ImxReadService::getBalance);
    add(QStringLiteral("/v1/assets"), QStringLiteral("imx.assets.list"), &ImxReadService::listAssets);
    addConst(QStringLiteral("/v1/assets/{}/{}"), QStringLiteral("imx.assets.get"), &ImxReadService::getAsset);
    addConst(QStringLiteral("/v1/collections"), QStringLiteral("imx.collections.list"),
             &ImxReadService::listCollections);
    addConst(QStringLiteral("/v1/collections/{}"), QStringLiteral("imx.collections.get"),
             &ImxReadService::getCollection);
    addConst(QStringLiteral("/v1/collections/{}/metadata-schema"),
             QStringLiteral("imx.collections.metadata_schema"), &ImxReadService::getMetadataSchema);
    add(QStringLiteral("/v1/collections-summary"), QStringLiteral("imx.collections.summary"),
        &ImxReadService::summarizeCollections);
    addConst(QStringLiteral("/v1/users/{}"), QStringLiteral("imx.users.get"), &ImxReadService::getUser);
    addConst(QStringLiteral("/v1/tokens"), QStringLiteral("imx.tokens.list"), &ImxReadService::listTokens);
    addConst(QStringLiteral("/v1/tokens/{}"), QStringLiteral("imx.tokens.get"), &ImxReadService::getToken);
    addConst(QStringLiteral("/v3/orders"), QStringLiteral("imx.orders.list"), &ImxReadService::listOrders);
    addConst(QStringLiteral("/v3/orders/{}"), QStringLiteral("imx.orders.get"), &ImxReadService::getOrder);
    addConst(QStringLiteral("/v3/trades"), QStringLiteral("imx.trades.list"), &ImxReadService::listTrades);
    addConst(QStringLiteral("/v3/trades/{}"), QStringLiteral("imx.trades.get"), &ImxReadService::getTrade);
    addConst(QStringLiteral("/v1/transfers"), QStringLiteral("imx.transfers.list"),
             &ImxReadService::listTransfers);
    addConst(QStringLiteral("/v1/transfers/{}"), QStringLiteral("imx.transfers.get"),
             &ImxReadService::getTransfer);
    addConst(QStringLiteral("/v1/deposits"), QStringLiteral("imx.deposits.list"),
             &ImxReadService::listDeposits);
    addConst(QStringLiteral("/v1/deposits/{}"), QStringLiteral("imx.deposits.get"),
             &ImxReadService::getDeposit);
    addConst(QStringLiteral("/v1/withdrawals"), QStringLiteral("imx.withdrawals.list"),
             &ImxReadService::listWithdrawals);
    addConst(QStringLiteral("/v1/withdrawals/{}"), QStringLiteral("imx.withdrawals.get"),
             &ImxReadService::getWithdrawal);
    addConst(QStringLiteral("/v1/mints"), QStringLiteral("imx.mints.list"), &ImxReadService::listMints);
    addConst(QStringLiteral("/v1/mints/{}"), QStringLiteral("imx.mints.get"), &ImxReadService::getMint);
    addConst(QStringLiteral("/v3/exchanges"), QStringLiteral("imx.exchanges.list"),
             &ImxReadService::listExchanges);
    addConst(QStringLiteral("/v3/exchanges/{}"), QStringLiteral("imx.exchanges.get"),
             &ImxReadService::getExchange);
}

// ---- balances ----

HttpResponse ImxReadService::listBalances(const HttpRequest &request) const
{
    const QString owner = request.params.value(0).toLower();
    if (!isAddress(owner))
        return badRequest(QStringLiteral("owner must be an Ethereum address (0x + 40 hex digits)"));
    PageRequest page;
    if (auto e = parsePage(
            request, {QStringLiteral("symbol"), QStringLiteral("token_address"), QStringLiteral("balance")},
            false, &page))
        return *e;
    const World &w = m_context.world;
    std::vector<Row<TokenRecord>> rows;
    std::map<const TokenRecord *, UInt256> amounts;
    for (auto it = w.balances.lower_bound({owner, QString()});
         it != w.balances.end() && it->first.first == owner; ++it) {
        const auto token = w.tokens.find(it->first.second);
        if (token == w.tokens.end())
            continue;
        amounts[&token->second] = it->second;
        const QString key = page.orderBy == QLatin1String("symbol")          ? token->second.symbol
                            : page.orderBy == QLatin1String("token_address") ? token->second.tokenAddress
                                                                             : uintKey(it->second);
        rows.push_back({key, token->second.tokenAddress, &token->second});
    }
    return listResponse(std::move(rows), page,
                        [&](const TokenRecord &t) { return m_json.balance(t, amounts.at(&t)); });
}

HttpResponse ImxReadService::getBalance(const HttpRequest &request) const
{
    const QString owner = request.params.value(0).toLower();
    QString address = request.params.value(1).toLower();
    if (!isAddress(owner))
        return badRequest(QStringLiteral("owner must be an Ethereum address (0x + 40 hex digits)"));
    if (address == QLatin1String("eth"))
        address.clear();
    else if (!isAddress(address))
        return badRequest(QStringLiteral("address must be an ERC20 contract address or 'eth'"));
    const auto token = m_context.world.tokens.find(address);
    if (token == m_context.world.tokens.end())
        return notFound(QStringLiteral("token_not_found"), QStringLiteral("Token not found"));
    return HttpResponse::json(200, m_json.balance(token->second, m_context.world.balance(owner, address)));
}

// ---- assets ----

const QByteArray &ImxReadService::cachedAssetJson(AssetIndex::Index i) const
{
    const AssetRecord &a = m_assets.record(i);
    const qint64 updatedMs = a.updatedAt.toMSecsSinceEpoch();
    AssetIndex::JsonSlot &slot = m_assets.jsonSlot(i);
    // Everything a write can change, plus the base URL the image links embed.
    if (slot.json.isEmpty() || slot.generation != m_baseGeneration || slot.updatedMs != updatedMs ||
        slot.owner != a.owner || slot.status != a.status) {
        slot.json = m_json.assetBytes(a);
        slot.owner = a.owner;
        slot.status = a.status;
        slot.updatedMs = updatedMs;
        slot.generation = m_baseGeneration;
    }
    return slot.json;
}

QJsonObject ImxReadService::assetWithExtras(const AssetRecord &asset, bool sellOrders, bool buyOrders,
                                            bool fees) const
{
    QJsonObject json = m_json.asset(asset);
    if (sellOrders || buyOrders) {
        auto summary = [this](const OrderRecord &o, const TokenSpec &price, const UInt256 &amount) {
            const auto token = m_context.world.tokens.find(price.tokenAddress);
            return QJsonObject{{QStringLiteral("order_id"), o.orderId},
                               {QStringLiteral("user"), o.user},
                               {QStringLiteral("status"), o.status},
                               {QStringLiteral("token_type"), price.type},
                               {QStringLiteral("contract_address"), price.tokenAddress},
                               {QStringLiteral("quantity"), QString::fromStdString(amount.toDecimal())},
                               {QStringLiteral("decimals"),
                                token == m_context.world.tokens.end() ? 0 : token->second.decimals}};
        };
        QJsonObject orders;
        if (sellOrders) {
            QJsonArray sells;
            for (qint64 id : m_assets.ordersSelling(asset)) {
                const auto it = m_context.world.orders.find(id);
                if (it != m_context.world.orders.end() && it->second.status == QLatin1String("active"))
                    sells.append(summary(it->second, it->second.buy, it->second.amountBuy));
            }
            orders.insert(QStringLiteral("sell_orders"), sells);
        }
        if (buyOrders) {
            QJsonArray buys;
            const TokenSpec self{QStringLiteral("ERC721"), asset.tokenAddress, asset.tokenId};
            for (const auto &[id, o] : m_context.world.orders) {
                if (o.status == QLatin1String("active") && o.buy == self)
                    buys.append(summary(o, o.sell, o.amountSell));
            }
            orders.insert(QStringLiteral("buy_orders"), buys);
        }
        json.insert(QStringLiteral("orders"), orders);
    }
    if (fees)
        json.insert(QStringLiteral("fees"), m_json.royalties(asset.tokenAddress));
    return json;
}

HttpResponse ImxReadService::listAssets(const HttpRequest &request)
{
    PageRequest page;
    if (auto e = parsePage(request, {QStringLiteral("updated_at"), QStringLiteral("name")}, true, &page))
        return *e;
    if (page.orderBy == QLatin1String("name") && request.queryValue(QStringLiteral("direction")).isEmpty())
        page.descending = false;
    if (auto e = checkEnum(request, QStringLiteral("status"), kAssetStatuses))
        return *e;
    TimeRange updated;
    if (auto e = TimeRange::parse(request, QStringLiteral("updated_min_timestamp"),
                                  QStringLiteral("updated_max_timestamp"), &updated))
        return *e;
    std::optional<bool> sellOrders, buyOrders, includeFees;
    for (auto [name, flag] : {std::pair{QStringLiteral("sell_orders"), &sellOrders},
                              std::pair{QStringLiteral("buy_orders"), &buyOrders},
                              std::pair{QStringLiteral("include_fees"), &includeFees}}) {
        if (auto e = parseBool(request, name, flag))
            return *e;
    }
    std::optional<MetadataFilter> metadata;
    if (auto e = MetadataFilter::parse(request, QStringLiteral("metadata"), &metadata))
        return *e;

    AssetIndex::Query query;
    query.owners = csvLower(request, QStringLiteral("user"));
    query.collections = csvLower(request, QStringLiteral("collection"));
    query.byName = page.orderBy == QLatin1String("name");
    query.descending = page.descending;
    query.after = page.after;
    query.pageSize = page.pageSize;
    if (updated.min)
        query.updatedMinMs = updated.min->toMSecsSinceEpoch();
    if (updated.max)
        query.updatedMaxMs = updated.max->toMSecsSinceEpoch();
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString name = request.queryValue(QStringLiteral("name"));
    if (!status.isEmpty() || !name.isEmpty() || metadata) {
        query.accept = [&](const AssetRecord &a) {
            return (status.isEmpty() || a.status == status) &&
                   (name.isEmpty() || a.name.contains(name, Qt::CaseInsensitive)) &&
                   (!metadata || metadata->matches(a.metadata));
        };
    }
    m_assets.refresh();
    if (m_context.baseUrl != m_cachedBase) {
        m_cachedBase = m_context.baseUrl;
        ++m_baseGeneration;
    }
    bool more = false;
    const std::vector<AssetIndex::Index> found = m_assets.page(query, &more);
    const QString cursor =
        found.empty() ? QString()
                      : encodeCursor(AssetIndex::cursorFor(m_assets.record(found.back()), query.byName));

    // The common case (no per-request extras) is served from per-asset cached JSON.
    QByteArray body;
    body.reserve(qsizetype(found.size()) * 700 + 128);
    body += "{\"result\":[";
    const bool extras =
        sellOrders.value_or(false) || buyOrders.value_or(false) || includeFees.value_or(false);
    for (std::size_t k = 0; k < found.size(); ++k) {
        if (k)
            body += ',';
        if (extras) {
            body += QJsonDocument(assetWithExtras(m_assets.record(found[k]), sellOrders.value_or(false),
                                                  buyOrders.value_or(false), includeFees.value_or(false)))
                        .toJson(QJsonDocument::Compact);
        } else {
            body += cachedAssetJson(found[k]);
        }
    }
    body += "],\"cursor\":\"" + cursor.toLatin1() + "\",\"remaining\":" + (more ? "1" : "0") + "}";
    return HttpResponse::bytes(200, "application/json", body);
}

HttpResponse ImxReadService::getAsset(const HttpRequest &request) const
{
    const QString address = request.params.value(0).toLower();
    const QString id = request.params.value(1);
    std::optional<bool> includeFees;
    if (auto e = parseBool(request, QStringLiteral("include_fees"), &includeFees))
        return *e;
    if (!isAddress(address))
        return imxError(400, QStringLiteral("asset_invalid_id"),
                        QStringLiteral("token_address must be an Ethereum address"));
    const World &w = m_context.world;
    auto it = w.assets.find({address, id});
    if (it == w.assets.end() && id.startsWith(QLatin1String("0x"))) {
        // The deprecated internal IMX id is accepted too (rare: a scan of the collection).
        for (auto c = w.assets.lower_bound({address, QString()});
             c != w.assets.end() && c->first.first == address; ++c) {
            if (c->second.internalId.compare(id, Qt::CaseInsensitive) == 0) {
                it = c;
                break;
            }
        }
    }
    if (it == w.assets.end())
        return notFound(QStringLiteral("asset_not_found"), QStringLiteral("Asset not found"));
    return HttpResponse::json(200, assetWithExtras(it->second, false, false, includeFees.value_or(false)));
}

// ---- collections ----

HttpResponse ImxReadService::listCollections(const HttpRequest &request) const
{
    PageRequest page;
    const QString orderBy = request.queryValue(QStringLiteral("order_by"));
    const bool textual =
        orderBy.isEmpty() || orderBy == QLatin1String("name") || orderBy == QLatin1String("address");
    if (auto e = parsePage(request,
                           {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("project_id"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")},
                           !textual, &page))
        return *e;
    const QSet<QString> blacklist = csvLower(request, QStringLiteral("blacklist"));
    const QSet<QString> whitelist = csvLower(request, QStringLiteral("whitelist"));
    const QString keyword = request.queryValue(QStringLiteral("keyword"));
    std::vector<Row<CollectionRecord>> rows;
    for (const auto &[address, c] : m_context.world.collections) {
        if (blacklist.contains(address) || (!whitelist.isEmpty() && !whitelist.contains(address)))
            continue;
        if (!keyword.isEmpty() && !c.name.contains(keyword, Qt::CaseInsensitive) &&
            !c.description.contains(keyword, Qt::CaseInsensitive))
            continue;
        const QString key = page.orderBy == QLatin1String("name")         ? c.name
                            : page.orderBy == QLatin1String("address")    ? c.address
                            : page.orderBy == QLatin1String("project_id") ? intKey(c.projectId)
                            : page.orderBy == QLatin1String("created_at") ? timeKey(c.createdAt)
                                                                          : timeKey(c.updatedAt);
        rows.push_back({key, address, &c});
    }
    return listResponse(std::move(rows), page,
                        [this](const CollectionRecord &c) { return m_json.collection(c); });
}

HttpResponse ImxReadService::getCollection(const HttpRequest &request) const
{
    const auto it = m_context.world.collections.find(request.params.value(0).toLower());
    if (it == m_context.world.collections.end())
        return notFound(QStringLiteral("collection_not_found"), QStringLiteral("Collection not found"));
    return HttpResponse::json(200, m_json.collection(it->second));
}

HttpResponse ImxReadService::getMetadataSchema(const HttpRequest &request) const
{
    const auto it = m_context.world.collections.find(request.params.value(0).toLower());
    if (it == m_context.world.collections.end())
        return notFound(QStringLiteral("collection_not_found"), QStringLiteral("Collection not found"));
    return HttpResponse::json(200, it->second.metadataSchema);
}

HttpResponse ImxReadService::summarizeCollections(const HttpRequest &request)
{
    const QSet<QString> users = csvLower(request, QStringLiteral("user"));
    if (users.isEmpty())
        return badRequest(QStringLiteral("user is required (comma-separated wallet addresses)"));
    PageRequest page;
    if (auto e = parsePage(request, {QStringLiteral("address")}, false, &page))
        return *e;
    m_assets.refresh();
    struct Summary {
        qint64 count = 0;
        std::set<QString> owners;
    };
    std::map<QString, Summary> byCollection;
    for (const QString &user : users) {
        for (AssetIndex::Index i : m_assets.ownedBy(user)) {
            const AssetRecord &a = m_assets.record(i);
            if (a.owner.toLower() != user)
                continue;
            Summary &s = byCollection[a.tokenAddress];
            ++s.count;
            s.owners.insert(a.owner);
        }
    }
    std::vector<Row<CollectionRecord>> rows;
    for (const auto &[address, summary] : byCollection) {
        const auto it = m_context.world.collections.find(address);
        if (it != m_context.world.collections.end())
            rows.push_back({address, address, &it->second});
    }
    return listResponse(std::move(rows), page, [&](const CollectionRecord &c) {
        const Summary &s = byCollection.at(c.address);
        QJsonArray owners;
        for (const QString &owner : s.owners)
            owners.append(owner);
        return QJsonObject{{QStringLiteral("collection"), m_json.collection(c)},
                           {QStringLiteral("owned_token_count"), s.count},
                           {QStringLiteral("owners"), owners}};
    });
}

// ---- users and tokens ----

HttpResponse ImxReadService::getUser(const HttpRequest &request) const
{
    const QString address = request.params.value(0).toLower();
    if (!isAddress(address))
        return badRequest(QStringLiteral("user must be an Ethereum address (0x + 40 hex digits)"));
    for (const auto &[id, user] : m_context.world.users) {
        if (user.registered && !user.starkKey.isEmpty() && user.ethAddress.toLower() == address)
            return HttpResponse::json(200,
                                      QJsonObject{{QStringLiteral("accounts"), QJsonArray{user.starkKey}}});
    }
    // x-provider and Passport's key derivation read this code as "not registered".
    return notFound(QStringLiteral("account_not_found"), QStringLiteral("Account not found"));
}

HttpResponse ImxReadService::listTokens(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(
            request, {QStringLiteral("symbol"), QStringLiteral("contract_address"), QStringLiteral("name")},
            false, &page))
        return *e;
    const QSet<QString> addresses = csvLower(request, QStringLiteral("address"));
    const QSet<QString> symbols = csvLower(request, QStringLiteral("symbols"));
    std::vector<Row<TokenRecord>> rows;
    for (const auto &[address, t] : m_context.world.tokens) {
        if (!addresses.isEmpty() && !addresses.contains(address))
            continue;
        if (!symbols.isEmpty() && !symbols.contains(t.symbol.toLower()))
            continue;
        const QString key = page.orderBy == QLatin1String("symbol")             ? t.symbol
                            : page.orderBy == QLatin1String("contract_address") ? address
                                                                                : t.name;
        rows.push_back({key, address, &t});
    }
    // ListTokensResponse has no `remaining` (imx-api.md 2).
    return listResponse(
        std::move(rows), page, [this](const TokenRecord &t) { return m_json.tokenDetails(t); }, false);
}

HttpResponse ImxReadService::getToken(const HttpRequest &request) const
{
    QString address = request.params.value(0).toLower();
    if (address == QLatin1String("eth") ||
        address == QLatin1String("0x0000000000000000000000000000000000000000"))
        address.clear();
    const auto it = m_context.world.tokens.find(address);
    if (it == m_context.world.tokens.end())
        return notFound(QStringLiteral("token_not_found"), QStringLiteral("Token not found"));
    return HttpResponse::json(200, m_json.tokenDetails(it->second));
}

// ---- orders and trades ----

HttpResponse ImxReadService::listOrders(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(request,
                           {QStringLiteral("created_at"), QStringLiteral("expired_at"),
                            QStringLiteral("sell_quantity"), QStringLiteral("buy_quantity"),
                            QStringLiteral("buy_quantity_with_fees"), QStringLiteral("updated_at")},
                           true, &page))
        return *e;
    if (auto e = checkEnum(request, QStringLiteral("status"), kOrderStatuses))
        return *e;
    TimeRange created, updated;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &created))
        return *e;
    if (auto e = TimeRange::parse(request, QStringLiteral("updated_min_timestamp"),
                                  QStringLiteral("updated_max_timestamp"), &updated))
        return *e;
    TokenFilter sell, buy;
    if (auto e = TokenFilter::parse(request, QStringLiteral("sell_"), QStringLiteral("sell_metadata"), &sell))
        return *e;
    if (auto e = TokenFilter::parse(request, QStringLiteral("buy_"), QStringLiteral("buy_metadata"), &buy))
        return *e;
    std::optional<bool> includeFees;
    if (auto e = parseBool(request, QStringLiteral("include_fees"), &includeFees))
        return *e;
    const QString user = lowerValue(request, QStringLiteral("user"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const World &w = m_context.world;
    std::vector<Row<OrderRecord>> rows;
    for (const auto &[id, o] : w.orders) {
        if ((!user.isEmpty() && !sameAddress(o.user, user)) || (!status.isEmpty() && o.status != status))
            continue;
        if (!created.contains(o.createdAt) || !updated.contains(o.updatedAt))
            continue;
        if (!sell.matches(w, o.sell, o.amountSell) || !buy.matches(w, o.buy, o.amountBuy))
            continue;
        QString key;
        if (page.orderBy == QLatin1String("created_at"))
            key = timeKey(o.createdAt);
        else if (page.orderBy == QLatin1String("updated_at"))
            key = timeKey(o.updatedAt);
        else if (page.orderBy == QLatin1String("expired_at"))
            key = intKey(o.expirationHours);
        else if (page.orderBy == QLatin1String("sell_quantity"))
            key = uintKey(o.amountSell);
        else
            key = uintKey(o.amountBuy);
        rows.push_back({key, intKey(id), &o});
    }
    const bool fees = includeFees.value_or(false);
    return listResponse(std::move(rows), page, [&](const OrderRecord &o) { return m_json.order(o, fees); });
}

HttpResponse ImxReadService::getOrder(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("order id must be an integer"));
    std::optional<bool> includeFees;
    if (auto e = parseBool(request, QStringLiteral("include_fees"), &includeFees))
        return *e;
    const auto it = m_context.world.orders.find(*id);
    if (it == m_context.world.orders.end())
        return notFound(QStringLiteral("order_not_found"), QStringLiteral("Order not found"));
    return HttpResponse::json(200, m_json.order(it->second, includeFees.value_or(false)));
}

HttpResponse ImxReadService::listTrades(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(request,
                           {QStringLiteral("timestamp"), QStringLiteral("created_at"),
                            QStringLiteral("transaction_id"), QStringLiteral("party_a_sold_quantity"),
                            QStringLiteral("party_b_sold_quantity"), QStringLiteral("updated_timestamp")},
                           true, &page))
        return *e;
    TimeRange when;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &when))
        return *e;
    TokenFilter a, b;
    if (auto e = TokenFilter::parse(request, QStringLiteral("party_a_"), QString(), &a))
        return *e;
    if (auto e = TokenFilter::parse(request, QStringLiteral("party_b_"), QString(), &b))
        return *e;
    const World &w = m_context.world;
    auto accept = [&](const TradeRecord &t) {
        return when.contains(t.timestamp) && a.matches(w, t.tokenA, t.soldA) &&
               b.matches(w, t.tokenB, t.soldB);
    };
    auto serialise = [this](const TradeRecord &t) { return m_json.trade(t); };
    if (page.orderBy == QLatin1String("transaction_id"))
        return listByIdResponse(w.trades, page, accept, serialise);
    auto key = [&](qint64, const TradeRecord &t) {
        return page.orderBy == QLatin1String("party_a_sold_quantity")   ? uintKey(t.soldA)
               : page.orderBy == QLatin1String("party_b_sold_quantity") ? uintKey(t.soldB)
                                                                        : timeKey(t.timestamp);
    };
    return listResponse(rowsOf(w.trades, accept, key), page, serialise);
}

HttpResponse ImxReadService::getTrade(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("trade id must be an integer"));
    const auto it = m_context.world.trades.find(*id);
    if (it == m_context.world.trades.end())
        return notFound(QStringLiteral("trade_not_found"), QStringLiteral("Trade not found"));
    return HttpResponse::json(200, m_json.trade(it->second));
}

// ---- transfers, deposits, withdrawals, mints ----

HttpResponse ImxReadService::listTransfers(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(request,
                           {QStringLiteral("transaction_id"), QStringLiteral("created_at"),
                            QStringLiteral("sender_ether_key"), QStringLiteral("receiver_ether_key")},
                           true, &page))
        return *e;
    if (auto e = checkEnum(request, QStringLiteral("status"),
                           {QStringLiteral("success"), QStringLiteral("failure")}))
        return *e;
    TimeRange when;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &when))
        return *e;
    TokenFilter token;
    if (auto e = TokenFilter::parse(request, QString(), QStringLiteral("metadata"), &token))
        return *e;
    const QString user = lowerValue(request, QStringLiteral("user"));
    const QString receiver = lowerValue(request, QStringLiteral("receiver"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const World &w = m_context.world;
    auto accept = [&](const TransferRecord &t) {
        return (user.isEmpty() || sameAddress(t.sender, user)) &&
               (receiver.isEmpty() || sameAddress(t.receiver, receiver)) &&
               (status.isEmpty() || t.status == status) && when.contains(t.timestamp) &&
               token.matches(w, t.token, t.quantity);
    };
    auto serialise = [this](const TransferRecord &t) { return m_json.transfer(t); };
    if (page.orderBy == QLatin1String("transaction_id"))
        return listByIdResponse(w.transfers, page, accept, serialise);
    auto key = [&](qint64, const TransferRecord &t) {
        return page.orderBy == QLatin1String("created_at")         ? timeKey(t.timestamp)
               : page.orderBy == QLatin1String("sender_ether_key") ? t.sender
                                                                   : t.receiver;
    };
    return listResponse(rowsOf(w.transfers, accept, key), page, serialise);
}

HttpResponse ImxReadService::getTransfer(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("transfer id must be an integer"));
    const auto it = m_context.world.transfers.find(*id);
    if (it == m_context.world.transfers.end())
        return notFound(QStringLiteral("transfer_not_found"), QStringLiteral("Transfer not found"));
    return HttpResponse::json(200, m_json.transfer(it->second));
}

HttpResponse ImxReadService::listDeposits(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e =
            parsePage(request, {QStringLiteral("transaction_id"), QStringLiteral("created_at")}, true, &page))
        return *e;
    TimeRange when;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &when))
        return *e;
    TokenFilter token;
    if (auto e = TokenFilter::parse(request, QString(), QStringLiteral("metadata"), &token))
        return *e;
    const QString user = lowerValue(request, QStringLiteral("user"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const World &w = m_context.world;
    auto accept = [&](const DepositRecord &d) {
        return (user.isEmpty() || sameAddress(d.user, user)) && (status.isEmpty() || d.status == status) &&
               when.contains(d.timestamp) && token.matches(w, d.token, d.quantity);
    };
    auto serialise = [this](const DepositRecord &d) { return m_json.deposit(d); };
    if (page.orderBy == QLatin1String("transaction_id"))
        return listByIdResponse(w.deposits, page, accept, serialise);
    return listResponse(
        rowsOf(w.deposits, accept, [](qint64, const DepositRecord &d) { return timeKey(d.timestamp); }), page,
        serialise);
}

HttpResponse ImxReadService::getDeposit(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("deposit id must be an integer"));
    const auto it = m_context.world.deposits.find(*id);
    if (it == m_context.world.deposits.end())
        return notFound(QStringLiteral("deposit_not_found"), QStringLiteral("Deposit not found"));
    return HttpResponse::json(200, m_json.deposit(it->second));
}

HttpResponse ImxReadService::listWithdrawals(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e =
            parsePage(request, {QStringLiteral("transaction_id"), QStringLiteral("created_at")}, true, &page))
        return *e;
    TimeRange when;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &when))
        return *e;
    TokenFilter token;
    if (auto e = TokenFilter::parse(request, QString(), QStringLiteral("metadata"), &token))
        return *e;
    std::optional<bool> toWallet;
    if (auto e = parseBool(request, QStringLiteral("withdrawn_to_wallet"), &toWallet))
        return *e;
    const QString user = lowerValue(request, QStringLiteral("user"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString rollup = request.queryValue(QStringLiteral("rollup_status"));
    const World &w = m_context.world;
    auto accept = [&](const WithdrawalRecord &x) {
        return (user.isEmpty() || sameAddress(x.sender, user)) && (status.isEmpty() || x.status == status) &&
               (rollup.isEmpty() || x.rollupStatus == rollup) &&
               (!toWallet || x.withdrawnToWallet == *toWallet) && when.contains(x.timestamp) &&
               token.matches(w, x.token, x.quantity);
    };
    auto serialise = [this](const WithdrawalRecord &x) { return m_json.withdrawal(x); };
    if (page.orderBy == QLatin1String("transaction_id"))
        return listByIdResponse(w.withdrawals, page, accept, serialise);
    return listResponse(
        rowsOf(w.withdrawals, accept, [](qint64, const WithdrawalRecord &x) { return timeKey(x.timestamp); }),
        page, serialise);
}

HttpResponse ImxReadService::getWithdrawal(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("withdrawal id must be an integer"));
    const auto it = m_context.world.withdrawals.find(*id);
    if (it == m_context.world.withdrawals.end())
        return notFound(QStringLiteral("withdrawal_not_found"), QStringLiteral("Withdrawal not found"));
    return HttpResponse::json(200, m_json.withdrawal(it->second));
}

HttpResponse ImxReadService::listMints(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(request,
                           {QStringLiteral("transaction_id"), QStringLiteral("token_id"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")},
                           true, &page))
        return *e;
    TimeRange when;
    if (auto e = TimeRange::parse(request, QStringLiteral("min_timestamp"), QStringLiteral("max_timestamp"),
                                  &when))
        return *e;
    TokenFilter token;
    if (auto e = TokenFilter::parse(request, QString(), QStringLiteral("metadata"), &token))
        return *e;
    const QString user = lowerValue(request, QStringLiteral("user"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const World &w = m_context.world;
    const UInt256 one(1);
    auto accept = [&](const MintRecord &m) {
        return (user.isEmpty() || sameAddress(m.user, user)) && (status.isEmpty() || m.status == status) &&
               when.contains(m.timestamp) && token.matches(w, m.token, one);
    };
    auto serialise = [this](const MintRecord &m) { return m_json.mint(m); };
    if (page.orderBy == QLatin1String("transaction_id"))
        return listByIdResponse(w.mints, page, accept, serialise);
    auto key = [&](qint64, const MintRecord &m) {
        if (page.orderBy != QLatin1String("token_id"))
            return timeKey(m.timestamp);
        const auto tokenId = UInt256::fromDecimal(m.token.tokenId.toStdString());
        return tokenId ? uintKey(*tokenId) : m.token.tokenId;
    };
    return listResponse(rowsOf(w.mints, accept, key), page, serialise);
}

HttpResponse ImxReadService::getMint(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return imxError(400, QStringLiteral("invalid_mint_id"), QStringLiteral("mint id must be an integer"));
    const auto it = m_context.world.mints.find(*id);
    if (it == m_context.world.mints.end())
        return notFound(QStringLiteral("mint_not_found"), QStringLiteral("Mint not found"));
    // The spec answers with a one-element array.
    return HttpResponse::json(200, QJsonArray{m_json.mint(it->second)});
}

// ---- exchanges ----

HttpResponse ImxReadService::listExchanges(const HttpRequest &request) const
{
    PageRequest page;
    if (auto e = parsePage(request,
                           {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("exchange"),
                            QStringLiteral("amount"), QStringLiteral("transfer_id")},
                           true, &page))
        return *e;
    if (auto e = checkEnum(request, QStringLiteral("status"),
                           {QStringLiteral("created"), QStringLiteral("pending"), QStringLiteral("completed"),
                            QStringLiteral("failed"), QStringLiteral("waitingPayment"),
                            QStringLiteral("timedOut")}))
        return *e;
    if (auto e = checkEnum(request, QStringLiteral("provider"),
                           {QStringLiteral("moonpay"), QStringLiteral("layerswap")}))
        return *e;
    std::optional<qint64> onlyId;
    if (request.query.hasQueryItem(QStringLiteral("id"))) {
        onlyId = parseId(request.queryValue(QStringLiteral("id")));
        if (!onlyId)
            return badRequest(QStringLiteral("id must be an integer"));
    }
    const QString wallet = lowerValue(request, QStringLiteral("wallet_address"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString provider = request.queryValue(QStringLiteral("provider"));
    const QString transferId = request.queryValue(QStringLiteral("transfer_id"));
    auto accept = [&](const ExchangeRecord &x) {
        return (!onlyId || x.id == *onlyId) && (wallet.isEmpty() || sameAddress(x.walletAddress, wallet)) &&
               (status.isEmpty() || x.status == status) && (provider.isEmpty() || x.provider == provider) &&
               (transferId.isEmpty() || x.data.value(QStringLiteral("transfer_id")).toString() == transferId);
    };
    auto serialise = [this](const ExchangeRecord &x) { return m_json.exchange(x); };
    const auto &exchanges = m_context.world.exchanges;
    if (page.orderBy == QLatin1String("id"))
        return listByIdResponse(exchanges, page, accept, serialise);
    auto key = [&](qint64, const ExchangeRecord &x) {
        if (page.orderBy == QLatin1String("status"))
            return x.status;
        if (page.orderBy == QLatin1String("exchange"))
            return x.provider;
        if (page.orderBy == QLatin1String("amount"))
            return QStringLiteral("%1").arg(x.data.value(QStringLiteral("from_amount")).toDouble(), 24, 'f',
                                            6, QLatin1Char('0'));
        return x.data.value(QStringLiteral("transfer_id")).toString();
    };
    return listResponse(rowsOf(exchanges, accept, key), page, serialise);
}

HttpResponse ImxReadService::getExchange(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("exchange id must be an integer"));
    const auto it = m_context.world.exchanges.find(*id);
    if (it == m_context.world.exchanges.end())
        return notFound(QStringLiteral("exchange_not_found"), QStringLiteral("Exchange not found"));
    return HttpResponse::json(200, m_json.exchange(it->second));
}

} // namespace stardeck::sandbox
