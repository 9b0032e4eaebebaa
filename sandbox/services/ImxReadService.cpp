// SPDX-License-Identifier: MIT
#include "services/ImxReadService.h"

#include "services/ImxReadFilters.h"

#include <QJsonDocument>

#include <map>
#include <set>

namespace stardeck::sandbox {

using namespace imxread;

namespace {

const QStringList kAssetStatuses{QStringLiteral("eth"), QStringLiteral("imx"),
                                 QStringLiteral("preparing_withdrawal"), QStringLiteral("withdrawable"),
                                 QStringLiteral("burned")};
const QStringList kOrderStatuses{QStringLiteral("active"), QStringLiteral("filled"),
                                 QStringLiteral("cancelled"), QStringLiteral("expired"),
                                 QStringLiteral("inactive")};

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

} // namespace stardeck::sandbox
