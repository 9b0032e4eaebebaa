// SPDX-License-Identifier: MIT
#include "wallet/WalletConnector.h"

#include "crypto/LocalEthSigner.h"
#include "crypto/StarkKeyDerivation.h"
#include "passport/PassportSession.h"
#include "wallet/SecretStore.h"
#include "wallet/TeeSigner.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace stardeck::wallet {

namespace {

WalletError connectionError(WalletFailure failure, const QString &message)
{
    return walletError(PassportErrorType::WalletConnectionError, failure, message);
}

QString storeErrorText(const SecretStoreError &error)
{
    return error.message.isEmpty() ? QStringLiteral("secret store error") : error.message;
}

//! Signs the stark-key seed message: a callback with the wallet's error categories.
using SeedSigner =
    std::function<void(QObject *context, std::function<void(WalletResult<crypto::EthSignature>)>)>;

} // namespace

TeeSettings TeeSettings::passportDefaults()
{
    // passport-sdk.md 1.2: production and sandbox use the same Magic key and OIDC provider id.
    TeeSettings settings;
    settings.publishableApiKey = QStringLiteral("pk_live_10F423798A540ED7");
    settings.oidcProviderId = QStringLiteral("aa80b860-8869-4f13-9000-6a6ad3d20017");
    settings.timeoutMs = 10'000;
    return settings;
}

class WalletConnector::Impl {
public:
    Impl(WalletConnector &owner, passport::Environment environment, TeeSettings tee,
         passport::PassportSession &session, QNetworkAccessManager &nam, SecretStore &store)
        : m_owner(owner)
        , m_environment(std::move(environment))
        , m_tee(std::move(tee))
        , m_session(session)
        , m_nam(nam)
        , m_store(store)
    {}

