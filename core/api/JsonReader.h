// SPDX-License-Identifier: MIT
#pragma once

// The strict JSON walker behind ImxDecode (internal to core/api). It remembers the first failure
// with its JSON path; every read after a failure is a no-op returning an empty value, so a
// decoder reads straight through and checks once at the end.

#include "api/ApiError.h"
#include "crypto/UInt256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>

namespace stardeck::api {

using crypto::UInt256;

//! Reads typed fields out of JSON objects and records the first decode error.
class JsonReader {
public:
    //! Whether a read has failed.
    bool failed() const { return m_error.has_value(); }
    //! The first failure (only valid when failed()).
    ApiError error() const { return *m_error; }
    //! Records a failure at `path` unless one is already recorded.
    void fail(const QString &path, const QString &message);

    //! "path.key" (or "key" at the root).
    static QString join(const QString &path, const QString &key);
    //! "path[i]".
    static QString itemPath(const QString &path, qsizetype i);

    //! Parses a whole body; the root must be an object (or an array with wantArray).
    std::optional<QJsonDocument> parse(const QByteArray &body, bool wantArray);

    //! The value of a required key, or nullopt (and a failure) when absent.
    std::optional<QJsonValue> required(const QJsonObject &o, const QString &path, const QString &key);
    //! The value of a key when it is present and not null; `mustExist` fails when it is absent.
    std::optional<QJsonValue> present(const QJsonObject &o, const QString &path, const QString &key,
                                      bool mustExist);

    //! A required string.
    QString string(const QJsonObject &o, const QString &path, const QString &key);
    //! A string that may be null; `mustExist` for required x-nullable fields, else it may be absent.
    std::optional<QString> nullableString(const QJsonObject &o, const QString &path, const QString &key,
                                          bool mustExist);
    //! An optional string (absent or null = nullopt).
    std::optional<QString> optionalString(const QJsonObject &o, const QString &path, const QString &key)
    {
        return nullableString(o, path, key, false);
    }

    //! A required exact 256-bit decimal amount string.
    UInt256 amount(const QJsonObject &o, const QString &path, const QString &key);
    //! An amount that may be null (`mustExist` as for nullableString).
    std::optional<UInt256> nullableAmount(const QJsonObject &o, const QString &path, const QString &key,
                                          bool mustExist);

    //! A required integer, exact in a double (|n| <= 2^53).
    std::int64_t integer(const QJsonObject &o, const QString &path, const QString &key);
    //! An optional integer.
    std::optional<std::int64_t> optionalInteger(const QJsonObject &o, const QString &path,
                                                const QString &key);
    //! Optional token decimals: an integer 0..77.
    std::optional<int> optionalDecimals(const QJsonObject &o, const QString &path, const QString &key);

    //! A required number.
    double number(const QJsonObject &o, const QString &path, const QString &key);
    //! An optional number.
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const QString &key);
    //! A required boolean.
    bool boolean(const QJsonObject &o, const QString &path, const QString &key);
    //! A required object.
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key);
    //! An optional object.
    std::optional<QJsonObject> optionalObject(const QJsonObject &o, const QString &path, const QString &key);
    //! A required array.
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key);
    //! Element i of an array as an object.
    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path);

private:
    enum class Type {
        String,
        Number,
        Bool,
        Object,
        Array
    };
    //! `v` when it holds the wanted JSON type, else nullopt (and a failure unless `v` is nullopt);
    //! `orNull` words the failure for fields that may also be null.
    std::optional<QJsonValue> typed(const std::optional<QJsonValue> &v, const QString &fieldPath, Type type,
                                    bool orNull = false);
    UInt256 amountFrom(const QJsonValue &v, const QString &fieldPath);
    std::int64_t integerFrom(const QJsonValue &v, const QString &fieldPath);

    std::optional<ApiError> m_error;
};

} // namespace stardeck::api
