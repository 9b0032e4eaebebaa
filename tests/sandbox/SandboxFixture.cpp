// SPDX-License-Identifier: MIT
#include "SandboxFixture.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace stardeck::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options)
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QString error;
    if (!m_sandbox->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
}

SandboxFixture::~SandboxFixture() = default;

QUrl SandboxFixture::url(const QString &path) const
{
    return QUrl(m_sandbox->baseUrl().toString() + path);
}

HttpResult SandboxFixture::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

HttpResult SandboxFixture::post(const QString &path, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                const QByteArray &contentType)
{
    return send("POST", path, body, headers, contentType);
}

HttpResult SandboxFixture::postJson(const QString &path, const QJsonObject &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxFixture::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (method == "HEAD") {
        reply = m_nam.head(request); // a custom "HEAD" verb would wait for a body
    } else {
        auto *buffer = new QBuffer;
        buffer->setData(body);
        reply = m_nam.sendCustomRequest(request, method, buffer);
        buffer->setParent(reply);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("HTTP %s %s timed out", method.constData(), qPrintable(path));
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

} // namespace stardeck::test
