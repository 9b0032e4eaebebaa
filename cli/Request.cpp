// SPDX-License-Identifier: MIT
#include "Request.h"

#include <QJsonValue>
#include <QVariant>

#include <cmath>
#include <cstring>
#include <string>
#include <utility>

namespace stardeck::cli {

using crypto::ErrorCode;
using crypto::makeError;
using crypto::SecureBytes;

namespace {

//! Largest integer a JSON number may carry here: beyond 2^53 doubles skip integers, so a
//! producer (JavaScript) may already have rounded it.
constexpr qint64 kMaxJsonInteger = qint64(1) << 53;

crypto::Error fieldError(const char *field, ErrorCode code, const std::string &message)
{
    return makeError(code, std::string("field \"") + field + "\": " + message);
}

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

//! Decodes secret hex text into 32 big-endian bytes without making any other copy of it.
//! The message never quotes the text.
template <class Char>
Expected<SecureBytes> decodeSecretHex(const char *field, const Char *text, std::size_t size)
{
    std::size_t i = 0;
    if (size >= 2 && text[0] == Char('0') && (text[1] == Char('x') || text[1] == Char('X')))
        i = 2;
    if (i == size)
        return fieldError(field, ErrorCode::InvalidFormat, "empty hex number");
    for (std::size_t j = i; j < size; ++j) {
        if (hexDigit(char16_t(text[j])) < 0)
            return fieldError(field, ErrorCode::InvalidFormat, "invalid hex digit in private key");
    }
    while (i < size && text[i] == Char('0'))
        ++i;
    if (size - i > 64)
        return fieldError(field, ErrorCode::OutOfRange, "private key exceeds 256 bits");
    SecureBytes out(32);
    // Fill from the least significant digit: digit k (from the right) lands in byte 31 - k/2.
    std::size_t k = 0;
    for (std::size_t j = size; j > i; --j, ++k) {
        const auto nibble = std::uint8_t(hexDigit(char16_t(text[j - 1])));
        out[31 - k / 2] |= std::uint8_t(k % 2 ? nibble << 4 : nibble);
    }
    return out;
}

} // namespace

Request::Request(QJsonObject fields) : m_fields(std::move(fields)) {}

void Request::set(const char *field, const QString &value)
{
    m_fields.insert(QLatin1String(field), value);
}

void Request::setSecret(const char *field, SecureBytes hexText)
{
    m_secretField = field;
    m_secretText = std::move(hexText);
}

bool Request::has(const char *field) const
{
    if (m_secretField && std::strcmp(field, m_secretField) == 0)
        return true;
    const QJsonValue v = m_fields.value(QLatin1String(field));
    return !v.isUndefined() && !v.isNull();
}

Expected<QString> Request::string(const char *field) const
{
    const QJsonValue v = m_fields.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return fieldError(field, ErrorCode::InvalidFormat, "missing");
    if (!v.isString())
        return fieldError(field, ErrorCode::InvalidFormat, "must be a string");
    return v.toString();
}

Expected<std::optional<QString>> Request::optionalString(const char *field) const
{
    if (!has(field))
        return std::optional<QString>();
    auto s = string(field);
    if (!s)
        return s.error();
    return std::optional<QString>(std::move(*s));
}

Expected<UInt256> Request::hex(const char *field) const
{
    const QJsonValue v = m_fields.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return fieldError(field, ErrorCode::InvalidFormat, "missing");
    if (!v.isString())
        return fieldError(field, ErrorCode::InvalidFormat, "must be a hex string");
    // Characters outside Latin-1 become '?', which the hex parser rejects.
    const QByteArray text = v.toString().toLatin1();
    auto value = UInt256::fromHex(std::string_view(text.constData(), std::size_t(text.size())));
    if (!value)
        return fieldError(field, value.error());
    return value;
}

Expected<std::optional<UInt256>> Request::optionalHex(const char *field) const
{
    if (!has(field))
        return std::optional<UInt256>();
    auto v = hex(field);
    if (!v)
        return v.error();
    return std::optional<UInt256>(*v);
}

Expected<UInt256> Request::integer(const char *field) const
{
    const QJsonValue v = m_fields.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return fieldError(field, ErrorCode::InvalidFormat, "missing");
    if (v.isString()) {
        const QByteArray text = v.toString().toLatin1();
        auto value = UInt256::fromDecimal(std::string_view(text.constData(), std::size_t(text.size())));
        if (!value)
            return fieldError(field, value.error());
        return value;
    }
    if (!v.isDouble())
        return fieldError(field, ErrorCode::InvalidFormat, "must be a decimal string or an integer");
    // Qt keeps integer literals that fit in 64 bits exactly; other numbers are doubles.
    const QVariant number = v.toVariant();
    if (number.typeId() == QMetaType::LongLong) {
        const qint64 n = number.toLongLong();
        if (n < 0)
            return fieldError(field, ErrorCode::OutOfRange, "must not be negative");
        if (n > kMaxJsonInteger)
            return fieldError(field, ErrorCode::OutOfRange,
                              "too large for an exact JSON number (above 2^53): pass it as a decimal string");
        return UInt256(std::uint64_t(n));
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d))
        return fieldError(field, ErrorCode::InvalidFormat, "must be an integer");
    if (d < 0)
        return fieldError(field, ErrorCode::OutOfRange, "must not be negative");
    if (d > double(kMaxJsonInteger))
        return fieldError(field, ErrorCode::OutOfRange,
                          "too large for an exact JSON number (above 2^53): pass it as a decimal string");
    return UInt256(std::uint64_t(d));
}

