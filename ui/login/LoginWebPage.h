// SPDX-License-Identifier: MIT
#pragma once

#include "login/LoginPolicy.h"

#include <QWebEnginePage>
#include <QWebEngineUrlSchemeHandler>

namespace stardeck::ui {

//! Answers navigations to our custom redirect scheme inside the view. Chromium only routes a redirect
//! to a custom scheme through the page's navigation checks when the profile has a handler for it;
//! the page intercepts the callback first, so this only ever serves a "you can close this" page.
class LoginSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override;
};

//! The page of the embedded login view: applies a LoginPolicy to every navigation before it loads,
//! intercepts the redirect to our redirect URI, opens no pop-up windows and accepts no certificate
//! errors.
class LoginWebPage : public QWebEnginePage {
    Q_OBJECT
public:
    LoginWebPage(LoginPolicy policy, QWebEngineProfile *profile, QObject *parent = nullptr);

    const LoginPolicy &policy() const { return m_policy; }

Q_SIGNALS:
    //! The identity provider redirected to our redirect URI (it was not loaded).
    void callbackReceived(const QUrl &url);
    //! The user chose a provider that refuses embedded views: continue in the system browser.
    void browserRequired(const QUrl &url);
    //! A navigation was refused (off the allow-list, a pop-up, a certificate error); for the status line.
    void navigationRefused(const QUrl &url, const QString &reason);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    LoginPolicy m_policy;
};

} // namespace stardeck::ui
