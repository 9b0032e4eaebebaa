// SPDX-License-Identifier: MIT
// Decimal amounts: the first byte picks the token decimals (0..255, the ERC-20 range), the rest is
// the text. Never crashes; a parsed amount formats and parses back to the same base units, has at
// most `decimals` fractional digits, and quantizes by a power of ten exactly when its base units are
// a multiple of it (dequantize inverts quantize).
#include "FuzzCheck.h"
#include "starkex/Amount.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace stardeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned decimals = data[0];
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    if (const auto amount = starkex::parseDecimalAmount(text, decimals)) {
        const auto formatted = starkex::formatAmount(*amount, decimals);
        FUZZ_CHECK(formatted.ok());
        const auto again = starkex::parseDecimalAmount(*formatted, decimals);
        FUZZ_CHECK(again.ok() && *again == *amount);
        const auto dot = formatted->find('.');
        FUZZ_CHECK(dot == std::string::npos || formatted->size() - dot - 1 <= decimals);
        // Quantum 10^k for k = decimals % 20 (IMX quanta are powers of ten up to 10^18).
        const auto quantum = crypto::UInt256::fromDecimal("1" + std::string(decimals % 20, '0'));
        if (const auto q = starkex::quantize(*amount, *quantum)) {
            const auto back = starkex::dequantize(*q, *quantum);
            FUZZ_CHECK(back.ok() && *back == *amount);
        }
    }
    return 0;
}
