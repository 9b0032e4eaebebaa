// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace stardeck::bench {

//! One timed start of a GUI program that prints a line containing "ready" once its window shows
//! what it should and then exits.
struct ColdStartRun {
    bool ok = false;
    double readyMs = 0; //!< process start -> the "ready" line, measured by the parent
    QString line;       //!< the ready line (the program's own figure)
    QString error;      //!< why it failed
};

//! Starts `program` with `arguments` and `environment` and times it until it reports ready.
ColdStartRun timeColdStart(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment, int timeoutMs);

} // namespace stardeck::bench
