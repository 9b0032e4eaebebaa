// SPDX-License-Identifier: MIT
#include "services/RequestFields.h"

#include "crypto/EthAddress.h"
#include "crypto/StarkCurve.h"
#include "crypto/StarkEcdsa.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace stardeck::sandbox {

namespace {
constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1
}

RequestFields::RequestFields(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        m_error = QStringLiteral("request body is not valid JSON: ") + parseError.errorString();
    else if (!document.isObject())
        m_error = QStringLiteral("request body must be a JSON object");
    else
        m_object = document.object();
}

RequestFields::RequestFields(const QJsonObject &object, const QString &path) : m_object(object), m_path(path)
{}

QString RequestFields::label(const QString &name) const
{
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void RequestFields::fail(const QString &name, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = label(name) + QStringLiteral(": ") + problem;
}

QJsonValue RequestFields::required(const QString &name)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, QStringLiteral("is required"));
        return {};
    }
    return value;
}

QString RequestFields::string(const QString &name)
{
    const QJsonValue value = required(name);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(name, QStringLiteral("expected a string"));
        return {};
    }
    if (value.toString().isEmpty())
        fail(name, QStringLiteral("must not be empty"));
    return value.toString();
}

QString RequestFields::optionalString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!ok() || value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(name, QStringLiteral("expected a string"));
        return {};
    }
    return value.toString();
}

QString RequestFields::address(const QString &name)
{
    const QString text = string(name);
    if (!ok())
        return {};
    const auto parsed = crypto::EthAddress::parse(text.toStdString());
    if (!parsed) {
        fail(name, QStringLiteral("not an Ethereum address (") +
                       QString::fromStdString(parsed.error().message) + QLatin1Char(')'));
        return {};
    }
    return QString::fromStdString(parsed->toLowerHex());
}

UInt256 RequestFields::hexNumber(const QString &name, bool belowPrime)
{
    const QString text = string(name);
    if (!ok())
        return {};
    if (!text.startsWith(QLatin1String("0x")) && !text.startsWith(QLatin1String("0X"))) {
        fail(name, QStringLiteral("expected 0x-prefixed hex"));
        return {};
    }
    const auto parsed = UInt256::fromHex(text.toStdString());
    if (!parsed) {
        fail(name, QStringLiteral("malformed hex (") + QString::fromStdString(parsed.error().message) +
                       QLatin1Char(')'));
        return {};
    }
    if (belowPrime && *parsed >= crypto::stark::kPrime) {
        fail(name, QStringLiteral("out of range (must be below the Stark prime)"));
        return {};
    }
    return *parsed;
}

UInt256 RequestFields::starkKey(const QString &name)
{
    const UInt256 key = hexNumber(name);
    if (ok() && !crypto::stark::isStarkKey(key))
        fail(name, QStringLiteral("not a stark key (not on the Stark curve)"));
    return key;
}

UInt256 RequestFields::decimal(const QString &name)
{
    const QString text = string(name);
    if (!ok())
        return {};
    const auto parsed = UInt256::fromDecimal(text.toStdString());
    if (!parsed) {
        fail(name, QStringLiteral("expected a decimal integer string"));
        return {};
    }
    return *parsed;
}

qint64 RequestFields::integer(const QString &name)
{
    const QJsonValue value = required(name);
    if (!ok())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > kMaxSafeInteger || std::floor(number) != number) {
        fail(name, QStringLiteral("expected a non-negative integer"));
        return 0;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> RequestFields::optionalInteger(const QString &name)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const qint64 value = integer(name);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

QJsonObject RequestFields::objectField(const QString &name)
{
    const QJsonValue value = required(name);
    if (!ok())
        return {};
    if (!value.isObject())
        fail(name, QStringLiteral("expected an object"));
    return value.toObject();
}

QJsonArray RequestFields::array(const QString &name)
{
    const QJsonValue value = required(name);
    if (!ok())
        return {};
    if (!value.isArray())
        fail(name, QStringLiteral("expected an array"));
    return value.toArray();
}

QJsonArray RequestFields::optionalArray(const QString &name)
{
    if (!ok() || !has(name))
        return {};
    return array(name);
}

} // namespace stardeck::sandbox
