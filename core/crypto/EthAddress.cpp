// SPDX-License-Identifier: MIT
#include "crypto/EthAddress.h"

#include "crypto/EthHex.h"
#include "crypto/Keccak.h"

#include <algorithm>
#include <cstring>

namespace stardeck::crypto {

namespace {

bool isUpperHexLetter(char c)
{
    return c >= 'A' && c <= 'F';
}
bool isLowerHexLetter(char c)
{
    return c >= 'a' && c <= 'f';
}

} // namespace

Expected<EthAddress> EthAddress::parse(std::string_view text)
{
    if (text.size() < 2 || text[0] != '0' || text[1] != 'x')
        return makeError(ErrorCode::InvalidFormat, "address: must start with 0x");
    const std::string_view digits = text.substr(2);
    EthAddress address;
    if (Status s = ethhex::decode(digits, address.m_bytes, "address"); !s)
        return s.error();

    const bool hasUpper = std::any_of(digits.begin(), digits.end(), isUpperHexLetter);
    const bool hasLower = std::any_of(digits.begin(), digits.end(), isLowerHexLetter);
    // EIP-55: single-case addresses carry no checksum; mixed case must be exact.
    if (hasUpper && hasLower && address.toChecksumHex().substr(2) != digits)
        return makeError(ErrorCode::InvalidFormat,
                         "address: bad checksum (EIP-55 mixed case does not match)");
    return address;
}

Expected<EthAddress> EthAddress::fromUncompressedPublicKey(std::span<const std::uint8_t> publicKey)
{
    if (publicKey.size() != 65)
        return makeError(ErrorCode::InvalidLength, "public key: expected 65 bytes (uncompressed)");
    if (publicKey[0] != 0x04)
        return makeError(ErrorCode::InvalidFormat, "public key: uncompressed form must start with 0x04");
    const Hash256 h = keccak256(publicKey.subspan(1));
    std::array<std::uint8_t, kSize> bytes{};
    std::memcpy(bytes.data(), h.data() + h.size() - kSize, kSize);
    return EthAddress(bytes);
}

std::string EthAddress::toChecksumHex() const
{
    std::string lower = ethhex::encode(m_bytes);
    const Hash256 h = keccak256(std::string_view(lower));
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const std::uint8_t hashNibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0f);
        if (isLowerHexLetter(lower[i]) && hashNibble >= 8)
            lower[i] = static_cast<char>(lower[i] - 'a' + 'A');
    }
    return "0x" + lower;
}

std::string EthAddress::toLowerHex() const
{
    return "0x" + ethhex::encode(m_bytes);
}

UInt256 EthAddress::toUInt256() const
{
    return UInt256::fromBytesBE(m_bytes.data(), m_bytes.size());
}

} // namespace stardeck::crypto
