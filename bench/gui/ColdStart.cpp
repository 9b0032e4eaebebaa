// SPDX-License-Identifier: MIT
#include "ColdStart.h"

#include <QElapsedTimer>
#include <QProcess>

namespace stardeck::bench {

ColdStartRun timeColdStart(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment, int timeoutMs)
{
    ColdStartRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray out;
    // The bench's own process waits here (waitFor* is fine outside the product).
    while (clock.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(50) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("ready");
        if (at >= 0 && out.indexOf('\n', at) >= 0) {
            run.readyMs = double(clock.nsecsElapsed()) / 1e6;
            const qsizetype lineStart = out.lastIndexOf('\n', at) + 1;
            run.line = QString::fromUtf8(out.mid(lineStart, out.indexOf('\n', at) - lineStart)).trimmed();
            run.ok = true;
            break;
        }
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        if (run.ok) {
            run.ok = false;
            run.error = QStringLiteral("%1 reported ready but did not exit").arg(program);
        }
    }
    if (!run.ok && run.error.isEmpty())
        run.error = QStringLiteral("%1 did not report ready (exit %2): %3")
                        .arg(program)
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(out + process.readAllStandardError()).trimmed().right(400));
    else if (run.ok && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)) {
        run.ok = false;
        run.error = QStringLiteral("%1 exited with %2 after ready: %3")
                        .arg(program)
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().right(400));
    }
    return run;
}

} // namespace stardeck::bench
