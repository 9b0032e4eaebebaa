// SPDX-License-Identifier: MIT
#include "wallet/ProviderReconcile.h"

#include "api/ImxClient.h"
#include "api/ImxDecode.h"

#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace stardeck::wallet {

namespace {

constexpr int kMaxPages = 10;
constexpr int kPageSize = 200;

const QLatin1String kReceiver("receiver");
const QLatin1String kTokenType("token_type");
const QLatin1String kTokenAddress("token_address");
const QLatin1String kTokenId("token_id");
const QLatin1String kAmount("amount");
const QLatin1String kItems("items");
const QLatin1String kOrderId("order_id");
const QLatin1String kExchangeId("exchange_id");

QString tokenTypeName(TokenRef::Type type)
{
    switch (type) {
    case TokenRef::Type::Eth:
        return QStringLiteral("ETH");
    case TokenRef::Type::Erc20:
        return QStringLiteral("ERC20");
    case TokenRef::Type::Erc721:
        return QStringLiteral("ERC721");
    }
    return QStringLiteral("ETH");
}

QString decimal(const UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

void putToken(QJsonObject &out, const QString &prefix, const TokenRef &token)
{
    out.insert(prefix + kTokenType, tokenTypeName(token.type));
    out.insert(prefix + kTokenAddress, token.tokenAddress.toLower());
    out.insert(prefix + kTokenId, token.type == TokenRef::Type::Erc721 ? token.tokenId : QString());
}

bool sameText(const std::optional<QString> &listed, const QString &expected)
{
    return listed.value_or(QString()).compare(expected, Qt::CaseInsensitive) == 0;
}

//! The listed token equals the expectation's `prefix` token (type, address, id).
bool sameToken(const api::TokenAmount &listed, const QJsonObject &expect, const QString &prefix)
{
    const QString type = expect.value(prefix + kTokenType).toString();
    if (listed.type != type ||
        !sameText(listed.tokenAddress, expect.value(prefix + kTokenAddress).toString()))
        return false;
    return type != QLatin1String("ERC721") ||
           listed.tokenId.value_or(QString()) == expect.value(prefix + kTokenId).toString();
}

bool sameAmount(const UInt256 &listed, const QJsonValue &expected)
{
    const auto value = UInt256::fromDecimal(expected.toString().toStdString());
    return value && *value == listed;
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject expectationOf(const PreparedAction &action)
{
    QJsonObject out;
    switch (action.kind) {
    case ActionKind::Registration:
        break;
    case ActionKind::Transfer:
    case ActionKind::ExchangeTransfer:
        if (action.items.size() == 1) {
            const PreparedItem &item = action.items.first();
            out.insert(kReceiver, item.receiver.toLower());
            putToken(out, QString(), item.token);
            out.insert(kAmount, decimal(item.amount));
            if (action.kind == ActionKind::ExchangeTransfer)
                out.insert(kExchangeId, QString::number(action.exchangeId));
        }
        break;
    case ActionKind::BatchNftTransfer: {
        QJsonArray items;
        for (const PreparedItem &item : action.items)
            items.append(QJsonObject{{kReceiver, item.receiver.toLower()},
                                     {kTokenAddress, item.token.tokenAddress.toLower()},
                                     {kTokenId, item.token.tokenId}});
        out.insert(kItems, items);
        break;
    }
    case ActionKind::CreateOrder:
        if (action.items.size() == 1 && action.items.first().buyToken) {
            const PreparedItem &item = action.items.first();
            putToken(out, QStringLiteral("sell_"), item.token);
            out.insert(QStringLiteral("sell_amount"), decimal(item.amount));
            putToken(out, QStringLiteral("buy_"), *item.buyToken);
            out.insert(QStringLiteral("buy_amount"), decimal(item.buyAmount));
        }
        break;
    case ActionKind::CancelOrder:
    case ActionKind::CreateTrade:
        out.insert(kOrderId, QString::number(action.orderId));
        break;
    }
    return out;
}

ProviderReconcile::ProviderReconcile(api::ImxClient &client, JournalEntry entry,
                                     const QList<JournalEntry> &journal, int windowSecs, QObject *parent)
    : QObject(parent), m_client(&client), m_entry(std::move(entry)), m_windowSecs(windowSecs)
{
    // What other entries already hold (their answers or earlier reconciliations) is not ours.
    for (const JournalEntry &other : journal) {
        if (other.id == m_entry.id || other.state != JournalState::Submitted)
            continue;
        const QJsonObject &r = other.result;
        switch (other.kind) {
        case ActionKind::Transfer:
        case ActionKind::ExchangeTransfer:
        case ActionKind::BatchNftTransfer:
            for (const char *key : {"transfer_id", "transaction_id"})
                if (r.contains(QLatin1String(key)))
                    m_claimed.insert(
                        QStringLiteral("transfer:%1").arg(r.value(QLatin1String(key)).toInteger()));
            for (const QJsonValue &id : r.value(QStringLiteral("transfer_ids")).toArray())
                m_claimed.insert(QStringLiteral("transfer:%1").arg(id.toInteger()));
            for (const QJsonValue &t : r.value(QStringLiteral("transfers")).toArray())
                m_claimed.insert(QStringLiteral("transfer:%1")
                                     .arg(t.toObject().value(QStringLiteral("transaction_id")).toInteger()));
            break;
        case ActionKind::CreateOrder:
            if (r.contains(kOrderId))
                m_claimed.insert(QStringLiteral("order:%1").arg(r.value(kOrderId).toInteger()));
            break;
        case ActionKind::CreateTrade:
            for (const char *key : {"trade_id", "transaction_id"})
                if (r.contains(QLatin1String(key)))
                    m_claimed.insert(QStringLiteral("trade:%1").arg(r.value(QLatin1String(key)).toInteger()));
            break;
        case ActionKind::Registration:
        case ActionKind::CancelOrder:
            break;
        }
    }
}

void ProviderReconcile::start(Done done)
{
    m_done = std::move(done);
    QPointer<ProviderReconcile> self(this);
    QTimer::singleShot(0, this, [self] {
        if (self)
            self->run();
    });
}

bool ProviderReconcile::recentEnough(const QString &timestamp) const
{
    // The listing was already asked for records since then (min_timestamp); a time we cannot read
    // keeps the record a candidate, so it can only make the answer ambiguous, never "not found".
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return !when.isValid() || when >= m_entry.createdAt.addSecs(-m_windowSecs);
}

template <class T>
void ProviderReconcile::listAll(const QString &path, QList<QPair<QString, QString>> query,
                                api::ApiResult<api::Page<T>> (*decode)(const QByteArray &), Listing<T> sofar,
                                int page, ListingDone<T> next)
{
    if (!m_client)
        return finish(Reconciliation::Kind::Unavailable, QStringLiteral("the API client is gone"));
    QPointer<ProviderReconcile> self(this);
    m_client->get(
        path, query, this,
        [self, path, query, decode, sofar = std::move(sofar), page,
         next = std::move(next)](api::ApiResult<QByteArray> raw) mutable {
            if (!self)
                return;
            if (!raw.ok())
                return self->finish(
                    Reconciliation::Kind::Unavailable,
                    QStringLiteral("listing %1 failed: %2").arg(path, raw.error().toString()));
            const auto decoded = decode(raw.value());
            if (!decoded.ok())
                return self->finish(
                    Reconciliation::Kind::Unavailable,
                    QStringLiteral("listing %1 was unreadable: %2").arg(path, decoded.error().toString()));
            const QJsonArray rows =
                QJsonDocument::fromJson(raw.value()).object().value(QStringLiteral("result")).toArray();
            if (rows.size() != qsizetype(decoded->items.size()))
                return self->finish(Reconciliation::Kind::Unavailable,
                                    QStringLiteral("listing %1 was unreadable").arg(path));
            for (qsizetype i = 0; i < rows.size(); ++i) {
                sofar.items.push_back(decoded->items[size_t(i)]);
                sofar.raw.append(rows.at(i).toObject());
            }
            if (!decoded->hasMore)
                return next(std::move(sofar));
            if (page + 1 >= kMaxPages || decoded->cursor.isEmpty())
                return self->finish(Reconciliation::Kind::Unavailable,
                                    QStringLiteral("listing %1 has too many records to compare").arg(path));
            QList<QPair<QString, QString>> nextQuery;
            for (const auto &item : query)
                if (item.first != QLatin1String("cursor"))
                    nextQuery.append(item);
            nextQuery.append({QStringLiteral("cursor"), decoded->cursor});
            self->listAll<T>(path, nextQuery, decode, std::move(sofar), page + 1, std::move(next));
        });
}

void ProviderReconcile::run()
{
    const QJsonObject &expect = m_entry.expect;
    if (expect.isEmpty())
        return finish(
            Reconciliation::Kind::Unavailable,
            QStringLiteral("the journal entry records no expectation to compare the listings with"));
    const QString since = iso(m_entry.createdAt.addSecs(-m_windowSecs));
    QList<QPair<QString, QString>> query{{QStringLiteral("page_size"), QString::number(kPageSize)},
                                         {QStringLiteral("min_timestamp"), since}};
    QPointer<ProviderReconcile> self(this);
    switch (m_entry.kind) {
    case ActionKind::Registration:
        return finish(Reconciliation::Kind::Unavailable, QStringLiteral("registrations are not reconciled"));
    case ActionKind::Transfer:
    case ActionKind::ExchangeTransfer:
    case ActionKind::BatchNftTransfer:
        query.append({QStringLiteral("user"), m_entry.account});
        if (expect.contains(kReceiver)) {
            query.append({QStringLiteral("receiver"), expect.value(kReceiver).toString()});
            query.append({QStringLiteral("token_type"), expect.value(kTokenType).toString()});
        } else {
            query.append({QStringLiteral("token_type"), QStringLiteral("ERC721")});
        }
        return listAll<api::Transfer>(QStringLiteral("/v1/transfers"), query, &api::decode::transferList, {},
                                      0, [self](Listing<api::Transfer> listing) {
                                          if (self)
                                              self->matchTransfers(listing);
                                      });
    case ActionKind::CreateOrder:
        query.append({QStringLiteral("user"), m_entry.account});
        return listAll<api::Order>(QStringLiteral("/v3/orders"), query, &api::decode::orderList, {}, 0,
                                   [self](Listing<api::Order> listing) {
                                       if (self)
                                           self->matchOrders(listing);
                                   });
    case ActionKind::CancelOrder: {
        bool ok = false;
        const qint64 orderId = expect.value(kOrderId).toString().toLongLong(&ok);
        if (!ok || orderId <= 0 || !m_client)
            return finish(Reconciliation::Kind::Unavailable, QStringLiteral("no order id to look at"));
        m_client->get(QStringLiteral("/v3/orders/%1").arg(orderId), {}, this,
                      [self, orderId](api::ApiResult<QByteArray> raw) {
                          if (!self)
                              return;
                          if (!raw.ok() && raw.error().kind == api::ApiError::Kind::HttpStatus &&
                              raw.error().httpStatus == 404)
                              return self->finish(
                                  Reconciliation::Kind::NotFound,
                                  QStringLiteral("the API does not know order %1").arg(orderId));
                          if (!raw.ok())
                              return self->finish(Reconciliation::Kind::Unavailable,
                                                  QStringLiteral("reading order %1 failed: %2")
                                                      .arg(orderId)
                                                      .arg(raw.error().toString()));
                          self->checkCancel(raw.value());
                      });
        return;
    }
    case ActionKind::CreateTrade:
        return listAll<api::Trade>(QStringLiteral("/v3/trades"), query, &api::decode::tradeList, {}, 0,
                                   [self](Listing<api::Trade> listing) {
                                       if (self)
                                           self->matchTrades(listing);
                                   });
    }
}

void ProviderReconcile::matchTransfers(const Listing<api::Transfer> &listing)
{
    const QJsonObject &expect = m_entry.expect;
    const bool batch = expect.contains(kItems);
    QList<QJsonObject> wanted;
    if (batch) {
        for (const QJsonValue &item : expect.value(kItems).toArray())
            wanted.append(item.toObject());
    } else {
        wanted.append(expect);
    }
    if (wanted.isEmpty())
        return finish(Reconciliation::Kind::Unavailable, QStringLiteral("the expectation lists no transfer"));
    QJsonArray found;
    int missing = 0;
    for (const QJsonObject &w : wanted) {
        QList<QJsonObject> matches;
        for (size_t i = 0; i < listing.items.size(); ++i) {
            const api::Transfer &t = listing.items[i];
            const bool token =
                batch ? t.token.type == QLatin1String("ERC721") &&
                            sameText(t.token.tokenAddress, w.value(kTokenAddress).toString()) &&
                            t.token.tokenId.value_or(QString()) == w.value(kTokenId).toString()
                      : sameToken(t.token, w, QString()) && (t.token.type == QLatin1String("ERC721") ||
                                                             sameAmount(t.token.quantity, w.value(kAmount)));
            if (token && t.user.compare(m_entry.account, Qt::CaseInsensitive) == 0 &&
                t.receiver.compare(w.value(kReceiver).toString(), Qt::CaseInsensitive) == 0 &&
                recentEnough(t.timestamp) &&
                !m_claimed.contains(QStringLiteral("transfer:%1").arg(t.transactionId)))
                matches.append(listing.raw.at(qsizetype(i)));
        }
        if (matches.size() > 1)
            return finish(Reconciliation::Kind::Ambiguous,
                          QStringLiteral("%1 transfers since the entry was signed look like it; which one is "
                                         "ours cannot be told")
                              .arg(matches.size()));
        if (matches.isEmpty())
            ++missing;
        else
            found.append(matches.first());
    }
    if (missing == wanted.size())
        return finish(Reconciliation::Kind::NotFound,
                      QStringLiteral("no matching transfer is listed since the entry was signed"));
    if (missing > 0)
        return finish(Reconciliation::Kind::Ambiguous,
                      QStringLiteral("only %1 of the %2 transfers of the batch are listed")
                          .arg(found.size())
                          .arg(wanted.size()));
    finish(Reconciliation::Kind::Found, QStringLiteral("reconciled by listing"),
           batch ? QJsonObject{{QStringLiteral("transfers"), found}} : found.first().toObject());
}

void ProviderReconcile::matchOrders(const Listing<api::Order> &listing)
{
    const QJsonObject &e = m_entry.expect;
    QList<QJsonObject> matches;
    for (size_t i = 0; i < listing.items.size(); ++i) {
        const api::Order &o = listing.items[i];
        const bool buyAmount = sameAmount(o.buy.quantity, e.value(QStringLiteral("buy_amount"))) ||
                               sameAmount(o.buy.quantityWithFees, e.value(QStringLiteral("buy_amount")));
        if (o.user.compare(m_entry.account, Qt::CaseInsensitive) == 0 &&
            sameToken(o.sell, e, QStringLiteral("sell_")) && sameToken(o.buy, e, QStringLiteral("buy_")) &&
            sameAmount(o.sell.quantity, e.value(QStringLiteral("sell_amount"))) && buyAmount &&
            recentEnough(o.timestamp.value_or(QString())) &&
            !m_claimed.contains(QStringLiteral("order:%1").arg(o.orderId)))
            matches.append(listing.raw.at(qsizetype(i)));
    }
    if (matches.size() > 1)
        return finish(
            Reconciliation::Kind::Ambiguous,
            QStringLiteral("%1 orders since the entry was signed look like it").arg(matches.size()));
    if (matches.isEmpty())
        return finish(Reconciliation::Kind::NotFound,
                      QStringLiteral("no matching order is listed since the entry was signed"));
    finish(Reconciliation::Kind::Found, QStringLiteral("reconciled by listing"), matches.first());
}

void ProviderReconcile::checkCancel(const QByteArray &body)
{
    const auto order = api::decode::order(body);
    if (!order.ok())
        return finish(Reconciliation::Kind::Unavailable,
                      QStringLiteral("the order was unreadable: %1").arg(order.error().toString()));
    if (order->user.compare(m_entry.account, Qt::CaseInsensitive) != 0)
        return finish(Reconciliation::Kind::NotFound, QStringLiteral("the order is not this account's"));
    if (order->status != QLatin1String("cancelled"))
        return finish(Reconciliation::Kind::NotFound,
                      QStringLiteral("the order is %1, not cancelled").arg(order->status));
    if (order->updatedTimestamp && !recentEnough(*order->updatedTimestamp))
        return finish(Reconciliation::Kind::NotFound,
                      QStringLiteral("the order was cancelled before this entry was signed"));
    finish(Reconciliation::Kind::Found, QStringLiteral("reconciled by reading the order"),
           QJsonDocument::fromJson(body).object());
}

void ProviderReconcile::matchTrades(const Listing<api::Trade> &listing)
{
    bool ok = false;
    const qint64 orderId = m_entry.expect.value(kOrderId).toString().toLongLong(&ok);
    if (!ok || orderId <= 0)
        return finish(Reconciliation::Kind::Unavailable, QStringLiteral("no order id to look for"));
    // A trade on the order whose other side is an order of this account.
    QList<QPair<qint64, QJsonObject>> candidates;
    for (size_t i = 0; i < listing.items.size(); ++i) {
        const api::Trade &t = listing.items[i];
        if ((t.a.orderId != orderId && t.b.orderId != orderId) || !recentEnough(t.timestamp) ||
            m_claimed.contains(QStringLiteral("trade:%1").arg(t.transactionId)))
            continue;
        candidates.append({t.a.orderId == orderId ? t.b.orderId : t.a.orderId, listing.raw.at(qsizetype(i))});
    }
    checkTradeBuyers(candidates, {});
}

void ProviderReconcile::checkTradeBuyers(QList<QPair<qint64, QJsonObject>> candidates,
                                         QList<QJsonObject> confirmed)
{
    if (candidates.isEmpty()) {
        if (confirmed.size() > 1)
            return finish(Reconciliation::Kind::Ambiguous,
                          QStringLiteral("%1 trades of this account fill the order").arg(confirmed.size()));
        if (confirmed.isEmpty())
            return finish(Reconciliation::Kind::NotFound,
                          QStringLiteral("no trade of this account on the order is listed"));
        return finish(Reconciliation::Kind::Found, QStringLiteral("reconciled by listing"),
                      confirmed.first());
    }
    if (!m_client)
        return finish(Reconciliation::Kind::Unavailable, QStringLiteral("the API client is gone"));
    // Not a structured binding: clang 14 (the sanitizer and fuzz builds) cannot capture one.
    const QPair<qint64, QJsonObject> next = candidates.takeFirst();
    QPointer<ProviderReconcile> self(this);
    m_client->order(
        next.first, this,
        [self, candidates, confirmed, trade = next.second](api::ApiResult<api::Order> order) mutable {
            if (!self)
                return;
            if (!order.ok())
                return self->finish(
                    Reconciliation::Kind::Unavailable,
                    QStringLiteral("reading a trade's order failed: %1").arg(order.error().toString()));
            if (order->user.compare(self->m_entry.account, Qt::CaseInsensitive) == 0)
                confirmed.append(trade);
            self->checkTradeBuyers(std::move(candidates), std::move(confirmed));
        });
}

void ProviderReconcile::finish(Reconciliation::Kind kind, const QString &note, const QJsonObject &record)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(Reconciliation{kind, record, note});
}

} // namespace stardeck::wallet
