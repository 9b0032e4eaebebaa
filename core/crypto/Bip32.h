// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/SecureBytes.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

//! BIP-32 private-key derivation on secp256k1 (only what IMX key derivation needs: no
//! extended-key serialization, no public derivation).
namespace stardeck::crypto::bip32 {

//! Indexes >= this are hardened (written with ' in paths).
inline constexpr std::uint32_t kHardened = 0x80000000U;

//! A node of the tree: private key and chain code, 32 bytes each.
struct ExtendedPrivateKey {
    SecureBytes key;
    SecureBytes chainCode;
};

//! Parses "m/2645'/579218131'/.../1": "m" then zero or more "/" + decimal index < 2^31 (no
//! sign, no leading zeros) with an optional "'" or "h" for hardened. No spaces, no empty
//! components, at most 255 levels.
Expected<std::vector<std::uint32_t>> parsePath(std::string_view path);
//! The canonical text of a path ("m/..." with ' for hardened indexes).
std::string formatPath(std::span<const std::uint32_t> path);

//! Master node: HMAC-SHA512(key = "Bitcoin seed", seed); seed must be 16..64 bytes.
Expected<ExtendedPrivateKey> masterFromSeed(std::span<const std::uint8_t> seed);
//! CKDpriv(parent, index). Fails (OutOfRange) in the ~2^-127 case where BIP-32 says to skip
//! the index; we report it instead of skipping, so a path always means one key.
Expected<ExtendedPrivateKey> deriveChild(const ExtendedPrivateKey &parent, std::uint32_t index);
//! Master from seed, then each index of path in turn.
Expected<ExtendedPrivateKey> derivePath(std::span<const std::uint8_t> seed,
                                        std::span<const std::uint32_t> path);

} // namespace stardeck::crypto::bip32
