// SPDX-License-Identifier: MIT
#pragma once
// The IMX provider's HTTP seam for signable and submit calls: exact request bytes, the access
// token added as late as possible, and one session refresh + replay of the same bytes on 401.
// Also the mapping of session and API failures to WalletError values.

#include "api/ApiError.h"
#include "passport/Environment.h"
#include "passport/PassportError.h"
#include "wallet/WalletError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace stardeck::passport {
class PassportSession;
}

namespace stardeck::wallet {

//! One IMX API request, as bytes.
struct ApiRequest {
    QByteArray method;  //!< "POST" or "DELETE"
    QString path;       //!< under the IMX base, e.g. "/v1/transfers"
    QByteArray body;    //!< compact JSON, sent exactly
    bool bearer = true; //!< send Authorization: Bearer <access token>
};

//! What came back: an HTTP status (0 = no complete answer) and the body.
struct ApiAnswer {
    int status = 0;
    QByteArray body;
    QString transportError;
    bool refreshed = false;  //!< a 401 made the session refresh and the request was replayed
    int retryAfterSecs = -1; //!< the answer's Retry-After (seconds, capped), -1 when absent
};

//! Sends IMX API requests for the provider.
class ProviderApi : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(WalletResult<ApiAnswer>)>;

    //! `timeoutMs`: no complete answer within it (of silence) is a transport failure (status 0).
    ProviderApi(passport::Environment environment, QNetworkAccessManager &nam,
                passport::PassportSession &session, QObject *parent = nullptr, int timeoutMs = 15000);

    //! Sends `request`; with a bearer token a 401 refreshes the session once and replays the same
    //! bytes once. The result is an error only when the session failed (no token, invalid_grant);
    //! any HTTP answer or transport failure is delivered as an ApiAnswer. `done` runs on `context`.
    void send(const ApiRequest &request, PassportErrorType type, QObject *context, Callback done);

private:
    void sendOnce(const ApiRequest &request, PassportErrorType type, bool mayRefresh, QObject *context,
                  Callback done);
    void post(const ApiRequest &request, const QByteArray &authorization, QObject *context,
              std::function<void(ApiAnswer)> done);

    passport::Environment m_environment;
    QNetworkAccessManager &m_nam;
    passport::PassportSession &m_session;
    int m_timeoutMs;
};

//! A session failure as a wallet error: invalid_grant -> NOT_LOGGED_IN_ERROR (SessionEnded), no
//! session -> NOT_LOGGED_IN_ERROR (NotLoggedIn), transient -> `type` (Network).
WalletError sessionFailure(const passport::PassportError &error, PassportErrorType type);
//! An API error answer ({code, message} when present) as failure Api with status and code.
WalletError apiFailure(const ApiAnswer &answer, PassportErrorType type, const QString &what);
//! A failed ImxClient read: Network (no answer) or Api (status and code), Decode = InvalidResponse.
WalletError readFailure(const api::ApiError &error, PassportErrorType type, const QString &what);
//! A 2xx answer whose body is a JSON object, else Api / Network / InvalidResponse.
WalletResult<QJsonObject> jsonAnswer(const ApiAnswer &answer, PassportErrorType type, const QString &what);
//! True when `body` parses as one JSON object.
bool isJsonObject(const QByteArray &body);
//! Compact JSON bytes of `object`.
QByteArray compactJson(const QJsonObject &object);

} // namespace stardeck::wallet
