// SPDX-License-Identifier: MIT
#include "crypto/UInt256.h"

#include "crypto/Hex.h"

#include <algorithm>

namespace stardeck::crypto {

Expected<UInt256> UInt256::fromHex(std::string_view text)
{
    text = stripHexPrefix(text);
    if (text.empty())
        return makeError(ErrorCode::InvalidFormat, "empty hex number");
    for (char c : text) {
        if (hexDigitValue(c) < 0)
            return makeError(ErrorCode::InvalidFormat, "invalid hex digit in number");
    }
    const auto firstNonZero = text.find_first_not_of('0');
    if (firstNonZero == std::string_view::npos)
        return UInt256{};
    text.remove_prefix(firstNonZero);
    if (text.size() > 64)
        return makeError(ErrorCode::OutOfRange, "hex number exceeds 256 bits");
    UInt256 r;
    unsigned shift = 0;
    for (auto it = text.rbegin(); it != text.rend(); ++it, shift += 4)
        r.limb[shift / 64] |= std::uint64_t(hexDigitValue(*it)) << (shift % 64);
    return r;
}

Expected<UInt256> UInt256::fromDecimal(std::string_view text)
{
    if (text.empty())
        return makeError(ErrorCode::InvalidFormat, "empty decimal number");
    UInt256 r;
    for (char c : text) {
        if (c < '0' || c > '9')
            return makeError(ErrorCode::InvalidFormat, "invalid character in decimal number");
        if (r.mulAddSmall(10, std::uint64_t(c - '0')) != 0)
            return makeError(ErrorCode::OutOfRange, "decimal number exceeds 256 bits");
    }
    return r;
}

UInt256 UInt256::fromBytesBE(const std::uint8_t *data, std::size_t size)
{
    UInt256 r;
    size = std::min<std::size_t>(size, 32);
    for (std::size_t i = 0; i < size; ++i) {
        const std::size_t bitPos = (size - 1 - i) * 8;
        r.limb[bitPos / 64] |= std::uint64_t(data[i]) << (bitPos % 64);
    }
    return r;
}

void UInt256::toBytesBE(std::uint8_t out[32]) const
{
    for (int i = 0; i < 32; ++i) {
        const unsigned bitPos = unsigned(31 - i) * 8;
        out[i] = std::uint8_t(limb[bitPos / 64] >> (bitPos % 64));
    }
}

std::array<std::uint8_t, 32> UInt256::toBytesBE() const
{
    std::array<std::uint8_t, 32> out{};
    toBytesBE(out.data());
    return out;
}

std::string UInt256::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string s = "0x";
    s.reserve(66);
    for (int i = 63; i >= 0; --i)
        s.push_back(digits[(limb[i / 16] >> ((i % 16) * 4)) & 0xF]);
    return s;
}

std::string UInt256::toHexMinimal() const
{
    std::string s = toHex().substr(2);
    const auto first = s.find_first_not_of('0');
    return first == std::string::npos ? std::string("0") : s.substr(first);
}

std::string UInt256::toDecimal() const
{
    if (isZero())
        return "0";
    UInt256 v = *this;
    std::string s;
    while (!v.isZero())
        s.push_back(char('0' + v.divSmall(10)));
    std::reverse(s.begin(), s.end());
    return s;
}

unsigned UInt256::bitLength() const
{
    for (int i = 3; i >= 0; --i) {
        if (limb[i])
            return unsigned(i) * 64 + 64 - unsigned(__builtin_clzll(limb[i]));
    }
    return 0;
}

UInt256 UInt256::operator<<(unsigned n) const
{
    UInt256 r;
    if (n >= 256)
        return r;
    const unsigned w = n / 64, b = n % 64;
    for (int i = 3; i >= int(w); --i) {
        std::uint64_t v = limb[i - w] << b;
        if (b && i - int(w) - 1 >= 0)
            v |= limb[i - w - 1] >> (64 - b);
        r.limb[i] = v;
    }
    return r;
}

UInt256 UInt256::operator>>(unsigned n) const
{
    UInt256 r;
    if (n >= 256)
        return r;
    const unsigned w = n / 64, b = n % 64;
    for (unsigned i = 0; i + w < 4; ++i) {
        std::uint64_t v = limb[i + w] >> b;
        if (b && i + w + 1 < 4)
            v |= limb[i + w + 1] << (64 - b);
        r.limb[i] = v;
    }
    return r;
}

UInt256 UInt256::operator|(const UInt256 &o) const
{
    UInt256 r;
    for (int i = 0; i < 4; ++i)
        r.limb[i] = limb[i] | o.limb[i];
    return r;
}

UInt256 UInt256::operator&(const UInt256 &o) const
{
    UInt256 r;
    for (int i = 0; i < 4; ++i)
        r.limb[i] = limb[i] & o.limb[i];
    return r;
}

std::uint64_t UInt256::addInPlace(const UInt256 &o)
{
    unsigned __int128 carry = 0;
    for (int i = 0; i < 4; ++i) {
        carry += (unsigned __int128)limb[i] + o.limb[i];
        limb[i] = std::uint64_t(carry);
        carry >>= 64;
    }
    return std::uint64_t(carry);
}

std::uint64_t UInt256::subInPlace(const UInt256 &o)
{
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const unsigned __int128 d = (unsigned __int128)limb[i] - o.limb[i] - borrow;
        limb[i] = std::uint64_t(d);
        borrow = std::uint64_t(d >> 64) & 1;
    }
    return borrow;
}

std::uint64_t UInt256::mulAddSmall(std::uint64_t m, std::uint64_t a)
{
    unsigned __int128 carry = a;
    for (int i = 0; i < 4; ++i) {
        carry += (unsigned __int128)limb[i] * m;
        limb[i] = std::uint64_t(carry);
        carry >>= 64;
    }
    return std::uint64_t(carry);
}

std::uint64_t UInt256::divSmall(std::uint64_t d)
{
    unsigned __int128 rem = 0;
    for (int i = 3; i >= 0; --i) {
        const unsigned __int128 cur = (rem << 64) | limb[i];
        limb[i] = std::uint64_t(cur / d);
        rem = cur % d;
    }
    return std::uint64_t(rem);
}

} // namespace stardeck::crypto
