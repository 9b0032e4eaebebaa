// SPDX-License-Identifier: MIT
#include "crypto/EthSignature.h"

#include "crypto/EthHex.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"

#include <cstring>

namespace stardeck::crypto {

bool EthSignature::isLowS() const
{
    return s <= secp256k1::kHalfOrder;
}

std::array<std::uint8_t, 65> EthSignature::toBytes() const
{
    std::array<std::uint8_t, 65> out{};
    r.toBytesBE(out.data());
    s.toBytesBE(out.data() + 32);
    out[64] = v;
    return out;
}

std::string EthSignature::toRsvHex() const
{
    std::array<std::uint8_t, 65> bytes = toBytes();
    std::string hex = "0x" + ethhex::encode(bytes);
    secureWipe(bytes.data(), bytes.size());
    return hex;
}

std::string EthSignature::toImxHex() const
{
    std::array<std::uint8_t, 65> bytes = toBytes();
    bytes[64] = recoveryId();
    std::string hex = "0x" + ethhex::encode(bytes);
    secureWipe(bytes.data(), bytes.size());
    return hex;
}

Expected<EthSignature> EthSignature::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != 65)
        return makeError(ErrorCode::InvalidLength,
                         "signature: expected 65 bytes, got " + std::to_string(bytes.size()));
    EthSignature sig;
    sig.r = UInt256::fromBytesBE(bytes.data(), 32);
    sig.s = UInt256::fromBytesBE(bytes.data() + 32, 32);
    const std::uint8_t v = bytes[64];
    // IMX serializes v - 27 ("golang appends a recovery param") and accepts both on input.
    if (v == 0 || v == 1)
        sig.v = static_cast<std::uint8_t>(v + 27);
    else if (v == 27 || v == 28)
        sig.v = v;
    else
        return makeError(ErrorCode::OutOfRange,
                         "signature: v must be 27/28 (0x1b/0x1c) or 0/1, got " + std::to_string(v));
    if (sig.r.isZero() || sig.r >= secp256k1::kOrder)
        return makeError(ErrorCode::OutOfRange, "signature: r must be in [1, n)");
    if (sig.s.isZero() || sig.s >= secp256k1::kOrder)
        return makeError(ErrorCode::OutOfRange, "signature: s must be in [1, n)");
    return sig;
}

Expected<EthSignature> EthSignature::parse(std::string_view hex)
{
    std::array<std::uint8_t, 65> bytes{};
    Status decoded = ethhex::decode(ethhex::stripPrefix(hex), bytes, "signature");
    Expected<EthSignature> result = decoded ? fromBytes(bytes) : Expected<EthSignature>(decoded.error());
    secureWipe(bytes.data(), bytes.size());
    return result;
}

} // namespace stardeck::crypto
