// SPDX-License-Identifier: MIT
#include "models/BalancesModel.h"

#include "models/ApiErrorText.h"
#include "models/ThumbnailCache.h"
#include "starkex/Amount.h"

#include <algorithm>

namespace stardeck::ui {

namespace {

constexpr int kIconSize = 32;
constexpr int kPageSize = 100;

QString tokenKey(const QString &address)
{
    return address.toLower();
}

//! Exact decimal text of base units, or an empty string when the decimals are out of range.
QString formatExact(const api::UInt256 &units, int decimals)
{
    if (decimals < 0)
        return {};
    const auto text = starkex::formatAmount(units, unsigned(decimals));
    return text ? QString::fromStdString(*text) : QString();
}

} // namespace

BalancesModel::BalancesModel(api::ImxClient *client, media::MediaLoader *media, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_images(new ThumbnailCache(media, QSize(kIconSize, kIconSize), 4 * 1024, this))
{
    connect(m_images, &ThumbnailCache::ready, this, &BalancesModel::onImageReady);
}

BalancesModel::~BalancesModel() = default;

QString BalancesModel::mask()
{
    return QString(6, QChar(0x2022)); // "••••••"
}

void BalancesModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    if (m_loadContext)
        m_loadContext->deleteLater(); // aborts the running refresh's requests; late ones are ignored
    m_loadContext = nullptr;
    m_loading = false;
    m_owner = owner;
    m_errorText.clear();
    m_lastUpdated = {};
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void BalancesModel::refresh()
{
    if (m_loadContext)
        m_loadContext->deleteLater(); // its late callbacks are ignored below (context check)
    m_loadContext = new QObject(this);
    m_pending.clear();
    m_tokensOutstanding = 0;
    m_loadFailed = false;
    m_loading = true;
    Q_EMIT loading();
    if (!m_client) {
        fail(tr("The wallet is not connected to Immutable X."));
        return;
    }
    if (m_owner.isEmpty()) {
        fail(tr("No account is selected."));
        return;
    }
    fetchPage(QString());
}

void BalancesModel::fetchPage(const QString &cursor)
{
    api::ListQuery query;
    query.pageSize = kPageSize;
    query.cursor = cursor;
    QObject *context = m_loadContext;
    m_client->balances(m_owner, query, context, [this, context](api::ApiResult<api::Page<api::Balance>> r) {
        if (context != m_loadContext)
            return; // a newer refresh replaced this one
        if (!r) {
            fail(tr("Could not load balances. %1").arg(apiErrorText(r.error())));
            return;
        }
        for (api::Balance &b : r.value().items)
            m_pending.push_back(std::move(b));
        if (r->hasMore && !r->cursor.isEmpty())
            fetchPage(r->cursor);
        else
            resolveTokens();
    });
}

void BalancesModel::resolveTokens()
{
    // Token details (name, decimals, image) rarely change: they are looked up once per token.
    QObject *context = m_loadContext;
    QSet<QString> asked;
    for (const api::Balance &b : m_pending) {
        const QString key = tokenKey(b.tokenAddress);
        if (m_tokens.contains(key) || asked.contains(key))
            continue;
        asked.insert(key);
        ++m_tokensOutstanding;
        const QString address = key.isEmpty() ? QStringLiteral("eth") : key;
        m_client->token(address, context,
                        [this, context, key, symbol = b.symbol](api::ApiResult<api::TokenDetails> r) {
                            if (context != m_loadContext || m_loadFailed)
                                return;
                            --m_tokensOutstanding;
                            if (!r) {
                                m_loadFailed = true;
                                fail(tr("Could not load the details of token %1. %2")
                                         .arg(symbol, apiErrorText(r.error())));
                                return;
                            }
                            m_tokens.insert(key, r.value());
                            if (m_tokensOutstanding == 0)
                                publish();
                        });
    }
    if (m_tokensOutstanding == 0)
        publish();
}

void BalancesModel::publish()
{
    std::vector<Row> rows;
    rows.reserve(m_pending.size());
    for (api::Balance &b : m_pending) {
        Row row;
        row.token = m_tokens.value(tokenKey(b.tokenAddress));
        row.balanceText = formatExact(b.balance, row.token.decimals);
        row.preparingText = formatExact(b.preparingWithdrawal, row.token.decimals);
        row.withdrawableText = formatExact(b.withdrawable, row.token.decimals);
        if (row.balanceText.isEmpty() || row.preparingText.isEmpty() || row.withdrawableText.isEmpty()) {
            fail(tr("Token %1 has invalid decimals (%2).").arg(b.symbol).arg(row.token.decimals));
            return;
        }
        row.balance = std::move(b);
        rows.push_back(std::move(row));
    }
    m_pending.clear();
    // ETH first, then by symbol: a stable order that does not depend on the server's.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const bool aEth = a.balance.tokenAddress.isEmpty();
        const bool bEth = b.balance.tokenAddress.isEmpty();
        if (aEth != bEth)
            return aEth;
        return a.balance.symbol.compare(b.balance.symbol, Qt::CaseInsensitive) < 0;
    });

