// SPDX-License-Identifier: MIT
#include "wallet/ProviderApi.h"

#include "crypto/SecureBytes.h"
#include "passport/HttpCall.h"
#include "passport/PassportSession.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QPointer>

namespace stardeck::wallet {

ProviderApi::ProviderApi(passport::Environment environment, QNetworkAccessManager &nam,
                         passport::PassportSession &session, QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_nam(nam)
    , m_session(session)
    , m_timeoutMs(timeoutMs)
{}

void ProviderApi::send(const ApiRequest &request, PassportErrorType type, QObject *context, Callback done)
{
    sendOnce(request, type, true, context, std::move(done));
}

void ProviderApi::sendOnce(const ApiRequest &request, PassportErrorType type, bool mayRefresh,
                           QObject *context, Callback done)
{
    if (!request.bearer) {
        post(request, {}, context, [done = std::move(done)](ApiAnswer answer) { done(std::move(answer)); });
        return;
    }
    QPointer<ProviderApi> self(this);
    m_session.accessToken(context, [self, request, type, mayRefresh, context, done = std::move(done)](
                                       passport::PassportResult<crypto::SecureBytes> token) {
        if (!self)
            return;
        if (!token.ok()) {
            done(sessionFailure(token.error(), type));
            return;
        }
        // The token goes into the header as late as possible; our copy is wiped once the request is
        // queued (QNetworkAccessManager keeps its own copy for the request's lifetime).
        QByteArray authorization = QByteArrayLiteral("Bearer ");
        authorization.append(reinterpret_cast<const char *>(token.value().data()),
                             qsizetype(token.value().size()));
        self->post(request, authorization, context,
                   [self, request, type, mayRefresh, context, done](ApiAnswer answer) {
                       if (!self)
                           return;
                       if (answer.status != 401 || !mayRefresh) {
                           done(std::move(answer));
                           return;
                       }
                       // An expired or revoked access token: refresh once, replay the same bytes once.
                       self->m_session.refresh(
                           context, [self, request, type, context, done](passport::PassportStatus status) {
                               if (!self)
                                   return;
                               if (!status.ok()) {
                                   done(sessionFailure(status.error(), type));
                                   return;
                               }
                               self->sendOnce(request, type, false, context,
                                              [done](WalletResult<ApiAnswer> replayed) {
                                                  if (replayed.ok()) {
                                                      ApiAnswer second = std::move(replayed).value();
                                                      second.refreshed = true;
                                                      done(std::move(second));
                                                  } else {
                                                      done(replayed.error());
                                                  }
                                              });
                           });
                   });
        crypto::secureWipe(authorization.data(), std::size_t(authorization.size()));
    });
}

void ProviderApi::post(const ApiRequest &request, const QByteArray &authorization, QObject *context,
                       std::function<void(ApiAnswer)> done)
{
    QNetworkRequest http(m_environment.endpoint(passport::Environment::Service::Imx, request.path));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        http.setRawHeader("Authorization", authorization);
    passport::httpCall(
        m_nam, http, request.method, request.body, context,
        [done = std::move(done)](passport::HttpAnswer answer) {
            ApiAnswer out;
            out.status = answer.status;
            out.body = std::move(answer.body);
            out.transportError = std::move(answer.transportError);
            out.retryAfterSecs = answer.retryAfterSecs;
            done(std::move(out));
        },
        m_timeoutMs);
}

WalletError sessionFailure(const passport::PassportError &error, PassportErrorType type)
{
    using passport::PassportErrorCode;
    switch (error.code) {
    case PassportErrorCode::InvalidGrant:
        return walletError(
            PassportErrorType::NotLoggedInError, WalletFailure::SessionEnded,
            QStringLiteral("the Passport session has ended (%1); log in again").arg(error.message));
    case PassportErrorCode::NotLoggedIn:
    case PassportErrorCode::NoLoginPending:
        return walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                           QStringLiteral("not logged in to Passport; log in first"));
    case PassportErrorCode::Transient:
        return walletError(type, WalletFailure::Network,
                           QStringLiteral("could not refresh the Passport session: %1").arg(error.message));
    default:
        return walletError(type, WalletFailure::Internal,
                           QStringLiteral("the Passport session failed: %1").arg(error.message));
    }
}

WalletError apiFailure(const ApiAnswer &answer, PassportErrorType type, const QString &what)
{
    if (answer.status == 0)
        return walletError(
            type, WalletFailure::Network,
            QStringLiteral("%1: no answer from the IMX API (%2)").arg(what, answer.transportError));
    WalletError error =
        walletError(type, WalletFailure::Api,
                    QStringLiteral("%1: the IMX API answered HTTP %2").arg(what).arg(answer.status));
    error.httpStatus = answer.status;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    const QJsonValue code = body.value(QStringLiteral("code"));
    const QJsonValue message = body.value(QStringLiteral("message"));
    if (code.isString())
        error.apiCode = code.toString();
    if (message.isString() && !message.toString().isEmpty())
        error.message = message.toString(); // the SDK keeps the API's message
    return error;
}

WalletError readFailure(const api::ApiError &error, PassportErrorType type, const QString &what)
{
    using Kind = api::ApiError::Kind;
    const WalletFailure failure = error.kind == Kind::HttpStatus ? WalletFailure::Api
                                  : error.kind == Kind::Decode || error.kind == Kind::TooLarge
                                      ? WalletFailure::InvalidResponse
                                      : WalletFailure::Network;
    WalletError out = walletError(type, failure, QStringLiteral("%1: %2").arg(what, error.toString()));
    out.httpStatus = error.httpStatus;
    out.apiCode = error.code;
    return out;
}

bool isJsonObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

WalletResult<QJsonObject> jsonAnswer(const ApiAnswer &answer, PassportErrorType type, const QString &what)
{
    if (answer.status < 200 || answer.status > 299)
        return apiFailure(answer, type, what);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : QStringLiteral("not an object");
        WalletError error =
            walletError(type, WalletFailure::InvalidResponse,
                        QStringLiteral("%1: the IMX API's answer is not valid JSON (%2)").arg(what, reason));
        error.httpStatus = answer.status;
        return error;
    }
    return document.object();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace stardeck::wallet
