// SPDX-License-Identifier: MIT
#pragma once

#include "services/ImxJson.h"
#include "services/Service.h"

namespace stardeck::sandbox {

//! /imx: the ledger's history of imx-api.md 3 (trades v3, transfers, deposits, withdrawals,
//! mints, exchanges v3). All GET, no auth. Lists page with page_size/cursor/remaining and take
//! order_by/direction plus the user, status, time-range and token filters; bad query values are
//! 400 with the IMX error body, unknown ids 404. Default order: newest first.
class ImxHistoryService : public Service {
public:
    explicit ImxHistoryService(SandboxContext &context);
    void registerRoutes(Router &router) override;

private:
    HttpResponse listTrades(const HttpRequest &request) const;
    HttpResponse getTrade(const HttpRequest &request) const;
    HttpResponse listTransfers(const HttpRequest &request) const;
    HttpResponse getTransfer(const HttpRequest &request) const;
    HttpResponse listDeposits(const HttpRequest &request) const;
    HttpResponse getDeposit(const HttpRequest &request) const;
    HttpResponse listWithdrawals(const HttpRequest &request) const;
    HttpResponse getWithdrawal(const HttpRequest &request) const;
    HttpResponse listMints(const HttpRequest &request) const;
    HttpResponse getMint(const HttpRequest &request) const;
    HttpResponse listExchanges(const HttpRequest &request) const;
    HttpResponse getExchange(const HttpRequest &request) const;

    ImxJson m_json;
};

} // namespace stardeck::sandbox
