// SPDX-License-Identifier: MIT
#include "api/JsonReader.h"

#include <QJsonParseError>

#include <cmath>

namespace stardeck::api {

namespace {

// Integers above 2^53 cannot be represented exactly by QJsonValue's double.
constexpr double kMaxExactInteger = 9007199254740992.0;

} // namespace

void JsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = ApiError{ApiError::Kind::Decode, 0, {}, message, path, 1};
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::itemPath(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

std::optional<QJsonDocument> JsonReader::parse(const QByteArray &body, bool wantArray)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(), QStringLiteral("invalid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (wantArray ? !doc.isArray() : !doc.isObject()) {
        fail(QString(),
             wantArray ? QStringLiteral("expected a JSON array") : QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonValue> JsonReader::required(const QJsonObject &o, const QString &path, const QString &key)
{
    if (failed())
        return std::nullopt;
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        fail(join(path, key), QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonValue> JsonReader::present(const QJsonObject &o, const QString &path, const QString &key,
                                              bool mustExist)
{
    if (failed())
        return std::nullopt;
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        if (mustExist)
            fail(join(path, key), QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    if (it->isNull())
        return std::nullopt;
    return it.value();
}

std::optional<QJsonValue> JsonReader::typed(const std::optional<QJsonValue> &v, const QString &fieldPath,
                                            Type type, bool orNull)
{
    if (!v || failed())
        return std::nullopt;
    bool ok = false;
    QString expected;
    switch (type) {
    case Type::String:
        ok = v->isString();
        expected = QStringLiteral("a string");
        break;
    case Type::Number:
        ok = v->isDouble();
        expected = QStringLiteral("a number");
        break;
    case Type::Bool:
        ok = v->isBool();
        expected = QStringLiteral("a boolean");
        break;
    case Type::Object:
        ok = v->isObject();
        expected = QStringLiteral("an object");
        break;
    case Type::Array:
        ok = v->isArray();
        expected = QStringLiteral("an array");
        break;
    }
    if (ok)
        return v;
    fail(fieldPath,
         QStringLiteral("expected ") + expected + (orNull ? QStringLiteral(" or null") : QString()));
    return std::nullopt;
}

QString JsonReader::string(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = typed(required(o, path, key), join(path, key), Type::String);
    return v ? v->toString() : QString();
}

std::optional<QString> JsonReader::nullableString(const QJsonObject &o, const QString &path,
                                                  const QString &key, bool mustExist)
{
    const auto v = typed(present(o, path, key, mustExist), join(path, key), Type::String, true);
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

UInt256 JsonReader::amountFrom(const QJsonValue &v, const QString &fieldPath)
{
    if (!v.isString()) {
        fail(fieldPath, QStringLiteral("expected a decimal amount string"));
        return {};
    }
    auto parsed = UInt256::fromDecimal(v.toString().toStdString());
    if (!parsed) {
        fail(fieldPath, QStringLiteral("invalid amount \"%1\": %2")
                            .arg(v.toString().left(80), QString::fromStdString(parsed.error().message)));
        return {};
    }
    return *parsed;
}

UInt256 JsonReader::amount(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = required(o, path, key);
    return v ? amountFrom(*v, join(path, key)) : UInt256{};
}

std::optional<UInt256> JsonReader::nullableAmount(const QJsonObject &o, const QString &path,
                                                  const QString &key, bool mustExist)
{
    const auto v = present(o, path, key, mustExist);
    if (!v)
        return std::nullopt;
    const UInt256 value = amountFrom(*v, join(path, key));
    return failed() ? std::nullopt : std::optional<UInt256>(value);
}

std::int64_t JsonReader::integerFrom(const QJsonValue &v, const QString &fieldPath)
{
    if (!v.isDouble()) {
        fail(fieldPath, QStringLiteral("expected an integer"));
        return 0;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExactInteger) {
        fail(fieldPath, QStringLiteral("expected an exact integer"));
        return 0;
    }
    return static_cast<std::int64_t>(d);
}

std::int64_t JsonReader::integer(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = required(o, path, key);
    return v ? integerFrom(*v, join(path, key)) : 0;
}

std::optional<std::int64_t> JsonReader::optionalInteger(const QJsonObject &o, const QString &path,
                                                        const QString &key)
{
    const auto v = present(o, path, key, false);
    if (!v)
        return std::nullopt;
    const std::int64_t n = integerFrom(*v, join(path, key));
    return failed() ? std::nullopt : std::optional<std::int64_t>(n);
}

std::optional<int> JsonReader::optionalDecimals(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto d = optionalInteger(o, path, key);
    if (d && (*d < 0 || *d > 77)) {
        fail(join(path, key), QStringLiteral("decimals out of range 0..77"));
        return std::nullopt;
    }
    return d ? std::optional<int>(int(*d)) : std::nullopt;
}

double JsonReader::number(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = typed(required(o, path, key), join(path, key), Type::Number);
    return v ? v->toDouble() : 0;
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject &o, const QString &path,
                                                 const QString &key)
{
    const auto v = typed(present(o, path, key, false), join(path, key), Type::Number, true);
    return v ? std::optional<double>(v->toDouble()) : std::nullopt;
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = typed(required(o, path, key), join(path, key), Type::Bool);
    return v && v->toBool();
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = typed(required(o, path, key), join(path, key), Type::Object);
    return v ? v->toObject() : QJsonObject();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QJsonObject &o, const QString &path,
                                                      const QString &key)
{
    const auto v = typed(present(o, path, key, false), join(path, key), Type::Object, true);
    return v ? std::optional<QJsonObject>(v->toObject()) : std::nullopt;
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &path, const QString &key)
{
    const auto v = typed(required(o, path, key), join(path, key), Type::Array);
    return v ? v->toArray() : QJsonArray();
}

QJsonObject JsonReader::element(const QJsonArray &a, qsizetype i, const QString &path)
{
    const auto v =
        typed(failed() ? std::nullopt : std::optional<QJsonValue>(a.at(i)), itemPath(path, i), Type::Object);
    return v ? v->toObject() : QJsonObject();
}

} // namespace stardeck::api
