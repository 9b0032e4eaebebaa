// SPDX-License-Identifier: MIT
#include "services/ImxHistoryService.h"

#include "services/ImxReadFilters.h"

namespace stardeck::sandbox {

using namespace imxread;

ImxHistoryService::ImxHistoryService(SandboxContext &context) : Service(context), m_json(context) {}

void ImxHistoryService::registerRoutes(Router &router)
{
    auto addConst = [&](const QString &path, const QString &name,
                        HttpResponse (ImxHistoryService::*handler)(const HttpRequest &) const) {
        router.add("GET", prefix::imx + path, name,
                   [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    addConst(QStringLiteral("/v3/trades"), QStringLiteral("imx.trades.list"), &ImxHistoryService::listTrades);
    addConst(QStringLiteral("/v3/trades/{}"), QStringLiteral("imx.trades.get"), &ImxHistoryService::getTrade);
    addConst(QStringLiteral("/v1/transfers"), QStringLiteral("imx.transfers.list"),
             &ImxHistoryService::listTransfers);
    addConst(QStringLiteral("/v1/transfers/{}"), QStringLiteral("imx.transfers.get"),
             &ImxHistoryService::getTransfer);
    addConst(QStringLiteral("/v1/deposits"), QStringLiteral("imx.deposits.list"),
             &ImxHistoryService::listDeposits);
    addConst(QStringLiteral("/v1/deposits/{}"), QStringLiteral("imx.deposits.get"),
             &ImxHistoryService::getDeposit);
    addConst(QStringLiteral("/v1/withdrawals"), QStringLiteral("imx.withdrawals.list"),
             &ImxHistoryService::listWithdrawals);
    addConst(QStringLiteral("/v1/withdrawals/{}"), QStringLiteral("imx.withdrawals.get"),
             &ImxHistoryService::getWithdrawal);
    addConst(QStringLiteral("/v1/mints"), QStringLiteral("imx.mints.list"), &ImxHistoryService::listMints);
    addConst(QStringLiteral("/v1/mints/{}"), QStringLiteral("imx.mints.get"), &ImxHistoryService::getMint);
    addConst(QStringLiteral("/v3/exchanges"), QStringLiteral("imx.exchanges.list"),
             &ImxHistoryService::listExchanges);
    addConst(QStringLiteral("/v3/exchanges/{}"), QStringLiteral("imx.exchanges.get"),
             &ImxHistoryService::getExchange);
}

// ---- trades ----

HttpResponse ImxHistoryService::listTrades(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getTrade(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::listTransfers(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getTransfer(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("transfer id must be an integer"));
    const auto it = m_context.world.transfers.find(*id);
    if (it == m_context.world.transfers.end())
        return notFound(QStringLiteral("transfer_not_found"), QStringLiteral("Transfer not found"));
    return HttpResponse::json(200, m_json.transfer(it->second));
}

HttpResponse ImxHistoryService::listDeposits(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getDeposit(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("deposit id must be an integer"));
    const auto it = m_context.world.deposits.find(*id);
    if (it == m_context.world.deposits.end())
        return notFound(QStringLiteral("deposit_not_found"), QStringLiteral("Deposit not found"));
    return HttpResponse::json(200, m_json.deposit(it->second));
}

HttpResponse ImxHistoryService::listWithdrawals(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getWithdrawal(const HttpRequest &request) const
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return badRequest(QStringLiteral("withdrawal id must be an integer"));
    const auto it = m_context.world.withdrawals.find(*id);
    if (it == m_context.world.withdrawals.end())
        return notFound(QStringLiteral("withdrawal_not_found"), QStringLiteral("Withdrawal not found"));
    return HttpResponse::json(200, m_json.withdrawal(it->second));
}

HttpResponse ImxHistoryService::listMints(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getMint(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::listExchanges(const HttpRequest &request) const
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

HttpResponse ImxHistoryService::getExchange(const HttpRequest &request) const
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
