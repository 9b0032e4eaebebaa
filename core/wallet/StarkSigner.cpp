// SPDX-License-Identifier: MIT
#include "wallet/StarkSigner.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace stardeck::wallet {

namespace {

WalletError signerError(WalletFailure failure, const QString &message)
{
    return walletError(PassportErrorType::WalletConnectionError, failure, message);
}

WalletResult<crypto::stark::Signature>
signAndVerify(const crypto::SecureBytes &key, const crypto::UInt256 &starkKey, const crypto::UInt256 &hash)
{
    crypto::Expected<crypto::stark::Signature> signature = crypto::stark::sign(key, hash);
    if (!signature) {
        const WalletFailure failure = signature.error().code == crypto::ErrorCode::Unsignable
                                          ? WalletFailure::InvalidRequest
                                          : WalletFailure::SignerFailed;
        return signerError(failure, QStringLiteral("Stark signing failed: %1")
                                        .arg(QString::fromStdString(signature.error().message)));
    }
    // A fault in the signing code (or memory) must not reach the network as a bad signature.
    crypto::Expected<bool> verified = crypto::stark::verify(starkKey, hash, *signature);
    if (!verified || !*verified)
        return signerError(WalletFailure::SignerFailed,
                           QStringLiteral("the Stark signature does not verify against the key"));
    return *signature;
}

} // namespace

WalletResult<std::shared_ptr<StarkSigner>> StarkSigner::create(crypto::SecureBytes privateKey)
{
    if (crypto::Status checked = crypto::stark::checkPrivateKey(privateKey); !checked)
        return signerError(WalletFailure::InvalidRequest,
                           QStringLiteral("invalid Stark private key: %1")
                               .arg(QString::fromStdString(checked.error().message)));
    crypto::Expected<crypto::stark::PublicKey> publicKey = crypto::stark::publicKey(privateKey);
    if (!publicKey)
        return signerError(WalletFailure::Internal,
                           QStringLiteral("cannot compute the Stark public key: %1")
                               .arg(QString::fromStdString(publicKey.error().message)));
    auto key = std::make_shared<const crypto::SecureBytes>(std::move(privateKey));
    return std::shared_ptr<StarkSigner>(new StarkSigner(std::move(key), publicKey->x));
}

QString StarkSigner::starkKeyHex() const
{
    return QString::fromStdString(m_starkKey.toHex()); // "0x" + 64 lower-case digits
}

void StarkSigner::sign(const crypto::UInt256 &hash, QObject *context, SignCallback done) const
{
    if (context == nullptr || !done)
        return;
    std::shared_ptr<const crypto::SecureBytes> key = m_key;
    const crypto::UInt256 starkKey = m_starkKey;
    auto start = [context, key = std::move(key), starkKey, hash, done = std::move(done)]() mutable {
        // The worker holds its own reference to the key, so the signer may be destroyed meanwhile.
        // The watcher is a child of the context: if the context dies first, so does the watcher, and
        // the result is dropped instead of being delivered to a dead object.
        auto *watcher = new QFutureWatcher<WalletResult<crypto::stark::Signature>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [watcher, done = std::move(done)]() {
                             watcher->deleteLater();
                             done(watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(
            [key = std::move(key), starkKey, hash]() { return signAndVerify(*key, starkKey, hash); }));
    };
    if (context->thread() == QThread::currentThread()) {
        start();
    } else {
        // The watcher must live in the context's thread; the hop is safe because the caller
        // guarantees `context` is alive during this call.
        QMetaObject::invokeMethod(context, std::move(start), Qt::QueuedConnection);
    }
}

} // namespace stardeck::wallet
