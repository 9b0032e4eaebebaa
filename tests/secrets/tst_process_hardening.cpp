// SPDX-License-Identifier: MIT
// Process hardening (KeePassXC's Bootstrap): hardenProcess() turns core dumps off (RLIMIT_CORE 0/0)
// and makes the process non-dumpable, checked in a fresh child through the kernel's own reports
// (prctl(PR_GET_DUMPABLE), /proc/self/limits); the real stardeck-cli and stardeck binaries are
// hardened from their first line, checked from outside through /proc/<pid> (a non-dumpable process's
// /proc files belong to root); and an aborting hardened process leaves no core file where an
// unhardened one does.
#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kWaitMs = 30000;
constexpr char kProbeVariable[] = "STARDECK_HARDENING_PROBE";

//! The child side of the probe: reports the kernel's view before and after hardenProcess().
int runProbe()
{
    const int before = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    const stardeck::platform::HardeningResult result = stardeck::platform::hardenProcess();
    const int after = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    rlimit limit{};
    getrlimit(RLIMIT_CORE, &limit);
    QFile limits(QStringLiteral("/proc/self/limits"));
    QByteArray coreLine;
    if (limits.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : limits.readAll().split('\n'))
            if (line.startsWith("Max core file size"))
                coreLine = line.simplified();
    }
    std::printf("dumpable_before=%d\ndumpable_after=%d\ncore_cur=%llu\ncore_max=%llu\nok=%d\nlimits=%s\n",
                before, after, static_cast<unsigned long long>(limit.rlim_cur),
                static_cast<unsigned long long>(limit.rlim_max), result.ok() ? 1 : 0, coreLine.constData());
    return 0;
}

//! key=value lines of a probe's output.
QMap<QString, QString> parseProbe(const QByteArray &output)
{
    QMap<QString, QString> values;
    for (const QByteArray &line : output.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

//! The "Max core file size" soft and hard limits of a running process ("" when unreadable).
QString coreLimitsOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            return QString::fromLatin1(words.value(4) + ' ' + words.value(5)); // soft hard
        }
    }
    return {};
}

//! The real uid of a running process (from /proc/<pid>/status), or -1.
int realUidOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Uid:"))
            return line.simplified().split(' ').value(1).toInt();
    return -1;
}

//! The owner of /proc/<pid>/environ: the process's own uid while it is dumpable, root when it is not.
int procOwnerOf(qint64 pid)
{
    struct stat info {};
    const QByteArray path = QStringLiteral("/proc/%1/environ").arg(pid).toLocal8Bit();
    return ::stat(path.constData(), &info) == 0 ? int(info.st_uid) : -1;
}

//! Runs a child as `nobody` when this test runs as root (root's /proc files are root's either way),
//! and lets it write core files as far as the limits go, so only the binary's own hardening stops them.
void prepareChild(QProcess &process, bool allowCores)
{
    const bool dropRoot = ::geteuid() == 0;
    process.setChildProcessModifier([dropRoot, allowCores] {
        if (allowCores) {
            const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
            setrlimit(RLIMIT_CORE, &unlimited);
        }
        if (dropRoot) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(126);
        }
    });
}

//! Files whose name starts with "core" in `dir`.
QStringList coreFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
}

} // namespace

