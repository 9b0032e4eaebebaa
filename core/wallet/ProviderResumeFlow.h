// SPDX-License-Identifier: MIT
#pragma once
// resumePending(): every journal entry of the account still in state Signed is re-sent with its
// identical bytes (the API answers a replay with the stored result) and recorded as Submitted or
// Rejected. When the re-send is refused although an earlier send may have executed, or no answer
// comes at all, the API's listings decide (ProviderReconcile): exactly one matching record =
// Submitted ("reconciled by listing"); none = Rejected (Abandoned for an expired signable) only
// after a definitive refusal; anything else stays Signed with a note. Nothing is ever signed here.

#include "wallet/ImxProvider.h"
#include "wallet/ProviderSubmitter.h"
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
    //! Reconciles the current entry by listing after `outcome` (RefusedAfterSend: the API's refusal
    //! was definitive, so "not listed" means not executed; Unknown: it was not).
    void reconcile(const JournalEntry &entry, const SubmitOutcome &outcome);
    //! Records the current entry's resolution and goes on with the next one.
    void resolved(ResolvedEntry entry, ActionState state);
    void finish(WalletResult<QList<ResolvedEntry>> result);

    QPointer<ImxProvider> m_provider;
    QPointer<QObject> m_context;
    ImxProvider::Callback<QList<ResolvedEntry>> m_done;
    QList<JournalEntry> m_pending;
    QList<ResolvedEntry> m_resolved;
    bool m_finished = false;
};

} // namespace stardeck::wallet
