// SPDX-License-Identifier: MIT
#include "http/HttpMessage.h"

#include <QJsonDocument>
#include <QUuid>

namespace stardeck::sandbox {

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray auth = header("authorization").trimmed();
    static const QByteArray prefix = "bearer ";
    if (auth.size() <= prefix.size() || auth.left(prefix.size()).toLower() != prefix)
        return {};
    return auth.mid(prefix.size()).trimmed();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return bytes(status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::html(int status, const QByteArray &page)
{
    return bytes(status, "text/html; charset=utf-8", page);
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    return empty(302).withHeader("Location", location);
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpResponse imxError(int status, const QString &code, const QString &message, const QString &details)
{
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    return HttpResponse::json(status, body);
}

HttpResponse mrError(int status, const QString &message)
{
    QString code;
    switch (status) {
    case 400:
        code = QStringLiteral("VALIDATION_ERROR");
        break;
    case 401:
        code = QStringLiteral("UNAUTHORISED_REQUEST");
        break;
    case 403:
        code = QStringLiteral("AUTHENTICATION_ERROR");
        break;
    case 404:
        code = QStringLiteral("RESOURCE_NOT_FOUND");
        break;
    case 409:
        code = QStringLiteral("CONFLICT_ERROR");
        break;
    case 429:
        code = QStringLiteral("TOO_MANY_REQUESTS_ERROR");
        break;
    case 501:
        code = QStringLiteral("NOT_IMPLEMENTED_ERROR");
        break;
    default:
        code = QStringLiteral("INTERNAL_SERVER_ERROR");
        break;
    }
    return HttpResponse::json(
        status, QJsonObject{
                    {QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("link"), QStringLiteral("https://docs.immutable.com")},
                    {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("details"), QJsonValue::Null},
                });
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                                  {QStringLiteral("error_description"), description}});
}

} // namespace stardeck::sandbox
