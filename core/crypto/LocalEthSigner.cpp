// SPDX-License-Identifier: MIT
#include "crypto/LocalEthSigner.h"

#include "crypto/Eip191.h"
#include "crypto/Secp256k1.h"

#include <QMetaObject>
#include <QObject>

namespace stardeck::crypto {

LocalEthSigner::LocalEthSigner(SecureBytes privateKey, const EthAddress &address)
    : m_privateKey(std::move(privateKey)), m_address(address)
{}

Expected<std::unique_ptr<LocalEthSigner>> LocalEthSigner::create(SecureBytes privateKey)
{
    Expected<EthAddress> address = secp256k1::addressFromPrivateKey(privateKey);
    if (!address)
        return address.error();
    return std::unique_ptr<LocalEthSigner>(new LocalEthSigner(std::move(privateKey), *address));
}

Expected<EthSignature> LocalEthSigner::signPersonalMessageNow(const QByteArray &message) const
{
    return secp256k1::signDigest(m_privateKey, eip191::personalMessageDigest(message));
}

void LocalEthSigner::signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done)
{
    if (context == nullptr || !done)
        return;
    Expected<EthSignature> result = signPersonalMessageNow(message);
    // Queued even though the result is ready: callers get the same re-entrancy guarantees as
    // with a remote signer, and the call is dropped if the context dies before delivery.
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)]() mutable {
            done(result);
            if (result)
                secureWipe(&result.value(), sizeof(EthSignature));
        },
        Qt::QueuedConnection);
}

} // namespace stardeck::crypto
