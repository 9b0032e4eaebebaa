// SPDX-License-Identifier: MIT
#pragma once
// connectImx: turns a logged-in Passport session into the two signers the IMX provider needs.
// - Passport accounts: the embedded-wallet (TEE) signer; POST {tee}/v1/wallet creates the wallet at
//   first sign-up (idempotent) and names its address (the user-admin EOA).
// - Bring-your-own-key accounts: a local secp256k1 key kept in the SecretStore.
// The Stark key is derived from whichever Ethereum signer the account uses (crypto::imx derivation)
// once, then kept in the SecretStore under a name tied to the account; later connects read it back
// (and check it still matches the signer's address).

#include "crypto/EthSigner.h"
#include "passport/Environment.h"
#include "wallet/StarkSigner.h"
#include "wallet/WalletError.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace stardeck::passport {
class PassportSession;
}

namespace stardeck::wallet {

class SecretStore;

//! The Magic TEE API's client settings (passport-sdk.md 3.1): configuration, not code.
struct TeeSettings {
    QString publishableApiKey; //!< X-Magic-API-Key
    QString oidcProviderId;    //!< X-OIDC-Provider-ID
    int timeoutMs = 10'000;
    //! The values Passport uses (production and sandbox share them; the local sandbox accepts them).
    static TeeSettings passportDefaults();
};

//! The signers of one connected account.
struct ConnectedAccount {
    QString subject;                     //!< the Passport "sub"; empty for local-key accounts
    crypto::EthAddress userAdminAddress; //!< the Ethereum signer's address
    std::shared_ptr<crypto::EthSigner> ethSigner;
    std::shared_ptr<StarkSigner> starkSigner;
    bool localKey = false; //!< true when the Ethereum key is a local one
};

//! Connects accounts. Lives on the caller's thread; every operation is asynchronous.
class WalletConnector : public QObject {
    Q_OBJECT
public:
    using ConnectCallback = std::function<void(WalletResult<ConnectedAccount>)>;
    using StatusCallback = std::function<void(WalletStatus)>;

    WalletConnector(passport::Environment environment, TeeSettings tee, passport::PassportSession &session,
                    QNetworkAccessManager &nam, SecretStore &store, QObject *parent = nullptr);
    ~WalletConnector() override;

    //! connectImx for a Passport account: requires a logged-in session (NOT_LOGGED_IN_ERROR otherwise),
    //! creates/gets the TEE wallet, loads or derives the Stark key. Failures are WALLET_CONNECTION_ERROR.
    void connectPassport(QObject *context, ConnectCallback done);
    //! Connects with the local Ethereum key stored under `keyName` (see importLocalKey).
    void connectLocal(const QString &keyName, QObject *context, ConnectCallback done);
    //! Checks a secp256k1 private key (32 bytes) and stores it under `keyName` in the SecretStore.
    void importLocalKey(const QString &keyName, crypto::SecureBytes privateKey, QObject *context,
                        StatusCallback done);
    //! Removes the stored Stark key (and, for local accounts, nothing else) of an account.
    void forgetStarkKey(const crypto::EthAddress &address, QObject *context, StatusCallback done);

    //! The SecretStore name under which the Stark key of `address` is kept.
    static QString starkKeyName(const crypto::EthAddress &address);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace stardeck::wallet
