// SPDX-License-Identifier: MIT
#include "wallet/GuardianClient.h"

#include "passport/HttpCall.h"
#include "passport/PassportSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace stardeck::wallet {

namespace {

const QByteArray kStarkExBody = QByteArrayLiteral("{\"chainType\":\"starkex\"}");

//! A payload hash as the signable endpoint returned it and Guardian keys it: hex digits, optionally
//! "0x"-prefixed (the API writes them without a prefix), at most 64 digits.
bool plausibleHash(const QString &hash)
{
    const qsizetype start = hash.startsWith(QLatin1String("0x")) ? 2 : 0;
    if (hash.size() <= start || hash.size() - start > 64)
        return false;
    for (qsizetype i = start; i < hash.size(); ++i) {
        const char16_t c = hash.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

QNetworkRequest bearerRequest(const QUrl &url, const crypto::SecureBytes &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QByteArray header = QByteArrayLiteral("Bearer ");
    header.append(reinterpret_cast<const char *>(token.data()), qsizetype(token.size()));
    request.setRawHeader(QByteArrayLiteral("Authorization"), header);
    header.fill('\0');
    return request;
}

//! The API's message from an error body ({"message": ...}), or a generic one.
QString answerMessage(const passport::HttpAnswer &answer)
{
    if (answer.status == 0)
        return answer.transportError.isEmpty() ? QStringLiteral("no answer from Guardian")
                                               : answer.transportError;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    const QString message = body.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QStringLiteral("Guardian answered HTTP %1").arg(answer.status) : message;
}

WalletError guardianError(PassportErrorType type, const passport::HttpAnswer &answer, const QString &what)
{
    WalletError error;
    error.type = type;
    error.failure = answer.status == 0 ? WalletFailure::Network : WalletFailure::Api;
    error.httpStatus = answer.status;
    error.apiCode = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("code")).toString();
    error.message = what + QStringLiteral(": ") + answerMessage(answer);
    return error;
}

//! A session error for an operation of `type`.
WalletError sessionError(PassportErrorType type, const passport::PassportError &error)
{
    const bool ended = error.code == passport::PassportErrorCode::InvalidGrant ||
                       error.code == passport::PassportErrorCode::NotLoggedIn;
    return walletError(ended ? PassportErrorType::NotLoggedInError : type,
                       ended ? WalletFailure::SessionEnded : WalletFailure::Network,
                       QStringLiteral("Passport session: ") + error.message);
}

} // namespace

GuardianClient::GuardianClient(passport::Environment environment, QNetworkAccessManager &nam,
                               passport::PassportSession &session, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_nam(nam), m_session(session)
{}

void GuardianClient::setLookupRetry(int attempts, int delayMs)
{
    m_lookupAttempts = qMax(1, attempts);
    m_lookupDelayMs = qMax(0, delayMs);
}

QUrl GuardianClient::confirmationUrl(const QString &payloadHash, const QString &ethAddress) const
{
    QUrl url = m_environment.endpoint(passport::Environment::Service::Passport,
                                      QStringLiteral("/transaction-confirmation/transaction"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("transactionId"), payloadHash);
    query.addQueryItem(QStringLiteral("etherAddress"), ethAddress);
    query.addQueryItem(QStringLiteral("chainType"), QStringLiteral("starkex"));
    url.setQuery(query);
    return url;
}

void GuardianClient::evaluate(const QString &payloadHash, PassportErrorType type, QObject *context,
                              EvaluationCallback done)
{
    if (context == nullptr)
        return;
    if (!plausibleHash(payloadHash)) {
        QTimer::singleShot(0, context, [done, type] {
            done(walletError(type, WalletFailure::InvalidRequest, QStringLiteral("invalid payload hash")));
        });
        return;
    }
    const QUrl recordUrl = [&] {
        QUrl url = m_environment.endpoint(passport::Environment::Service::Mr,
                                          QStringLiteral("/guardian/v1/transactions/") + payloadHash);
        url.setQuery(QStringLiteral("chainType=starkex"));
        return url;
    }();
    const QUrl evaluateUrl =
        m_environment.endpoint(passport::Environment::Service::Mr,
                               QStringLiteral("/guardian/v1/transactions/%1/evaluate").arg(payloadHash));

    // Looks the record up (Guardian may register it a moment after the signable call), then evaluates.
    struct State {
        int attemptsLeft = 0;
        std::function<void()> lookup;
    };
    auto state = std::make_shared<State>();
    state->attemptsLeft = m_lookupAttempts;
    QPointer<GuardianClient> self(this);
    QPointer<QObject> ctx(context);

    const auto postEvaluate = [self, ctx, evaluateUrl, type, done](const crypto::SecureBytes &token) {
        if (!self || !ctx) // the client died while the lookup was in flight
            return;
        passport::httpCall(
            self->m_nam, bearerRequest(evaluateUrl, token), "POST", kStarkExBody, ctx,
            [type, done](passport::HttpAnswer answer) {
                if (answer.status == 403) {
                    done(walletError(PassportErrorType::ServiceUnavailableError, WalletFailure::Api,
                                     QStringLiteral("Service unavailable")));
                    return;
                }
                if (answer.status != 200) {
                    done(guardianError(type, answer, QStringLiteral("Guardian evaluation failed")));
                    return;
                }
                QJsonParseError parseError{};
                const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
                const QJsonObject body = document.object();
                const QJsonValue required = body.value(QStringLiteral("confirmationRequired"));
                const QJsonValue id = body.value(QStringLiteral("transactionId"));
                const QJsonValue method = body.value(QStringLiteral("confirmationMethod"));
                if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
                    !required.isBool() || !(id.isUndefined() || id.isString()) ||
                    !(method.isUndefined() || method.isString())) {
                    done(walletError(type, WalletFailure::InvalidResponse,
                                     QStringLiteral("Guardian's evaluation answer is malformed")));
                    return;
                }
                done(GuardianEvaluation{required.toBool(), id.toString(), method.toString()});
            });
    };

    // The lookup holds its state weakly: a strong self-reference leaked the state whenever the
    // context died mid-way (no terminal path ran to clear it; found by LeakSanitizer). The callbacks
    // in flight hold it strongly, so it lives exactly as long as some step can still run.
    state->lookup = [self, ctx, weakState = std::weak_ptr<State>(state), recordUrl, type, done,
                     postEvaluate] {
        const auto held = weakState.lock();
        if (!held || !self || !ctx)
            return;
        self->m_session.accessToken(ctx, [self, ctx, held, recordUrl, type, done,
                                          postEvaluate](passport::PassportResult<crypto::SecureBytes> token) {
            if (!token.ok()) {
                held->lookup = nullptr;
                done(sessionError(type, token.error()));
                return;
            }
            if (!self)
                return;
            auto tokenCopy = std::make_shared<crypto::SecureBytes>(token.value().clone());
            passport::httpCall(
                self->m_nam, bearerRequest(recordUrl, token.value()), "GET", {}, ctx,
                [self, ctx, held, type, done, postEvaluate, tokenCopy](passport::HttpAnswer answer) {
                    const QJsonObject record = QJsonDocument::fromJson(answer.body).object();
                    const bool found =
                        answer.status == 200 && !record.value(QStringLiteral("id")).toString().isEmpty();
                    if (found) {
                        held->lookup = nullptr;
                        postEvaluate(*tokenCopy);
                        return;
                    }
                    if (--held->attemptsLeft > 0 && self && ctx) {
                        QTimer::singleShot(self->m_lookupDelayMs, ctx, [held] {
                            if (held->lookup)
                                held->lookup();
                        });
                        return;
                    }
                    held->lookup = nullptr;
                    done(answer.status == 200 || answer.status == 404
                             ? walletError(type, WalletFailure::Api,
                                           QStringLiteral("Transaction does not exist"))
                             : guardianError(type, answer, QStringLiteral("Guardian lookup failed")));
                });
        });
    };
    state->lookup();
}

void GuardianClient::waitForApproval(const QString &payloadHash, PassportErrorType type, int intervalMs,
                                     int timeoutMs, QObject *context, StatusCallback done)
{
    if (context == nullptr)
        return;
    QUrl recordUrl = m_environment.endpoint(passport::Environment::Service::Mr,
                                            QStringLiteral("/guardian/v1/transactions/") + payloadHash);
    recordUrl.setQuery(QStringLiteral("chainType=starkex"));
    struct State {
        QElapsedTimer clock;
        std::function<void()> poll;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    QPointer<GuardianClient> self(this);
    QPointer<QObject> ctx(context);
    // As in evaluate(): `poll` lives in the state, so it holds the state weakly; only the steps in
    // flight (the token request, the GET, the timer) hold it strongly, and `finish`/`again` receive it.
    // A strong self-reference (poll -> finish -> state) leaked the state and `done` whenever the
    // context died mid-wait, since no terminal path ran to break it.
    using Held = std::shared_ptr<State>;
    const auto finish = [done](const Held &held, WalletStatus status) {
        held->poll = nullptr;
        done(std::move(status));
    };
    const auto again = [self, ctx, intervalMs, timeoutMs, type, finish](const Held &held) {
        if (!self || !ctx)
            return;
        if (held->clock.elapsed() + intervalMs > timeoutMs) {
            finish(held, walletError(type, WalletFailure::GuardianRejected,
                                     QStringLiteral("the transaction was not confirmed in time")));
            return;
        }
        QTimer::singleShot(intervalMs, ctx, [held] {
            if (held->poll)
                held->poll();
        });
    };
    state->poll = [self, ctx, weakState = std::weak_ptr<State>(state), recordUrl, type, finish, again] {
        const Held held = weakState.lock();
        if (!held || !self || !ctx)
            return;
        self->m_session.accessToken(ctx, [self, ctx, held, recordUrl, type, finish,
                                          again](passport::PassportResult<crypto::SecureBytes> token) {
            if (!token.ok()) {
                finish(held, sessionError(type, token.error()));
                return;
            }
            if (!self)
                return;
            passport::httpCall(
                self->m_nam, bearerRequest(recordUrl, token.value()), "GET", {}, ctx,
                [held, type, finish, again](passport::HttpAnswer answer) {
                    if (answer.status != 200) {
                        // Transient trouble while the user is on the page: keep polling
                        // until the deadline; a refusal by the server ends the wait.
                        if (answer.status == 0 || answer.status >= 500 || answer.status == 429) {
                            again(held);
                            return;
                        }
                        finish(held, guardianError(type, answer, QStringLiteral("Guardian lookup failed")));
                        return;
                    }
                    const QString status = QJsonDocument::fromJson(answer.body)
                                               .object()
                                               .value(QStringLiteral("status"))
                                               .toString();
                    if (status == QLatin1String("approved")) {
                        finish(held, WalletStatus{});
                        return;
                    }
                    if (status == QLatin1String("rejected")) {
                        finish(held, walletError(type, WalletFailure::GuardianRejected,
                                                 QStringLiteral("the transaction was rejected")));
                        return;
                    }
                    again(held);
                });
        });
    };
    state->poll();
}

} // namespace stardeck::wallet
