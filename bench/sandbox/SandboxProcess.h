// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace stardeck::bench {

//! stardeck-sandbox as a separate process on 127.0.0.1:0, so the client and the server each
//! have their own process (and their own core) on the machine.
class SandboxProcess : public QObject {
    Q_OBJECT
public:
    SandboxProcess(const QString &program, const QStringList &arguments, QObject *parent = nullptr);
    ~SandboxProcess() override;

    //! Starts it; ready() or failed() follows, within startTimeoutMs.
    void start(int startTimeoutMs);
    //! Asks it to stop (SIGTERM, then SIGKILL after a grace period); stopped() follows.
    void stop();
    //! The port it announced on its first stdout line.
    quint16 port() const { return m_port; }
    //! The process id, 0 before start.
    qint64 pid() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(quint16 port);
    void failed(const QString &reason);
    void stopped();

private:
    void onStdout();

    QProcess m_process;
    QTimer m_deadline;
    QByteArray m_stdout;
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace stardeck::bench
