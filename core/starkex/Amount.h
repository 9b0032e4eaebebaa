// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <string>
#include <string_view>

namespace stardeck::starkex {

using crypto::Expected;
using crypto::Status;
using crypto::UInt256;

//! Exclusive upper bound of a quantized StarkEx amount (amounts, fee limits): 2^63.
inline constexpr UInt256 kAmountBound = UInt256::powerOfTwo(63);
//! Largest number of decimals accepted: ERC-20 `decimals()` is a uint8.
inline constexpr unsigned kMaxDecimals = 255;

//! Parses a human decimal amount ("12.345") into base units (12345 * 10^(decimals-3)), exactly.
//! Strict: ASCII digits with at most one '.', and at least one digit on each side of a '.'
//! ("1." and ".5" are rejected); no sign, exponent, spaces or separators; leading zeros are
//! allowed. More than `decimals` fractional digits is an error (never rounded), as is a
//! result above 2^256 - 1 base units or decimals > kMaxDecimals.
Expected<UInt256> parseDecimalAmount(std::string_view text, unsigned decimals);

//! Formats base units as an exact decimal with `decimals` places, trailing zeros (and a bare
//! '.') removed: (1500000, 6) -> "1.5", (0, 18) -> "0", (5, 3) -> "0.005".
//! OutOfRange when decimals > kMaxDecimals.
Expected<std::string> formatAmount(const UInt256 &baseUnits, unsigned decimals);

//! baseUnits / quantum; an error when quantum is 0 or baseUnits is not a multiple of it.
Expected<UInt256> quantize(const UInt256 &baseUnits, const UInt256 &quantum);

//! quantized * quantum; an error when quantum is 0 or the product exceeds 256 bits.
Expected<UInt256> dequantize(const UInt256 &quantized, const UInt256 &quantum);

//! OutOfRange naming `field` unless amount < 2^63 (the StarkEx range of quantized amounts).
Status checkStarkAmount(const UInt256 &amount, std::string_view field = "amount");

} // namespace stardeck::starkex
