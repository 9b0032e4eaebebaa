// SPDX-License-Identifier: MIT
#pragma once

#include "login/LoginPolicy.h"

#include <QWebEnginePage>

namespace stardeck::ui {

//! The page of the Guardian confirmation view: only pages under the Passport service (its origin and
//! path, LoginPolicy's allow-list rules) load; it opens no pop-up windows and accepts no certificate
//! errors.
class GuardianWebPage : public QWebEnginePage {
    Q_OBJECT
public:
    //! A page on `profile` that may only show pages under `passportBase`.
    GuardianWebPage(const QUrl &passportBase, QWebEngineProfile *profile, QObject *parent = nullptr);

    //! The navigation rules (allowedBases = the Passport base; no callback, no browser-only hosts).
    const LoginPolicy &policy() const { return m_policy; }

Q_SIGNALS:
    //! A navigation was refused (off the allow-list, a pop-up, a certificate error); for the status line.
    void navigationRefused(const QUrl &url, const QString &reason);

protected:
    //! Applies the allow-list to every navigation before it loads.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    //! Refuses every pop-up.
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    LoginPolicy m_policy;
};

} // namespace stardeck::ui
