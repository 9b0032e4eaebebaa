// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace stardeck::ui {

//! Shown after login when the account is not registered with Immutable X yet: what registering
//! means, the button, progress while it runs and a clear message when it fails.
class RegisterPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page, ready to register.
    explicit RegisterPage(QWidget *parent = nullptr);

    //! Shows the account being registered.
    void setAccount(const QString &email);
    //! Shows progress (and disables the button) while registration runs.
    void setBusy(bool busy, const QString &text = {});
    //! Shows why registration failed and what to do.
    void setError(const QString &text);
    //! The status line's text.
    QString statusText() const;

Q_SIGNALS:
    //! "Register with Immutable X".
    void registerRequested();

private:
    QLabel *m_account = nullptr;
    QPushButton *m_register = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stardeck::ui
