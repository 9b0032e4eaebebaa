// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"
#include "crypto/StarkCurve.h"
#include "crypto/UInt256.h"

#include <string>
#include <string_view>

namespace stardeck::crypto::stark {

//! A StarkEx ECDSA signature.
struct Signature {
    UInt256 r;
    UInt256 s;
    //! IMX wire form: "0x" + r (64 hex) + s (64 hex).
    std::string toHex() const;
    //! Parses the IMX wire form (exactly 128 hex digits after an optional 0x).
    static Expected<Signature> fromHex(std::string_view text);
    bool operator==(const Signature &) const = default;
};

//! Public key of a private key: x is the "stark key", y its true y coordinate.
struct PublicKey {
    UInt256 x;
    UInt256 y;
};

//! Parses a private key (hex, with or without 0x) into 32 secret bytes; 1 <= d < n.
Expected<SecureBytes> parsePrivateKey(std::string_view hex);
//! Checks a 32-byte big-endian private key is in [1, n).
Status checkPrivateKey(const SecureBytes &privateKey);

//! d*G, constant time in d. privateKey: 32 bytes big-endian, 1 <= d < n.
Expected<PublicKey> publicKey(const SecureBytes &privateKey);

//! Deterministic signature, bit-exact with starkware-crypto-utils 0.2.1 / @imtbl/x-client
//! (elliptic's HMAC-DRBG "RFC6979" variant). Constant time in the key and nonce.
//! Unsignable when msgHash >= 2^251 (or, astronomically rarely, r or w >= 2^251).
Expected<Signature> sign(const SecureBytes &privateKey, const UInt256 &msgHash);

//! Verification with an x-only stark key (valid if either y verifies). Range rules:
//! msgHash < 2^251, 1 <= r < 2^251, 1 <= s < n, w = s^-1 < 2^251; a key not on the curve
//! is an error (NotOnCurve). Returns false for a well-formed signature that does not verify.
Expected<bool> verify(const UInt256 &starkKey, const UInt256 &msgHash, const Signature &sig);

//! True when starkKey < p is the x coordinate of a curve point (a Legendre symbol: cheap,
//! unlike recoverY's square root). Use it to validate keys from untrusted input.
bool isStarkKey(const UInt256 &starkKey);

//! Recovers y (either root) for a stark key, or NotOnCurve.
Expected<UInt256> recoverY(const UInt256 &starkKey);

} // namespace stardeck::crypto::stark
