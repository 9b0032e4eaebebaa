// SPDX-License-Identifier: MIT
#pragma once
// Shared by the action dialog tests: the provider harness of tests/wallet (in-process sandbox, a
// real Passport login, journal, scripted ConfirmationPrompt) plus helpers that drive a dialog to
// its end and save a PNG of it into the build directory.

#include "actions/ActionDialog.h"
#include "wallet/ProviderTestHarness.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>

namespace stardeck::test {

//! Saves a picture of `widget` as ui_actions_<name>.png next to the test binary.
inline void grabPng(QWidget *widget, const QString &name)
{
    widget->grab().save(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/ui_actions_%1.png").arg(name));
}

//! Selects the combo entry whose text starts with `prefix`; false when there is none.
inline bool selectStartingWith(QComboBox *combo, const QString &prefix)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(prefix)) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

//! Clicks OK and waits for actionFinished; the finished flag, or nullopt on timeout.
inline std::optional<bool> runDialog(ui::ActionDialog &dialog)
{
    QSignalSpy finished(&dialog, &ui::ActionDialog::actionFinished);
    if (!dialog.okButton()->isEnabled())
        return std::nullopt;
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    if (!finished.wait(kProviderWaitMs) && finished.isEmpty())
        return std::nullopt;
    return finished.first().first().toBool();
}

//! An approving prompt that completes a Guardian confirmation first when asked, as a user would.
inline void approveLikeAUser(ProviderHarness &h)
{
    h.prompt.handler = [&h](const wallet::PreparedAction &action, wallet::ConfirmationPrompt::Decision done) {
        if (action.guardian.confirmationRequired)
            h.guardianApprove(action);
        done(true);
    };
}

} // namespace stardeck::test
