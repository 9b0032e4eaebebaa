// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/EthAddress.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace stardeck::cli {

using crypto::Expected;
using crypto::UInt256;

//! The input fields of one request (a batch JSON line or a single-shot command) with strict,
//! typed accessors. Every error names the field. Absent and null fields are the same thing.
//!  - hex: a JSON string of hex digits, "0x" optional, any case, leading zeros allowed, < 2^256;
//!  - integer: a decimal string of any size, or a JSON number that is an exact integer in
//!    [0, 2^53] (larger values lose precision in JSON, so they must come as strings);
//!  - address: 40 hex digits ("0x" optional, extra leading zeros allowed); mixed case must be a
//!    correct EIP-55 checksum;
//!  - secret: a private key as hex, decoded straight into SecureBytes.
class Request {
public:
    Request() = default;
    explicit Request(QJsonObject fields);

    //! Sets a field from a single-shot command line (always as a JSON string).
    void set(const char *field, const QString &value);
    //! Provides a secret field out of band (hex text read from stdin or a key file), so it never
    //! passes through a QString.
    void setSecret(const char *field, crypto::SecureBytes hexText);

    //! True when the field is present and not null.
    bool has(const char *field) const;

    //! A required JSON string.
    Expected<QString> string(const char *field) const;
    //! A JSON string, or nullopt when absent.
    Expected<std::optional<QString>> optionalString(const char *field) const;
    //! A required hex number.
    Expected<UInt256> hex(const char *field) const;
    //! A hex number, or nullopt when absent.
    Expected<std::optional<UInt256>> optionalHex(const char *field) const;
    //! A required non-negative integer (decimal string or exact JSON number).
    Expected<UInt256> integer(const char *field) const;
    //! An integer, or nullopt when absent.
    Expected<std::optional<UInt256>> optionalInteger(const char *field) const;
    //! A required Ethereum address.
    Expected<crypto::EthAddress> address(const char *field) const;
    //! A private key as 32 big-endian bytes (range checks are the caller's: they differ by curve).
    Expected<crypto::SecureBytes> secret32(const char *field) const;

private:
    QJsonObject m_fields;
    const char *m_secretField = nullptr;
    crypto::SecureBytes m_secretText;
};

//! "0x" + 64 lowercase hex digits, as a QString for a JSON answer.
QString hexField(const UInt256 &value);
//! The same error with `field "<field>": ` in front of its message.
crypto::Error fieldError(const char *field, const crypto::Error &inner);

} // namespace stardeck::cli
