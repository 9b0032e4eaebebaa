// SPDX-License-Identifier: MIT
#include "starkex/Amount.h"

#include <string>

namespace stardeck::starkex {

using crypto::ErrorCode;
using crypto::makeError;

namespace {

bool isDigits(std::string_view s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

struct DivMod {
    UInt256 quotient;
    UInt256 remainder;
};

// Binary long division; divisor != 0. Amounts are public, so timing does not matter here.
DivMod divMod(const UInt256 &dividend, const UInt256 &divisor)
{
    DivMod r;
    for (int i = int(dividend.bitLength()) - 1; i >= 0; --i) {
        // remainder < divisor before the shift, so one bit of headroom is enough unless the
        // divisor uses bit 255; then the shifted-out bit means "certainly >= divisor".
        const bool topBit = r.remainder.bit(255);
        r.remainder = r.remainder << 1;
        if (dividend.bit(unsigned(i)))
            r.remainder.limb[0] |= 1;
        if (topBit || r.remainder >= divisor) {
            r.remainder.subInPlace(divisor);
            r.quotient.limb[unsigned(i) / 64] |= std::uint64_t(1) << (unsigned(i) % 64);
        }
    }
    return r;
}

crypto::Error tooManyDecimals(unsigned decimals)
{
    return makeError(ErrorCode::OutOfRange, "amount: " + std::to_string(decimals) +
                                                " decimals is more than the supported " +
                                                std::to_string(kMaxDecimals));
}

} // namespace

Expected<UInt256> parseDecimalAmount(std::string_view text, unsigned decimals)
{
    if (decimals > kMaxDecimals)
        return tooManyDecimals(decimals);
    if (text.empty())
        return makeError(ErrorCode::InvalidFormat, "amount: empty");
    std::string_view whole = text;
    std::string_view fraction;
    const auto dot = text.find('.');
    if (dot != std::string_view::npos) {
        whole = text.substr(0, dot);
        fraction = text.substr(dot + 1);
        if (whole.empty() || fraction.empty())
            return makeError(ErrorCode::InvalidFormat,
                             "amount: a '.' needs digits on both sides (write 0.5 and 1, not .5 or 1.)");
    }
    if (!isDigits(whole) || !isDigits(fraction))
        return makeError(
            ErrorCode::InvalidFormat,
            "amount: only digits and one '.' are allowed (no sign, exponent, spaces or separators)");
    if (fraction.size() > decimals)
        return makeError(ErrorCode::OutOfRange,
                         "amount: more than " + std::to_string(decimals) +
                             " decimal places; this asset cannot represent it exactly");
    std::string digits(whole);
    digits.append(fraction);
    digits.append(decimals - fraction.size(), '0');
    auto value = UInt256::fromDecimal(digits);
    if (!value)
        return makeError(value.error().code, "amount: too large (exceeds 2^256 - 1 base units)");
    return value;
}

Expected<std::string> formatAmount(const UInt256 &baseUnits, unsigned decimals)
{
    if (decimals > kMaxDecimals)
        return tooManyDecimals(decimals);
    std::string digits = baseUnits.toDecimal();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
    std::string whole = digits.substr(0, digits.size() - decimals);
    std::string fraction = digits.substr(digits.size() - decimals);
    const auto last = fraction.find_last_not_of('0');
    if (last == std::string::npos)
        return whole;
    fraction.resize(last + 1);
    return whole + '.' + fraction;
}

Expected<UInt256> quantize(const UInt256 &baseUnits, const UInt256 &quantum)
{
    if (quantum.isZero())
        return makeError(ErrorCode::OutOfRange, "quantum: must not be 0");
    const DivMod qr = divMod(baseUnits, quantum);
    if (!qr.remainder.isZero())
        return makeError(ErrorCode::OutOfRange, "amount " + baseUnits.toDecimal() +
                                                    " is not a multiple of the quantum " +
                                                    quantum.toDecimal());
    return qr.quotient;
}

Expected<UInt256> dequantize(const UInt256 &quantized, const UInt256 &quantum)
{
    if (quantum.isZero())
        return makeError(ErrorCode::OutOfRange, "quantum: must not be 0");
    const auto overflow = [&] {
        return makeError(ErrorCode::OutOfRange, "amount " + quantized.toDecimal() + " times quantum " +
                                                    quantum.toDecimal() + " exceeds 2^256 - 1");
    };
    UInt256 product;
    for (unsigned i = 0; i < 4; ++i) {
        if (quantum.limb[i] == 0)
            continue;
        UInt256 partial = quantized;
        if (partial.mulAddSmall(quantum.limb[i], 0) != 0)
            return overflow();
        // Shifting by whole limbs must not drop any non-zero limb.
        for (unsigned j = 4 - i; j < 4; ++j) {
            if (partial.limb[j] != 0)
                return overflow();
        }
        if (product.addInPlace(partial << (64 * i)) != 0)
            return overflow();
    }
    return product;
}

Status checkStarkAmount(const UInt256 &amount, std::string_view field)
{
    if (amount >= kAmountBound)
        return makeError(ErrorCode::OutOfRange, std::string(field) + ": " + amount.toDecimal() +
                                                    " is out of range (must be < 2^63)");
    return {};
}

} // namespace stardeck::starkex
