// SPDX-License-Identifier: MIT
#include "services/AdminService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stardeck::sandbox {

void AdminService::registerRoutes(Router &router)
{
    // Fault injection: list, add (one rule per POST) and clear.
    router.add("GET", prefix::admin + QStringLiteral("/faults"), QStringLiteral("admin.faults.list"),
               [this](const HttpRequest &) {
                   QJsonArray rules;
                   for (const FaultRule &rule : m_context.faults.rules())
                       rules.append(rule.toJson());
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("faults"), rules}});
               });
    router.add("POST", prefix::admin + QStringLiteral("/faults"), QStringLiteral("admin.faults.add"),
               [this](const HttpRequest &request) {
                   QJsonParseError parseError{};
                   const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
                   if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                       return imxError(400, QStringLiteral("invalid_json"),
                                       QStringLiteral("body must be a JSON object"));
                   QString error;
                   const auto rule = FaultRule::fromJson(doc.object(), &error);
                   if (!rule)
                       return imxError(400, QStringLiteral("invalid_fault"), error);
                   m_context.faults.add(*rule);
                   return HttpResponse::json(200, rule->toJson());
               });
    router.add("DELETE", prefix::admin + QStringLiteral("/faults"), QStringLiteral("admin.faults.clear"),
               [this](const HttpRequest &) {
                   m_context.faults.clear();
                   return HttpResponse::empty(204);
               });

    router.add(
        "GET", prefix::admin + QStringLiteral("/health"), QStringLiteral("admin.health"),
        [](const HttpRequest &) {
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        });

    // For leak tests: what the auth service issued, so a test can search a client's files and logs for it.
    router.add("GET", prefix::admin + QStringLiteral("/issued-secrets"),
               QStringLiteral("admin.issued_secrets"), [this](const HttpRequest &) {
                   QJsonArray secrets;
                   for (const SandboxContext::IssuedSecret &secret : std::as_const(m_context.issuedSecrets))
                       secrets.append(
                           QJsonObject{{QStringLiteral("kind"), secret.kind},
                                       {QStringLiteral("value"), QString::fromLatin1(secret.value)}});
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("secrets"), secrets}});
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
