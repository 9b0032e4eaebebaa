// SPDX-License-Identifier: MIT
// order create|cancel, trade, exchange-transfer.
#include "CliMain.h"
#include "wallet/SignedRequests.h"
#include "wallet/SignedSession.h"
#include "wallet/WalletApp.h"
#include "wallet/WalletCommand.h"

#include "wallet/ImxProvider.h"

#include <QDateTime>
#include <QJsonObject>

namespace stardeck::cli {

using wallet::PassportErrorType;
using wallet::WalletFailure;
using wallet::WalletResult;

namespace {

//! A positive decimal id (order, exchange) or nullopt.
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.startsWith(u'+') || text != QString::number(id))
        return std::nullopt;
    return id;
}

QString unexpected(const QStringList &positional, qsizetype allowed)
{
    return positional.size() > allowed
               ? QStringLiteral("unexpected argument '%1'").arg(positional.at(allowed))
               : QString();
}

// ---- order create | cancel ----

const QStringList kCreateOptions{QStringLiteral("sell-token"), QStringLiteral("token-id"),
                                 QStringLiteral("buy-token"), QStringLiteral("amount")};

void declareOrder(ArgParser &p)
{
    p.addOption(QStringLiteral("sell-token"), QStringLiteral("ADDRESS"),
                QStringLiteral("create: the NFT's contract"));
    p.addOption(QStringLiteral("token-id"), QStringLiteral("ID"),
                QStringLiteral("create: the NFT's token id"));
    p.addOption(QStringLiteral("buy-token"), QStringLiteral("ETH|ADDRESS"),
                QStringLiteral("create: paid in"));
    p.addOption(QStringLiteral("amount"), QStringLiteral("X"),
                QStringLiteral("create: price in token units (exact)"));
    p.addOption(QStringLiteral("expires"), QStringLiteral("ISO8601"),
                QStringLiteral("create: expiry, e.g. 2030-01-31T12:00:00Z (default: the server's)"));
    declareSigned(p);
}

QString checkOrder(const ArgParser &p)
{
    const QStringList &args = p.positional();
    if (args.isEmpty())
        return QStringLiteral("order wants 'create' or 'cancel ID'");
    if (args.first() == QLatin1String("create")) {
        for (const QString &name : kCreateOptions) {
            if (!p.isSet(name))
                return QStringLiteral("order create: missing --%1").arg(name);
        }
        if (p.isSet(QStringLiteral("expires")) &&
            !QDateTime::fromString(p.value(QStringLiteral("expires")), Qt::ISODate).isValid())
            return QStringLiteral("--expires wants an ISO 8601 date and time, e.g. 2030-01-31T12:00:00Z");
        return unexpected(args, 1);
    }
    if (args.first() == QLatin1String("cancel")) {
        if (args.size() < 2 || !parseId(args.at(1)))
            return QStringLiteral("order cancel wants the order id (a positive number)");
        for (const QString &name : kCreateOptions + QStringList{QStringLiteral("expires")}) {
            if (p.isSet(name))
                return QStringLiteral("order cancel takes no --%1").arg(name);
        }
        return unexpected(args, 2);
    }
    return QStringLiteral("order wants 'create' or 'cancel ID', not '%1'").arg(args.first());
}

void startOrderCreate(WalletApp &app, const ArgParser &p)
{
    const QString sellToken = p.value(QStringLiteral("sell-token"));
    const QString tokenId = p.value(QStringLiteral("token-id"));
    const QString buyToken = p.value(QStringLiteral("buy-token"));
    const QString amount = p.value(QStringLiteral("amount"));
    const QString expires = p.value(QStringLiteral("expires"));
    withProvider(app, p, [&app, sellToken, tokenId, buyToken, amount, expires](SignedSession &s) {
        const PassportErrorType type = PassportErrorType::CreateOrderError;
        const auto sell = tokenRef(s.tokens, sellToken, tokenId, type);
        if (failed(app, sell))
            return;
        const auto buy = tokenRef(s.tokens, buyToken, QString(), type);
        if (failed(app, buy))
            return;
        const auto price = parseAmount(s.tokens, buy.value(), amount, type);
        if (failed(app, price))
            return;
        wallet::OrderRequest request;
        request.sell = sell.value();
        request.sellAmount = crypto::UInt256(1);
        request.buy = buy.value();
        request.buyAmount = price.value();
        if (!expires.isEmpty()) {
            const QDateTime when = QDateTime::fromString(expires, Qt::ISODate);
            if (when <= QDateTime::currentDateTimeUtc()) {
                app.fail(wallet::walletError(type, WalletFailure::InvalidRequest,
                                             QStringLiteral("--expires is in the past")));
                return;
            }
            request.expiration = when;
        }
        s.provider->createOrder(request, &app, [&app](WalletResult<wallet::OrderResult> r) {
            if (failed(app, r))
                return;
            succeed(app, QStringLiteral("Order created."),
                    {{QStringLiteral("order_id"), r->orderId}, {QStringLiteral("status"), r->status}});
        });
    });
}