    //! Delivers `value` to `done` on the caller's context, later, unless the context died.
    template <class T>
    static void deliver(const QPointer<QObject> &context, std::function<void(T)> done, T value)
    {
        if (context.isNull())
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
            Qt::QueuedConnection);
    }

    using StarkCallback = std::function<void(WalletResult<std::shared_ptr<StarkSigner>>)>;

    //! Reads the account's stored Stark key, or derives it with `signSeed` and stores it. When
    //! `expected` is set (the stark key the ID token names), the key must match it.
    void loadOrDeriveStarkKey(const crypto::EthAddress &address, SeedSigner signSeed,
                              std::optional<crypto::UInt256> expected, StarkCallback done)
    {
        const QString name = starkKeyName(address);
        m_store.read(
            name, &m_owner,
            [this, address, name, signSeed = std::move(signSeed), expected,
             done = std::move(done)](SecretReadResult stored) mutable {
                if (stored) {
                    WalletResult<std::shared_ptr<StarkSigner>> signer =
                        StarkSigner::create(stored.takeValue());
                    if (!signer) {
                        done(connectionError(WalletFailure::Storage,
                                             QStringLiteral("the stored Stark key of %1 is invalid: %2")
                                                 .arg(QString::fromStdString(address.toChecksumHex()),
                                                      signer.error().message)));
                        return;
                    }
                    done(checkExpected(std::move(signer).value(), expected));
                    return;
                }
                if (stored.error().code != SecretStoreErrorCode::NotFound) {
                    done(connectionError(WalletFailure::Storage,
                                         QStringLiteral("cannot read the Stark key from the secret store: %1")
                                             .arg(storeErrorText(stored.error()))));
                    return;
                }
                derive(address, name, signSeed, expected, std::move(done));
            });
    }

    static WalletResult<std::shared_ptr<StarkSigner>>
    checkExpected(std::shared_ptr<StarkSigner> signer, const std::optional<crypto::UInt256> &expected)
    {
        if (expected && signer->starkKey() != *expected)
            return connectionError(
                WalletFailure::SecurityCheck,
                QStringLiteral("the Stark key %1 is not the one registered for this account (%2)")
                    .arg(signer->starkKeyHex(), QString::fromStdString(expected->toHex())));
        return signer;
    }

    void derive(const crypto::EthAddress &address, const QString &name, const SeedSigner &signSeed,
                std::optional<crypto::UInt256> expected, StarkCallback done)
    {
        signSeed(&m_owner, [this, address, name, expected,
                            done = std::move(done)](WalletResult<crypto::EthSignature> signature) mutable {
            if (!signature) {
                done(signature.error());
                return;
            }
            // The same steps as crypto::imx::deriveStarkKeyAsync, with the signer's own error
            // categories kept (Network, Api, ...) instead of a crypto::Error.
            crypto::Expected<crypto::imx::DerivedStarkKey> derived =
                crypto::imx::deriveStarkKey(address, signature.value());
            // Keys registered with older SDKs were ground differently, which only matters when the
            // first hash was above the limit (about 1 account in 32). As the SDK does, try those
            // variants when the registered key (here: the ID token's) is not the current one.
            if (derived && expected && derived->firstHashAboveLimit) {
                for (const auto variant :
                     {crypto::imx::GrindVariant::CoreSdkV201, crypto::imx::GrindVariant::LegacyImxSdkJs}) {
                    const auto current = crypto::stark::publicKey(derived->privateKey);
                    if (current && current->x == *expected)
                        break;
                    crypto::Expected<crypto::imx::DerivedStarkKey> other =
                        crypto::imx::deriveStarkKey(address, signature.value(), variant);
                    const auto otherKey = other ? crypto::stark::publicKey(other->privateKey)
                                                : crypto::Expected<crypto::stark::PublicKey>(other.error());
                    if (otherKey && otherKey->x == *expected)
                        derived = std::move(other);
                }
            }
            crypto::secureWipe(&signature.value(), sizeof(crypto::EthSignature));
            if (!derived) {
                done(connectionError(WalletFailure::SignerFailed,
                                     QStringLiteral("Stark key derivation failed: %1")
                                         .arg(QString::fromStdString(derived.error().message))));
                return;
            }
            crypto::SecureBytes key = std::move(derived->privateKey);
            derived->bip32Child.clear();
            WalletResult<std::shared_ptr<StarkSigner>> signer = StarkSigner::create(key.clone());
            if (!signer) {
                done(connectionError(WalletFailure::SignerFailed, signer.error().message));
                return;
            }
            WalletResult<std::shared_ptr<StarkSigner>> checked =
                checkExpected(std::move(signer).value(), expected);
            if (!checked) {
                done(checked.error());
                return;
            }
            m_store.write(name, std::move(key), &m_owner,
                          [checked = std::move(checked), done = std::move(done)](SecretStoreStatus status) {
                              if (!status) {
                                  done(connectionError(WalletFailure::Storage,
                                                       QStringLiteral("cannot store the Stark key: %1")
                                                           .arg(storeErrorText(status.error()))));
                                  return;
                              }
                              done(checked);
                          });
        });
    }

    WalletConnector &m_owner;
    passport::Environment m_environment;
    TeeSettings m_tee;
    passport::PassportSession &m_session;
    QNetworkAccessManager &m_nam;
    SecretStore &m_store;
};

WalletConnector::WalletConnector(passport::Environment environment, TeeSettings tee,
                                 passport::PassportSession &session, QNetworkAccessManager &nam,
                                 SecretStore &store, QObject *parent)
    : QObject(parent)
    , m_impl(std::make_unique<Impl>(*this, std::move(environment), std::move(tee), session, nam, store))
{}

WalletConnector::~WalletConnector() = default;

QString WalletConnector::starkKeyName(const crypto::EthAddress &address)
{
    return QStringLiteral("imx-stark-key.") + QString::fromStdString(address.toLowerHex());
}

