// SPDX-License-Identifier: MIT
#include "login/LoginWebPage.h"

#include <QBuffer>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>

namespace stardeck::ui {

void LoginSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    // Never reached for the callback (the page refuses that navigation); anything else is denied.
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
}

LoginWebPage::LoginWebPage(LoginPolicy policy, QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent), m_policy(std::move(policy))
{
    const QByteArray scheme = m_policy.redirectUri.scheme().toLatin1();
    if (scheme != "http" && scheme != "https" && !scheme.isEmpty() &&
        profile->urlSchemeHandler(scheme) == nullptr)
        profile->installUrlSchemeHandler(scheme, new LoginSchemeHandler(profile));
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Never continue past a bad certificate on a login page.
        error.rejectCertificate();
        Q_EMIT navigationRefused(error.url(),
                                 tr("The server's certificate is not valid: %1").arg(error.description()));
    });
}

bool LoginWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    switch (m_policy.classify(url, isMainFrame)) {
    case LoginPolicy::Verdict::Allow:
        return true;
    case LoginPolicy::Verdict::Callback:
        if (isMainFrame)
            Q_EMIT callbackReceived(url);
        else
            Q_EMIT navigationRefused(url, tr("A frame tried to complete the login."));
        return false;
    case LoginPolicy::Verdict::OpenInBrowser:
        Q_EMIT browserRequired(url);
        return false;
    case LoginPolicy::Verdict::Refuse:
        break;
    }
    Q_EMIT navigationRefused(url, tr("This page is not part of the Immutable login and was not opened."));
    return false;
}

QWebEnginePage *LoginWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    Q_EMIT navigationRefused(QUrl(), tr("The login page tried to open a new window."));
    return nullptr;
}

} // namespace stardeck::ui
