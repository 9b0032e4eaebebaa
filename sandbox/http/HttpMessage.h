// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace stardeck::sandbox {

//! One HTTP request as the sandbox's handlers see it.
struct HttpRequest {
    QByteArray method;                     //!< "GET", "POST", ...
    QString path;                          //!< decoded path, without the service prefix handling
    QStringList params;                    //!< values captured by "{}" segments of the route
    QUrlQuery query;                       //!< decoded query
    QHash<QByteArray, QByteArray> headers; //!< lower-case names
    QByteArray body;

    //! A header value by (case-insensitive) name, empty if absent.
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    //! The bearer token of the Authorization header, empty if there is none.
    QByteArray bearerToken() const;
    //! A query value (fully decoded), empty if absent.
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

//! One HTTP response.
struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse html(int status, const QByteArray &page);
    static HttpResponse bytes(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse empty(int status);
    static HttpResponse redirect(const QByteArray &location);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

//! IMX API error body {code, message, details} (imx-api.md 7.1).
HttpResponse imxError(int status, const QString &code, const QString &message, const QString &details = {});
//! Passport MR / Guardian error body {code, message, link, trace_id, details} (imx-api.md 7.3).
HttpResponse mrError(int status, const QString &message);
//! OAuth 2.0 error body {error, error_description} (RFC 6749 5.2).
HttpResponse oauthError(int status, const QString &error, const QString &description);

} // namespace stardeck::sandbox
