// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace stardeck::crypto {

//! An unsigned 256-bit integer: four 64-bit limbs, least significant first. A plain value
//! type for public numbers (hashes, amounts, keys on the wire); secrets go in SecureBytes.
struct UInt256 {
    std::array<std::uint64_t, 4> limb{};

    constexpr UInt256() = default;
    constexpr explicit UInt256(std::uint64_t v) : limb{v, 0, 0, 0} {}
    constexpr UInt256(std::uint64_t l3, std::uint64_t l2, std::uint64_t l1, std::uint64_t l0)
        : limb{l0, l1, l2, l3}
    {}

    //! Parses hex with or without "0x", any case, leading zeros allowed; at most 256 bits.
    static Expected<UInt256> fromHex(std::string_view text);
    //! Parses a non-negative decimal integer exactly (digits only, no sign, no spaces).
    static Expected<UInt256> fromDecimal(std::string_view text);
    //! Big-endian bytes, at most 32 (shorter input is left-padded with zeros).
    static UInt256 fromBytesBE(const std::uint8_t *data, std::size_t size);
    //! 2^bit (bit < 256).
    static constexpr UInt256 powerOfTwo(unsigned bit)
    {
        UInt256 r;
        r.limb[bit / 64] = std::uint64_t(1) << (bit % 64);
        return r;
    }

    void toBytesBE(std::uint8_t out[32]) const;
    std::array<std::uint8_t, 32> toBytesBE() const;
    //! "0x" + 64 lowercase hex digits.
    std::string toHex() const;
    //! Lowercase hex without prefix or leading zeros ("0" for zero).
    std::string toHexMinimal() const;
    std::string toDecimal() const;

    constexpr bool isZero() const { return (limb[0] | limb[1] | limb[2] | limb[3]) == 0; }
    constexpr bool bit(unsigned i) const { return (limb[i / 64] >> (i % 64)) & 1U; }
    //! Number of significant bits (0 for zero).
    unsigned bitLength() const;
    //! True when the value fits in 64 bits.
    constexpr bool fitsU64() const { return (limb[1] | limb[2] | limb[3]) == 0; }

    constexpr std::strong_ordering operator<=>(const UInt256 &o) const
    {
        for (int i = 3; i >= 0; --i) {
            if (limb[i] != o.limb[i])
                return limb[i] < o.limb[i] ? std::strong_ordering::less : std::strong_ordering::greater;
        }
        return std::strong_ordering::equal;
    }
    constexpr bool operator==(const UInt256 &o) const = default;

    UInt256 operator<<(unsigned n) const;
    UInt256 operator>>(unsigned n) const;
    UInt256 operator|(const UInt256 &o) const;
    UInt256 operator&(const UInt256 &o) const;

    //! this + o; returns the carry out (0 or 1).
    std::uint64_t addInPlace(const UInt256 &o);
    //! this - o; returns the borrow out (0 or 1).
    std::uint64_t subInPlace(const UInt256 &o);
    //! this * m + a; returns the overflow limb.
    std::uint64_t mulAddSmall(std::uint64_t m, std::uint64_t a);
    //! Divides by d (d != 0) in place; returns the remainder.
    std::uint64_t divSmall(std::uint64_t d);
};

} // namespace stardeck::crypto
