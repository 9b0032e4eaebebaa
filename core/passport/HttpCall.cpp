// SPDX-License-Identifier: MIT
#include "passport/HttpCall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace stardeck::passport {

void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &method,
              const QByteArray &body, QObject *context, std::function<void(HttpAnswer)> done)
{
    request.setTransferTimeout(kHttpTimeoutMs);
    // Token endpoints never redirect; following one would send codes and tokens elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, tooLarge](qint64 received, qint64) {
                         if (received > kHttpMaxResponseBytes && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, tooLarge, done = std::move(done)] {
        HttpAnswer answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*tooLarge) {
            answer.transportError =
                QStringLiteral("response larger than %1 bytes").arg(kHttpMaxResponseBytes);
        } else if (!status.isValid()) {
            answer.transportError = reply->errorString();
        } else {
            answer.status = status.toInt();
            answer.body = reply->readAll();
            // An HTTP status with a transport failure (reset mid-body) is not a complete answer.
            const auto error = reply->error();
            if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied &&
                error != QNetworkReply::UnknownContentError) {
                answer.status = 0;
                answer.transportError = reply->errorString();
            }
        }
        done(std::move(answer));
    });
}

namespace {

//! RFC 3986 percent-encoding of raw bytes (no detour through QString, which would copy secrets).
void appendEncoded(QByteArray &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
}

} // namespace

QByteArray formEncode(const QList<QPair<QString, QByteArray>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        appendEncoded(out, name.toUtf8());
        out += '=';
        appendEncoded(out, value);
    }
    return out;
}

} // namespace stardeck::passport
