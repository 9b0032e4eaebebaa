// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <QJsonValue>
#include <QString>
#include <QTest>

#include <string>

namespace stardeck::test {

//! A vector value as UInt256: "0x..." is hex, anything else decimal. Fails hard on bad data,
//! because a broken vector file must never pass silently.
inline crypto::UInt256 u256(const QString &text)
{
    const std::string s = text.toStdString();
    const auto v =
        text.startsWith(QLatin1String("0x")) ? crypto::UInt256::fromHex(s) : crypto::UInt256::fromDecimal(s);
    if (!v)
        qFatal("bad number in vector: %s", s.c_str());
    return *v;
}

inline crypto::UInt256 u256(const QJsonValue &value)
{
    if (!value.isString())
        qFatal("vector number is not a string");
    return u256(value.toString());
}

//! The canonical "0x" + 64 hex form, for readable QCOMPAREs.
inline QString hex(const crypto::UInt256 &v)
{
    return QString::fromStdString(v.toHex());
}

//! 2^bit + offset (offset may be negative), for boundary tests.
inline crypto::UInt256 pow2Plus(unsigned bit, long long offset)
{
    crypto::UInt256 v = crypto::UInt256::powerOfTwo(bit);
    if (offset >= 0)
        v.addInPlace(crypto::UInt256(std::uint64_t(offset)));
    else
        v.subInPlace(crypto::UInt256(std::uint64_t(-offset)));
    return v;
}

} // namespace stardeck::test

// Lets QCOMPARE print UInt256 values.
namespace stardeck::crypto {
inline char *toString(const UInt256 &v)
{
    return qstrdup(v.toHex().c_str());
}
} // namespace stardeck::crypto
