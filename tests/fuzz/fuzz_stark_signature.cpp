// SPDX-License-Identifier: MIT
// Stark signature decoding and x-only verification on arbitrary input: never crashes, parsed
// signatures re-encode to the canonical form, and verify only ever answers (never traps).
#include "FuzzCheck.h"
#include "crypto/StarkEcdsa.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace stardeck::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto sig = stark::Signature::fromHex(text)) {
        const auto again = stark::Signature::fromHex(sig->toHex());
        FUZZ_CHECK(again.ok() && *again == *sig);
    }
    // Exactly 128 raw bytes are (key, msg, r, s): run verification (an EC operation, so only for
    // inputs of this one size; the text parsers above run on everything else at full speed).
    if (size == 128) {
        const UInt256 key = UInt256::fromBytesBE(data, 32);
        const UInt256 msg = UInt256::fromBytesBE(data + 32, 32);
        const stark::Signature sig{UInt256::fromBytesBE(data + 64, 32), UInt256::fromBytesBE(data + 96, 32)};
        const auto result = stark::verify(key, msg, sig);
        FUZZ_CHECK(result.ok() || !result.error().message.empty());
    }
    return 0;
}
