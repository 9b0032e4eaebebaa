// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

#include <optional>

class QLabel;
class QPushButton;
class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace stardeck::ui {

class GuardianBridge;
class GuardianWebPage;

//! How a Guardian confirmation ended.
struct GuardianConfirmationResult {
    //! The page's verdict.
    enum class Outcome {
        Confirmed, //!< transaction_confirmed: Guardian approved the transaction
        Rejected,  //!< transaction_rejected, an unsupported message, or the dialog was closed
        Error,     //!< transaction_error, or the page could not be shown
    };
    Outcome outcome = Outcome::Rejected;
    QString message; //!< why, for people ("" when confirmed)

    //! True only for Outcome::Confirmed.
    bool confirmed() const { return outcome == Outcome::Confirmed; }
};

//! Immutable's hosted Guardian confirmation page (passport-sdk.md 5.2) in an embedded browser: an
//! off-the-record profile, navigation restricted to the Passport service, no pop-ups, no certificate
//! exceptions. A window.opener shim injected at document creation carries the page's postMessage
//! calls over a QWebChannel; only "imx_passport_confirmation" messages from the Passport origin count.
//! The dialog answers "confirmation_window_ready" with "confirmation_start" and ends on
//! transaction_confirmed / _rejected / _error (any other type rejects). Closing it rejects. As in
//! @imtbl/passport 2.11.0, the page runs in the one window that was opened for it.
class GuardianConfirmationDialog : public QDialog {
    Q_OBJECT

public:
    using Result = GuardianConfirmationResult;

    //! Loads `confirmationUrl` (GuardianClient::confirmationUrl or PreparedAction::guardian) if it lies
    //! under `passportBase` (Environment::serviceUrl(Passport)); otherwise ends with an error.
    GuardianConfirmationDialog(const QUrl &confirmationUrl, const QUrl &passportBase,
                               QWidget *parent = nullptr);
    ~GuardianConfirmationDialog() override;

    //! The origin messages must come from (scheme://host[:port] of the Passport base).
    QString expectedOrigin() const { return m_expectedOrigin; }
    //! The page in the view (tests run JavaScript on it).
    GuardianWebPage *page() const { return m_page; }
    //! The outcome once decided.
    std::optional<Result> result() const { return m_result; }
    //! The status line's text.
    QString statusText() const;

Q_SIGNALS:
    //! The outcome, emitted exactly once (then the dialog closes).
    void decided(const stardeck::ui::GuardianConfirmationResult &result);
    //! The page said it was ready and was sent "confirmation_start".
    void confirmationStarted();
    //! A message was ignored (another origin or eventType); for logs and tests.
    void messageIgnored(const QString &reason);

protected:
    //! Closing, Esc or Cancel before the page decided: rejected.
    void done(int result) override;

private:
    void installScripts();
    void onMessage(const QString &messageType);
    void finish(Result result);
    void setStatus(const QString &text);

    QString m_expectedOrigin;
    QWebEngineProfile *m_profile = nullptr;
    GuardianWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWebChannel *m_channel = nullptr;
    GuardianBridge *m_bridge = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::optional<Result> m_result;
};

} // namespace stardeck::ui

Q_DECLARE_METATYPE(stardeck::ui::GuardianConfirmationResult)
