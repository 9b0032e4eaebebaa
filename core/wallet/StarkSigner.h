// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/UInt256.h"
#include "wallet/WalletError.h"

#include <functional>
#include <memory>

class QObject;

namespace stardeck::wallet {

//! The account's Stark key: signs StarkEx payload hashes off the caller's thread. The private key
//! lives only in SecureBytes inside this object.
class StarkSigner {
public:
    using SignCallback = std::function<void(WalletResult<crypto::stark::Signature>)>;

    //! Checks the key (1 <= d < n) and computes the public key.
    static WalletResult<std::shared_ptr<StarkSigner>> create(crypto::SecureBytes privateKey);

    //! The stark key (x-coordinate of the public key).
    const crypto::UInt256 &starkKey() const { return m_starkKey; }
    //! "0x" + 64 lower-case hex digits, as the API writes stark keys.
    QString starkKeyHex() const;
    //! Signs `hash` (< 2^251) on a worker thread; `done` runs once on `context`'s thread, dropped if
    //! `context` dies. The signature is verified against the stark key before it is delivered.
    void sign(const crypto::UInt256 &hash, QObject *context, SignCallback done) const;

private:
    StarkSigner(std::shared_ptr<const crypto::SecureBytes> key, const crypto::UInt256 &starkKey)
        : m_key(std::move(key)), m_starkKey(starkKey)
    {}
    std::shared_ptr<const crypto::SecureBytes> m_key;
    crypto::UInt256 m_starkKey;
};

} // namespace stardeck::wallet
