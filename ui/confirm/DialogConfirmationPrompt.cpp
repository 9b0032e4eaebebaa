// SPDX-License-Identifier: MIT
#include "confirm/DialogConfirmationPrompt.h"

#include <QMetaObject>
#include <QWidget>

#include <memory>

namespace stardeck::ui {

namespace {

//! The one pending decision of a review: delivered at most once, queued to the context's thread.
struct PendingDecision {
    QPointer<QObject> context;
    wallet::ConfirmationPrompt::Decision done;

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

} // namespace

DialogConfirmationPrompt::DialogConfirmationPrompt(QWidget *parent, ConfirmationDialog::Options options)
    : QObject(parent), m_parent(parent), m_options(std::move(options))
{}

DialogConfirmationPrompt::~DialogConfirmationPrompt() = default;

void DialogConfirmationPrompt::review(const wallet::PreparedAction &action, QObject *context, Decision done)
{
    auto pending = std::make_shared<PendingDecision>();
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
    connect(dialog, &ConfirmationDialog::decided, dialog,
            [pending](bool approved) { pending->deliver(approved); });
    // Undecided and destroyed (its parent window closed): report a cancel while someone waits.
    // (Connected to the context, not to the prompt: the prompt may be destroyed with the same parent.)
    connect(dialog, &QObject::destroyed, context, [pending] { pending->deliver(false); });
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
