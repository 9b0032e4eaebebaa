// SPDX-License-Identifier: MIT
// stardeck-bench-gui: the desktop wallet's figures (issue 5) on this machine, in one run:
//   1. cold start to the main window with a cached session (no browser engine), against a minimal
//      Qt Widgets program started the same way (stardeck-bench-gui-reference);
//   2. an account with N NFTs (10,000 by default) paged into the Assets grid and painted, and the
//      process's peak RSS;
//   3. the longest GUI-thread stall while scrolling that grid from top to bottom, images loading.
// The sandbox runs as its own process (stardeck-sandbox); a private XDG home holds the session.
// Usage: stardeck-bench-gui [--quick] [--nfts N] [--runs R]. Output: a readable summary and a last
// line "json: {...}" (scripts/bench-gui.sh turns it into bench/README.md's figures).
#include "../sandbox/SandboxProcess.h"
#include "BenchWait.h"
#include "ColdStart.h"
#include "GridBench.h"
#include "NftMinter.h"
#include "SessionPrimer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace stardeck::bench;

namespace {

constexpr int kTimeoutMs = 180000;

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "stardeck-bench-gui: %s\n", qPrintable(text));
    return 1;
}

//! Starts stardeck-sandbox (auto-login for the priming login) and returns its URL (empty on failure).
QUrl startSandbox(SandboxProcess &sandbox)
{
    quint16 port = 0;
    QString why;
    QObject scope; // the connections end with this function
    QObject::connect(&sandbox, &SandboxProcess::ready, &scope, [&port](quint16 p) { port = p; });
    QObject::connect(&sandbox, &SandboxProcess::failed, &scope,
                     [&why](const QString &reason) { why = reason; });
    sandbox.start(60000);
    waitUntil([&] { return port != 0 || !why.isEmpty(); }, 65000);
    if (port == 0)
        std::fprintf(stderr, "stardeck-bench-gui: %s\n", qPrintable(why));
    return port ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)) : QUrl();
}

