// SPDX-License-Identifier: MIT
#include "wallet/ProviderSignedFlow.h"

#include "passport/PassportSession.h"
#include "wallet/GuardianClient.h"
#include "wallet/ImxProvider.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderReconcile.h"
#include "wallet/ProviderSubmitter.h"
#include "wallet/StarkSigner.h"
#include "wallet/SubmissionJournal.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

namespace stardeck::wallet {

ProviderSignedFlow::ProviderSignedFlow(ImxProvider &provider, ActionKind kind, PassportErrorType type,
                                       Preparer prepare, QObject *context, Done done)
    : QObject(&provider)
    , m_provider(&provider)
    , m_kind(kind)
    , m_type(type)
    , m_prepare(std::move(prepare))
    , m_context(context)
    , m_done(std::move(done))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void ProviderSignedFlow::start()
{
    QPointer<ProviderSignedFlow> self(this);
    QTimer::singleShot(0, this, [self] {
        if (self)
            self->run();
    });
}

void ProviderSignedFlow::progress(ActionState state, const QString &detail)
{
    if (m_provider)
        Q_EMIT m_provider->progress(m_id, m_kind, state, detail);
}

void ProviderSignedFlow::run()
{
    if (!m_provider)
        return;
    if (m_provider->isReadOnly()) {
        fail(walletError(m_type, WalletFailure::ReadOnly,
                         QStringLiteral("the account is read-only: %1").arg(m_provider->m_readOnlyReason)));
        return;
    }
    if (!m_provider->wired()) {
        fail(walletError(
            m_type, WalletFailure::Internal,
            QStringLiteral("the provider is missing a service (network, session, client, journal, "
                           "prompt or stark signer)")));
        return;
    }
    progress(ActionState::Preparing);
    QPointer<ProviderSignedFlow> self(this);
    m_provider->m_services.session->accessToken(
        this, [self](passport::PassportResult<crypto::SecureBytes> token) {
            if (!self || !self->m_provider)
                return;
            if (!token.ok()) {
                self->fail(sessionFailure(token.error(), self->m_type));
                return;
            }
            const auto claims = self->m_provider->m_services.session->passportClaims();
            if (!claims) {
                self->fail(walletError(
                    PassportErrorType::UserNotRegisteredError, WalletFailure::NotRegistered,
                    QStringLiteral("the user is not registered with Immutable X; call registerOffchain")));
                return;
            }
            const UInt256 &starkKey = self->m_provider->m_account.starkSigner->starkKey();
            const auto registered = UInt256::fromHex(claims->imxStarkAddress.toStdString());
            if (!registered || *registered != starkKey) {
                self->fail(
                    walletError(self->m_type, WalletFailure::SignerFailed,
                                QStringLiteral("the connected stark key is not the one registered for %1 "
                                               "(imx_stark_address %2); connect again")
                                    .arg(claims->imxEthAddress, claims->imxStarkAddress)));
                return;
            }
            self->m_signer.ethAddress = claims->imxEthAddress.toLower();
            self->m_signer.starkKey = starkKey;
            self->m_signer.expirationWindowHours = self->m_provider->m_services.expirationWindowHours;
            self->m_prepare(*self, [self](WalletResult<SignedDraft> draft) {
                if (!self)
                    return;
                if (!draft.ok())
                    self->fail(draft.error());
                else
                    self->prepared(std::move(draft).value());
            });
        });
}

void ProviderSignedFlow::postSignable(const QString &path, const QJsonObject &body, bool bearer,
                                      std::function<void(WalletResult<QJsonObject>)> done)
{
    ApiRequest request{QByteArrayLiteral("POST"), path, compactJson(body), bearer};
    const PassportErrorType type = m_type;
    m_provider->m_api->send(request, type, this,
                            [path, type, done = std::move(done)](WalletResult<ApiAnswer> answer) {
                                if (!answer.ok()) {
                                    done(answer.error());
                                    return;
                                }
                                done(jsonAnswer(answer.value(), type, QStringLiteral("POST %1").arg(path)));
                            });
}

void ProviderSignedFlow::receiverStarkKey(const QString &receiver,
                                          std::function<void(WalletResult<UInt256>)> done)
{
    const PassportErrorType type = m_type;
    m_provider->m_services.client->user(
        receiver, this, [receiver, type, done = std::move(done)](api::ApiResult<api::UserRegistration> user) {
            if (!user.ok()) {
                done(readFailure(user.error(), type,
                                 QStringLiteral("looking up the receiver %1").arg(receiver)));
                return;
            }
            if (!user->registered || user->accounts.empty()) {
                done(walletError(type, WalletFailure::InvalidRequest,
                                 QStringLiteral("the receiver %1 is not registered on Immutable X; it cannot "
                                                "receive transfers")
                                     .arg(receiver)));
                return;
            }
            const auto key = UInt256::fromHex(user->accounts.front().toStdString());
            if (!key) {
                done(walletError(
                    type, WalletFailure::InvalidResponse,
                    QStringLiteral("the receiver's stark key is not hex: %1").arg(user->accounts.front())));
                return;
            }
            done(*key);
        });
}

void ProviderSignedFlow::resolveToken(const TokenRef &token,
                                      std::function<void(WalletResult<ResolvedToken>)> done)
{
    m_provider->m_resolver->resolve(token, m_type, this, std::move(done));
}

void ProviderSignedFlow::readOrder(qint64 orderId, std::function<void(WalletResult<api::Order>)> done)
{
    const PassportErrorType type = m_type;
    m_provider->m_services.client->order(
        orderId, this, [orderId, type, done = std::move(done)](api::ApiResult<api::Order> order) {
            if (!order.ok())
                done(readFailure(order.error(), type, QStringLiteral("reading order %1").arg(orderId)));
            else
                done(order.value());
        });
}

void ProviderSignedFlow::prepared(SignedDraft draft)
{
    m_draft = std::move(draft);
    if (m_draft.guardianHash.isEmpty()) {
        evaluated(false, {});
        return;
    }
    QPointer<ProviderSignedFlow> self(this);
    m_provider->m_guardian->evaluate(
        m_draft.guardianHash, m_type, this, [self](WalletResult<GuardianEvaluation> result) {
            if (!self)
                return;
            if (!result.ok())
                self->fail(result.error());
            else
                self->evaluated(result->confirmationRequired, result->transactionId);
        });
}

void ProviderSignedFlow::evaluated(bool required, const QString &transactionId)
{
    m_action = m_draft.action;
    m_action.id = m_id;
    m_action.kind = m_kind;
    m_action.hashesVerified = true; // the Preparer only hands over items whose hash we recomputed
    m_action.guardian.evaluated = !m_draft.guardianHash.isEmpty();
    m_action.guardian.confirmationRequired = required;
    m_action.guardian.transactionId = transactionId;
    if (m_action.guardian.evaluated)
        m_action.guardian.confirmationUrl =
            m_provider->m_guardian->confirmationUrl(m_draft.guardianHash, m_signer.ethAddress);
    review();
}

void ProviderSignedFlow::review()
{
    progress(ActionState::AwaitingApproval);
    QPointer<ProviderSignedFlow> self(this);
    m_provider->m_services.prompt->review(m_action, this, [self](bool approved) {
        // One decision per review: a prompt that answers twice must not sign twice.
        if (!self || self->m_decided)
            return;
        self->m_decided = true;
        if (!approved) {
            // The SDK's wording, which apps match on.
            self->fail(walletError(self->m_type, WalletFailure::UserRejected,
                                   QStringLiteral("Transaction rejected by user")));
            return;
        }
        self->approved();
    });
}

void ProviderSignedFlow::approved()
{
    if (!m_action.guardian.confirmationRequired) {
        if (m_provider->crashAt(QStringLiteral("approved")))
            return stop();
        progress(ActionState::Signing);
        signNext();
        return;
    }
    // The prompt says yes; Guardian must agree before anything is signed.
    QPointer<ProviderSignedFlow> self(this);
    m_provider->m_guardian->evaluate(
        m_draft.guardianHash, m_type, this, [self](WalletResult<GuardianEvaluation> result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->fail(result.error());
                return;
            }
            if (result->confirmationRequired) {
                self->fail(
                    walletError(self->m_type, WalletFailure::GuardianRejected,
                                QStringLiteral("Guardian still requires this transaction to be confirmed; it "
                                               "was not approved on the confirmation page")));
                return;
            }
            if (self->m_provider->crashAt(QStringLiteral("approved")))
                return self->stop();
            self->progress(ActionState::Signing);
            self->signNext();
        });
}

