// SPDX-License-Identifier: MIT
#include "passport/HttpCall.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace stardeck::passport {

void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &method,
              const QByteArray &body, QObject *context, std::function<void(HttpAnswer)> done, int timeoutMs)
{
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : kHttpTimeoutMs);
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
            answer.retryAfterSecs =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
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

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return -1;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString s = QString::fromLatin1(text);
    if (digits.match(s).hasMatch()) {
        // Long digit strings overflow toInt; they are far above the cap either way.
        if (text.size() > 9)
            return kMaxRetryAfterSecs;
        return std::min(text.toInt(), kMaxRetryAfterSecs);
    }
    // HTTP-date: IMF-fixdate, the obsolete RFC 850 form and asctime, always GMT. The RFC 850 weekday
    // is dropped: with a two-digit year Qt would check it against the 1900s.
    const QLocale c = QLocale::c();
    QDateTime date = c.toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid() && s.contains(QLatin1Char('-')) && s.indexOf(QLatin1Char(',')) > 0)
        date = c.toDateTime(s.mid(s.indexOf(QLatin1Char(',')) + 1).trimmed(),
                            QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
    if (!date.isValid()) {
        QString asctime = s;
        asctime.replace(QStringLiteral("  "), QStringLiteral(" ")); // asctime pads the day with a space
        date = c.toDateTime(asctime, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    }
    if (!date.isValid())
        return -1;
    date.setTimeSpec(Qt::UTC);
    if (date.date().year() < 1970)
        date = date.addYears(100); // RFC 850 two-digit years: 00-69 are 2000-2069
    const qint64 seconds = now.secsTo(date);
    return int(std::clamp<qint64>(seconds, 0, kMaxRetryAfterSecs));
}

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
