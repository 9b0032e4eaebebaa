// SPDX-License-Identifier: MIT
#pragma once
// The frame every action dialog shares: a form, an inline validation message, the OK button that
// stays disabled until the input is valid, the provider's named progress states while the action
// runs, and the final result or failure in words. The dialog never signs: it hands a request to the
// ImxProvider, whose ConfirmationPrompt asks the user. Non-modal: show() or open(), never exec().

#include "actions/ActionSupport.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace stardeck::ui {

//! Base of Send, Sell, Buy, Cancel order and Exchange transfer. Closing the window while an action
//! runs only hides it (the dialog is the callbacks' context): delete it after actionFinished.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    //! A dialog acting through `services` (not owned; they must outlive it).
    ActionDialog(ActionServices services, const QString &okText, QWidget *parent = nullptr);

    //! The button that starts the action (disabled until the input is valid).
    QPushButton *okButton() const { return m_ok; }
    //! The Cancel/Close button.
    QPushButton *closeButton() const { return m_close; }
    //! The inline validation message ("" when the input is valid or empty).
    QString validationText() const;
    //! The progress or final result shown.
    QString statusText() const;
    //! True while the action runs.
    bool isRunning() const { return m_running; }
    //! True once an action finished successfully.
    bool succeeded() const { return m_succeeded; }
    //! The user's IMX address ("" when the session has none).
    QString ownAddress() const;

Q_SIGNALS:
    //! The action ended: `ok` is true when it was done (pages should refresh either way).
    void actionFinished(bool ok);

protected:
    //! Starts the action; the subclass calls the provider there.
    virtual void start() = 0;

    //! The form rows go here.
    QFormLayout *form() const { return m_form; }
    //! The dialog's outer layout (for widgets above the form).
    QVBoxLayout *outerLayout() const { return m_layout; }
    //! Sets the inline message and whether the OK button may be used.
    void setInputState(bool valid, const QString &message);
    //! Marks the action of `kind` as started (progress is followed from its first state).
    void begin(wallet::ActionKind kind);
    //! Shows the success text and emits actionFinished(true).
    void succeed(const QString &text);
    //! Shows the failure in words and emits actionFinished(false).
    void failWith(const wallet::WalletError &error);
    //! Shows a load error (before any action) in the status line.
    void showLoadError(const QString &text);
    //! Grows the window so that every shown message fits.
    void fitContents();
    //! Fits the contents once shown.
    void showEvent(QShowEvent *event) override;
    //! Re-derives the warning colour after a palette change.
    void changeEvent(QEvent *event) override;

    ActionServices m_services;

private:
    void onProgress(const QString &actionId, wallet::ActionKind kind, wallet::ActionState state,
                    const QString &detail);
    void finish(bool ok, const QString &text);

    QVBoxLayout *m_layout = nullptr;
    QWidget *m_formWidget = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_close = nullptr;
    bool m_valid = false;
    bool m_running = false;
    bool m_succeeded = false;
    wallet::ActionKind m_kind = wallet::ActionKind::Transfer;
    QString m_actionId;
};

} // namespace stardeck::ui
