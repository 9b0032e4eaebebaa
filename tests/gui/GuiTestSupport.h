// SPDX-License-Identifier: MIT
#pragma once
// Shared by the main-window end-to-end tests: a private home for everything the app writes, a small
// waiting HTTP client for the sandbox's admin API (tests only), the sandbox login page filled in like
// a user, and PNGs of what the tests look at.

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWidget>

#include <optional>

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

//! Runs `script` in `page` and returns its value (invalid on timeout).
inline QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    std::optional<QVariant> result;
    page.runJavaScript(script, [&result](const QVariant &value) { result = value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kGuiWaitMs))
        return {};
    return *result;
}

//! Waits until the page's document has an element matching `selector`.
inline bool waitForElement(QWebEnginePage &page, const QString &selector)
{
    return QTest::qWaitFor(
        [&] {
            return evaluate(page, QStringLiteral("document.querySelector('%1') !== null").arg(selector))
                .toBool();
        },
        kGuiWaitMs);
}

//! Fills the sandbox's e-mail and one-time-code forms like a user (the code is shown on the page).
inline bool fillSandboxLogin(QWebEnginePage &page, const QString &email)
{
    if (!waitForElement(page, QStringLiteral("#email")))
        return false;
    evaluate(page, QStringLiteral("document.getElementById('email').value = '%1'; "
                                  "document.getElementById('email').form.submit(); true")
                       .arg(email));
    if (!waitForElement(page, QStringLiteral("#one-time-code")))
        return false;
    evaluate(page, QStringLiteral("const c = document.getElementById('one-time-code').textContent.trim(); "
                                  "document.getElementById('code').value = c; "
                                  "document.getElementById('code').form.submit(); true"));
    return true;
}

//! Saves a picture of `widget` as gui_<name>.png next to the test binary (to look at).
inline void grabPng(QWidget *widget, const QString &name)
{
    widget->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/gui_%1.png").arg(name));
}

} // namespace stardeck::test
