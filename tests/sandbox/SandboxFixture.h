// SPDX-License-Identifier: MIT
#pragma once

// Test support: an in-process sandbox on 127.0.0.1:0 and a small HTTP client over
// QNetworkAccessManager that waits for each reply (fine in tests, never in the app).

#include "Sandbox.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>

#include <memory>

namespace stardeck::test {

struct HttpResult {
    int status = 0; //!< 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QByteArray header(const QByteArray &name) const;
};

//! Starts a sandbox with the given options (port 0, the default, picks a free one) and talks HTTP to it.
class SandboxFixture {
public:
    explicit SandboxFixture(sandbox::SandboxOptions options = {});
    ~SandboxFixture();

    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    //! Absolute URL for a path on the sandbox port ("/imx/v1/tokens").
    QUrl url(const QString &path) const;

    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &contentType = "application/json");
    HttpResult postJson(const QString &path, const QJsonObject &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &contentType = "application/json");

    //! Closes the client's pooled connections: the next request opens a new one. (QNAM re-sends a
    //! request once, silently, when a connection closes before any answer.)
    void dropClientConnections() { m_nam.clearConnectionCache(); }

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
};

} // namespace stardeck::test
