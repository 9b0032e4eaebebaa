// SPDX-License-Identifier: MIT
#include "guardian/GuardianWebPage.h"

#include <QWebEngineCertificateError>

namespace stardeck::ui {

GuardianWebPage::GuardianWebPage(const QUrl &passportBase, QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    m_policy.allowedBases = {passportBase};
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Never continue past a bad certificate on a page that approves transactions.
        error.rejectCertificate();
        Q_EMIT navigationRefused(error.url(),
                                 tr("The server's certificate is not valid: %1").arg(error.description()));
    });
}

bool GuardianWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (m_policy.classify(url, isMainFrame) == LoginPolicy::Verdict::Allow)
        return true;
    Q_EMIT navigationRefused(url, tr("This page is not part of Immutable Passport and was not opened."));
    return false;
}

QWebEnginePage *GuardianWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    Q_EMIT navigationRefused(QUrl(), tr("The confirmation page tried to open a new window."));
    return nullptr;
}

} // namespace stardeck::ui
