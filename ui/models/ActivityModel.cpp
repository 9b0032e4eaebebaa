// SPDX-License-Identifier: MIT
#include "models/ActivityModel.h"

#include "models/ApiErrorText.h"
#include "starkex/Amount.h"

#include <algorithm>

namespace stardeck::ui {

namespace {

constexpr int kPageSize = 200;

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString tokenKey(const QString &address)
{
    return address.toLower();
}

bool fungible(const QString &type)
{
    return type == QLatin1String("ETH") || type == QLatin1String("ERC20");
}

ActivityModel::Kind kindOf(wallet::ActionKind kind)
{
    switch (kind) {
    case wallet::ActionKind::Transfer:
    case wallet::ActionKind::BatchNftTransfer:
    case wallet::ActionKind::ExchangeTransfer:
        return ActivityModel::TransferKind;
    case wallet::ActionKind::CreateOrder:
    case wallet::ActionKind::CancelOrder:
        return ActivityModel::OrderKind;
    case wallet::ActionKind::CreateTrade:
        return ActivityModel::TradeKind;
    case wallet::ActionKind::Registration:
        break;
    }
    return ActivityModel::OtherKind;
}

} // namespace

ActivityModel::ActivityModel(api::ImxClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{}

ActivityModel::~ActivityModel() = default;

void ActivityModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    if (m_loadContext)
        m_loadContext->deleteLater(); // aborts the running refresh; late callbacks are ignored
    m_loadContext = nullptr;
    m_loading = false;
    m_owner = owner;
    m_errorText.clear();
    m_lastUpdated = {};
    m_loaded.clear();
    rebuildVisible();
}

void ActivityModel::refresh()
{
    if (m_loadContext)
        m_loadContext->deleteLater();
    m_loadContext = new QObject(this);
    m_transfers.clear();
    m_orders.clear();
    m_trades.clear();
    m_streamsOutstanding = 0;
    m_tokensOutstanding = 0;
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
    startStreams();
}

void ActivityModel::startStreams()
{
    QObject *context = m_loadContext;
    const QString owner = m_owner.toLower();
    auto transferPage = [this, context](const api::Page<api::Transfer> &page) {
        if (context != m_loadContext)
            return false;
        m_transfers.insert(m_transfers.end(), page.items.begin(), page.items.end());
        return true;
    };
    auto done = [this, context](api::ApiResult<qint64> r) {
        if (context == m_loadContext)
            streamDone(r);
    };
    // Sent and received transfers are two queries (the API filters by sender or by receiver).
    api::ListQuery sent;
    sent.pageSize = kPageSize;
    sent.filters = {{QStringLiteral("user"), owner}};
    api::ListQuery received = sent;
    received.filters = {{QStringLiteral("receiver"), owner}};
    m_streamsOutstanding = 3;
    m_client->streamTransfers(sent, context, transferPage, done);
    m_client->streamTransfers(received, context, transferPage, done);

    api::ListQuery orders = sent;
    m_client->streamOrders(
        orders, context,
        [this, context](const api::Page<api::Order> &page) {
            if (context != m_loadContext)
                return false;
            m_orders.insert(m_orders.end(), page.items.begin(), page.items.end());
            return true;
        },
        [this, context, done](api::ApiResult<qint64> r) {
            if (context != m_loadContext)
                return;
            if (!r || m_orders.empty()) {
                streamDone(r);
                return;
            }
            // Trades cannot be filtered by user: list those since the owner's first order and keep
            // the ones that filled one of the owner's orders.
            QDateTime since;
            for (const api::Order &o : m_orders) {
                const QDateTime t = parseTime(o.timestamp.value_or(QString()));
                if (t.isValid() && (!since.isValid() || t < since))
                    since = t;
            }
            api::ListQuery trades;
            trades.pageSize = kPageSize;
            if (since.isValid())
                trades.filters = {{QStringLiteral("min_timestamp"), since.toString(Qt::ISODate)}};
            QSet<qint64> mine;
            for (const api::Order &o : m_orders)
                mine.insert(o.orderId);
            ++m_streamsOutstanding; // the trades stream replaces the orders stream
            streamDone(r);
            m_client->streamTrades(
                trades, context,
                [this, context, mine](const api::Page<api::Trade> &page) {
                    if (context != m_loadContext)
                        return false;
                    for (const api::Trade &t : page.items) {
                        if (mine.contains(t.a.orderId) || mine.contains(t.b.orderId))
                            m_trades.push_back(t);
                    }
                    return true;
                },
                done);
        });
}

void ActivityModel::streamDone(const api::ApiResult<qint64> &result)
{
    if (!result) {
        fail(tr("Could not load your activity. %1").arg(apiErrorText(result.error())));
        return;
    }
    if (--m_streamsOutstanding == 0)
        resolveTokensThenPublish();
}

void ActivityModel::resolveTokensThenPublish()
{
    // Trade sides carry no decimals or symbol, and older transfers may lack them: look those
    // tokens up (once per token per model).
    QSet<QString> needed;
    auto need = [&](const QString &type, const std::optional<QString> &address, bool complete) {
        if (!fungible(type) || complete)
            return;
        const QString key = type == QLatin1String("ETH") ? QString() : tokenKey(address.value_or(QString()));
        if (!m_tokens.contains(key))
            needed.insert(key);
    };
    for (const api::Transfer &t : m_transfers)
        need(t.token.type, t.token.tokenAddress, t.token.decimals && t.token.symbol);
    for (const api::Order &o : m_orders) {
        need(o.sell.type, o.sell.tokenAddress, o.sell.decimals && o.sell.symbol);
        need(o.buy.type, o.buy.tokenAddress, o.buy.decimals && o.buy.symbol);
    }
    for (const api::Trade &t : m_trades) {
        need(t.a.tokenType, t.a.tokenAddress, false);
        need(t.b.tokenType, t.b.tokenAddress, false);
    }
    QObject *context = m_loadContext;
    m_tokensOutstanding = int(needed.size());
    for (const QString &key : needed) {
        m_client->token(key.isEmpty() ? QStringLiteral("eth") : key, context,
                        [this, context, key](api::ApiResult<api::TokenDetails> r) {
                            if (context != m_loadContext)
                                return;
                            if (!r) {
                                fail(tr("Could not load token details. %1").arg(apiErrorText(r.error())));
                                return;
                            }
                            m_tokens.insert(key, r.value());
                            if (--m_tokensOutstanding == 0)
                                publish();
                        });
    }
    if (needed.isEmpty())
        publish();
}

QString ActivityModel::sideAsset(const Side &side) const
{
    if (!fungible(side.type))
        //: an NFT in the activity list; %1 is its token id
        return tr("NFT #%1").arg(side.tokenId);
    if (!side.symbol.isEmpty())
        return side.symbol;
    const QString key = side.type == QLatin1String("ETH") ? QString() : tokenKey(side.tokenAddress);
    const QString symbol = m_tokens.value(key).symbol;
    return symbol.isEmpty() ? side.type : symbol;
}

QString ActivityModel::sideAmount(const Side &side) const
{
    if (!fungible(side.type))
        return QString::fromStdString(side.quantity.toDecimal());
    const QString key = side.type == QLatin1String("ETH") ? QString() : tokenKey(side.tokenAddress);
    const auto known = m_tokens.constFind(key);
    const int decimals = side.decimals ? *side.decimals : (known != m_tokens.cend() ? known->decimals : -1);
    if (decimals < 0)
        return {};
    const auto text = starkex::formatAmount(side.quantity, unsigned(decimals));
    return text ? QString::fromStdString(*text) : QString();
}

void ActivityModel::publish()
{
    auto fromAmount = [](const api::TokenAmount &t) {
        return Side{t.type,     t.tokenAddress.value_or(QString()), t.tokenId.value_or(QString()), t.quantity,
                    t.decimals, t.symbol.value_or(QString())};
    };
    auto fromTrade = [](const api::TradeSide &t) {
        return Side{
            t.tokenType, t.tokenAddress.value_or(QString()), t.tokenId.value_or(QString()), t.sold, {}, {}};
    };
    const QString owner = m_owner.toLower();
    std::vector<Entry> rows;
    QSet<qint64> seenTransfers;
    for (const api::Transfer &t : m_transfers) {
        if (seenTransfers.contains(t.transactionId))
            continue; // a transfer to oneself comes back from both queries
        seenTransfers.insert(t.transactionId);
        const Side side = fromAmount(t.token);
        Entry e;
        e.kind = TransferKind;
        const bool out = t.user.toLower() == owner;
        e.direction = out ? Outgoing : Incoming;
        e.counterparty = out ? t.receiver : t.user;
        e.asset = sideAsset(side);
        e.amount = sideAmount(side);
        e.status = t.status;
        e.tokenAddress = side.tokenAddress;
        e.tokenId = side.tokenId;
        e.time = parseTime(t.timestamp);
        e.id = t.transactionId;
        if (!out) {
            const auto known = m_tokens.constFind(
                side.type == QLatin1String("ETH") ? QString() : tokenKey(side.tokenAddress));
            e.incoming = {t.user, side.type, side.quantity,
                          side.decimals              ? side.decimals
                          : known != m_tokens.cend() ? std::optional<int>(known->decimals)
                                                     : std::nullopt};
        }
        rows.push_back(std::move(e));
    }
    QHash<qint64, const api::Order *> orders;
    for (const api::Order &o : m_orders) {
        orders.insert(o.orderId, &o);
        const Side sell = fromAmount(o.sell);
        const Side buy = fromAmount(o.buy);
        Entry e;
        e.kind = OrderKind;
        e.direction = Outgoing;
        e.asset = sideAsset(sell);
        e.amount = sideAmount(sell);
        //: the price of an order: amount and asset asked for
        e.details = tr("for %1 %2").arg(sideAmount(buy), sideAsset(buy));
        e.status = o.status;
        e.tokenAddress = sell.tokenAddress;
        e.tokenId = sell.tokenId;
        e.time = parseTime(o.timestamp.value_or(QString()));
        e.id = o.orderId;
        rows.push_back(std::move(e));
    }
    for (const api::Trade &t : m_trades) {
        const bool mineIsA = orders.contains(t.a.orderId);
        const api::TradeSide &mine = mineIsA ? t.a : t.b;
        const api::TradeSide &theirs = mineIsA ? t.b : t.a;
        const Side gave = fromTrade(mine);
        const Side got = fromTrade(theirs);
        Entry e;
        e.kind = TradeKind;
        e.direction = Outgoing;
        //: the other side of a trade: its order id
        e.counterparty = tr("Order %1").arg(theirs.orderId);
        e.asset = sideAsset(gave);
        e.amount = sideAmount(gave);
        //: what a trade brought in: amount and asset
        e.details = tr("received %1 %2").arg(sideAmount(got), sideAsset(got));
        e.status = t.status;
        e.tokenAddress = gave.tokenAddress;
        e.tokenId = gave.tokenId;
        e.time = parseTime(t.timestamp);
        e.id = t.transactionId;
        rows.push_back(std::move(e));
    }
    m_transfers.clear();
    m_orders.clear();
    m_trades.clear();
    m_loaded = std::move(rows);
    m_loadContext->deleteLater();
    m_loadContext = nullptr;
    m_loading = false;
    m_errorText.clear();
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    classifySuspicious();
    rebuildVisible();
    Q_EMIT finished();
}

void ActivityModel::fail(const QString &message)
{
    if (m_loadContext) {
        m_loadContext->deleteLater(); // cancels the other requests of this refresh
        m_loadContext = nullptr;
    }
    m_transfers.clear();
    m_orders.clear();
    m_trades.clear();
    m_loading = false;
    m_errorText = message;
    Q_EMIT error(message);
}

void ActivityModel::setPendingEntries(const QList<wallet::JournalEntry> &entries)
{
    m_pending.clear();
    for (const wallet::JournalEntry &j : entries) {
        Entry e;
        e.kind = kindOf(j.kind);
        e.direction = e.kind == OtherKind ? NoDirection : Outgoing;
        e.status = j.state == wallet::JournalState::Signed ? QStringLiteral("pending")
                                                           : wallet::journalStateName(j.state);
        //: a signed request not yet confirmed; %1 is what it does, e.g. "Cancel order"
        e.details =
            j.note.isEmpty() ? tr("%1, waiting for Immutable X to confirm").arg(actionText(j.kind)) : j.note;
        e.journalId = j.id;
        e.time = j.createdAt.toUTC();
        e.pending = true;
        m_pending.push_back(std::move(e));
    }
    rebuildVisible();
}

void ActivityModel::setKindFilter(Kinds kinds)
{
    if (kinds == m_filter)
        return;
    m_filter = kinds;
    rebuildVisible();
}

void ActivityModel::rebuildVisible()
{
    std::vector<Entry> rows;
    int suspicious = 0;
    for (const std::vector<Entry> *source : {&m_pending, &m_loaded}) {
        for (const Entry &e : *source) {
            if (!m_filter.testFlag(e.kind))
                continue;
            if (e.suspicion.suspicious()) {
                ++suspicious;
                if (!m_showSuspicious)
                    continue;
            }
            rows.push_back(e);
        }
    }
    m_suspiciousCount = suspicious;
    // Newest first; rows without a time last; the larger id first among equal times.
    std::stable_sort(rows.begin(), rows.end(), [](const Entry &a, const Entry &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        if (a.time != b.time)
            return a.time > b.time;
        if (a.pending != b.pending)
            return a.pending;
        return a.id > b.id;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        //: one activity row read as a sentence: kind, direction, amount, asset, status, time
        QString text = tr("%1 %2: %3 %4, %5, %6")
                           .arg(kindText(e.kind), directionText(e.direction), e.amount, e.asset,
                                statusText(e), cellText(e, TimeColumn));
        if (e.suspicion.suspicious()) // first, so a screen reader says it before the rest
            text = suspiciousFlagText() + QLatin1Char('\n') + suspicionText(e) + QLatin1Char('\n') + text;
        if (!e.counterparty.isEmpty())
            text += QLatin1Char('\n') + tr("Counterparty: %1").arg(e.counterparty);
        if (!e.details.isEmpty())
            text += QLatin1Char('\n') + e.details;
        return text;
    }
    case Qt::DecorationRole:
        if (e.suspicion.suspicious() && index.column() == CounterpartyColumn)
            return suspiciousIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return int(e.kind);
    case DirectionRole:
        return int(e.direction);
    case CounterpartyRole:
        return e.counterparty;
    case AssetRole:
        return e.asset;
    case AmountTextRole:
        return e.amount;
    case StatusRole:
        return e.status;
    case TimestampRole:
        return e.time;
    case TransactionIdRole:
        return e.id;
    case PendingRole:
        return e.pending;
    case TokenAddressRole:
        return e.tokenAddress;
    case TokenIdRole:
        return e.tokenId;
    case DetailsRole:
        return e.details;
    case JournalIdRole:
        return e.journalId;
    case SuspiciousRole:
        return e.suspicion.suspicious();
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Type");
    case DirectionColumn:
        return tr("Direction");
    case CounterpartyColumn:
        return tr("Counterparty");
    case AssetColumn:
        return tr("Asset");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(DirectionRole, "direction");
    names.insert(CounterpartyRole, "counterparty");
    names.insert(AssetRole, "asset");
    names.insert(AmountTextRole, "amountText");
    names.insert(StatusRole, "status");
    names.insert(TimestampRole, "timestamp");
    names.insert(TransactionIdRole, "transactionId");
    names.insert(PendingRole, "pending");
    names.insert(TokenAddressRole, "tokenAddress");
    names.insert(TokenIdRole, "tokenId");
    names.insert(DetailsRole, "details");
    names.insert(JournalIdRole, "journalId");
    names.insert(SuspiciousRole, "suspicious");
    return names;
}

} // namespace stardeck::ui
