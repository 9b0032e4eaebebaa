// SPDX-License-Identifier: MIT
#include "SessionPrimer.h"

#include "AppOptions.h"
#include "AppServices.h"
#include "BenchWait.h"

#include "MainWindow.h"
#include "models/AssetGridModel.h"
#include "pages/LoginPage.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>

namespace stardeck::bench {

namespace {

//! GETs `url` without following redirects; the reply (finished) or null on timeout.
QNetworkReply *getOnce(QNetworkAccessManager &nam, const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    if (!waitUntil([reply] { return reply->isFinished(); }, timeoutMs))
        return nullptr;
    return reply;
}

} // namespace

PrimedAccount SessionPrimer::prime(const QUrl &sandboxUrl, int timeoutMs)
{
    PrimedAccount result;
    app::AppOptions options;
    options.settings.environment = QStringLiteral("local");
    options.settings.sandboxUrl = sandboxUrl.toString();
    app::AppServices services(options);
    QString error;
    if (!services.start(&error)) {
        result.error = error;
        return result;
    }
    if (!waitUntil([&] { return services.state() == app::AppServices::State::LoggedOut; }, timeoutMs)) {
        result.error = QStringLiteral("the app did not reach its login page");
        return result;
    }
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
    services.window()->loginPage()->findChild<QPushButton *>(QStringLiteral("browserLoginButton"))->click();
    const bool opened = waitUntil([this] { return !m_opened.isEmpty(); }, timeoutMs);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    if (!opened) {
        result.error = QStringLiteral("the app opened no login URL");
        return result;
    }
    // The sandbox (--auto-login) approves at once and redirects to the app's loopback listener.
    QNetworkAccessManager nam;
    QNetworkReply *authorize = getOnce(nam, m_opened.first(), timeoutMs);
    const QUrl callback = authorize ? QUrl(QString::fromUtf8(authorize->rawHeader("Location"))) : QUrl();
    QNetworkReply *answer = callback.isValid() ? getOnce(nam, callback, timeoutMs) : nullptr;
    if (!answer || answer->error() != QNetworkReply::NoError) {
        result.error = QStringLiteral("the login redirect failed");
        return result;
    }
    if (!waitUntil(
            [&] {
                return services.state() == app::AppServices::State::Ready && services.isStoreIdle() &&
                       !services.assets()->isLoading();
            },
            timeoutMs)) {
        result.error = QStringLiteral("the wallet did not open after the login");
        return result;
    }
    result.address = services.window()->accountAddress();
    result.nfts = services.assets()->rowCount();
    result.ok = true;
    return result;
}

} // namespace stardeck::bench