void WalletConnector::connectPassport(QObject *context, ConnectCallback done)
{
    if (context == nullptr || !done)
        return;
    const QPointer<QObject> target(context);
    if (!m_impl->m_session.isLoggedIn()) {
        Impl::deliver<WalletResult<ConnectedAccount>>(
            target, std::move(done),
            walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                        QStringLiteral("no Passport session: log in first")));
        return;
    }
    Impl *impl = m_impl.get();
    TeeSigner::create(
        impl->m_environment, impl->m_tee, impl->m_session, impl->m_nam, this,
        [impl, target, done = std::move(done)](WalletResult<std::shared_ptr<TeeSigner>> created) mutable {
            if (!created) {
                Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done), created.error());
                return;
            }
            std::shared_ptr<TeeSigner> tee = std::move(created).value();
            const crypto::EthAddress address = tee->address();
            // The ID token names the account's admin EOA and stark key once it is registered: the
            // TEE wallet and the key we use must be those.
            std::optional<crypto::UInt256> expectedStarkKey;
            if (const std::optional<passport::PassportClaims> claims = impl->m_session.passportClaims()) {
                if (!claims->imxUserAdminAddress.isEmpty()) {
                    const crypto::Expected<crypto::EthAddress> admin =
                        crypto::EthAddress::parse(claims->imxUserAdminAddress.toLower().toStdString());
                    if (!admin || *admin != address) {
                        Impl::deliver<WalletResult<ConnectedAccount>>(
                            target, std::move(done),
                            connectionError(
                                WalletFailure::SecurityCheck,
                                QStringLiteral("the TEE wallet %1 is not the account's registered "
                                               "user admin address %2")
                                    .arg(QString::fromStdString(address.toChecksumHex()),
                                         claims->imxUserAdminAddress)));
                        return;
                    }
                }
                if (!claims->imxStarkAddress.isEmpty()) {
                    const crypto::Expected<crypto::UInt256> stark =
                        crypto::UInt256::fromHex(claims->imxStarkAddress.toStdString());
                    if (!stark) {
                        Impl::deliver<WalletResult<ConnectedAccount>>(
                            target, std::move(done),
                            connectionError(
                                WalletFailure::InvalidResponse,
                                QStringLiteral("the ID token's imx_stark_address is not a number")));
                        return;
                    }
                    expectedStarkKey = *stark;
                }
            }
            SeedSigner signSeed = [tee](QObject *ctx,
                                        std::function<void(WalletResult<crypto::EthSignature>)> cb) {
                tee->signMessage(
                    QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())),
                    ctx, std::move(cb));
            };
            const QString subject = impl->m_session.claims() ? impl->m_session.claims()->subject : QString();
            impl->loadOrDeriveStarkKey(
                address, std::move(signSeed), expectedStarkKey,
                [tee, address, subject, target,
                 done = std::move(done)](WalletResult<std::shared_ptr<StarkSigner>> stark) mutable {
                    if (!stark) {
                        Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done), stark.error());
                        return;
                    }
                    ConnectedAccount account{subject, address, tee, std::move(stark).value(), false};
                    Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done),
                                                                  std::move(account));
                });
        });
}

