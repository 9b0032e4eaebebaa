// SPDX-License-Identifier: MIT
#pragma once
// Passport login in an embedded browser view: an off-the-record profile (nothing of the web session
// is written to disk), the LoginPolicy applied to every navigation, and the redirect handed to the
// core session, which checks state and PKCE. "Log in with your browser" is always offered.

#include "login/LoginPolicy.h"
#include "passport/PassportSession.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace stardeck::ui {

class LoginWebPage;

//! The login dialog. Emits loggedIn() after the session validated the callback, or
//! browserLoginRequested() when the user (or a provider that refuses embedded views) asks for the
//! system browser; the caller runs that flow.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(passport::PassportSession &session, LoginPolicy policy, QWidget *parent = nullptr);
    ~LoginDialog() override;

    //! Starts a fresh login (new PKCE/state/nonce) and loads the authorize page.
    void start(const passport::LoginHints &hints = {});
    //! The page (tests drive it).
    LoginWebPage *page() const { return m_page; }
    //! The status line's text.
    QString statusText() const;

Q_SIGNALS:
    void loggedIn();
    void browserLoginRequested();
    void loginFailed(const QString &message);

private:
    void handleCallback(const QUrl &url);
    void setStatus(const QString &text, bool error = false);

    passport::PassportSession &m_session;
    QWebEngineProfile *m_profile = nullptr;
    LoginWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_browserButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    bool m_completing = false;
    passport::LoginHints m_hints;
};

//! Registers the custom URL schemes the login redirect may use ("stardeck"); call before the
//! QApplication is created.
void registerLoginUrlSchemes();

} // namespace stardeck::ui
