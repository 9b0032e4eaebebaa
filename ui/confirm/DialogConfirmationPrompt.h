// SPDX-License-Identifier: MIT
#pragma once

#include "confirm/ConfirmationDialog.h"
#include "wallet/ConfirmationPrompt.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace stardeck::ui {

//! The desktop ConfirmationPrompt: each review() opens a ConfirmationDialog, window-modal to the
//! parent widget and never through exec() (no nested event loop), and reports the decision once:
//! approve -> true; Cancel, Esc or closing -> false. When the context dies first the dialog closes
//! and nothing is reported (the contract's "dropped"); when the dialog is destroyed undecided with
//! the context alive (its parent window went away) the decision is false, so a waiting action is
//! never left hanging.
class DialogConfirmationPrompt
    : public QObject
    , public wallet::ConfirmationPrompt {
    Q_OBJECT

public:
    //! Opens dialogs over `parent` (may be null: a top-level dialog) with the given look-ups.
    explicit DialogConfirmationPrompt(QWidget *parent, ConfirmationDialog::Options options = {});
    ~DialogConfirmationPrompt() override;

    //! Shows `action` in a new dialog; `done` runs once, later, on `context`'s thread.
    void review(const wallet::PreparedAction &action, QObject *context, Decision done) override;

    //! The dialogs currently open.
    QList<ConfirmationDialog *> openDialogs() const;

Q_SIGNALS:
    //! A dialog was opened (test seam; the composition root also uses it to load images).
    void dialogOpened(stardeck::ui::ConfirmationDialog *dialog);

private:
    QPointer<QWidget> m_parent;
    ConfirmationDialog::Options m_options;
    QList<QPointer<ConfirmationDialog>> m_dialogs;
};

} // namespace stardeck::ui
