// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"
#include "crypto/Keccak.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

//! Thin wrapper over libsecp256k1 (one process-wide, randomized context, created on first use
//! in a thread-safe way). Private keys are 32 big-endian bytes in SecureBytes, 1 <= d < n.
namespace stardeck::crypto::secp256k1 {

//! The secp256k1 group order n.
inline constexpr UInt256 kOrder{0xffffffffffffffffULL, 0xfffffffffffffffeULL, 0xbaaedce6af48a03bULL,
                                0xbfd25e8cd0364141ULL};
//! n / 2 (largest low s).
inline constexpr UInt256 kHalfOrder{0x7fffffffffffffffULL, 0xffffffffffffffffULL, 0x5d576e7357a4501dULL,
                                    0xdfe92f46681b20a0ULL};

using CompressedPublicKey = std::array<std::uint8_t, 33>;   //!< 0x02/0x03 || X
using UncompressedPublicKey = std::array<std::uint8_t, 65>; //!< 0x04 || X || Y

//! Checks a private key: exactly 32 bytes and 1 <= d < n.
Status checkPrivateKey(const SecureBytes &privateKey);
//! Parses a private key from 64 hex digits (with or without "0x") and checks its range.
Expected<SecureBytes> parsePrivateKey(std::string_view hex);

//! d*G in compressed SEC1 form.
Expected<CompressedPublicKey> compressedPublicKey(const SecureBytes &privateKey);
//! d*G in uncompressed SEC1 form.
Expected<UncompressedPublicKey> uncompressedPublicKey(const SecureBytes &privateKey);
//! The Ethereum address of a private key.
Expected<EthAddress> addressFromPrivateKey(const SecureBytes &privateKey);

//! (key + tweak) mod n in place, as BIP-32 child derivation needs. Fails (OutOfRange) when the
//! tweak is >= n or the sum is zero; the key is left unchanged then.
Status tweakAddPrivateKey(SecureBytes &privateKey, std::span<const std::uint8_t, 32> tweak);

//! Signs a 32-byte digest: RFC 6979 nonce (HMAC-SHA256, no extra entropy) and low s, the same
//! signature ethers/MetaMask produce. v = 27 + recovery id.
Expected<EthSignature> signDigest(const SecureBytes &privateKey, const Hash256 &digest);
//! Recovers the signer's address from a digest and signature (high s is accepted, as
//! ecrecover does); fails if no public key is recoverable.
Expected<EthAddress> recoverAddress(const Hash256 &digest, const EthSignature &signature);

} // namespace stardeck::crypto::secp256k1
