// SPDX-License-Identifier: MIT
#include "models/MarketModel.h"

#include "models/ApiErrorText.h"
#include "starkex/Amount.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace stardeck::ui {

namespace {

constexpr int kPageSize = 200;
constexpr int kEthDecimals = 18;

QDateTime parseTime(const std::optional<QString> &text)
{
    return text ? QDateTime::fromString(*text, Qt::ISODateWithMs).toUTC() : QDateTime();
}

QString shortAddress(const QString &address)
{
    return address.size() > 12 ? address.left(6) + QChar(0x2026) + address.right(4) : address;
}

} // namespace

MarketModel::MarketModel(api::ImxClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{}

MarketModel::~MarketModel()
{
    delete m_loadContext;
}

void MarketModel::setOwner(const QString &owner)
{
    if (m_loadContext)
        m_loadContext->deleteLater(); // aborts the running refresh; late callbacks are ignored
    m_loadContext = nullptr;
    m_loading = false;
    m_owner = owner;
    m_errorText.clear();
    m_lastUpdated = {};
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void MarketModel::refresh()
{
    if (!m_client)
        return;
    if (m_loadContext)
        m_loadContext->deleteLater();
    m_loadContext = new QObject(this);
    QObject *context = m_loadContext;
    m_pending.clear();
    m_pendingTruncated = false;
    m_loading = true;
    Q_EMIT loading();

    api::ListQuery query;
    query.pageSize = kPageSize;
    query.orderBy = QStringLiteral("created_at");
    query.direction = QStringLiteral("desc");
    query.filters = {{QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("sell_token_type"), QStringLiteral("ERC721")}};
    m_client->streamOrders(
        query, context,
        [this, context](const api::Page<api::Order> &page) {
            if (context != m_loadContext)
                return false;
            m_pending.insert(m_pending.end(), page.items.begin(), page.items.end());
            if (m_pending.size() >= size_t(kMaxListings)) {
                m_pendingTruncated = page.hasMore || m_pending.size() > size_t(kMaxListings);
                m_pending.resize(size_t(kMaxListings));
                return false;
            }
            return true;
        },
        [this, context](api::ApiResult<qint64> r) {
            if (context != m_loadContext)
                return;
            if (!r) {
                fail(apiErrorText(r.error()));
                return;
            }
            lookUpThenPublish();
        });
}

void MarketModel::lookUpThenPublish()
{
    // Orders name neither the collection nor, sometimes, the price token's decimals: look those up
    // once per collection and token for the model's life.
    QSet<QString> collections;
    QSet<QString> tokens;
    for (const api::Order &o : m_pending) {
        const QString collection = o.sell.tokenAddress.value_or(QString()).toLower();
        if (!collection.isEmpty() && !m_collectionNames.contains(collection))
            collections.insert(collection);
        if (o.buy.type == QLatin1String("ERC20") && !(o.buy.decimals && o.buy.symbol)) {
            const QString token = o.buy.tokenAddress.value_or(QString()).toLower();
            if (!token.isEmpty() && !m_tokens.contains(token))
                tokens.insert(token);
        }
    }
    QObject *context = m_loadContext;
    m_lookupsOutstanding = int(collections.size() + tokens.size());
    auto oneDone = [this, context] {
        if (context == m_loadContext && --m_lookupsOutstanding == 0)
            publish();
    };
    for (const QString &address : collections) {
        m_client->collection(address, context, [this, address, oneDone](api::ApiResult<api::Collection> r) {
            // A collection that cannot be read is shown by its address; the listing stays usable.
            m_collectionNames.insert(address, r ? r.value().name : QString());
            oneDone();
        });
    }
    for (const QString &address : tokens) {
        m_client->token(address, context,
                        [this, address, context, oneDone](api::ApiResult<api::TokenDetails> r) {
                            if (context != m_loadContext)
                                return;
                            if (!r) {
                                fail(tr("Could not load token details. %1").arg(apiErrorText(r.error())));
                                return;
                            }
                            m_tokens.insert(address, r.value());
                            oneDone();
                        });
    }
    if (m_lookupsOutstanding == 0)
        publish();
}

void MarketModel::publish()
{
    const QString owner = m_owner.toLower();
    std::vector<Row> rows;
    rows.reserve(m_pending.size());
    for (const api::Order &o : m_pending) {
        // The filters are the server's: check each listing ourselves.
        if (o.status != QLatin1String("active") || o.sell.type != QLatin1String("ERC721") ||
            !o.sell.tokenAddress || !o.sell.tokenId || o.user.toLower() == owner)
            continue;
        Row row;
        row.orderId = o.orderId;
        row.seller = o.user;
        row.tokenAddress = *o.sell.tokenAddress;
        row.tokenId = *o.sell.tokenId;
        row.created = parseTime(o.timestamp);
        row.expires = parseTime(o.expirationTimestamp);
        int decimals = -1;
        if (o.buy.type == QLatin1String("ETH")) {
            decimals = o.buy.decimals.value_or(kEthDecimals);
            row.priceSymbol = o.buy.symbol.value_or(QStringLiteral("ETH"));
        } else if (o.buy.type == QLatin1String("ERC20")) {
            const api::TokenDetails known = m_tokens.value(o.buy.tokenAddress.value_or(QString()).toLower());
            decimals = o.buy.decimals.value_or(known.symbol.isEmpty() ? -1 : known.decimals);
            row.priceSymbol = o.buy.symbol.value_or(known.symbol);
        }
        if (decimals >= 0) {
            const auto text = starkex::formatAmount(o.buy.quantity, unsigned(decimals));
            if (text)
                row.priceText = QString::fromStdString(*text);
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.created != b.created ? a.created > b.created : a.orderId > b.orderId;
    });
    m_pending.clear();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_truncated = m_pendingTruncated;
    m_loading = false;
    m_errorText.clear();
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    if (m_loadContext)
        m_loadContext->deleteLater();
    m_loadContext = nullptr;
    Q_EMIT finished();
}

void MarketModel::fail(const QString &message)
{
    if (m_loadContext)
        m_loadContext->deleteLater();
    m_loadContext = nullptr;
    m_pending.clear();
    m_loading = false;
    m_errorText = message;
    Q_EMIT error(message);
}

QString MarketModel::itemText(const Row &row) const
{
    QString collection = m_collectionNames.value(row.tokenAddress.toLower());
    if (collection.isEmpty())
        collection = shortAddress(row.tokenAddress);
    //: a listed NFT: %1 is the collection's name, %2 the token id
    return tr("%1 #%2").arg(collection, row.tokenId);
}

int MarketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MarketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return itemText(row);
        case PriceColumn:
            return row.priceText.isEmpty() ? tr("unknown token")
                                           : row.priceText + QLatin1Char(' ') + row.priceSymbol;
        case SellerColumn:
            return shortAddress(row.seller);
        case ExpiresColumn:
            return row.expires.isValid() ? QLocale().toString(row.expires.toLocalTime(), QLocale::ShortFormat)
                                         : tr("never");
        case OrderColumn:
            return QString::number(row.orderId);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SellerColumn)
            return row.seller;
        if (index.column() == ItemColumn)
            return tr("Collection %1, token %2").arg(row.tokenAddress, row.tokenId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == OrderColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case OrderIdRole:
        return row.orderId;
    case SellerRole:
        return row.seller;
    case TokenAddressRole:
        return row.tokenAddress;
    case TokenIdRole:
        return row.tokenId;
    case PriceTextRole:
        return row.priceText;
    case PriceSymbolRole:
        return row.priceSymbol;
    case ExpiresRole:
        return row.expires;
    case CollectionNameRole:
        return m_collectionNames.value(row.tokenAddress.toLower());
    default:
        return {};
    }
}

QVariant MarketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case PriceColumn:
        return tr("Price");
    case SellerColumn:
        return tr("Seller");
    case ExpiresColumn:
        return tr("Expires");
    case OrderColumn:
        return tr("Order");
    }
    return {};
}

QHash<int, QByteArray> MarketModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OrderIdRole, "orderId");
    names.insert(SellerRole, "seller");
    names.insert(TokenAddressRole, "tokenAddress");
    names.insert(TokenIdRole, "tokenId");
    names.insert(PriceTextRole, "priceText");
    names.insert(PriceSymbolRole, "priceSymbol");
    names.insert(ExpiresRole, "expires");
    names.insert(CollectionNameRole, "collectionName");
    return names;
}

} // namespace stardeck::ui
