// SPDX-License-Identifier: MIT
// UInt256 hex and decimal parsing: never crashes; whatever parses round-trips exactly.
#include "FuzzCheck.h"
#include "crypto/UInt256.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using stardeck::crypto::UInt256;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto hex = UInt256::fromHex(text)) {
        const auto again = UInt256::fromHex(hex->toHex());
        FUZZ_CHECK(again.ok() && *again == *hex);
        FUZZ_CHECK(UInt256::fromDecimal(hex->toDecimal()).value() == *hex);
    }
    if (const auto dec = UInt256::fromDecimal(text)) {
        FUZZ_CHECK(UInt256::fromDecimal(dec->toDecimal()).value() == *dec);
        FUZZ_CHECK(UInt256::fromHex(dec->toHexMinimal()).value() == *dec);
    }
    return 0;
}
