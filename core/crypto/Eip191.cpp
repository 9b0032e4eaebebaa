// SPDX-License-Identifier: MIT
#include "crypto/Eip191.h"

#include <QCryptographicHash>

#include <cstring>

namespace stardeck::crypto::eip191 {

std::string personalMessagePrefix(std::size_t messageSize)
{
    return "\x19"
           "Ethereum Signed Message:\n" +
           std::to_string(messageSize);
}

Hash256 personalMessageDigest(std::span<const std::uint8_t> message)
{
    const std::string prefix = personalMessagePrefix(message.size());
    // Hash incrementally so the (possibly secret-bearing) message is never copied.
    QCryptographicHash h(QCryptographicHash::Keccak_256);
    h.addData(QByteArrayView(prefix.data(), qsizetype(prefix.size())));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(message.data()), qsizetype(message.size())));
    const QByteArrayView digest = h.resultView();
    Hash256 out{};
    std::memcpy(out.data(), digest.data(), out.size());
    return out;
}

Hash256 personalMessageDigest(const QByteArray &message)
{
    return personalMessageDigest(
        std::span(reinterpret_cast<const std::uint8_t *>(message.constData()), std::size_t(message.size())));
}

} // namespace stardeck::crypto::eip191
