// SPDX-License-Identifier: MIT
#pragma once

// Test support: validates JSON responses against tests/data/imx-openapi.json (Swagger 2.0):
// resolves $ref and allOf, checks required fields, JSON types (string/integer/number/boolean/
// object/array), x-nullable, array items, and flags properties the schema does not declare
// (so a misspelt optional field fails too). Free-form objects (no `properties`) accept anything.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace stardeck::test {

class ImxSchema {
public:
    //! Loads the spec from tests/data; isValid() is false if it cannot be read.
    ImxSchema()
    {
        QFile file(QStringLiteral(STARDECK_TEST_DATA_DIR "/imx-openapi.json"));
        if (file.open(QIODevice::ReadOnly))
            m_spec = QJsonDocument::fromJson(file.readAll()).object();
        m_definitions = m_spec.value(QStringLiteral("definitions")).toObject();
    }
    bool isValid() const { return !m_definitions.isEmpty(); }

    //! Problems of `body` against the GET response schema of `pathTemplate` for `status`
    //! (e.g. "/v1/assets", 200); empty when it validates.
    QStringList validateResponse(const QString &pathTemplate, int status, const QJsonValue &body) const
    {
        const QJsonObject responses = m_spec.value(QStringLiteral("paths"))
                                          .toObject()
                                          .value(pathTemplate)
                                          .toObject()
                                          .value(QStringLiteral("get"))
                                          .toObject()
                                          .value(QStringLiteral("responses"))
                                          .toObject();
        const QJsonObject response = responses.value(QString::number(status)).toObject();
        if (!response.contains(QStringLiteral("schema")))
            return {QStringLiteral("spec declares no %1 schema for GET %2").arg(status).arg(pathTemplate)};
        QStringList errors;
        validate(body, response.value(QStringLiteral("schema")).toObject(), QStringLiteral("$"), &errors);
        return errors;
    }

    //! Problems of `value` against definitions/<name>.
    QStringList validateDefinition(const QString &name, const QJsonValue &value) const
    {
        QStringList errors;
        validate(value, m_definitions.value(name).toObject(), QStringLiteral("$"), &errors);
        return errors;
    }

private:
    QJsonObject resolve(const QJsonObject &schema) const
    {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return schema;
        return resolve(m_definitions.value(ref.section(QLatin1Char('/'), -1)).toObject());
    }

    //! Properties declared by a schema and its allOf parts.
    void collectProperties(const QJsonObject &raw, QJsonObject *properties, bool *declared) const
    {
        const QJsonObject schema = resolve(raw);
        if (schema.contains(QStringLiteral("properties"))) {
            *declared = true;
            const QJsonObject own = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = own.begin(); it != own.end(); ++it)
                properties->insert(it.key(), it.value());
        }
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
            collectProperties(part.toObject(), properties, declared);
    }

    void validate(const QJsonValue &value, const QJsonObject &raw, const QString &where,
                  QStringList *errors) const
    {
        const bool nullable = raw.value(QStringLiteral("x-nullable")).toBool() ||
                              raw.value(QStringLiteral("nullable")).toBool();
        const QJsonObject schema = resolve(raw);
        if (value.isNull() && (nullable || schema.value(QStringLiteral("x-nullable")).toBool()))
            return;
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
            validate(value, part.toObject(), where, errors);
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("string") && !value.isString())
            errors->append(QStringLiteral("%1: expected string").arg(where));
        else if (type == QLatin1String("integer") &&
                 (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble()))
            errors->append(QStringLiteral("%1: expected integer").arg(where));
        else if (type == QLatin1String("number") && !value.isDouble())
            errors->append(QStringLiteral("%1: expected number").arg(where));
        else if (type == QLatin1String("boolean") && !value.isBool())
            errors->append(QStringLiteral("%1: expected boolean").arg(where));
        else if (type == QLatin1String("array")) {
            if (!value.isArray()) {
                errors->append(QStringLiteral("%1: expected array").arg(where));
                return;
            }
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                validate(items[i], schema.value(QStringLiteral("items")).toObject(),
                         QStringLiteral("%1[%2]").arg(where).arg(i), errors);
        } else if (type == QLatin1String("object") || schema.contains(QStringLiteral("properties"))) {
            if (!value.isObject()) {
                errors->append(QStringLiteral("%1: expected object").arg(where));
                return;
            }
            const QJsonObject object = value.toObject();
            for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(name.toString()))
                    errors->append(QStringLiteral("%1: missing required '%2'").arg(where, name.toString()));
            }
            QJsonObject properties;
            bool declared = false;
            collectProperties(schema, &properties, &declared);
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString at = where + QLatin1Char('.') + it.key();
                if (properties.contains(it.key()))
                    validate(it.value(), properties.value(it.key()).toObject(), at, errors);
                else if (declared)
                    errors->append(QStringLiteral("%1: not in the schema").arg(at));
            }
        }
    }

    QJsonObject m_spec;
    QJsonObject m_definitions;
};

} // namespace stardeck::test
