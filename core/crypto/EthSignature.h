// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace stardeck::crypto {

//! A recoverable secp256k1 ECDSA signature in Ethereum's convention: v = 27 + recovery id.
//! Note: an IMX seed signature (over the stark-key seed message) is as secret as the stark key
//! it derives; wipe copies of such a signature with secureWipe when done.
struct EthSignature {
    UInt256 r;
    UInt256 s;
    std::uint8_t v = 27; //!< 27 or 28

    //! 0 or 1.
    std::uint8_t recoveryId() const { return static_cast<std::uint8_t>(v - 27); }
    //! True when s <= n/2 (the canonical form ethers, MetaMask and libsecp256k1 produce).
    bool isLowS() const;

    //! Ethereum form: "0x" + r (64 hex) + s (64 hex) + v as "1b"/"1c".
    std::string toRsvHex() const;
    //! IMX form (x-client serializeEthSignature): "0x" + r + s + (v - 27) as "00"/"01".
    std::string toImxHex() const;
    //! r || s || v (27/28), 65 bytes.
    std::array<std::uint8_t, 65> toBytes() const;

    //! Parses 65 bytes as 130 hex digits, with or without "0x". The last byte may be 27/28 or
    //! 0/1 (IMX); anything else is OutOfRange. r and s must be in [1, n). High s is accepted
    //! here (callers that need canonical signatures check isLowS()).
    static Expected<EthSignature> parse(std::string_view hex);
    //! The same checks on 65 raw bytes.
    static Expected<EthSignature> fromBytes(std::span<const std::uint8_t> bytes);

    bool operator==(const EthSignature &) const = default;
};

} // namespace stardeck::crypto
