// SPDX-License-Identifier: MIT
#pragma once

#include "confirm/ConfirmationDialog.h"
#include "guardian/GuardianConfirmationDialog.h"
#include "wallet/ConfirmationPrompt.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QWidget;

namespace stardeck::ui {

//! The desktop ConfirmationPrompt: each review() opens a ConfirmationDialog, window-modal to the
//! parent widget and never through exec() (no nested event loop), and reports the decision once:
//! approve -> true; Cancel, Esc or closing -> false. When Guardian requires a confirmation
//! (action.guardian.confirmationRequired), Approve opens the hosted confirmation page in a
//! GuardianConfirmationDialog and the decision is true only when the page confirmed. When the context
//! dies first the dialogs close and nothing is reported (the contract's "dropped"); when a dialog is
//! destroyed undecided with the context alive (its parent window went away) the decision is false,
//! so a waiting action is never left hanging.
class DialogConfirmationPrompt
    : public QObject
    , public wallet::ConfirmationPrompt {
    Q_OBJECT

public:
    //! Opens dialogs over `parent` (may be null: a top-level dialog) with the given look-ups. The
    //! Guardian page may only navigate under `passportBase` (Environment::serviceUrl(Passport)); when
    //! it is empty, the base is the confirmation URL's own, up to "/transaction-confirmation" (the
    //! URL is built locally by GuardianClient, never taken from a server).
    explicit DialogConfirmationPrompt(QWidget *parent, ConfirmationDialog::Options options = {},
                                      QUrl passportBase = {});
    ~DialogConfirmationPrompt() override;

    //! Shows `action` in a new dialog; `done` runs once, later, on `context`'s thread.
    void review(const wallet::PreparedAction &action, QObject *context, Decision done) override;

    //! The dialogs currently open.
    QList<ConfirmationDialog *> openDialogs() const;
    //! The Passport base the Guardian page is limited to for `confirmationUrl` (empty = none usable).
    QUrl guardianBaseFor(const QUrl &confirmationUrl) const;

Q_SIGNALS:
    //! A dialog was opened (test seam; the composition root also uses it to load images).
    void dialogOpened(stardeck::ui::ConfirmationDialog *dialog);
    //! The Guardian confirmation page was opened after Approve (test seam).
    void guardianDialogOpened(stardeck::ui::GuardianConfirmationDialog *dialog);

private:
    struct Pending;
    void openGuardian(const wallet::PreparedAction &action, const std::shared_ptr<Pending> &pending);

    QPointer<QWidget> m_parent;
    ConfirmationDialog::Options m_options;
    QUrl m_passportBase;
    QList<QPointer<ConfirmationDialog>> m_dialogs;
};

} // namespace stardeck::ui
