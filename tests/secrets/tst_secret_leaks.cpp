// SPDX-License-Identifier: MIT
// No secret leaks out of a full session (issue 6, "Secrets"; KeePassXC's rule that secrets live only in
// the zeroizing type and the encrypted store). With every debug log category on, in throwaway HOME and
// XDG directories and the encrypted-file store under a known passphrase:
//  - the real stardeck-cli logs in (sandbox, PKCE), connects (TEE wallet, Stark key derived and stored)
//    and signs and submits a transfer;
//  - the real stardeck app logs in on its built-in sandbox (--auto-login), connects, loads the wallet and
//    prepares a transfer up to the confirmation dialog;
//  - the app is aborted (SIGABRT) while logged in: no core file, nothing secret on stderr;
//  - the embedded login page, after a login, holds no token or PKCE verifier in its DOM, URL, storage or
//    cookies.
// The secrets searched for are the ones the sandbox issued or received (authorization codes, PKCE
// verifiers, access, ID and refresh tokens: /__sandbox/issued-secrets), the TEE's key for the user, the
// passphrase, and every value in the secret store (decrypted here with the passphrase); each in raw, hex,
// base64 and base64url form, in every file written and every line printed.
#include "LeakSearch.h"
#include "SandboxFixture.h"
#include "login/LoginDialog.h"
#include "login/LoginWebPage.h"
#include "login/WebPageTestSupport.h"
#include "passport/PassportSession.h"
#include "world/Seed.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <optional>

using namespace stardeck;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 90000;
const QByteArray kPassphrase = "leak-test passphrase 7f3a";
const QString kDemo = QStringLiteral("demo@stardeck.test");

//! Log lines captured in this process (the embedded-login case).
QMutex g_logMutex;
QByteArray g_log;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

//! A throwaway home for one process: HOME, XDG config/data/cache/runtime and TMPDIR all inside `root`.
QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QList<QPair<QString, QString>> dirs{{QStringLiteral("HOME"), QStringLiteral("home")},
                                              {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("config")},
                                              {QStringLiteral("XDG_DATA_HOME"), QStringLiteral("data")},
                                              {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("cache")},
                                              {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("runtime")},
                                              {QStringLiteral("TMPDIR"), QStringLiteral("tmp")}};
    for (const auto &[name, dir] : dirs) {
        const QString path = root + QLatin1Char('/') + dir;
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(name, path);
    }
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("STARDECK_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("STARDECK_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "STARDECK_CLIENT_ID",
                             "STARDECK_SANDBOX_URL"})
        env.remove(QString::fromLatin1(name));
    return env;
}

struct Finished {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

//! Runs a process to the end while this thread's event loop keeps serving (the sandbox lives here).
Finished runToEnd(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel();
    Finished result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kWaitMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

//! Adds what the sandbox's auth service issued or received to `search`.
void addIssued(const QList<sandbox::SandboxContext::IssuedSecret> &issued, LeakSearch &search)
{
    for (const auto &secret : issued)
        search.add(secret.kind, secret.value);
}

//! Polls the admin API of every loopback port `pid` listens on (the app's built-in sandbox) and keeps
//! every issued secret it reports, until stopped.
class IssuedSecretsPoller : public QObject {
public:
    explicit IssuedSecretsPoller(qint64 pid) : m_pid(pid)
    {
        connect(&m_timer, &QTimer::timeout, this, &IssuedSecretsPoller::poll);
        m_timer.start(250);
    }
    //! kind and value of each secret seen.
    const QList<sandbox::SandboxContext::IssuedSecret> &secrets() const { return m_secrets; }
    bool seen(const QString &kind) const
    {
        return std::any_of(m_secrets.begin(), m_secrets.end(), [&](const auto &s) { return s.kind == kind; });
    }
    //! The process's core-file limit as /proc last reported it ("" until read).
    QString coreLimit;

private:
    void poll()
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(m_pid));
        if (limits.open(QIODevice::ReadOnly)) { // the latest reading while it runs
            for (const QByteArray &line : limits.readAll().split('\n'))
                if (line.startsWith("Max core file size"))
                    coreLimit = QString::fromLatin1(line.simplified());
        }
        for (const quint16 port : loopbackListenPorts(m_pid)) {
            QNetworkReply *reply = m_nam.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/issued-secrets").arg(port))));
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                const QJsonArray list = QJsonDocument::fromJson(reply->readAll())
                                            .object()
                                            .value(QStringLiteral("secrets"))
                                            .toArray();
                for (const QJsonValue &item : list) {
                    const QByteArray value = item[QStringLiteral("value")].toString().toLatin1();
                    if (!m_values.contains(value)) {
                        m_values.insert(value);
                        m_secrets.append({item[QStringLiteral("kind")].toString(), value});
                    }
                }
            });
        }
    }

    qint64 m_pid;
    QTimer m_timer;
    QNetworkAccessManager m_nam;
    QSet<QByteArray> m_values;
    QList<sandbox::SandboxContext::IssuedSecret> m_secrets;
};

