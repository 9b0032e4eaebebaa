// SPDX-License-Identifier: MIT
#include "confirm/DialogConfirmationPrompt.h"

#include "guardian/GuardianConfirmationDialog.h"

#include <QMetaObject>
#include <QWidget>

namespace stardeck::ui {

//! The one pending decision of a review: delivered at most once, queued to the context's thread.
struct DialogConfirmationPrompt::Pending {
    QPointer<QObject> context;
    wallet::ConfirmationPrompt::Decision done;
    bool inGuardian = false; //!< approved in the native dialog; the Guardian page decides now

    void deliver(bool approved)
    {
        if (!done)
            return;
        auto callback = std::move(done);
        done = nullptr;
        if (!context)
            return;
        // Queued: the caller hears the answer from its own event loop (never from inside the
        // dialog's signal), and Qt drops the call if the context is destroyed before it runs.
        QMetaObject::invokeMethod(
            context.data(), [callback = std::move(callback), approved] { callback(approved); },
            Qt::QueuedConnection);
    }
};

DialogConfirmationPrompt::DialogConfirmationPrompt(QWidget *parent, ConfirmationDialog::Options options,
                                                   QUrl passportBase)
    : QObject(parent)
    , m_parent(parent)
    , m_options(std::move(options))
    , m_passportBase(std::move(passportBase))
{}

DialogConfirmationPrompt::~DialogConfirmationPrompt() = default;

void DialogConfirmationPrompt::review(const wallet::PreparedAction &action, QObject *context, Decision done)
{
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->done = std::move(done);
    if (!context) {
        pending->done = nullptr; // no one to tell: the review is dropped, as for a dead context
        return;
    }

    auto *dialog = new ConfirmationDialog(action, m_options, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_parent)
        dialog->setWindowModality(Qt::WindowModal);
    const QPointer<DialogConfirmationPrompt> self(this);
    connect(dialog, &ConfirmationDialog::decided, dialog, [self, pending, action](bool approved) {
        if (!approved || !action.guardian.confirmationRequired) {
            pending->deliver(approved);
            return;
        }
        if (!self) {
            pending->deliver(false); // nobody left to open the Guardian page
            return;
        }
        pending->inGuardian = true;
        self->openGuardian(action, pending);
    });
    // Undecided and destroyed (its parent window closed): report a cancel while someone waits.
    // (Connected to the context, not to the prompt: the prompt may be destroyed with the same parent.)
    connect(dialog, &QObject::destroyed, context, [pending] {
        if (!pending->inGuardian)
            pending->deliver(false);
    });
    // The context died: nobody waits for the answer; drop it and close the dialog.
    connect(context, &QObject::destroyed, dialog, [pending, dialog] {
        pending->done = nullptr;
        dialog->close();
    });

    m_dialogs.append(dialog);
    m_dialogs.removeAll(nullptr);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT dialogOpened(dialog);
}

void DialogConfirmationPrompt::openGuardian(const wallet::PreparedAction &action,
                                            const std::shared_ptr<Pending> &pending)
{
    QObject *context = pending->context.data();
    const QUrl base = guardianBaseFor(action.guardian.confirmationUrl);
    if (!context || !pending->done || base.isEmpty()) {
        pending->deliver(false); // cannot confirm with Guardian: the provider would refuse anyway
        return;
    }
    auto *dialog = new GuardianConfirmationDialog(action.guardian.confirmationUrl, base, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_parent)
        dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &GuardianConfirmationDialog::decided, dialog,
            [pending](const GuardianConfirmationResult &result) { pending->deliver(result.confirmed()); });
    connect(dialog, &QObject::destroyed, context, [pending] { pending->deliver(false); });
    connect(context, &QObject::destroyed, dialog, [pending, dialog] {
        pending->done = nullptr;
        dialog->close();
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT guardianDialogOpened(dialog);
}

QUrl DialogConfirmationPrompt::guardianBaseFor(const QUrl &confirmationUrl) const
{
    if (m_passportBase.isValid() && !m_passportBase.isEmpty())
        return m_passportBase;
    if (!confirmationUrl.isValid() || confirmationUrl.host().isEmpty())
        return {};
    const QString path = confirmationUrl.path();
    const qsizetype at = path.indexOf(QLatin1String("/transaction-confirmation/"));
    if (at < 0)
        return {};
    QUrl base = confirmationUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setPath(path.left(at));
    return base;
}

QList<ConfirmationDialog *> DialogConfirmationPrompt::openDialogs() const
{
    QList<ConfirmationDialog *> out;
    for (const auto &dialog : m_dialogs) {
        if (dialog && dialog->isVisible())
            out.append(dialog);
    }
    return out;
}

} // namespace stardeck::ui
