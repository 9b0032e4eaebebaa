// SPDX-License-Identifier: MIT
#include "support/Vectors.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace stardeck::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(STARDECK_TEST_DATA_DIR "/") + relative;
}

QJsonObject loadJsonObject(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        qFatal("bad JSON in %s: %s", qPrintable(f.fileName()), qPrintable(err.errorString()));
        return {};
    }
    return doc.object();
}

QJsonArray vectorCases(const QString &file, const QString &member)
{
    const QJsonArray cases = loadJsonObject(QStringLiteral("vectors/") + file).value(member).toArray();
    if (cases.isEmpty())
        qFatal("no %s in vectors/%s", qPrintable(member), qPrintable(file));
    return cases;
}

QByteArray caseLabel(int index, const QJsonObject &c)
{
    QByteArray label = QByteArray::number(index);
    for (const char *key : {"variant", "kind", "type"}) {
        const QString v = c.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            label += ' ' + v.toUtf8();
    }
    const QJsonArray tags = c.value(QLatin1String("tags")).toArray();
    for (const auto &t : tags)
        label += " [" + t.toString().toUtf8() + ']';
    return label;
}

} // namespace stardeck::test
