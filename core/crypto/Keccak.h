// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace stardeck::crypto {

using Hash256 = std::array<std::uint8_t, 32>;

//! Ethereum Keccak-256 (original Keccak padding, not FIPS SHA3), via QCryptographicHash.
Hash256 keccak256(std::span<const std::uint8_t> data);
//! Keccak-256 of the bytes of a string (UTF-8 as given).
Hash256 keccak256(std::string_view text);
//! Keccak-256 as a big-endian integer.
UInt256 keccak256AsInt(std::span<const std::uint8_t> data);

} // namespace stardeck::crypto
