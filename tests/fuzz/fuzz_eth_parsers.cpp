// SPDX-License-Identifier: MIT
// Ethereum text parsers (addresses, signatures, BIP-32 paths): never crash; what parses
// re-encodes and parses back to the same value.
#include "FuzzCheck.h"
#include "crypto/Bip32.h"
#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace stardeck::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto address = EthAddress::parse(text)) {
        const auto again = EthAddress::parse(address->toChecksumHex());
        FUZZ_CHECK(again.ok() && *again == *address);
        // EIP-55: mixed case is accepted only when it is exactly the checksum form.
        const std::string_view digits = text.substr(2);
        const bool upper = digits.find_first_of("ABCDEF") != std::string_view::npos;
        const bool lower = digits.find_first_of("abcdef") != std::string_view::npos;
        if (upper && lower)
            FUZZ_CHECK(digits == std::string_view(address->toChecksumHex()).substr(2));
    }
    if (const auto sig = EthSignature::parse(text)) {
        const auto rsv = EthSignature::parse(sig->toRsvHex());
        const auto imx = EthSignature::parse(sig->toImxHex());
        FUZZ_CHECK(rsv.ok() && *rsv == *sig);
        FUZZ_CHECK(imx.ok() && *imx == *sig);
    }
    if (const auto path = bip32::parsePath(text)) {
        const auto again = bip32::parsePath(bip32::formatPath(*path));
        FUZZ_CHECK(again.ok() && *again == *path);
    }
    return 0;
}
