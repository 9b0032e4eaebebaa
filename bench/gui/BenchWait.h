// SPDX-License-Identifier: MIT
#pragma once
// Small helpers of the GUI bench: waiting on the event loop (a bench, not the product, may wait),
// the process's memory figures, medians.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <functional>

namespace stardeck::bench {

//! Runs the event loop until `done` is true or `timeoutMs` passed; true when done.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

//! A field of /proc/self/status in kB (VmHWM = peak resident set, VmRSS = now); -1 when unknown.
inline qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

//! The median of `values` (0 when empty).
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace stardeck::bench