class TestProcessHardening : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void functionTurnsCoreDumpsOffAndTheProcessNonDumpable()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeVariable), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        prepareChild(child, true); // starts with cores allowed: the function must turn them off itself
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(kWaitMs));
        QCOMPARE(child.exitCode(), 0);
        const QMap<QString, QString> probe = parseProbe(child.readAllStandardOutput());
        QCOMPARE(probe.value(QStringLiteral("dumpable_before")), QStringLiteral("1"));
        QCOMPARE(probe.value(QStringLiteral("dumpable_after")), QStringLiteral("0"));
        QCOMPARE(probe.value(QStringLiteral("core_cur")), QStringLiteral("0"));
        QCOMPARE(probe.value(QStringLiteral("core_max")), QStringLiteral("0"));
        QCOMPARE(probe.value(QStringLiteral("ok")), QStringLiteral("1"));
        QCOMPARE(probe.value(QStringLiteral("limits")), QStringLiteral("Max core file size 0 0 bytes"));
    }

    void cliBinaryIsHardenedFromItsFirstLine()
    {
        QProcess cli;
        prepareChild(cli, true);
        // `crypto batch` waits on standard input: time to look at the running process from outside.
        cli.start(QStringLiteral(STARDECK_CLI_BINARY), {QStringLiteral("crypto"), QStringLiteral("batch")});
        QVERIFY(cli.waitForStarted(kWaitMs));
        verifyHardenedFromOutside(cli.processId());
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(kWaitMs));
        QCOMPARE(cli.exitCode(), 0);
    }

    void aControlProcessIsDumpableSoTheCheckCanFail()
    {
        // The same look from outside at a process that does not harden itself: cores allowed, dumpable.
        QProcess plain;
        prepareChild(plain, true);
        plain.start(QStringLiteral("/bin/cat"), {});
        QVERIFY(plain.waitForStarted(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(realUidOf(plain.processId()) >= 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(coreLimitsOf(plain.processId()), QStringLiteral("unlimited unlimited"),
                                  kWaitMs);
        QCOMPARE(procOwnerOf(plain.processId()), realUidOf(plain.processId()));
        plain.closeWriteChannel();
        QVERIFY(plain.waitForFinished(kWaitMs));
    }

    void abortedHardenedProcessLeavesNoCoreFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0); // writable for nobody
        // Control: an unhardened process that aborts here does leave a core (core_pattern permitting).
        QProcess control;
        prepareChild(control, true);
        control.setWorkingDirectory(dir.path());
        control.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("kill -ABRT $$")});
        QVERIFY(control.waitForFinished(kWaitMs));
        QCOMPARE(control.exitStatus(), QProcess::CrashExit);
        const bool coresWork = !coreFilesIn(dir.path()).isEmpty();
        for (const QString &name : coreFilesIn(dir.path()))
            QVERIFY(QFile::remove(dir.filePath(name)));

        QProcess cli;
        prepareChild(cli, true);
        cli.setWorkingDirectory(dir.path());
        cli.start(QStringLiteral(STARDECK_CLI_BINARY), {QStringLiteral("crypto"), QStringLiteral("batch")});
        QVERIFY(cli.waitForStarted(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(coreLimitsOf(cli.processId()), QStringLiteral("0 0"), kWaitMs);
        QVERIFY(::kill(pid_t(cli.processId()), SIGABRT) == 0);
        QVERIFY(cli.waitForFinished(kWaitMs));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        QVERIFY2(coreFilesIn(dir.path()).isEmpty(), qPrintable(coreFilesIn(dir.path()).join(u' ')));
        if (!coresWork)
            QSKIP("this machine writes no core files at all (core_pattern): only the limits were checked");
    }

#ifdef STARDECK_APP_BINARY
    void appIsHardenedAndItsBrowserEngineStillWorks()
    {
        // PR_SET_DUMPABLE 0 changes who may read /proc/<pid> and ptrace the process, which Chromium's
        // zygote and sandbox care about. The hardened app, run as an ordinary user with the browser
        // engine's own sandbox on, still logs in through the embedded login view, connects and opens
        // the confirmation dialog (its --screenshot-page confirm path).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString path = dir.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(path));
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0700) == 0);
            if (::geteuid() == 0)
                QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
            env.insert(QString::fromLatin1(name), path);
        }
        env.remove(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("STARDECK_SECRET_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("STARDECK_PASSPHRASE"), QStringLiteral("hardening test"));
        const QString shot = dir.filePath(QStringLiteral("tmpdir/confirm.png"));
        QProcess app;
        app.setProcessEnvironment(env);
        prepareChild(app, true);
        app.start(QStringLiteral(STARDECK_APP_BINARY),
                  {QStringLiteral("--auto-login"), QStringLiteral("demo@stardeck.test"),
                   QStringLiteral("--screenshot"), shot, QStringLiteral("--screenshot-page"),
                   QStringLiteral("confirm")});
        QVERIFY(app.waitForStarted(kWaitMs));
        verifyHardenedFromOutside(app.processId());
        QVERIFY(app.waitForFinished(90000));
        const QByteArray errors = app.readAllStandardError();
        if (app.exitCode() != 0 && errors.contains("No usable sandbox"))
            QSKIP("the browser engine's sandbox cannot run here (no user namespaces)");
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 qPrintable(QString::fromUtf8(errors.right(3000))));
        QVERIFY(QFile::exists(shot));
    }
#endif

private:
    //! The core limit is 0/0 and /proc/<pid> is closed to the process's own user (non-dumpable).
    static void verifyHardenedFromOutside(qint64 pid)
    {
        QTRY_COMPARE_WITH_TIMEOUT(coreLimitsOf(pid), QStringLiteral("0 0"), kWaitMs);
        QVERIFY(realUidOf(pid) > 0); // a root process's /proc files are root's either way
        QTRY_COMPARE_WITH_TIMEOUT(procOwnerOf(pid), 0, kWaitMs);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kProbeVariable))
        return runProbe();
    QCoreApplication app(argc, argv);
    TestProcessHardening test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_process_hardening.moc"
