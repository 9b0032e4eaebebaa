// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/StarkEcdsa.h"
#include "services/AssetLedger.h"
#include "services/GuardianLedger.h"
#include "services/Service.h"
#include "services/SignableStore.h"
#include "services/VaultRegistry.h"

#include <QJsonArray>

#include <optional>

namespace stardeck::sandbox {

//! The IMX API's writes (imx-api.md 4): registration, v1/v2 transfers, v3 orders, cancels and
//! trades, exchanges. Every state change is a signable call that issues a payload, then a create
//! call that is accepted once, only with fields equal to that unexpired payload, a stark
//! signature by the right key, the right caller and (for Passport) Guardian's approval.
//!
//! IMX error codes used here (HTTP status in brackets):
//!   bad_request [400] malformed JSON, missing field, wrong type or malformed value;
//!   unauthorized [401] missing/invalid bearer token or x-imx-eth-* signature;
//!   forbidden [403] the caller is not the account the request acts for;
//!   confirmation_required [403] Guardian requires confirmation that has not been given;
//!   user_not_registered [400], already_registered [409], ether_key_mismatch [400],
//!   stark_key_in_use [400], invalid_eth_signature [400; 401 on /v1/users], invalid_stark_signature [400];
//!   token_not_found [400], asset_not_found [400], invalid_amount [400], invalid_expiration [400],
//!   insufficient_balance [400], asset_not_owned [400];
//!   signable_not_found [400] no issued payload has these fields (tampered or never issued);
//!   signable_mismatch [400] a field differs from the payload issued with this nonce;
//!   signable_expired [400], signable_already_used [400] (a different submission of a consumed
//!   payload; an identical one gets the original answer again);
//!   order_not_found [404], order_not_active [400], exchange_not_found [404].
class ImxWriteService : public Service {
public:
    ImxWriteService(SandboxContext &context, GuardianLedger &guardian);
    void registerRoutes(Router &router) override;

    SignableStore &signables() { return m_signables; }
    VaultRegistry &vaults() { return m_vaults; }

private:
    struct Caller {
        bool authenticated = false; //!< a valid bearer token was sent
        QString userId;
    };
    enum class Gate {
        Proceed,
        Replay,
        Refused
    };

    // registration
    HttpResponse signableRegistration(const HttpRequest &request);
    HttpResponse registerPassportUser(const HttpRequest &request);
    HttpResponse registerUser(const HttpRequest &request);
    // transfers
    HttpResponse signableTransferV1(const HttpRequest &request, qint64 exchangeId);
    HttpResponse createTransferV1(const HttpRequest &request, qint64 exchangeId);
    HttpResponse signableTransferV2(const HttpRequest &request);
    HttpResponse createTransferV2(const HttpRequest &request);
    // orders and trades
    HttpResponse signableOrder(const HttpRequest &request);
    HttpResponse createOrder(const HttpRequest &request);
    HttpResponse signableCancel(const HttpRequest &request);
    HttpResponse cancelOrder(const HttpRequest &request);
    HttpResponse signableTrade(const HttpRequest &request);
    HttpResponse createTrade(const HttpRequest &request);
    // exchanges
    HttpResponse createExchange(const HttpRequest &request);
    // admin
    HttpResponse state() const;

    //! The bearer caller; 401 when a token is sent but not valid.
    std::optional<Caller> caller(const HttpRequest &request, HttpResponse *error) const;
    //! 403 unless an authenticated caller is the account at `address`.
    std::optional<HttpResponse> checkActingFor(const Caller &caller, const QString &address) const;
    //! The registered user at an L1 address, or 400 user_not_registered.
    UserRecord *registeredUser(const QString &address, const QString &field, HttpResponse *error);
    //! Bearer (the token's user must be the signer) or x-imx-eth-address/-signature over the
    //! payload's signable_message; 401/403 otherwise.
    std::optional<HttpResponse> authoriseCreate(const HttpRequest &request,
                                                const IssuedSignable &signable) const;
    //! The checks every create call shares (caller, signature, replay, expiry, Guardian).
    Gate gate(const HttpRequest &request, IssuedSignable &signable, const QString &signatureText,
              crypto::stark::Signature *signature, HttpResponse *response);
    //! A refusal after a payload was found; counted.
    HttpResponse refuse(const QString &code, const QString &message);

    std::optional<IssuedSignable> prepareTransfer(const UserRecord &sender, const QString &receiverAddress,
                                                  const UInt256 &amount, const QJsonObject &token,
                                                  ResolvedToken *resolved, HttpResponse *error);
    std::optional<IssuedSignable> prepareLimitOrder(SignableKind kind, const UserRecord &user,
                                                    const ResolvedToken &sell, const UInt256 &baseSell,
                                                    const ResolvedToken &buy, const UInt256 &baseBuy,
                                                    std::optional<qint64> expirationHours,
                                                    const QJsonArray &fees, HttpResponse *error);
    //! Creates the Guardian record of an authenticated signable call and links the payload to it.
    void registerWithGuardian(const Caller &caller, IssuedSignable &signable, const QString &type,
                              const QJsonObject &metadata, bool fungible, const UInt256 &baseAmount,
                              int decimals);
    //! True when a registered user other than `exceptUserId` has this stark key.
    bool starkKeyInUse(const UInt256 &starkKey, const QString &exceptUserId) const;
    //! Executes an accepted transfer; returns its transaction id.
    qint64 executeTransfer(const IssuedSignable &signable);

    qint64 nowHours() const;
    QString signableMessage(const UInt256 &payloadHash) const;
    QJsonObject transferSignableJson(const IssuedSignable &signable) const;
    QJsonObject orderSignableJson(const IssuedSignable &signable) const;

    GuardianLedger &m_guardian;
    AssetLedger m_ledger;
    SignableStore m_signables;
    VaultRegistry m_vaults;
};

} // namespace stardeck::sandbox