Expected<std::optional<UInt256>> Request::optionalInteger(const char *field) const
{
    if (!has(field))
        return std::optional<UInt256>();
    auto v = integer(field);
    if (!v)
        return v.error();
    return std::optional<UInt256>(*v);
}

Expected<crypto::EthAddress> Request::address(const char *field) const
{
    auto text = string(field);
    if (!text)
        return text.error();
    QByteArray digits = text->toLatin1();
    if (digits.startsWith("0x") || digits.startsWith("0X"))
        digits.remove(0, 2);
    constexpr qsizetype kDigits = 2 * qsizetype(crypto::EthAddress::kSize);
    if (digits.size() < kDigits)
        return fieldError(field, ErrorCode::InvalidLength, "an address needs 40 hex digits");
    const QByteArray extra = digits.first(digits.size() - kDigits);
    if (extra.count('0') != extra.size())
        return fieldError(field, ErrorCode::InvalidLength, "an address has 40 hex digits (160 bits)");
    const QByteArray canonical = "0x" + digits.last(kDigits);
    auto address =
        crypto::EthAddress::parse(std::string_view(canonical.constData(), std::size_t(canonical.size())));
    if (!address)
        return fieldError(field, address.error());
    return address;
}

Expected<SecureBytes> Request::secret32(const char *field) const
{
    if (m_secretField && std::strcmp(field, m_secretField) == 0)
        return decodeSecretHex(field, m_secretText.data(), m_secretText.size());
    const QJsonValue v = m_fields.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return fieldError(field, ErrorCode::InvalidFormat, "missing");
    if (!v.isString())
        return fieldError(field, ErrorCode::InvalidFormat, "must be a hex string");
    QString text = v.toString();
    auto key = decodeSecretHex(field, reinterpret_cast<const char16_t *>(text.constData()),
                               std::size_t(text.size()));
    // Wipe our copy of the text; the JSON object's own storage is Qt's and cannot be reached.
    if (text.isDetached())
        crypto::secureWipe(text.data(), std::size_t(text.size()) * sizeof(QChar));
    return key;
}

crypto::Error fieldError(const char *field, const crypto::Error &inner)
{
    return fieldError(field, inner.code, inner.message);
}

QString hexField(const UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

} // namespace stardeck::cli
