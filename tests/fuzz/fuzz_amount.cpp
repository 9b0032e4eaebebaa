// SPDX-License-Identifier: MIT
// Decimal amounts: the first byte picks the token decimals (0..36), the rest is the text.
// Never crashes; a parsed amount formats and parses back to the same base units.
#include "FuzzCheck.h"
#include "starkex/Amount.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace stardeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned decimals = data[0] % 37;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    if (const auto amount = starkex::parseDecimalAmount(text, decimals)) {
        const auto formatted = starkex::formatAmount(*amount, decimals);
        FUZZ_CHECK(formatted.ok());
        const auto again = starkex::parseDecimalAmount(*formatted, decimals);
        FUZZ_CHECK(again.ok() && *again == *amount);
    }
    return 0;
}
