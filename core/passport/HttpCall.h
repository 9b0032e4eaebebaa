// SPDX-License-Identifier: MIT
#pragma once

// One asynchronous HTTP exchange for the Passport clients: a timeout, a response size cap, no
// automatic redirects, and a callback bound to a context object (dropped if it dies first).

#include <QByteArray>
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
};

constexpr int kHttpTimeoutMs = 15000;
constexpr qint64 kHttpMaxResponseBytes = 1 << 20;

//! Sends `method` with `body` and calls `done` on `context`'s thread once the answer is complete.
void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &method,
              const QByteArray &body, QObject *context, std::function<void(HttpAnswer)> done);

//! application/x-www-form-urlencoded from name/value pairs, every value fully percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QByteArray>> &items);

} // namespace stardeck::passport
