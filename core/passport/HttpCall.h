// SPDX-License-Identifier: MIT
#pragma once

// One asynchronous HTTP exchange for the Passport clients: a timeout, a response size cap, no
// automatic redirects, and a callback bound to a context object (dropped if it dies first).

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace stardeck::passport {

//! What came back: an HTTP status (0 when none arrived) and the body.
struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QString transportError; //!< set when no complete HTTP answer arrived (timeout, refused, too large)
    //! The answer's Retry-After in seconds (at most kMaxRetryAfterSecs), -1 when absent or unreadable.
    int retryAfterSecs = -1;
};

constexpr int kHttpTimeoutMs = 15000;
constexpr qint64 kHttpMaxResponseBytes = 1 << 20;
constexpr int kMaxRetryAfterSecs = 60;

//! Sends `method` with `body` and calls `done` on `context`'s thread once the answer is complete;
//! no complete answer within `timeoutMs` (of silence) is a transport error.
void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &method,
              const QByteArray &body, QObject *context, std::function<void(HttpAnswer)> done,
              int timeoutMs = kHttpTimeoutMs);

//! A Retry-After header value (RFC 9110 10.2.3): delta-seconds or an HTTP-date (IMF-fixdate, RFC 850
//! or asctime form), as seconds from `now`, capped at kMaxRetryAfterSecs; a date in the past is 0;
//! -1 when empty or malformed.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

//! application/x-www-form-urlencoded from name/value pairs, every value fully percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QByteArray>> &items);

} // namespace stardeck::passport
