// SPDX-License-Identifier: MIT
#pragma once
// Shared by the main-window end-to-end tests: a private home for everything the app writes, a small
// waiting HTTP client for the sandbox's admin API (tests only), the sandbox login page filled in like
// a user, and PNGs of what the tests look at.

#include "login/WebPageTestSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace stardeck::test {

//! How long a GUI test waits for the wallet (the machine is shared and slow).
constexpr int kGuiWaitMs = 30000;

//! Points XDG_*_HOME at `home` and selects the encrypted-file secret store (no keychain here).
inline void useHome(const QTemporaryDir &home)
{
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(name, home.filePath(QString::fromLatin1(name)).toUtf8());
    qputenv("STARDECK_SECRET_STORE", "file");
    qputenv("STARDECK_PASSPHRASE", "gui-test passphrase");
}

//! GETs `url` and returns its JSON object (empty on any failure); waits, which only tests may do.
inline QJsonObject getJson(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kGuiWaitMs)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

//! POSTs a JSON body to `url`; the HTTP status (0 when no answer).
inline int postJson(const QUrl &url, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kGuiWaitMs))
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

//! Saves a picture of `widget` as gui_<name>.png next to the test binary (to look at).
inline void grabPng(QWidget *widget, const QString &name)
{
    widget->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/gui_%1.png").arg(name));
}

} // namespace stardeck::test
