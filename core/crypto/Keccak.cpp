// SPDX-License-Identifier: MIT
#include "crypto/Keccak.h"

#include <QCryptographicHash>

#include <cstring>

namespace stardeck::crypto {

Hash256 keccak256(std::span<const std::uint8_t> data)
{
    // OpenSSL 3.0 has no KECCAK-256; Qt's Keccak_256 is the Ethereum variant.
    QCryptographicHash h(QCryptographicHash::Keccak_256);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(data.data()), qsizetype(data.size())));
    const QByteArrayView digest = h.resultView();
    Hash256 out{};
    std::memcpy(out.data(), digest.data(), out.size());
    return out;
}

Hash256 keccak256(std::string_view text)
{
    return keccak256(std::span(reinterpret_cast<const std::uint8_t *>(text.data()), text.size()));
}

UInt256 keccak256AsInt(std::span<const std::uint8_t> data)
{
    const Hash256 h = keccak256(data);
    return UInt256::fromBytesBE(h.data(), h.size());
}

} // namespace stardeck::crypto
