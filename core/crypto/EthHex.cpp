// SPDX-License-Identifier: MIT
#include "crypto/EthHex.h"

#include "crypto/Hex.h"

namespace stardeck::crypto::ethhex {

std::string_view stripPrefix(std::string_view text)
{
    return stripHexPrefix(text);
}

Status decode(std::string_view hex, std::span<std::uint8_t> out, std::string_view what)
{
    if (hex.size() != 2 * out.size()) {
        return makeError(ErrorCode::InvalidLength, std::string(what) + ": expected " +
                                                       std::to_string(2 * out.size()) + " hex digits, got " +
                                                       std::to_string(hex.size()));
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hexDigitValue(hex[2 * i]);
        const int lo = hexDigitValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return makeError(ErrorCode::InvalidFormat, std::string(what) + ": invalid hex digit");
        out[i] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return {};
}

std::string encode(std::span<const std::uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s;
    s.reserve(2 * bytes.size());
    for (std::uint8_t b : bytes) {
        s.push_back(kDigits[b >> 4]);
        s.push_back(kDigits[b & 0x0f]);
    }
    return s;
}

} // namespace stardeck::crypto::ethhex
