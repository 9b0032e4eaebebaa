// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/EthSigner.h"
#include "crypto/SecureBytes.h"

#include <memory>

namespace stardeck::crypto {

//! An EthSigner over a private key held in memory (SecureBytes, wiped on destruction).
//! Signing runs synchronously on the calling thread (tens of microseconds); the result is
//! delivered through a queued call to the context object, as the EthSigner contract requires.
class LocalEthSigner final : public EthSigner {
public:
    //! Checks the key (32 bytes, 1 <= d < n) and computes its address.
    static Expected<std::unique_ptr<LocalEthSigner>> create(SecureBytes privateKey);

    EthAddress address() const override { return m_address; }
    void signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done) override;

    //! The synchronous core of signPersonalMessage, for code already off the UI thread.
    Expected<EthSignature> signPersonalMessageNow(const QByteArray &message) const;

private:
    LocalEthSigner(SecureBytes privateKey, const EthAddress &address);

    SecureBytes m_privateKey;
    EthAddress m_address;
};

} // namespace stardeck::crypto
