// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stardeck::ui {

//! Shown while nobody is logged in: the two ways to log in with Immutable Passport and a status
//! line (what is happening, or why the last attempt failed and what to do).
class LoginPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page with both login buttons enabled.
    explicit LoginPage(QWidget *parent = nullptr);

    //! Shows `text` under the buttons; `error` colours it as a problem.
    void setStatus(const QString &text, bool error = false);
    //! The status line's text.
    QString statusText() const;
    //! Disables the buttons while a login or a start-up step runs.
    void setBusy(bool busy);

Q_SIGNALS:
    //! "Log in with Immutable Passport" (the embedded login window).
    void loginRequested();
    //! "Log in with your browser" (the system browser and a loopback redirect).
    void browserLoginRequested();

private:
    QPushButton *m_login = nullptr;
    QPushButton *m_browser = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stardeck::ui
