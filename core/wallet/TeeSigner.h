// SPDX-License-Identifier: MIT
#pragma once
// The embedded-wallet signer: Passport's user-admin EOA held in Magic's TEE (passport-sdk.md 3.1),
// reached over HTTP with the user's ID token. Every signature it returns has been checked to
// recover to the wallet's address, so a server that answers with another key's signature is refused.

#include "crypto/EthSigner.h"
#include "passport/Environment.h"
#include "wallet/WalletConnector.h"
#include "wallet/WalletError.h"

#include <QByteArray>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace stardeck::passport {
class PassportSession;
}

namespace stardeck::wallet {

//! crypto::EthSigner over the Magic TEE API: POST {tee}/v1/wallet and {tee}/v1/wallet/sign/message.
//! The session and the network manager must outlive the signer (requests fail cleanly if they do not).
class TeeSigner final : public crypto::EthSigner {
public:
    using CreateCallback = std::function<void(WalletResult<std::shared_ptr<TeeSigner>>)>;
    using SignCallback = std::function<void(WalletResult<crypto::EthSignature>)>;

    //! Creates or gets (the call is idempotent) the session user's TEE wallet and returns a signer
    //! for its address. `done` runs once on `context`'s thread, never inside this call.
    static void create(const passport::Environment &environment, const TeeSettings &settings,
                       passport::PassportSession &session, QNetworkAccessManager &nam, QObject *context,
                       CreateCallback done);

    crypto::EthAddress address() const override { return m_address; }
    //! EthSigner::signPersonalMessage; errors carry describe() of the WalletError as their message.
    void signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done) override;
    //! The same with the wallet's error categories (NotLoggedIn, Network, Api, InvalidResponse,
    //! SecurityCheck for a signature that does not recover to the wallet address).
    void signMessage(const QByteArray &message, QObject *context, SignCallback done);
    //! How many sign requests this signer has sent (diagnostics and tests).
    int signRequestCount() const { return *m_signRequests; }

    //! The message_base64 field for `message`: base64 of "0x" + hex(message), as MagicTEESigner
    //! sends byte messages (the TEE signs them as the bytes); an empty message is sent as "".
    static QByteArray messageBase64(const QByteArray &message);
    //! Strictly parses a /v1/wallet answer: {"public_address": "0x" + 40 hex (EIP-55 if mixed case)}.
    static WalletResult<crypto::EthAddress> parseWalletAnswer(const QByteArray &body);
    //! Strictly parses a /v1/wallet/sign/message answer: "signature" (0x + 130 hex, v 27/28) and,
    //! when present, "r", "s", "v" that must agree with it.
    static WalletResult<crypto::EthSignature> parseSignAnswer(const QByteArray &body);

    //! Where and how to reach the TEE (shared by the signer and its pending requests).
    struct Endpoint {
        passport::Environment environment;
        TeeSettings settings;
        QPointer<passport::PassportSession> session;
        QPointer<QNetworkAccessManager> nam;
    };

private:
    TeeSigner(std::shared_ptr<const Endpoint> endpoint, const crypto::EthAddress &address)
        : m_endpoint(std::move(endpoint)), m_address(address)
    {}

    std::shared_ptr<const Endpoint> m_endpoint;
    crypto::EthAddress m_address;
    std::shared_ptr<int> m_signRequests = std::make_shared<int>(0);
};

} // namespace stardeck::wallet
