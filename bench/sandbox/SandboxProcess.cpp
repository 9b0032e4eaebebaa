// SPDX-License-Identifier: MIT
#include "SandboxProcess.h"

#include <QRegularExpression>

namespace stardeck::bench {

SandboxProcess::SandboxProcess(const QString &program, const QStringList &arguments, QObject *parent)
    : QObject(parent)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its complaints reach the user
    m_deadline.setSingleShot(true);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onStdout);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_deadline.stop();
        if (m_stopping) {
            Q_EMIT stopped();
            return;
        }
        Q_EMIT failed(
            QStringLiteral("stardeck-sandbox exited unexpectedly (%1 %2)")
                .arg(status == QProcess::NormalExit ? QStringLiteral("code") : QStringLiteral("signal"))
                .arg(code));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_stopping) {
            m_process.kill();
            return;
        }
        m_stopping = true; // its finished() is ours, not an unexpected exit
        m_process.kill();
        Q_EMIT failed(QStringLiteral("stardeck-sandbox did not announce its port in time"));
    });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000); // a destructor cannot go back to the event loop
    }
}

void SandboxProcess::start(int startTimeoutMs)
{
    m_deadline.start(startTimeoutMs);
    m_process.start();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        Q_EMIT stopped();
        return;
    }
    m_stopping = true;
    m_process.terminate();
    m_deadline.start(5000);
}

void SandboxProcess::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_port != 0) {
        m_stdout.clear(); // later lines (the --auto-login warning) are not needed
        return;
    }
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QString first = QString::fromUtf8(m_stdout.left(newline)).trimmed();
    m_stdout.clear();
    static const QRegularExpression pattern(
        QStringLiteral("^stardeck-sandbox listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = pattern.match(first);
    m_deadline.stop();
    if (!match.hasMatch()) {
        m_stopping = true;
        m_process.kill();
        Q_EMIT failed(QStringLiteral("unexpected first line from stardeck-sandbox: %1").arg(first));
        return;
    }
    m_port = quint16(match.captured(1).toUInt());
    Q_EMIT ready(m_port);
}

} // namespace stardeck::bench
