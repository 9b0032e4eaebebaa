// SPDX-License-Identifier: MIT
// balances, assets, orders, trades, transfers: reads with human tables and --json.
#include "CliMain.h"
#include "wallet/TextTable.h"
#include "wallet/TokenBook.h"
#include "wallet/WalletApp.h"
#include "wallet/WalletCommand.h"

#include "api/ImxClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

namespace stardeck::cli {

using wallet::WalletStatus;

namespace {

constexpr int kPageSize = 100;

QString decimal(const crypto::UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

QString noArguments(const ArgParser &p)
{
    if (!p.positional().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(p.positional().first());
    return {};
}

void declareAll(ArgParser &p)
{
    p.addOption(QStringLiteral("all"), {},
                QStringLiteral("read every page (default: the first %1 items)").arg(kPageSize));
}

//! Restores the session, finds the user's IMX address and loads the token list, then runs `then`.
void withAccount(WalletApp &app, std::function<void(const QString &owner, std::shared_ptr<TokenBook>)> then)
{
    app.restoreSession([&app, then] {
        const auto owner = app.imxAddress();
        if (!owner) {
            app.fail(owner.error());
            return;
        }
        auto book = std::make_shared<TokenBook>();
        TokenBook::load(app.imx(), &app, *book,
                        [&app, then, owner = owner.value(), book](WalletStatus status) {
                            if (!status) {
                                app.fail(status.error());
                                return;
                            }
                            then(owner, book);
                        });
    });
}

//! "(more: use --all)" under a truncated table.
void moreNote(WalletApp &app, bool more)
{
    if (more && !app.json())
        app.out(QStringLiteral("(more items: use --all)\n"));
}

// ---- balances ----

void startBalances(WalletApp &app, const ArgParser &)
{
    withAccount(app, [&app](const QString &owner, std::shared_ptr<TokenBook> book) {
        api::ListQuery query;
        query.pageSize = 200;
        app.imx().balances(owner, query, &app, [&app, book](api::ApiResult<api::Page<api::Balance>> page) {
            if (!page) {
                app.fail(WalletApp::fromApi(page.error()));
                return;
            }
            QJsonArray rows;
            TextTable table({QStringLiteral("SYMBOL"), QStringLiteral("BALANCE"),
                             QStringLiteral("PREPARING WITHDRAWAL"), QStringLiteral("WITHDRAWABLE"),
                             QStringLiteral("TOKEN")},
                            {1, 2, 3});
            for (const api::Balance &b : page->items) {
                const auto token = book->find(b.tokenAddress);
                if (!token) {
                    app.fail(wallet::walletError(
                        wallet::PassportErrorType::ServiceUnavailableError,
                        wallet::WalletFailure::InvalidResponse,
                        QStringLiteral("balance of %1 (%2): the token is not in /v1/tokens, "
                                       "so its decimals are unknown")
                            .arg(b.symbol, b.tokenAddress)));
                    return;
                }
                const int decimals = token->decimals;
                rows.append(QJsonObject{
                    {QStringLiteral("symbol"), b.symbol},
                    {QStringLiteral("token_address"), b.tokenAddress},
                    {QStringLiteral("decimals"), decimals},
                    {QStringLiteral("balance"), TokenBook::formatUnits(b.balance, decimals)},
                    {QStringLiteral("balance_base_units"), decimal(b.balance)},
                    {QStringLiteral("preparing_withdrawal"),
                     TokenBook::formatUnits(b.preparingWithdrawal, decimals)},
                    {QStringLiteral("withdrawable"), TokenBook::formatUnits(b.withdrawable, decimals)},
                });
                table.addRow({b.symbol, TokenBook::formatUnits(b.balance, decimals),
                              TokenBook::formatUnits(b.preparingWithdrawal, decimals),
                              TokenBook::formatUnits(b.withdrawable, decimals),
                              b.tokenAddress.isEmpty() ? QStringLiteral("(ETH)") : b.tokenAddress});
            }
            if (app.json())
                app.outJson(rows);
            else
                app.out(table.isEmpty() ? QStringLiteral("No balances.\n") : table.render());
            moreNote(app, page->hasMore);
            app.finish(ExitOk);
        });
    });
}

// ---- assets ----

void declareAssets(ArgParser &p)
{
    p.addOption(QStringLiteral("collection"), QStringLiteral("ADDRESS"),
                QStringLiteral("only this collection"));
    declareAll(p);
}

QJsonObject assetJson(const api::Asset &a)
{
    QJsonObject o{{QStringLiteral("token_address"), a.tokenAddress},
                  {QStringLiteral("token_id"), a.tokenId},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("collection"), a.collection.name}};
    if (a.name)
        o.insert(QStringLiteral("name"), *a.name);
    if (a.imageUrl)
        o.insert(QStringLiteral("image_url"), *a.imageUrl);
    return o;
}

void startAssets(WalletApp &app, const ArgParser &p)
{
    const QString collection = p.value(QStringLiteral("collection"));
    const bool all = p.isSet(QStringLiteral("all"));
    app.restoreSession([&app, collection, all] {
        const auto owner = app.imxAddress();
        if (!owner) {
            app.fail(owner.error());
            return;
        }
        api::AssetQuery query;
        query.user = owner.value();
        query.collection = collection;
        query.list.pageSize = kPageSize;
        auto assets = std::make_shared<std::vector<api::Asset>>();
        auto more = std::make_shared<bool>(false);
        app.imx().streamAssets(
            query, &app,
            [assets, more, all](const api::Page<api::Asset> &page) {
                assets->insert(assets->end(), page.items.begin(), page.items.end());
                *more = page.hasMore;
                return all;
            },
            [&app, assets, more](api::ApiResult<qint64> done) {
                if (!done) {
                    app.fail(WalletApp::fromApi(done.error()));
                    return;
                }
                QJsonArray rows;
                TextTable table({QStringLiteral("COLLECTION"), QStringLiteral("TOKEN ID"),
                                 QStringLiteral("NAME"), QStringLiteral("STATUS"),
                                 QStringLiteral("CONTRACT")});
                for (const api::Asset &a : *assets) {
                    rows.append(assetJson(a));
                    table.addRow(
                        {a.collection.name, a.tokenId, a.name.value_or(QString()), a.status, a.tokenAddress});
                }
                if (app.json())
                    app.outJson(rows);
                else
                    app.out(table.isEmpty() ? QStringLiteral("No assets.\n") : table.render());
                moreNote(app, *more);
                app.finish(ExitOk);
            });
    });
}

// ---- orders ----

void declareOrders(ArgParser &p)
{
    p.addOption(QStringLiteral("status"), QStringLiteral("S"),
                QStringLiteral("active, filled, cancelled, expired or inactive"));
    declareAll(p);
}

QString checkOrders(const ArgParser &p)
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("filled"),
                                      QStringLiteral("cancelled"), QStringLiteral("expired"),
                                      QStringLiteral("inactive")};
    if (p.isSet(QStringLiteral("status")) && !statuses.contains(p.value(QStringLiteral("status"))))
        return QStringLiteral("--status wants one of %1").arg(statuses.join(QStringLiteral(", ")));
    return noArguments(p);
}

void startOrders(WalletApp &app, const ArgParser &p)
{
    const QString status = p.value(QStringLiteral("status"));
    const bool all = p.isSet(QStringLiteral("all"));
    withAccount(app, [&app, status, all](const QString &owner, std::shared_ptr<TokenBook> book) {
        api::ListQuery query;
        query.pageSize = kPageSize;
        query.filters.append({QStringLiteral("user"), owner});
        if (!status.isEmpty())
            query.filters.append({QStringLiteral("status"), status});
        auto orders = std::make_shared<std::vector<api::Order>>();
        auto more = std::make_shared<bool>(false);
        app.imx().streamOrders(
            query, &app,
            [orders, more, all](const api::Page<api::Order> &page) {
                orders->insert(orders->end(), page.items.begin(), page.items.end());
                *more = page.hasMore;
                return all;
            },
            [&app, orders, more, book](api::ApiResult<qint64> done) {
                if (!done) {
                    app.fail(WalletApp::fromApi(done.error()));
                    return;
                }
                QJsonArray rows;
                TextTable table({QStringLiteral("ORDER"), QStringLiteral("STATUS"), QStringLiteral("SELL"),
                                 QStringLiteral("BUY"), QStringLiteral("EXPIRES")},
                                {0});
                for (const api::Order &o : *orders) {
                    QJsonObject row{{QStringLiteral("order_id"), qint64(o.orderId)},
                                    {QStringLiteral("status"), o.status},
                                    {QStringLiteral("sell"), book->toJson(o.sell)},
                                    {QStringLiteral("buy"), book->toJson(o.buy)}};
                    if (o.expirationTimestamp)
                        row.insert(QStringLiteral("expiration_timestamp"), *o.expirationTimestamp);
                    rows.append(row);
                    table.addRow({QString::number(o.orderId), o.status, book->describe(o.sell),
                                  book->describe(o.buy), o.expirationTimestamp.value_or(QString())});
                }
                if (app.json())
                    app.outJson(rows);
                else
                    app.out(table.isEmpty() ? QStringLiteral("No orders.\n") : table.render());
                moreNote(app, *more);
                app.finish(ExitOk);
            });
    });
}

// ---- trades ----

QJsonObject tradeSideJson(const api::TradeSide &side, const TokenBook &book)
{
    api::TokenAmount amount;
    amount.type = side.tokenType;
    amount.quantity = side.sold;
    amount.tokenAddress = side.tokenAddress;
    amount.tokenId = side.tokenId;
    QJsonObject o = book.toJson(amount);
    o.insert(QStringLiteral("order_id"), qint64(side.orderId));
    return o;
}

QString tradeSideText(const api::TradeSide &side, const TokenBook &book)
{
    api::TokenAmount amount;
    amount.type = side.tokenType;
    amount.quantity = side.sold;
    amount.tokenAddress = side.tokenAddress;
    amount.tokenId = side.tokenId;
    return book.describe(amount);
}

void startTrades(WalletApp &app, const ArgParser &)
{
    withAccount(app, [&app](const QString &owner, std::shared_ptr<TokenBook> book) {
        // /v3/trades has no user filter (imx-api.md 3.7): match the trades against the user's orders.
        api::ListQuery orderQuery;
        orderQuery.pageSize = 200;
        orderQuery.filters.append({QStringLiteral("user"), owner});
        auto mine = std::make_shared<QSet<qint64>>();
        app.imx().streamOrders(
            orderQuery, &app,
            [mine](const api::Page<api::Order> &page) {
                for (const api::Order &o : page.items)
                    mine->insert(o.orderId);
                return true;
            },
            [&app, mine, book](api::ApiResult<qint64> ordersDone) {
                if (!ordersDone) {
                    app.fail(WalletApp::fromApi(ordersDone.error()));
                    return;
                }
                api::ListQuery query;
                query.pageSize = 200;
                auto trades = std::make_shared<std::vector<api::Trade>>();
                app.imx().streamTrades(
                    query, &app,
                    [mine, trades](const api::Page<api::Trade> &page) {
                        for (const api::Trade &t : page.items) {
                            if (mine->contains(t.a.orderId) || mine->contains(t.b.orderId))
                                trades->push_back(t);
                        }
                        return true;
                    },
                    [&app, mine, trades, book](api::ApiResult<qint64> done) {
                        if (!done) {
                            app.fail(WalletApp::fromApi(done.error()));
                            return;
                        }
                        QJsonArray rows;
                        TextTable table({QStringLiteral("TRADE"), QStringLiteral("TIME"),
                                         QStringLiteral("SIDE"), QStringLiteral("STATUS"),
                                         QStringLiteral("BUYER PAID"), QStringLiteral("SELLER SOLD")},
                                        {0});
                        for (const api::Trade &t : *trades) {
                            const QString side =
                                mine->contains(t.a.orderId) ? QStringLiteral("buy") : QStringLiteral("sell");
                            rows.append(
                                QJsonObject{{QStringLiteral("transaction_id"), qint64(t.transactionId)},
                                            {QStringLiteral("status"), t.status},
                                            {QStringLiteral("timestamp"), t.timestamp},
                                            {QStringLiteral("side"), side},
                                            {QStringLiteral("a"), tradeSideJson(t.a, *book)},
                                            {QStringLiteral("b"), tradeSideJson(t.b, *book)}});
                            table.addRow({QString::number(t.transactionId), t.timestamp, side, t.status,
                                          tradeSideText(t.a, *book), tradeSideText(t.b, *book)});
                        }
                        if (app.json())
                            app.outJson(rows);
                        else
                            app.out(table.isEmpty() ? QStringLiteral("No trades.\n") : table.render());
                        app.finish(ExitOk);
                    });
            });
    });
}

// ---- transfers ----

void startTransfers(WalletApp &app, const ArgParser &p)
{
    const bool all = p.isSet(QStringLiteral("all"));
    withAccount(app, [&app, all](const QString &owner, std::shared_ptr<TokenBook> book) {
        // Sent (user=) and received (receiver=) transfers, merged newest first.
        auto found = std::make_shared<std::map<qint64, api::Transfer>>();
        auto more = std::make_shared<bool>(false);
        auto remaining = std::make_shared<int>(2);
        const auto finished = [&app, owner, found, more, remaining, book](api::ApiResult<qint64> done) {
            if (!done) {
                app.fail(WalletApp::fromApi(done.error()));
                return;
            }
            if (--*remaining > 0 || app.isFinishing())
                return;
            QJsonArray rows;
            TextTable table({QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("DIRECTION"),
                             QStringLiteral("STATUS"), QStringLiteral("AMOUNT"),
                             QStringLiteral("COUNTERPARTY")},
                            {0});
            for (auto it = found->rbegin(); it != found->rend(); ++it) {
                const api::Transfer &t = it->second;
                const bool out = t.user.compare(owner, Qt::CaseInsensitive) == 0;
                const QString direction = out ? QStringLiteral("out") : QStringLiteral("in");
                rows.append(QJsonObject{{QStringLiteral("transaction_id"), qint64(t.transactionId)},
                                        {QStringLiteral("status"), t.status},
                                        {QStringLiteral("timestamp"), t.timestamp},
                                        {QStringLiteral("direction"), direction},
                                        {QStringLiteral("sender"), t.user},
                                        {QStringLiteral("receiver"), t.receiver},
                                        {QStringLiteral("token"), book->toJson(t.token)}});
                table.addRow({QString::number(t.transactionId), t.timestamp, direction, t.status,
                              book->describe(t.token), out ? t.receiver : t.user});
            }
            if (app.json())
                app.outJson(rows);
            else
                app.out(table.isEmpty() ? QStringLiteral("No transfers.\n") : table.render());
            moreNote(app, *more);
            app.finish(ExitOk);
        };
        for (const char *filter : {"user", "receiver"}) {
            api::ListQuery query;
            query.pageSize = kPageSize;
            query.orderBy = QStringLiteral("transaction_id");
            query.direction = QStringLiteral("desc");
            query.filters.append({QLatin1String(filter), owner});
            app.imx().streamTransfers(
                query, &app,
                [found, more, all](const api::Page<api::Transfer> &page) {
                    for (const api::Transfer &t : page.items)
                        found->emplace(t.transactionId, t);
                    *more = *more || page.hasMore;
                    return all;
                },
                finished);
        }
    });
}

} // namespace

QList<WalletCommand> readCommands()
{
    return {
        {"balances", "", "the user's token balances", [](ArgParser &) {}, &noArguments, &startBalances},
        {"assets", "[--collection ADDRESS] [--all]", "the user's NFTs", &declareAssets, &noArguments,
         &startAssets},
        {"orders", "[--status S] [--all]", "the user's orders", &declareOrders, &checkOrders, &startOrders},
        {"trades", "", "trades that filled the user's orders", [](ArgParser &) {}, &noArguments,
         &startTrades},
        {"transfers", "[--all]", "transfers sent and received", &declareAll, &noArguments, &startTransfers},
    };
}

} // namespace stardeck::cli
