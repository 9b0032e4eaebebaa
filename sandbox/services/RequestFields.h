// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stardeck::sandbox {

using crypto::UInt256;

//! Typed, strict reading of a JSON request body. The first problem (not JSON, a missing field,
//! a wrong type, a malformed value) is remembered and every later read returns a default, so a
//! handler reads all fields and checks ok() once.
class RequestFields {
public:
    //! Parses a body that must be a JSON object.
    explicit RequestFields(const QByteArray &body);
    //! Reads fields of an object nested in a request (e.g. one item of a batch); `path` prefixes messages.
    RequestFields(const QJsonObject &object, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    //! The first problem, e.g. "amount: expected a string".
    const QString &error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &name) const { return m_object.contains(name) && !m_object.value(name).isNull(); }

    //! A required non-empty string.
    QString string(const QString &name);
    //! An optional string ("" when absent or null).
    QString optionalString(const QString &name);
    //! A required Ethereum address ("0x" + 40 hex), returned in lower case.
    QString address(const QString &name);
    //! A required "0x" hex number (stark keys, asset ids): below the Stark prime when `belowPrime`.
    UInt256 hexNumber(const QString &name, bool belowPrime = true);
    //! A required stark key: hex, on the Stark curve.
    UInt256 starkKey(const QString &name);
    //! A required decimal-string amount (digits only).
    UInt256 decimal(const QString &name);
    //! A required non-negative JSON integer below 2^53.
    qint64 integer(const QString &name);
    //! An optional non-negative JSON integer (nullopt when absent or null).
    std::optional<qint64> optionalInteger(const QString &name);
    //! A required JSON object.
    QJsonObject objectField(const QString &name);
    //! A required JSON array.
    QJsonArray array(const QString &name);
    //! An optional JSON array (empty when absent or null).
    QJsonArray optionalArray(const QString &name);
    //! Records a problem found by the caller (keeps the first one).
    void fail(const QString &name, const QString &problem);

private:
    QJsonValue required(const QString &name);
    QString label(const QString &name) const;

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace stardeck::sandbox
