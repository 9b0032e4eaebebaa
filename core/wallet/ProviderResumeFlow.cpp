// SPDX-License-Identifier: MIT
#include "wallet/ProviderResumeFlow.h"

#include "passport/PassportSession.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderSubmitter.h"

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
    const JournalEntry &entry = m_pending[m_resolved.size()];
    Q_EMIT m_provider->progress(entry.id, entry.kind, ActionState::Submitting, QStringLiteral("resuming"));
    auto *submitter = new ProviderSubmitter(*m_provider, entry, errorTypeOf(entry.kind), false, this);
    QPointer<ProviderResumeFlow> self(this);
    const QString id = entry.id;
    const ActionKind kind = entry.kind;
    submitter->start([self, submitter, id, kind](SubmitOutcome outcome) {
        submitter->deleteLater();
        if (!self || !self->m_provider)
            return;
        ResolvedEntry resolved;
        resolved.id = id;
        resolved.kind = kind;
        ActionState state = ActionState::Failed;
        switch (outcome.kind) {
        case SubmitOutcome::Kind::Accepted:
            resolved.executed = true;
            resolved.result = outcome.result;
            resolved.note = QStringLiteral("submitted");
            state = ActionState::Done;
            break;
        case SubmitOutcome::Kind::Refused:
            resolved.note = outcome.error.message;
            break;
        case SubmitOutcome::Kind::Unknown:
            resolved.note = QStringLiteral("still pending: ") + outcome.error.message;
            state = ActionState::Unknown;
            break;
        case SubmitOutcome::Kind::Stopped:
            self->m_finished = true;
            self->deleteLater();
            return;
        }
        Q_EMIT self->m_provider->progress(id, kind, state, resolved.note);
        self->m_resolved.append(resolved);
        self->next();
    });
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
