// SPDX-License-Identifier: MIT
#include "wallet/ProviderRegistrationFlow.h"

#include "passport/PassportSession.h"
#include "wallet/ProviderApi.h"
#include "wallet/SignableCheck.h"
#include "wallet/StarkSigner.h"

#include <QTimer>
#include <QUuid>

namespace stardeck::wallet {

namespace {
constexpr PassportErrorType kType = PassportErrorType::UserRegistrationError;
}

ProviderRegistrationFlow::ProviderRegistrationFlow(ImxProvider &provider, QObject *context,
                                                   ImxProvider::Callback<RegisterResult> done)
    : QObject(&provider)
    , m_provider(&provider)
    , m_context(context)
    , m_done(std::move(done))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void ProviderRegistrationFlow::start()
{
    QPointer<ProviderRegistrationFlow> self(this);
    QTimer::singleShot(0, this, [self] {
        if (self)
            self->run();
    });
}

void ProviderRegistrationFlow::progress(ActionState state, const QString &detail)
{
    if (m_provider)
        Q_EMIT m_provider->progress(m_id, ActionKind::Registration, state, detail);
}

void ProviderRegistrationFlow::run()
{
    if (!m_provider)
        return;
    const ConnectedAccount &account = m_provider->account();
    if (!account.ethSigner || !account.starkSigner || !m_provider->wired()) {
        fail(walletError(kType, WalletFailure::Internal,
                         QStringLiteral("the provider is missing a service or a signer")));
        return;
    }
    if (m_provider->isReadOnly()) {
        fail(walletError(kType, WalletFailure::ReadOnly,
                         QStringLiteral("the account is read-only: %1").arg(m_provider->m_readOnlyReason)));
        return;
    }
    progress(ActionState::Preparing);
    m_etherKey = QString::fromStdString(account.userAdminAddress.toLowerHex());
    QPointer<ProviderRegistrationFlow> self(this);
    // The session must be alive: the submit needs its access token.
    m_provider->m_services.session->accessToken(
        this, [self](passport::PassportResult<crypto::SecureBytes> token) {
            if (!self || !self->m_provider)
                return;
            if (!token.ok()) {
                self->fail(sessionFailure(token.error(), kType));
                return;
            }
            const QJsonObject body{
                {QStringLiteral("ether_key"), self->m_etherKey},
                {QStringLiteral("stark_key"), self->m_provider->account().starkSigner->starkKeyHex()}};
            // The SDK sends this one without Authorization.
            ApiRequest request{QByteArrayLiteral("POST"),
                               QStringLiteral("/v1/signable-registration-offchain"), compactJson(body),
                               false};
            self->m_provider->m_api->send(request, kType, self, [self](WalletResult<ApiAnswer> answer) {
                if (!self)
                    return;
                if (!answer.ok()) {
                    self->fail(answer.error());
                    return;
                }
                auto signable = jsonAnswer(answer.value(), kType,
                                           QStringLiteral("POST /v1/signable-registration-offchain"));
                if (!signable.ok())
                    self->fail(signable.error());
                else
                    self->checkSignable(signable.value());
            });
        });
}

void ProviderRegistrationFlow::checkSignable(const QJsonObject &signable)
{
    progress(ActionState::Checking);
    const check::Signer signer{m_etherKey, m_provider->account().starkSigner->starkKey()};
    auto item = check::registration(signer, signable);
    if (!item.ok()) {
        fail(item.error());
        return;
    }
    m_payloadHash = item->payloadHash;
    m_signableMessage = signable.value(QStringLiteral("signable_message")).toString();
    progress(ActionState::Signing);
    QPointer<ProviderRegistrationFlow> self(this);
    m_provider->account().ethSigner->signPersonalMessage(
        m_signableMessage.toUtf8(), this, [self](crypto::Expected<crypto::EthSignature> signature) {
            if (!self)
                return;
            if (!signature.ok()) {
                self->fail(walletError(kType, WalletFailure::SignerFailed,
                                       QStringLiteral("the Ethereum signer failed: %1")
                                           .arg(QString::fromStdString(signature.error().message))));
                return;
            }
            // The SDK's encoding: 0x + r + s + (v - 27) as 00/01.
            self->m_ethSignature = QString::fromStdString(signature->toImxHex());
            self->signStark();
        });
}

void ProviderRegistrationFlow::signStark()
{
    QPointer<ProviderRegistrationFlow> self(this);
    m_provider->account().starkSigner->sign(
        m_payloadHash, this, [self](WalletResult<crypto::stark::Signature> signature) {
            if (!self)
                return;
            if (!signature.ok()) {
                WalletError error = signature.error();
                error.type = kType;
                self->fail(error);
                return;
            }
            self->m_starkSignature = QString::fromStdString(signature->toHex());
            self->submit();
        });
}

void ProviderRegistrationFlow::submit()
{
    progress(ActionState::Submitting);
    const QJsonObject body{{QStringLiteral("eth_signature"), m_ethSignature},
                           {QStringLiteral("ether_key"), m_etherKey},
                           {QStringLiteral("stark_signature"), m_starkSignature},
                           {QStringLiteral("stark_key"), m_provider->account().starkSigner->starkKeyHex()}};
    ApiRequest request{QByteArrayLiteral("POST"), QStringLiteral("/v2/passport/users"), compactJson(body),
                       true};
    QPointer<ProviderRegistrationFlow> self(this);
    m_provider->m_api->send(request, kType, this, [self](WalletResult<ApiAnswer> answer) {
        if (!self || !self->m_provider)
            return;
        if (!answer.ok()) {
            self->fail(answer.error());
            return;
        }
        const int status = answer->status;
        if (status == 409) {
            self->m_alreadyRegistered = true;
        } else if (status == 403 || status == 404 || status == 410) {
            WalletError error = apiFailure(answer.value(), kType, QStringLiteral("POST /v2/passport/users"));
            const QString reason =
                QStringLiteral("The IMX API refused a write (HTTP %1: %2). The account is read-only "
                               "until you reconnect.")
                    .arg(status)
                    .arg(error.message);
            self->m_provider->setReadOnly(true, reason);
            error.failure = WalletFailure::ReadOnly;
            error.message = reason;
            self->fail(error);
            return;
        } else if (status < 200 || status > 299) {
            self->fail(apiFailure(answer.value(), kType, QStringLiteral("POST /v2/passport/users")));
            return;
        }
        self->poll(self->m_provider->m_services.registrationPolls);
    });
}

void ProviderRegistrationFlow::poll(int remaining)
{
    // The claims arrive with a refreshed ID token once the API has updated the user's metadata.
    QPointer<ProviderRegistrationFlow> self(this);
    m_provider->m_services.session->refresh(this, [self, remaining](passport::PassportStatus status) {
        if (!self || !self->m_provider)
            return;
        if (!status.ok() && status.error().code == passport::PassportErrorCode::InvalidGrant) {
            self->fail(sessionFailure(status.error(), kType));
            return;
        }
        if (status.ok() && self->m_provider->m_services.session->passportClaims()) {
            self->succeed();
            return;
        }
        if (remaining <= 1) {
            self->fail(
                walletError(kType, WalletFailure::Api,
                            QStringLiteral("the registration was sent but the Passport claims did not appear "
                                           "after %1 session refreshes; try again later")
                                .arg(self->m_provider->m_services.registrationPolls)));
            return;
        }
        QTimer::singleShot(self->m_provider->m_services.registrationPollDelayMs, self, [self, remaining] {
            if (self && self->m_provider)
                self->poll(remaining - 1);
        });
    });
}

void ProviderRegistrationFlow::fail(WalletError error)
{
    if (m_finished)
        return;
    m_finished = true;
    progress(ActionState::Failed, error.message);
    if (m_context && m_done)
        m_done(std::move(error));
    deleteLater();
}

void ProviderRegistrationFlow::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    progress(ActionState::Done);
    if (m_context && m_done)
        m_done(RegisterResult{m_alreadyRegistered, QString()});
    deleteLater();
}

} // namespace stardeck::wallet