//! The grid figures from a child process of this program (its own peak memory).
QJsonObject runGridChild(const QUrl &url, int expected)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--grid-child"), url.toString(), QString::number(expected)});
    if (!child.waitForFinished(kTimeoutMs + 30000)) {
        child.kill();
        child.waitForFinished(5000);
        return {{QStringLiteral("error"), QStringLiteral("the grid process timed out")}};
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
        if (line.startsWith("grid: "))
            return QJsonDocument::fromJson(line.mid(6)).object();
    return {{QStringLiteral("error"),
             QStringLiteral("the grid process printed no figures (exit %1)").arg(child.exitCode())}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The wallet's own names: the same data, cache and secret directories as the `stardeck` runs.
    QApplication::setOrganizationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationName(QStringLiteral("Stardeck"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smoke run: 600 NFTs, one start each."));
    const QCommandLineOption nftsOption(QStringLiteral("nfts"),
                                        QStringLiteral("NFTs of the account (10000)."), QStringLiteral("n"),
                                        QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Cold starts of each program (7)."),
                                        QStringLiteral("r"), QStringLiteral("7"));
    const QCommandLineOption gridChild(QStringLiteral("grid-child"),
                                       QStringLiteral("(internal) the grid process."), QStringLiteral("url"));
    parser.addOptions({quick, nftsOption, runsOption, gridChild});
    parser.process(app);

    if (parser.isSet(gridChild)) {
        const QJsonObject figures = GridBench::run(QUrl(parser.value(gridChild)),
                                                   parser.positionalArguments().value(0).toInt(), kTimeoutMs);
        say(QStringLiteral("grid: ") +
            QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }

    const int nfts = parser.isSet(quick) ? 600 : parser.value(nftsOption).toInt();
    const int runs = parser.isSet(quick) ? 1 : std::max(1, parser.value(runsOption).toInt());

    // A private home: the session, cache and journal of these runs only.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("no temporary directory"));
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        qputenv(name, home.filePath(QString::fromLatin1(name)).toUtf8());
    QDir().mkpath(home.filePath(QStringLiteral("XDG_RUNTIME_DIR")));
    QFile::setPermissions(home.filePath(QStringLiteral("XDG_RUNTIME_DIR")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("STARDECK_SECRET_STORE", "file");
    qputenv("STARDECK_PASSPHRASE", "bench passphrase");

    SandboxProcess sandbox(QStringLiteral(STARDECK_SANDBOX_EXECUTABLE),
                           {QStringLiteral("--auto-login"), QStringLiteral("demo@stardeck.test")});
    const QUrl url = startSandbox(sandbox);
    if (url.isEmpty())
        return fail(QStringLiteral("the sandbox did not start"));
    say(QStringLiteral("sandbox: %1; machine: %2 logical CPUs, %3")
            .arg(url.toString())
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName()));

    SessionPrimer primer;
    const PrimedAccount account = primer.prime(url, 60000);
    if (!account.ok)
        return fail(QStringLiteral("priming login: ") + account.error);
    say(QStringLiteral("cached session stored for %1 (%2 NFTs)").arg(account.address).arg(account.nfts));

    // 1. Cold starts, alternating, so both see the same machine load.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList appArgs{QStringLiteral("--environment"), QStringLiteral("local"),
                              QStringLiteral("--sandbox-url"), url.toString(),
                              QStringLiteral("--quit-when-ready")};
    QList<double> appMs;
    QList<double> referenceMs;
    for (int run = 0; run < runs; ++run) {
        const ColdStartRun reference =
            timeColdStart(QStringLiteral(STARDECK_BENCH_REFERENCE), {}, env, 30000);
        if (!reference.ok)
            return fail(reference.error);
        const ColdStartRun wallet =
            timeColdStart(QStringLiteral(STARDECK_APP_EXECUTABLE), appArgs, env, 60000);
        if (!wallet.ok)
            return fail(wallet.error);
        referenceMs.append(reference.readyMs);
        appMs.append(wallet.readyMs);
        say(QStringLiteral("cold start %1: wallet %2 ms (%3), reference %4 ms")
                .arg(run + 1)
                .arg(wallet.readyMs, 0, 'f', 1)
                .arg(wallet.line)
                .arg(reference.readyMs, 0, 'f', 1));
    }

    // 2. and 3. The account grows to `nfts` NFTs; the grid is measured in a process of its own.
    const int missing = nfts - account.nfts;
    if (missing > 0) {
        const QString collection = firstCollection(url, 30000);
        if (collection.isEmpty())
            return fail(QStringLiteral("the sandbox lists no collection"));
        QString error;
        QElapsedTimer mintClock;
        mintClock.start();
        const int minted =
            mintNfts(url, account.address, collection, missing, 50'000'000, kTimeoutMs, &error);
        if (minted != missing)
            return fail(error);
        say(QStringLiteral("minted %1 NFTs in %2 s")
                .arg(minted)
                .arg(double(mintClock.elapsed()) / 1000, 0, 'f', 1));
    }
    const QJsonObject grid = runGridChild(url, nfts);
    if (grid.contains(QStringLiteral("error")))
        return fail(QStringLiteral("grid: ") + grid.value(QStringLiteral("error")).toString());
    say(QStringLiteral("grid: %1 NFTs paged in and painted in %2 ms (first rows after %3 ms); peak RSS %4 MB "
                       "(%5 MB when the wallet appeared)")
            .arg(grid.value(QStringLiteral("rows")).toInt())
            .arg(grid.value(QStringLiteral("load_ms")).toDouble(), 0, 'f', 0)
            .arg(grid.value(QStringLiteral("first_rows_ms")).toDouble(), 0, 'f', 0)
            .arg(double(grid.value(QStringLiteral("vmhwm_after_load_kb")).toInteger()) / 1024, 0, 'f', 1)
            .arg(double(grid.value(QStringLiteral("vmhwm_at_ready_kb")).toInteger()) / 1024, 0, 'f', 1));
    say(QStringLiteral("scroll: %1 steps of %2 px, %3 images loaded; longest GUI-thread stall %4 ms wall "
                       "(%5 ms of it on the GUI thread's CPU), p99 gap %6 ms, %7 gaps > 16 ms; longest "
                       "GUI-thread busy stretch %8 ms CPU (%9 > 16 ms)")
            .arg(grid.value(QStringLiteral("scroll_steps")).toInt())
            .arg(grid.value(QStringLiteral("scroll_step_px")).toInt())
            .arg(grid.value(QStringLiteral("images_loaded")).toInt())
            .arg(grid.value(QStringLiteral("max_stall_ms")).toDouble(), 0, 'f', 1)
            .arg(grid.value(QStringLiteral("max_stall_cpu_of_it_ms")).toDouble(), 0, 'f', 1)
            .arg(grid.value(QStringLiteral("p99_gap_ms")).toDouble(), 0, 'f', 2)
            .arg(grid.value(QStringLiteral("gaps_over_16ms")).toInteger())
            .arg(grid.value(QStringLiteral("max_busy_ms")).toDouble(), 0, 'f', 1)
            .arg(grid.value(QStringLiteral("busy_over_16ms")).toInteger()));
    say(QStringLiteral("peak RSS after scrolling: %1 MB; account states (ms from start): %2")
            .arg(double(grid.value(QStringLiteral("vmhwm_kb")).toInteger()) / 1024, 0, 'f', 1)
            .arg(QString::fromUtf8(QJsonDocument(grid.value(QStringLiteral("states_ms")).toObject())
                                       .toJson(QJsonDocument::Compact))));

    QJsonArray appRuns;
    QJsonArray referenceRuns;
    for (double ms : std::as_const(appMs))
        appRuns.append(ms);
    for (double ms : std::as_const(referenceMs))
        referenceRuns.append(ms);
    const double appMedian = median(appMs);
    const double referenceMedian = median(referenceMs);
    say(QStringLiteral("cold start median: wallet %1 ms, reference %2 ms, ratio %3")
            .arg(appMedian, 0, 'f', 1)
            .arg(referenceMedian, 0, 'f', 1)
            .arg(referenceMedian > 0 ? appMedian / referenceMedian : 0, 0, 'f', 2));
    const QJsonObject summary{{QStringLiteral("cold_start_ms"), appMedian},
                              {QStringLiteral("cold_start_runs_ms"), appRuns},
                              {QStringLiteral("reference_ms"), referenceMedian},
                              {QStringLiteral("reference_runs_ms"), referenceRuns},
                              {QStringLiteral("grid"), grid},
                              {QStringLiteral("cpus"), QThread::idealThreadCount()}};
    say(QStringLiteral("json: ") + QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}
