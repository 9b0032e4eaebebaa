// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace stardeck::test {

//! Absolute path of a file under tests/data (e.g. "vectors/pedersen.json").
QString dataPath(const QString &relative);
//! Loads a JSON object from tests/data; fails the current test (QFAIL) on error and returns {}.
QJsonObject loadJsonObject(const QString &relative);
//! The "cases" array (or another array member) of a vector file under tests/data/vectors.
QJsonArray vectorCases(const QString &file, const QString &member = QStringLiteral("cases"));
//! A short label for a data-driven row: index plus the case's tags or variant, if any.
QByteArray caseLabel(int index, const QJsonObject &c);

} // namespace stardeck::test
