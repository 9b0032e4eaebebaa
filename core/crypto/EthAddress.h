// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace stardeck::crypto {

//! A 20-byte Ethereum address. The EIP-55 mixed-case form is presentation only; the value is
//! the bytes (IMX builds the derivation path from the number, so case never changes a key).
class EthAddress {
public:
    static constexpr std::size_t kSize = 20;

    //! The zero address.
    EthAddress() = default;
    //! Wraps 20 raw bytes.
    explicit EthAddress(const std::array<std::uint8_t, kSize> &bytes) : m_bytes(bytes) {}

    //! Parses "0x" + 40 hex digits. All-lowercase and all-uppercase digits are accepted
    //! unchecked; mixed case must match the EIP-55 checksum exactly ("bad checksum" otherwise).
    static Expected<EthAddress> parse(std::string_view text);
    //! The address of an uncompressed secp256k1 public key (65 bytes, 0x04 || X || Y):
    //! the last 20 bytes of keccak256(X || Y).
    static Expected<EthAddress> fromUncompressedPublicKey(std::span<const std::uint8_t> publicKey);

    //! EIP-55 checksummed form: "0x" + 40 mixed-case hex digits.
    std::string toChecksumHex() const;
    //! "0x" + 40 lowercase hex digits (what x-client and the IMX API use).
    std::string toLowerHex() const;
    //! The address as a 160-bit big-endian integer.
    UInt256 toUInt256() const;
    //! The raw bytes.
    const std::array<std::uint8_t, kSize> &bytes() const { return m_bytes; }

    bool operator==(const EthAddress &) const = default;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

} // namespace stardeck::crypto