void WalletConnector::connectLocal(const QString &keyName, QObject *context, ConnectCallback done)
{
    if (context == nullptr || !done)
        return;
    const QPointer<QObject> target(context);
    if (!SecretStore::isValidKey(keyName)) {
        Impl::deliver<WalletResult<ConnectedAccount>>(
            target, std::move(done),
            connectionError(WalletFailure::InvalidRequest, QStringLiteral("invalid key name")));
        return;
    }
    Impl *impl = m_impl.get();
    impl->m_store.read(
        keyName, this, [impl, keyName, target, done = std::move(done)](SecretReadResult stored) mutable {
            if (!stored) {
                const QString why = stored.error().code == SecretStoreErrorCode::NotFound
                                        ? QStringLiteral("no local key is stored under \"%1\"").arg(keyName)
                                        : QStringLiteral("cannot read the local key \"%1\": %2")
                                              .arg(keyName, storeErrorText(stored.error()));
                Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done),
                                                              connectionError(WalletFailure::Storage, why));
                return;
            }
            crypto::Expected<std::unique_ptr<crypto::LocalEthSigner>> local =
                crypto::LocalEthSigner::create(stored.takeValue());
            if (!local) {
                Impl::deliver<WalletResult<ConnectedAccount>>(
                    target, std::move(done),
                    connectionError(WalletFailure::Storage,
                                    QStringLiteral("the local key \"%1\" is invalid: %2")
                                        .arg(keyName, QString::fromStdString(local.error().message))));
                return;
            }
            std::shared_ptr<crypto::LocalEthSigner> signer = std::move(local).value();
            const crypto::EthAddress address = signer->address();
            SeedSigner signSeed = [signer](QObject *ctx,
                                           std::function<void(WalletResult<crypto::EthSignature>)> cb) {
                signer->signPersonalMessage(
                    QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())),
                    ctx, [cb = std::move(cb)](crypto::Expected<crypto::EthSignature> signature) {
                        if (!signature) {
                            cb(connectionError(WalletFailure::SignerFailed,
                                               QStringLiteral("the local key could not sign: %1")
                                                   .arg(QString::fromStdString(signature.error().message))));
                            return;
                        }
                        cb(signature.value());
                    });
            };
            impl->loadOrDeriveStarkKey(
                address, std::move(signSeed), std::nullopt,
                [signer, address, target,
                 done = std::move(done)](WalletResult<std::shared_ptr<StarkSigner>> stark) mutable {
                    if (!stark) {
                        Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done), stark.error());
                        return;
                    }
                    ConnectedAccount account{QString(), address, signer, std::move(stark).value(), true};
                    Impl::deliver<WalletResult<ConnectedAccount>>(target, std::move(done),
                                                                  std::move(account));
                });
        });
}

void WalletConnector::importLocalKey(const QString &keyName, crypto::SecureBytes privateKey, QObject *context,
                                     StatusCallback done)
{
    if (context == nullptr || !done)
        return;
    const QPointer<QObject> target(context);
    if (!SecretStore::isValidKey(keyName)) {
        Impl::deliver<WalletStatus>(
            target, std::move(done),
            connectionError(WalletFailure::InvalidRequest, QStringLiteral("invalid key name")));
        return;
    }
    if (privateKey.size() != 32) {
        Impl::deliver<WalletStatus>(target, std::move(done),
                                    connectionError(WalletFailure::InvalidRequest,
                                                    QStringLiteral("a secp256k1 private key is 32 bytes")));
        return;
    }
    crypto::Expected<std::unique_ptr<crypto::LocalEthSigner>> checked =
        crypto::LocalEthSigner::create(privateKey.clone());
    if (!checked) {
        Impl::deliver<WalletStatus>(
            target, std::move(done),
            connectionError(WalletFailure::InvalidRequest,
                            QStringLiteral("invalid secp256k1 private key: %1")
                                .arg(QString::fromStdString(checked.error().message))));
        return;
    }
    m_impl->m_store.write(
        keyName, std::move(privateKey), this,
        [target, done = std::move(done)](SecretStoreStatus status) mutable {
            if (!status) {
                Impl::deliver<WalletStatus>(
                    target, std::move(done),
                    connectionError(WalletFailure::Storage, QStringLiteral("cannot store the local key: %1")
                                                                .arg(storeErrorText(status.error()))));
                return;
            }
            Impl::deliver<WalletStatus>(target, std::move(done), WalletStatus());
        });
}

void WalletConnector::forgetStarkKey(const crypto::EthAddress &address, QObject *context, StatusCallback done)
{
    if (context == nullptr || !done)
        return;
    const QPointer<QObject> target(context);
    m_impl->m_store.remove(
        starkKeyName(address), this, [target, done = std::move(done)](SecretStoreStatus status) mutable {
            if (!status) {
                Impl::deliver<WalletStatus>(
                    target, std::move(done),
                    connectionError(WalletFailure::Storage, QStringLiteral("cannot remove the Stark key: %1")
                                                                .arg(storeErrorText(status.error()))));
                return;
            }
            Impl::deliver<WalletStatus>(target, std::move(done), WalletStatus());
        });
}

} // namespace stardeck::wallet