QString joined(const QStringList &lines)
{
    return lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestSecretLeaks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cliSessionLeavesNoSecret()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is the CLI's stand-in browser here");
        sandbox::SandboxOptions options;
        options.autoLoginEmail = kDemo;
        options.nfts = 200;
        SandboxFixture f(options);
        QTemporaryDir root;
        QTemporaryDir tools; // outside the searched tree
        QVERIFY(root.isValid() && tools.isValid());
        const QString browser = tools.filePath(QStringLiteral("browser.sh"));
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec \"" + curl.toLocal8Bit() +
                     "\" -sS -L --max-time 20 -o /dev/null \"$1\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.insert(QStringLiteral("STARDECK_SANDBOX_URL"), f.sandbox().baseUrl().toString());
        env.insert(QStringLiteral("BROWSER"), browser);
        const QString cli = QStringLiteral(STARDECK_CLI_BINARY);
        const auto &users = f.sandbox().world().users;
        const auto alice = users.find(sandbox::userIdForEmail(QStringLiteral("alice@stardeck.test")));
        QVERIFY(alice != users.end());
        const std::size_t transfersBefore = f.sandbox().world().transfers.size();

        QByteArray printed;
        const QList<QStringList> commands{
            {QStringLiteral("--json"), QStringLiteral("login")},
            {QStringLiteral("--json"), QStringLiteral("whoami")},
            {QStringLiteral("--json"), QStringLiteral("balances")},
            {QStringLiteral("--json"), QStringLiteral("transfer"), QStringLiteral("--to"),
             alice->second.ethAddress, QStringLiteral("--token"), QStringLiteral("ETH"),
             QStringLiteral("--amount"), QStringLiteral("0.25"), QStringLiteral("--yes")},
        };
        for (const QStringList &command : commands) {
            const Finished run = runToEnd(cli, command, env);
            printed += run.out + run.err;
            QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0,
                     qPrintable(command.join(u' ') + QStringLiteral(": ") +
                                QString::fromUtf8(run.err.right(2000))));
        }
        // The transfer really was signed and executed once.
        QCOMPARE(f.sandbox().world().transfers.size(), transfersBefore + 1);

        LeakSearch search;
        addIssued(f.sandbox().context().issuedSecrets, search);
        verifySessionSecrets(search);
        QString error;
        const QStringList stored = addStoredSecrets(root.path(), kPassphrase, search, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The refresh token and the Stark key at least; both are searched for (and must not be found).
        QVERIFY2(stored.size() >= 2, qPrintable(stored.join(u' ')));
        search.add(QStringLiteral("TEE key"), teeKey());
        search.add(QStringLiteral("passphrase"), kPassphrase);

        QStringList leaks = search.findInTree(root.path());
        leaks += search.findIn(printed, QStringLiteral("the CLI's output"));
        QVERIFY2(leaks.isEmpty(), qPrintable(joined(leaks)));
        QVERIFY(filesUnder(root.path()).size() >= 3); // the store files, the journal, ...
        qInfo(
            "stardeck-cli: %d secrets (%lld from the store) checked across %lld files and %lld bytes of output",
            search.size(), stored.size(), qsizetype(filesUnder(root.path()).size()), printed.size());
    }

    void appSessionLeavesNoSecret()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcess app;
        app.setProcessEnvironment(isolatedEnvironment(root.path()));
        const QString shot = root.filePath(QStringLiteral("shots/confirm.png"));
        QDir().mkpath(root.filePath(QStringLiteral("shots")));
        app.start(QStringLiteral(STARDECK_APP_BINARY),
                  {QStringLiteral("--auto-login"), kDemo, QStringLiteral("--screenshot"), shot,
                   QStringLiteral("--screenshot-page"), QStringLiteral("confirm")});
        QVERIFY(app.waitForStarted(kWaitMs));
        IssuedSecretsPoller poller(app.processId());
        QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, kWaitMs));
        const QByteArray printed = app.readAllStandardOutput() + app.readAllStandardError();
        // It went all the way: login, wallet, Send, confirmation dialog (saved as a picture).
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 qPrintable(QString::fromUtf8(printed.right(3000))));
        QVERIFY(QFile::exists(shot));
        // Hardened from the start, and the browser engine still worked.
        QCOMPARE(poller.coreLimit, QStringLiteral("Max core file size 0 0 bytes"));

        LeakSearch search;
        addIssued(poller.secrets(), search);
        verifySessionSecrets(search);
        QString error;
        const QStringList stored = addStoredSecrets(root.path(), kPassphrase, search, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        search.add(QStringLiteral("TEE key"), teeKey());
        search.add(QStringLiteral("passphrase"), kPassphrase);
        QStringList leaks = search.findInTree(root.path());
        leaks += search.findIn(printed, QStringLiteral("the app's output"));
        QVERIFY2(leaks.isEmpty(), qPrintable(joined(leaks)));
        qInfo("stardeck: %d secrets (%lld from the store) checked across %lld files and %lld bytes of output",
              search.size(), stored.size(), qsizetype(filesUnder(root.path()).size()), printed.size());
    }

    void abortedAppLeavesNoCoreAndNoSecretOnStderr()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString cwd = root.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(cwd));
        QProcess app;
        app.setProcessEnvironment(isolatedEnvironment(root.path()));
        app.setWorkingDirectory(cwd); // core_pattern "core" writes here
        app.setChildProcessModifier([] {
            // Cores allowed as far as the limits go: only the app's own hardening may stop one.
            const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
            setrlimit(RLIMIT_CORE, &unlimited);
        });
        app.start(QStringLiteral(STARDECK_APP_BINARY),
                  {QStringLiteral("--auto-login"), kDemo, QStringLiteral("--screenshot"),
                   root.filePath(QStringLiteral("never.png")), QStringLiteral("--screenshot-page"),
                   QStringLiteral("confirm")});
        QVERIFY(app.waitForStarted(kWaitMs));
        IssuedSecretsPoller poller(app.processId());
        // Logged in (tokens issued) and holding them: then the crash.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return poller.seen(QStringLiteral("refresh_token")) || app.state() == QProcess::NotRunning;
            },
            kWaitMs));
        QVERIFY(app.state() == QProcess::Running);
        QTest::qWait(1500);
        QVERIFY(::kill(pid_t(app.processId()), SIGABRT) == 0);
        QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, kWaitMs));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        const QByteArray printed = app.readAllStandardOutput() + app.readAllStandardError();

        const QStringList cores = QDir(cwd).entryList({QStringLiteral("core*")}, QDir::Files);
        QVERIFY2(cores.isEmpty(), qPrintable(cores.join(u' ')));
        LeakSearch search;
        addIssued(poller.secrets(), search);
        QVERIFY(search.count(QStringLiteral("access_token")) >= 1);
        QString error;
        addStoredSecrets(root.path(), kPassphrase, search, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        search.add(QStringLiteral("TEE key"), teeKey());
        QStringList leaks = search.findInTree(root.path());
        leaks += search.findIn(printed, QStringLiteral("the crashed app's output"));
        QVERIFY2(leaks.isEmpty(), qPrintable(joined(leaks)));
    }

    void loginPageHoldsNoTokenOrVerifier()
    {
        SandboxFixture f;
        QNetworkAccessManager nam;
        const passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
        passport::PassportSession session(environment, nam);
        ui::LoginDialog dialog(session, ui::LoginPolicy::forEnvironment(environment));
        QSignalSpy loggedIn(&dialog, &ui::LoginDialog::loggedIn);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        dialog.show();
        dialog.start();
        QWebEnginePage &page = *dialog.page();
        const bool formShown = submitSandboxEmail(page, kDemo);
        const bool codeShown = formShown && submitSandboxCode(page);
        const bool done = codeShown && loggedIn.wait(30000);
        // Everything the page could give a script: its markup, address, storage, cookies, history.
        const QString everything =
            evaluate(page, QStringLiteral("JSON.stringify({html: document.documentElement.outerHTML, "
                                          "href: location.href, referrer: document.referrer, "
                                          "cookie: document.cookie, local: Object.assign({}, localStorage), "
                                          "session: Object.assign({}, sessionStorage), name: window.name, "
                                          "entries: performance.getEntries().map(e => e.name)})"))
                .toString();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(formShown && codeShown);
        QVERIFY2(done, qPrintable(dialog.statusText()));
        QVERIFY(session.isLoggedIn());
        QVERIFY(everything.contains(QStringLiteral("\"html\":")));

        LeakSearch tokens;
        LeakSearch codes;
        for (const auto &secret : f.sandbox().context().issuedSecrets)
            (secret.kind == QLatin1String("code") ? codes : tokens).add(secret.kind, secret.value);
        verifySessionSecrets(tokens);
        QStringList leaks = tokens.findIn(everything.toUtf8(), QStringLiteral("the login page"));
        {
            const QMutexLocker lock(&g_logMutex);
            leaks += tokens.findIn(g_log, QStringLiteral("this process's log"));
            leaks += codes.findIn(g_log, QStringLiteral("this process's log"));
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(joined(leaks)));
        // The one-time authorization code never loaded in the page either (the redirect was intercepted).
        QVERIFY2(codes.findIn(everything.toUtf8(), QStringLiteral("the login page")).isEmpty(),
                 qPrintable(joined(codes.findIn(everything.toUtf8(), QStringLiteral("the login page")))));
    }

private:
    //! A full login happened: a verifier came in and access, ID and refresh tokens went out.
    static void verifySessionSecrets(const LeakSearch &search)
    {
        for (const char *kind : {"code_verifier", "access_token", "id_token", "refresh_token"})
            QVERIFY2(search.count(QString::fromLatin1(kind)) >= 1, kind);
    }

    //! The key the emulated TEE holds for the demo user (the seed derives it from the e-mail).
    static QByteArray teeKey()
    {
        const crypto::SecureBytes key = sandbox::adminKeyForEmail(kDemo);
        return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    }
};

int main(int argc, char **argv)
{
    ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSecretLeaks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_leaks.moc"
