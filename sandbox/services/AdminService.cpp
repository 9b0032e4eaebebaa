// SPDX-License-Identifier: MIT
#include "services/AdminService.h"

#include <QJsonArray>

namespace stardeck::sandbox {

void AdminService::registerRoutes(Router &router)
{
    router.add(
        "GET", prefix::admin + QStringLiteral("/health"), QStringLiteral("admin.health"),
        [](const HttpRequest &) {
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        });

    router.add("GET", prefix::admin + QStringLiteral("/state"), QStringLiteral("admin.state"),
               [this](const HttpRequest &) {
                   const World &w = m_context.world;
                   QJsonArray balances;
                   for (const auto &[key, amount] : w.balances) {
                       balances.append(QJsonObject{
                           {QStringLiteral("owner"), key.first},
                           {QStringLiteral("token_address"), key.second},
                           {QStringLiteral("balance"), QString::fromStdString(amount.toDecimal())}});
                   }
                   QJsonObject counters{{QStringLiteral("users"), qint64(w.users.size())},
                                        {QStringLiteral("tokens"), qint64(w.tokens.size())},
                                        {QStringLiteral("collections"), qint64(w.collections.size())},
                                        {QStringLiteral("assets"), qint64(w.assets.size())},
                                        {QStringLiteral("orders"), qint64(w.orders.size())},
                                        {QStringLiteral("trades"), qint64(w.trades.size())},
                                        {QStringLiteral("transfers"), qint64(w.transfers.size())}};
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("counters"), counters},
                                                              {QStringLiteral("balances"), balances}});
               });
}

} // namespace stardeck::sandbox