void ProviderSignedFlow::signNext()
{
    const qsizetype index = m_signatures.size();
    if (index == m_action.items.size()) {
        signedAll();
        return;
    }
    QPointer<ProviderSignedFlow> self(this);
    m_provider->m_account.starkSigner->sign(m_action.items[index].payloadHash, this,
                                            [self](WalletResult<crypto::stark::Signature> signature) {
                                                if (!self)
                                                    return;
                                                if (!signature.ok()) {
                                                    WalletError error = signature.error();
                                                    error.type = self->m_type;
                                                    self->fail(error);
                                                    return;
                                                }
                                                self->m_signatures.append(signature.value());
                                                self->signNext();
                                            });
}

void ProviderSignedFlow::signedAll()
{
    const QByteArray body = m_draft.body(m_signatures);
    if (m_provider->crashAt(QStringLiteral("signed")))
        return stop();
    JournalEntry entry;
    entry.id = m_id;
    entry.account = m_signer.ethAddress;
    entry.kind = m_kind;
    entry.method = m_draft.method;
    entry.path = m_draft.path;
    entry.body = body;
    for (const PreparedItem &item : std::as_const(m_action.items))
        entry.payloadHashes.append(QString::fromStdString(item.payloadHash.toHex()));
    entry.state = JournalState::Signed;
    entry.attempts = 1; // the send below
    entry.createdAt = entry.updatedAt = QDateTime::currentDateTimeUtc();
    entry.expect = expectationOf(m_action); // for reconciling by listing after a lost answer
    // Durable BEFORE the request leaves: a lost answer or a crash is resolved from this record.
    const WalletStatus written = m_provider->m_services.journal->append(entry);
    if (!written.ok()) {
        WalletError error = written.error();
        error.type = m_type;
        error.message =
            QStringLiteral("the signed request could not be journaled, so it was not sent: ") + error.message;
        fail(error);
        return;
    }
    if (m_provider->crashAt(QStringLiteral("journaled")))
        return stop();
    progress(ActionState::Submitting);
    auto *submitter = new ProviderSubmitter(*m_provider, entry, m_type, true, this);
    QPointer<ProviderSignedFlow> self(this);
    submitter->start([self](SubmitOutcome outcome) {
        if (!self)
            return;
        switch (outcome.kind) {
        case SubmitOutcome::Kind::Accepted:
            self->succeed(outcome.result);
            break;
        case SubmitOutcome::Kind::Refused:
            self->fail(outcome.error);
            break;
        case SubmitOutcome::Kind::Unknown:
            self->fail(outcome.error, ActionState::Unknown);
            break;
        case SubmitOutcome::Kind::RefusedAfterSend: {
            // The journal entry stays Signed; resumePending reconciles it by listing.
            WalletError error = outcome.error;
            error.failure = WalletFailure::OutcomeUnknown;
            error.message = QStringLiteral("a re-send of the signed request was refused (%1) but an earlier "
                                           "send may have executed; resumePending will reconcile it")
                                .arg(outcome.error.message);
            self->fail(error, ActionState::Unknown);
            break;
        }
        case SubmitOutcome::Kind::Stopped:
            self->stop();
            break;
        }
    });
}

void ProviderSignedFlow::fail(WalletError error, ActionState state)
{
    if (m_finished)
        return;
    m_finished = true;
    progress(state, error.message);
    if (m_context && m_done)
        m_done(std::move(error));
    deleteLater();
}

void ProviderSignedFlow::succeed(const QJsonObject &result)
{
    if (m_finished)
        return;
    m_finished = true;
    progress(ActionState::Done);
    if (m_context && m_done)
        m_done(result);
    deleteLater();
}

void ProviderSignedFlow::stop()
{
    m_finished = true;
    deleteLater();
}

} // namespace stardeck::wallet
