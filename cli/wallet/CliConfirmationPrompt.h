// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/ConfirmationPrompt.h"

#include <QObject>
#include <QPointer>

class QSocketNotifier;

namespace stardeck::wallet {
class GuardianClient;
}

namespace stardeck::cli {

class WalletApp;

//! The CLI's ConfirmationPrompt: shows the decoded action and asks "Sign and submit? [y/N]" on the
//! terminal (standard input when it is one, else /dev/tty), read without blocking (QSocketNotifier).
//! Piped standard input never answers: without a terminal only an explicit --yes approves. When
//! Guardian requires a confirmation, approving also prints (and opens) the confirmation page and
//! waits until Guardian reports it approved.
class CliConfirmationPrompt
    : public QObject
    , public wallet::ConfirmationPrompt {
    Q_OBJECT
public:
    //! `yes`: approve without asking (--yes). `guardian` waits for Guardian confirmations.
    CliConfirmationPrompt(WalletApp &app, bool yes, bool openBrowser, wallet::GuardianClient &guardian,
                          QObject *parent = nullptr);
    ~CliConfirmationPrompt() override;

    void review(const wallet::PreparedAction &action, QObject *context, Decision done) override;

    //! How many actions were shown for review (tests and reports).
    int reviews() const { return m_reviews; }

private:
    void answer(const wallet::PreparedAction &action, bool approved, QPointer<QObject> context,
                Decision done);
    void closeTerminal();

    WalletApp &m_app;
    bool m_yes;
    bool m_openBrowser;
    wallet::GuardianClient &m_guardian;
    int m_tty = -1;
    bool m_ownsTty = false;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    int m_reviews = 0;
};

} // namespace stardeck::cli
