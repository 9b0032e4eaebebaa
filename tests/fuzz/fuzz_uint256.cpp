// SPDX-License-Identifier: MIT
// Hex and field-element decoding: UInt256 hex and decimal parsing round-trips exactly; the
// fixed-size Ethereum hex codec (ethhex) decodes exactly 2n digits and re-encodes to the lowercase
// input; a parsed number is a Stark key only below the field prime, and recoverY succeeds exactly for
// Stark keys with a y below the prime.
#include "FuzzCheck.h"
#include "crypto/EthHex.h"
#include "crypto/StarkCurve.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/UInt256.h"

#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace stardeck::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto hex = UInt256::fromHex(text)) {
        const auto again = UInt256::fromHex(hex->toHex());
        FUZZ_CHECK(again.ok() && *again == *hex);
        FUZZ_CHECK(UInt256::fromDecimal(hex->toDecimal()).value() == *hex);
        // The curve checks cost a modular exponentiation: sample 1 value in 8 (by its low bits),
        // so the cheap parsers still run at full speed.
        if ((hex->limb[0] & 7) == 0) {
            const bool key = stark::isStarkKey(*hex);
            FUZZ_CHECK(!key || *hex < stark::kPrime);
            const auto y = stark::recoverY(*hex);
            FUZZ_CHECK(y.ok() == key);
            if (y)
                FUZZ_CHECK(*y < stark::kPrime);
        }
    }
    const std::string_view digits = ethhex::stripPrefix(text);
    std::array<std::uint8_t, 32> bytes{};
    const std::size_t n = digits.size() / 2 <= bytes.size() ? digits.size() / 2 : bytes.size();
    if (ethhex::decode(digits, std::span(bytes.data(), n), "fuzz")) {
        FUZZ_CHECK(digits.size() == 2 * n);
        std::string lower(digits);
        for (char &c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        FUZZ_CHECK(ethhex::encode(std::span<const std::uint8_t>(bytes.data(), n)) == lower);
    }
    if (const auto dec = UInt256::fromDecimal(text)) {
        FUZZ_CHECK(UInt256::fromDecimal(dec->toDecimal()).value() == *dec);
        FUZZ_CHECK(UInt256::fromHex(dec->toHexMinimal()).value() == *dec);
    }
    return 0;
}
