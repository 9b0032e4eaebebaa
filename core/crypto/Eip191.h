// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Keccak.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

//! EIP-191 version 0x45 ("personal_sign"), the message form IMX signs with Ethereum keys.
namespace stardeck::crypto::eip191 {

//! "\x19Ethereum Signed Message:\n" + decimal(messageSize), the bytes hashed before the message.
std::string personalMessagePrefix(std::size_t messageSize);
//! keccak256(prefix || message) over the exact message bytes (UTF-8 for text).
Hash256 personalMessageDigest(std::span<const std::uint8_t> message);
//! Same, for a QByteArray (e.g. QString::toUtf8()).
Hash256 personalMessageDigest(const QByteArray &message);

} // namespace stardeck::crypto::eip191
