// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"

#include <QByteArray>

#include <functional>

class QObject;

namespace stardeck::crypto {

//! Something that signs EIP-191 personal messages with one Ethereum account: a local key
//! (LocalEthSigner) or a remote signer (Passport's Magic TEE, a hardware wallet) later.
//! Asynchronous because remote signers answer over the network or after user approval.
class EthSigner {
public:
    using SignatureCallback = std::function<void(Expected<EthSignature>)>;

    virtual ~EthSigner() = default;

    //! The account that signs.
    virtual EthAddress address() const = 0;

    //! Signs `message` (raw bytes; UTF-8 for text) as personal_sign. `done` is called exactly
    //! once, never from inside this call, in the thread of `context`; the call is dropped if
    //! `context` is destroyed first. A null `context` is a programming error: nothing is
    //! signed and `done` is never called.
    virtual void signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done) = 0;
};

} // namespace stardeck::crypto
