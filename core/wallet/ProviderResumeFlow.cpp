// SPDX-License-Identifier: MIT
#include "wallet/ProviderResumeFlow.h"

#include "passport/PassportSession.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderReconcile.h"

#include <QTimer>

namespace stardeck::wallet {

ProviderResumeFlow::ProviderResumeFlow(ImxProvider &provider, QObject *context,
                                       ImxProvider::Callback<QList<ResolvedEntry>> done)
    : QObject(&provider), m_provider(&provider), m_context(context), m_done(std::move(done))
{}

PassportErrorType ProviderResumeFlow::errorTypeOf(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Registration:
        return PassportErrorType::UserRegistrationError;
    case ActionKind::Transfer:
    case ActionKind::BatchNftTransfer:
        return PassportErrorType::TransferError;
    case ActionKind::CreateOrder:
        return PassportErrorType::CreateOrderError;
    case ActionKind::CancelOrder:
        return PassportErrorType::CancelOrderError;
    case ActionKind::CreateTrade:
        return PassportErrorType::CreateTradeError;
    case ActionKind::ExchangeTransfer:
        return PassportErrorType::ExchangeTransferError;
    }
    return PassportErrorType::TransferError;
}

void ProviderResumeFlow::start()
{
    QPointer<ProviderResumeFlow> self(this);
    QTimer::singleShot(0, this, [self] {
        if (self)
            self->run();
    });
}

void ProviderResumeFlow::run()
{
    if (!m_provider)
        return;
    if (!m_provider->wired()) {
        finish(walletError(PassportErrorType::TransferError, WalletFailure::Internal,
                           QStringLiteral("the provider is missing a service")));
        return;
    }
    QPointer<ProviderResumeFlow> self(this);
    m_provider->m_services.session->accessToken(
        this, [self](passport::PassportResult<crypto::SecureBytes> token) {
            if (!self || !self->m_provider)
                return;
            if (!token.ok()) {
                self->finish(sessionFailure(token.error(), PassportErrorType::TransferError));
                return;
            }
            const auto claims = self->m_provider->m_services.session->passportClaims();
            if (!claims) {
                self->finish(walletError(PassportErrorType::UserNotRegisteredError,
                                         WalletFailure::NotRegistered,
                                         QStringLiteral("the user is not registered with Immutable X")));
                return;
            }
            self->m_pending = self->m_provider->m_services.journal->pending(claims->imxEthAddress.toLower());
            self->next();
        });
}

void ProviderResumeFlow::next()
{
    if (!m_provider)
        return;
    if (m_resolved.size() == m_pending.size()) {
        finish(m_resolved);
        return;
    }
    const JournalEntry entry = m_pending[m_resolved.size()];
    Q_EMIT m_provider->progress(entry.id, entry.kind, ActionState::Submitting, QStringLiteral("resuming"));
    auto *submitter = new ProviderSubmitter(*m_provider, entry, errorTypeOf(entry.kind), false, this);
    QPointer<ProviderResumeFlow> self(this);
    submitter->start([self, submitter, entry](SubmitOutcome outcome) {
        submitter->deleteLater();
        if (!self || !self->m_provider)
            return;
        ResolvedEntry resolved;
        resolved.id = entry.id;
        resolved.kind = entry.kind;
        switch (outcome.kind) {
        case SubmitOutcome::Kind::Accepted:
            resolved.executed = true;
            resolved.result = outcome.result;
            resolved.note = QStringLiteral("submitted");
            self->resolved(resolved, ActionState::Done);
            return;
        case SubmitOutcome::Kind::Refused:
            resolved.note = outcome.error.message;
            self->resolved(resolved, ActionState::Failed);
            return;
        case SubmitOutcome::Kind::RefusedAfterSend:
        case SubmitOutcome::Kind::Unknown:
            self->reconcile(entry, outcome);
            return;
        case SubmitOutcome::Kind::Stopped:
            self->m_finished = true;
            self->deleteLater();
            return;
        }
    });
}

void ProviderResumeFlow::reconcile(const JournalEntry &entry, const SubmitOutcome &outcome)
{
    const bool definitive = outcome.kind == SubmitOutcome::Kind::RefusedAfterSend;
    auto *lister = new ProviderReconcile(*m_provider->m_services.client, entry,
                                         m_provider->m_services.journal->entries(),
                                         m_provider->m_services.reconcileWindowSecs, this);
    QPointer<ProviderResumeFlow> self(this);
    lister->start([self, lister, entry, outcome, definitive](Reconciliation found) {
        lister->deleteLater();
        if (!self || !self->m_provider)
            return;
        SubmissionJournal &journal = *self->m_provider->m_services.journal;
        ResolvedEntry resolved;
        resolved.id = entry.id;
        resolved.kind = entry.kind;
        const QString answer = outcome.error.message;
        if (found.kind == Reconciliation::Kind::Found) {
            resolved.executed = true;
            resolved.result = found.record;
            resolved.note = found.note;
            journal.update(entry.id, JournalState::Submitted, found.record, found.note);
            self->resolved(resolved, ActionState::Done);
            return;
        }
        if (found.kind == Reconciliation::Kind::NotFound && definitive) {
            const bool expired = outcome.error.apiCode == QLatin1String("signable_expired");
            resolved.result = outcome.result;
            resolved.note = QStringLiteral("%1; the re-send was refused (%2)").arg(found.note, answer);
            journal.update(entry.id, expired ? JournalState::Abandoned : JournalState::Rejected,
                           outcome.result, resolved.note);
            self->resolved(resolved, ActionState::Failed);
            return;
        }
        // Not decidable: the entry stays Signed with a note; never guess.
        resolved.note = QStringLiteral("still pending: %1; %2").arg(answer, found.note);
        journal.update(entry.id, JournalState::Signed, {}, resolved.note);
        self->resolved(resolved, ActionState::Unknown);
    });
}

void ProviderResumeFlow::resolved(ResolvedEntry entry, ActionState state)
{
    Q_EMIT m_provider->progress(entry.id, entry.kind, state, entry.note);
    m_resolved.append(std::move(entry));
    next();
}

void ProviderResumeFlow::finish(WalletResult<QList<ResolvedEntry>> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_context && m_done)
        m_done(std::move(result));
    deleteLater();
}

} // namespace stardeck::wallet