void startOrder(WalletApp &app, const ArgParser &p)
{
    if (p.positional().first() == QLatin1String("create")) {
        startOrderCreate(app, p);
        return;
    }
    const qint64 orderId = *parseId(p.positional().at(1));
    withProvider(app, p, [&app, orderId](SignedSession &s) {
        s.provider->cancelOrder(orderId, &app, [&app](WalletResult<wallet::CancelResult> r) {
            if (failed(app, r))
                return;
            succeed(app, QStringLiteral("Order cancelled."),
                    {{QStringLiteral("order_id"), r->orderId}, {QStringLiteral("status"), r->status}});
        });
    });
}

// ---- trade ----

QString checkTrade(const ArgParser &p)
{
    if (p.positional().isEmpty() || !parseId(p.positional().first()))
        return QStringLiteral("trade wants the order id to fill (a positive number)");
    return unexpected(p.positional(), 1);
}

void startTrade(WalletApp &app, const ArgParser &p)
{
    wallet::TradeRequest request;
    request.orderId = *parseId(p.positional().first());
    withProvider(app, p, [&app, request](SignedSession &s) {
        s.provider->createTrade(request, &app, [&app](WalletResult<wallet::TradeResult> r) {
            if (failed(app, r))
                return;
            succeed(app, QStringLiteral("Trade submitted."),
                    {{QStringLiteral("trade_id"), r->tradeId}, {QStringLiteral("status"), r->status}});
        });
    });
}

// ---- exchange-transfer ----

void declareExchange(ArgParser &p)
{
    p.addOption(QStringLiteral("exchange-id"), QStringLiteral("N"), QStringLiteral("the exchange's id"));
    p.addOption(QStringLiteral("to"), QStringLiteral("ADDR"),
                QStringLiteral("the exchange provider's wallet"));
    p.addOption(QStringLiteral("token"), QStringLiteral("ETH|ADDRESS"),
                QStringLiteral("ETH or an ERC20 token"));
    p.addOption(QStringLiteral("amount"), QStringLiteral("X"),
                QStringLiteral("amount in token units (exact)"));
    declareSigned(p);
}

QString checkExchange(const ArgParser &p)
{
    for (const char *name : {"exchange-id", "to", "token", "amount"}) {
        if (!p.isSet(QLatin1String(name)))
            return QStringLiteral("missing --%1").arg(QLatin1String(name));
    }
    if (!parseId(p.value(QStringLiteral("exchange-id"))))
        return QStringLiteral("--exchange-id wants a positive number");
    return unexpected(p.positional(), 0);
}

void startExchange(WalletApp &app, const ArgParser &p)
{
    const qint64 exchangeId = *parseId(p.value(QStringLiteral("exchange-id")));
    const QString to = p.value(QStringLiteral("to"));
    const QString token = p.value(QStringLiteral("token"));
    const QString amount = p.value(QStringLiteral("amount"));
    withProvider(app, p, [&app, exchangeId, to, token, amount](SignedSession &s) {
        const auto transfer =
            transferRequest(s.tokens, to, token, amount, QString(), PassportErrorType::ExchangeTransferError);
        if (failed(app, transfer))
            return;
        wallet::ExchangeTransferRequest request;
        request.exchangeId = exchangeId;
        request.token = transfer->token;
        request.amount = transfer->amount;
        request.receiver = transfer->receiver;
        s.provider->exchangeTransfer(request, &app, [&app](WalletResult<wallet::TransferResult> r) {
            if (failed(app, r))
                return;
            succeed(app, QStringLiteral("Exchange transfer submitted."),
                    {{QStringLiteral("transfer_id"), r->transferId}, {QStringLiteral("status"), r->status}});
        });
    });
}

} // namespace

QList<WalletCommand> tradingCommands()
{
    return {
        {"order",
         "create --sell-token ADDRESS --token-id ID --buy-token ETH|ADDRESS --amount X [--expires ISO8601] | cancel ID",
         "list an NFT for sale, or cancel an order", &declareOrder, &checkOrder, &startOrder},
        {"trade", "ORDER_ID [--yes]", "buy: fill an order", &declareSigned, &checkTrade, &startTrade},
        {"exchange-transfer", "--exchange-id N --to ADDR --token ETH|ADDRESS --amount X [--yes]",
         "complete an on/off-ramp exchange with a transfer", &declareExchange, &checkExchange,
         &startExchange},
    };
}

} // namespace stardeck::cli
