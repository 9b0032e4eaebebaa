// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

//! Fixed-size hex codecs shared by the Ethereum value types (addresses, signatures, keys).
namespace stardeck::crypto::ethhex {

//! Removes one leading "0x" or "0X", if present.
std::string_view stripPrefix(std::string_view text);
//! Decodes exactly out.size() bytes from 2*out.size() hex digits (any case, no prefix).
//! `what` names the value in error messages ("address", "signature", ...).
Status decode(std::string_view hex, std::span<std::uint8_t> out, std::string_view what);
//! Lowercase hex of bytes, no prefix.
std::string encode(std::span<const std::uint8_t> bytes);

} // namespace stardeck::crypto::ethhex
