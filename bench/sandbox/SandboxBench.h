// SPDX-License-Identifier: MIT
#pragma once

#include "HttpConnection.h"
#include "PageLoad.h"
#include "SandboxProcess.h"
#include "SeededAccounts.h"
#include "TransferLoad.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace stardeck::bench {

//! The whole sandbox bench: starts stardeck-sandbox, logs the demo user in, runs the signed
//! transfer load and checks the sandbox's books against it, runs the page reads, then prints
//! JSON lines (stdout) and a table (stderr). finished(exitCode): 0 = report made (targets met or
//! not), 1 = an error or a mismatch.
class SandboxBench : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString sandboxProgram;
        int nfts = 100000;
        double transferSeconds = 10;
        double readSeconds = 5;
        int connections = 6;
        int pageSize = 200;
        bool v2 = true;
        bool quick = false;
    };

    explicit SandboxBench(Options options, QObject *parent = nullptr);

    //! Runs every step; finished() follows.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Step = std::function<void()>;

    void onSandboxReady(quint16 port);
    void setGuardianPolicy(const Step &then);
    void logIn(const Step &then);
    void checkAccounts(std::size_t index, const Step &then);
    void snapshot(QJsonObject *state, QJsonObject *writes, const Step &then);
    void runTransfers(const Step &then);
    void verifyTransfers();
    void runPages(const QString &filterUser, const Step &then);
    void report();
    //! Stops with an error (exit code 1) after stopping the sandbox.
    void abort(const QString &reason);
    void finish(int exitCode);

    //! CPU seconds used so far by the sandbox, by the bench and by the whole machine.
    struct CpuSample {
        double server = 0;
        double client = 0;
        double machine = 0;
    };
    //! CPU seconds used during one test; `others` is everything else on the machine (other
    //! people's builds make the figures meaningless, and this shows it).
    struct CpuUse {
        double server = 0;
        double client = 0;
        double others = 0;
    };
    CpuSample sampleCpu() const;
    CpuUse cpuSince(const CpuSample &start) const;
    //! server/client/others_cpu_percent fields (of one core) for a JSON line.
    static void addCpu(QJsonObject *line, const CpuUse &use, double seconds);
    //! CPU seconds (user + system) of a process so far, from /proc; -1 if unknown.
    static double cpuSeconds(qint64 pid);
    //! Busy CPU seconds of the whole machine so far, from /proc/stat.
    static double machineBusySeconds();
    void printLine(QJsonObject line);

    Options m_options;
    std::vector<SeededAccount> m_accounts; //!< [0] is the demo user, the sender
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpConnection> m_admin;
    QByteArray m_accessToken;
    QJsonObject m_stateBefore, m_writesBefore, m_stateAfter, m_writesAfter;
    std::unique_ptr<TransferLoad> m_transfers;
    std::vector<std::unique_ptr<PageLoad>> m_pages;
    std::vector<QString> m_pageFilters;
    std::vector<CpuUse> m_pageCpu;
    CpuUse m_transferCpu;
    QString m_loadAtStart;
    bool m_verified = false;
    QStringList m_mismatches;
    bool m_finishing = false;
};

} // namespace stardeck::bench