    bool sameTokens = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameTokens && i < rows.size(); ++i)
        sameTokens = tokenKey(rows[i].balance.tokenAddress) == tokenKey(m_rows[i].balance.tokenAddress);
    if (sameTokens) {
        // Same tokens in the same places: update in place so views keep selection and scroll.
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    m_loadContext->deleteLater();
    m_loadContext = nullptr;
    m_loading = false;
    m_errorText.clear();
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    Q_EMIT finished();
}

void BalancesModel::fail(const QString &message)
{
    if (m_loadContext) {
        m_loadContext->deleteLater(); // cancels the other requests of this refresh
        m_loadContext = nullptr;
    }
    m_pending.clear();
    m_loading = false;
    m_errorText = message;
    Q_EMIT error(message);
}

void BalancesModel::setBalancesHidden(bool hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, BalanceColumn), index(rowCount() - 1, WithdrawableColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    Q_EMIT balancesHiddenChanged(hidden);
}

void BalancesModel::retryImages()
{
    m_images->clearFailures();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, TokenColumn), index(rowCount() - 1, TokenColumn), {Qt::DecorationRole});
}

void BalancesModel::onImageReady(const QString &url)
{
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows[std::size_t(i)].token.imageUrl == url)
            Q_EMIT dataChanged(index(i, TokenColumn), index(i, TokenColumn), {Qt::DecorationRole});
    }
}

int BalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalancesModel::amountText(const Row &row, int column) const
{
    switch (column) {
    case BalanceColumn:
        return row.balanceText;
    case PreparingColumn:
        return row.preparingText;
    case WithdrawableColumn:
        return row.withdrawableText;
    default:
        return {};
    }
}

QVariant BalancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const QString &symbol = row.balance.symbol;
    const QString name = row.token.name.isEmpty() ? symbol : row.token.name;
    switch (role) {
    case SymbolRole:
        return symbol;
    case NameRole:
        return name;
    case TokenAddressRole:
        return row.balance.tokenAddress;
    case DecimalsRole:
        return row.token.decimals;
    case BalanceTextRole:
        return row.balanceText;
    case BalanceBaseUnitsRole:
        return QString::fromStdString(row.balance.balance.toDecimal());
    case PreparingTextRole:
        return row.preparingText;
    case WithdrawableTextRole:
        return row.withdrawableText;
    case ImageUrlRole:
        return row.token.imageUrl;
    default:
        break;
    }

    if (index.column() == TokenColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return symbol;
        case Qt::DecorationRole: {
            const QPixmap icon = m_images->pixmap(row.token.imageUrl);
            return icon.isNull() ? m_images->placeholder() : icon;
        }
        case Qt::ToolTipRole:
            //: token name and symbol, e.g. "Ethereum (ETH)"
            return tr("%1 (%2)").arg(name, symbol);
        case Qt::AccessibleTextRole:
            return tr("%1, %2").arg(name, symbol);
        default:
            return {};
        }
    }

    const QString amount = amountText(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m_hidden ? mask() : amount;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (m_hidden)
            return tr("Amount hidden");
        const QString what = headerData(index.column(), Qt::Horizontal).toString();
        //: "<column>: <amount> <symbol>", e.g. "Balance: 12.5 ETH"
        return tr("%1: %2 %3").arg(what, amount, symbol);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant BalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TokenColumn:
        return tr("Token");
    case BalanceColumn:
        return tr("Balance");
    case PreparingColumn:
        return tr("Preparing withdrawal");
    case WithdrawableColumn:
        return tr("Withdrawable");
    default:
        return {};
    }
}

QHash<int, QByteArray> BalancesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SymbolRole, "symbol");
    names.insert(NameRole, "name");
    names.insert(TokenAddressRole, "tokenAddress");
    names.insert(DecimalsRole, "decimals");
    names.insert(BalanceTextRole, "balanceText");
    names.insert(BalanceBaseUnitsRole, "balanceBaseUnits");
    names.insert(PreparingTextRole, "preparingText");
    names.insert(WithdrawableTextRole, "withdrawableText");
    names.insert(ImageUrlRole, "imageUrl");
    return names;
}

} // namespace stardeck::ui
