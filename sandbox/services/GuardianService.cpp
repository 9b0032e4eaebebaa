// SPDX-License-Identifier: MIT
#include "services/GuardianService.h"

#include <QJsonDocument>

namespace stardeck::sandbox {

namespace {

const QString kTransactions = prefix::mr + QStringLiteral("/guardian/v1/transactions/{}");

//! Checks the StarkEx evaluate/approve body: a JSON object with chainType "starkex".
std::optional<HttpResponse> checkChainBody(const HttpRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return mrError(400, QStringLiteral("request body must be a JSON object"));
    const QJsonValue chainType = document.object().value(QStringLiteral("chainType"));
    if (!chainType.isString())
        return mrError(400, QStringLiteral("chainType is required"));
    if (chainType.toString() != QLatin1String("starkex"))
        return mrError(400, QStringLiteral("chainType must be starkex for IMX transactions"));
    return std::nullopt;
}

} // namespace

GuardianRecord *GuardianService::authorisedRecord(const HttpRequest &request, HttpResponse *error,
                                                  bool acceptGrant)
{
    const QByteArray token = request.bearerToken();
    const auto userId = token.isEmpty() ? std::nullopt : m_context.userIdForAccessToken(token);
    GuardianRecord *record = m_ledger.find(request.params.value(0));
    if (!userId && acceptGrant && record != nullptr && m_page.redeemGrant(token, *record))
        return record;
    if (!userId) {
        *error = mrError(401, QStringLiteral("missing or invalid bearer token"));
        return nullptr;
    }
    if (record == nullptr) {
        *error = mrError(404, QStringLiteral("transaction not found"));
        return nullptr;
    }
    if (record->userId != *userId) {
        *error = mrError(403, QStringLiteral("transaction belongs to another user"));
        return nullptr;
    }
    return record;
}

void GuardianService::registerRoutes(Router &router)
{
    router.add("GET", kTransactions, QStringLiteral("guardian.transactions.get"),
               [this](const HttpRequest &request) {
                   const QString chainType = request.queryValue(QStringLiteral("chainType"));
                   if (chainType.isEmpty())
                       return mrError(400, QStringLiteral("chainType is required"));
                   if (chainType != QLatin1String("starkex") && chainType != QLatin1String("evm"))
                       return mrError(400, QStringLiteral("chainType must be starkex or evm"));
                   HttpResponse error;
                   GuardianRecord *record = authorisedRecord(request, &error);
                   if (record == nullptr)
                       return error;
                   if (chainType != QLatin1String("starkex"))
                       return mrError(404, QStringLiteral("transaction not found"));
                   return HttpResponse::json(200, record->toJson());
               });

    router.add("POST", kTransactions + QStringLiteral("/evaluate"),
               QStringLiteral("guardian.transactions.evaluate"), [this](const HttpRequest &request) {
                   if (const auto bad = checkChainBody(request))
                       return *bad;
                   HttpResponse error;
                   GuardianRecord *record = authorisedRecord(request, &error);
                   if (record == nullptr)
                       return error;
                   record->evaluated = true;
                   ++m_ledger.counters().evaluations;
                   const bool required = record->confirmationRequired && !record->approved;
                   QJsonObject body{{QStringLiteral("confirmationRequired"), required},
                                    {QStringLiteral("transactionId"), record->id}};
                   if (required)
                       body.insert(QStringLiteral("confirmationMethod"), QStringLiteral("web"));
                   return HttpResponse::json(200, body);
               });

    router.add("POST", kTransactions + QStringLiteral("/approve"),
               QStringLiteral("guardian.transactions.approve"), [this](const HttpRequest &request) {
                   if (const auto bad = checkChainBody(request))
                       return *bad;
                   HttpResponse error;
                   GuardianRecord *record = authorisedRecord(request, &error, true);
                   if (record == nullptr)
                       return error;
                   if (!record->approved)
                       ++m_ledger.counters().approvals;
                   record->approved = true;
                   return HttpResponse::empty(204);
               });

    m_page.registerRoutes(router);

    const QString policyPath = prefix::admin + QStringLiteral("/guardian/policy");
    const auto policyJson = [this] {
        return QJsonObject{{QStringLiteral("mode"), GuardianLedger::modeName(m_ledger.mode())},
                           {QStringLiteral("transfer_threshold"), m_ledger.transferThreshold()}};
    };
    router.add("GET", policyPath, QStringLiteral("admin.guardian.policy.get"),
               [policyJson](const HttpRequest &) { return HttpResponse::json(200, policyJson()); });
    router.add("POST", policyPath, QStringLiteral("admin.guardian.policy.set"),
               [this, policyJson](const HttpRequest &request) {
                   const QJsonDocument document = QJsonDocument::fromJson(request.body);
                   if (!document.isObject())
                       return imxError(400, QStringLiteral("bad_request"),
                                       QStringLiteral("expected a JSON object"));
                   const QJsonObject body = document.object();
                   const auto mode = GuardianLedger::parseMode(body.value(QStringLiteral("mode")).toString());
                   if (body.contains(QStringLiteral("mode")) && !mode)
                       return imxError(400, QStringLiteral("bad_request"),
                                       QStringLiteral("mode: expected default, always or never"));
                   const QJsonValue threshold = body.value(QStringLiteral("transfer_threshold"));
                   if (!threshold.isUndefined() &&
                       (!threshold.isString() || !m_ledger.setTransferThreshold(threshold.toString())))
                       return imxError(400, QStringLiteral("bad_request"),
                                       QStringLiteral("transfer_threshold: expected a decimal string"));
                   if (mode)
                       m_ledger.setMode(*mode);
                   return HttpResponse::json(200, policyJson());
               });
}

} // namespace stardeck::sandbox
