// SPDX-License-Identifier: MIT
#pragma once
// resumePending(): every journal entry of the account still in state Signed is re-sent with its
// identical bytes (the API answers a replay with the stored result) and recorded as Submitted or
// Rejected; entries that still get no answer stay Signed. Nothing new is ever signed here.

#include "wallet/ImxProvider.h"
#include "wallet/SubmissionJournal.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace stardeck::wallet {

//! One resumePending() call.
class ProviderResumeFlow : public QObject {
    Q_OBJECT
public:
    //! Owned by `provider`; `done` runs on `context` if it still lives.
    ProviderResumeFlow(ImxProvider &provider, QObject *context,
                       ImxProvider::Callback<QList<ResolvedEntry>> done);
    //! Starts on the next event-loop turn.
    void start();

    //! The error type of an operation kind (TRANSFER_ERROR for transfers, ...).
    static PassportErrorType errorTypeOf(ActionKind kind);

private:
    void run();
    void next();
    void finish(WalletResult<QList<ResolvedEntry>> result);

    QPointer<ImxProvider> m_provider;
    QPointer<QObject> m_context;
    ImxProvider::Callback<QList<ResolvedEntry>> m_done;
    QList<JournalEntry> m_pending;
    QList<ResolvedEntry> m_resolved;
    bool m_finished = false;
};

} // namespace stardeck::wallet
