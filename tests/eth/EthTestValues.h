// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"
#include "crypto/Keccak.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTest>

#include <span>
#include <string>

//! Helpers turning vector-file strings into values. Bad vector data aborts (qFatal): a broken
//! vector file must never make a test pass.
namespace stardeck::test::eth {

//! The string field `key` of a case; aborts if absent.
inline QString field(const QJsonObject &c, const char *key)
{
    const QJsonValue v = c.value(QLatin1String(key));
    if (!v.isString())
        qFatal("vector field %s missing or not a string", key);
    return v.toString();
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

//! Hex (with or without 0x, even length) to bytes.
inline QByteArray bytesFromHex(const QString &hex)
{
    QString h = hex.startsWith(QLatin1String("0x")) ? hex.mid(2) : hex;
    if (h.size() % 2 != 0)
        qFatal("odd-length hex in vector: %s", qPrintable(hex));
    const QByteArray out = QByteArray::fromHex(h.toLatin1());
    if (out.size() * 2 != h.size())
        qFatal("bad hex in vector: %s", qPrintable(hex));
    return out;
}

//! A secret of exactly `size` bytes from hex, left-padded with zeros (vector keys may be shorter).
inline crypto::SecureBytes secretFromHex(const QString &hex, std::size_t size = 32)
{
    QString h = hex.startsWith(QLatin1String("0x")) ? hex.mid(2) : hex;
    if (std::size_t(h.size()) > 2 * size)
        qFatal("secret longer than %zu bytes in vector", size);
    h = h.rightJustified(qsizetype(2 * size), QLatin1Char('0'));
    const QByteArray b = bytesFromHex(h);
    return crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

inline crypto::UInt256 u256Hex(const QString &hex)
{
    const auto v = crypto::UInt256::fromHex(str(hex));
    if (!v)
        qFatal("bad hex number in vector: %s", qPrintable(hex));
    return *v;
}

inline crypto::EthAddress address(const QString &text)
{
    const auto a = crypto::EthAddress::parse(str(text));
    if (!a)
        qFatal("bad address in vector: %s (%s)", qPrintable(text), a.error().message.c_str());
    return *a;
}

inline crypto::EthSignature signature(const QString &hex)
{
    const auto s = crypto::EthSignature::parse(str(hex));
    if (!s)
        qFatal("bad signature in vector: %s (%s)", qPrintable(hex), s.error().message.c_str());
    return *s;
}

//! "0x" + lowercase hex of bytes.
inline QString hex(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toHex());
}

inline QString hex(const crypto::SecureBytes &bytes)
{
    return hex(bytes.span());
}

inline QString hex(const crypto::UInt256 &v)
{
    return QString::fromStdString(v.toHex());
}

//! Lowercase "0x" + hex, for comparing vector hex regardless of case.
inline QString lower(const QString &s)
{
    return s.toLower();
}

inline std::span<const std::uint8_t> span(const QByteArray &b)
{
    return {reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size())};
}

//! The official-vectors group whose member `key` exists (the file is a list of groups by source).
inline QJsonValue officialGroupMember(const QJsonObject &root, const char *key)
{
    const QJsonArray groups = root.value(QLatin1String("groups")).toArray();
    for (const auto &g : groups) {
        const QJsonValue v = g.toObject().value(QLatin1String(key));
        if (!v.isUndefined())
            return v;
    }
    qFatal("official vectors: no group with %s", key);
    return {};
}

} // namespace stardeck::test::eth
