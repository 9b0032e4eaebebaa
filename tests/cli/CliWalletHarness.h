// SPDX-License-Identifier: MIT
#pragma once

// Test support for the wallet commands of stardeck-cli: runs the real binary (QProcess) against an
// in-process sandbox (auto-login as demo@stardeck.test) with a private HOME, no session bus (so the
// passphrase-encrypted file store is used) and STARDECK_PASSPHRASE, while the test's thread keeps
// serving the sandbox. The CLI runs in its own session (setsid), so it has no controlling terminal
// unless a test gives it a pseudo-terminal: approval questions then go to that pty, never to the
// developer's terminal.

#include "SandboxFixture.h"
#include "world/Seed.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <functional>
#include <memory>

namespace stardeck::test {

//! What one run of the CLI did.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray tty; //!< what the CLI wrote to its terminal (pty runs only)
};

//! Extra behaviour of one run.
struct RunOptions {
    QByteArray input;
    bool closeInput = true;
    QByteArray ttyAnswer;    //!< non-empty: give the CLI a pty and type this after the question
    QByteArray waitInOutput; //!< non-empty: call onOutput once stdout contains this
    std::function<void(const QByteArray &out)> onOutput;
    QByteArray waitInError; //!< non-empty: call onError once stderr contains this
    std::function<void(const QByteArray &err)> onError;
    QStringList unsetEnvironment;
    QList<QPair<QString, QString>> setEnvironment;
};

//! The JSON value of a command's output.
inline QJsonDocument json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes.trimmed());
}

//! a - b for decimal base-unit strings (exact).
inline QString difference(const QString &a, const QString &b)
{
    auto x = stardeck::crypto::UInt256::fromDecimal(a.toStdString());
    const auto y = stardeck::crypto::UInt256::fromDecimal(b.toStdString());
    if (!x || !y)
        return QStringLiteral("(not a number)");
    if (x.value().subInPlace(y.value()) != 0)
        return QStringLiteral("(negative)");
    return QString::fromStdString(x.value().toDecimal());
}

//! Options that unset one environment variable.
inline RunOptions without(const char *variable)
{
    RunOptions options;
    options.unsetEnvironment = {QString::fromLatin1(variable)};
    return options;
}

//! The sandbox, the private HOME and the helpers the wallet command tests share.
class CliWalletHarness {
protected:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_home;
    QString m_browser;
    QString m_demoAddress;
    QString m_aliceAddress;
    //! The first tests let the CLI probe for a keychain (none: no session bus) like a user's run; later
    //! ones skip the probe (STARDECK_SECRET_STORE=file) to keep the test fast. Same store either way.
    bool m_probeKeychain = true;

    //! Starts the sandbox (auto-login as demo@stardeck.test), the private HOME and the $BROWSER script.
    void startSandbox()
    {
        QVERIFY(m_home.isValid());
        stardeck::sandbox::SandboxOptions options;
        options.autoLoginEmail = stardeck::sandbox::seed::demoEmail;
        options.nfts = 300;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        auto *demo = m_sandbox->sandbox().world().userByEmail(stardeck::sandbox::seed::demoEmail);
        auto *alice = m_sandbox->sandbox().world().userByEmail(QStringLiteral("alice@stardeck.test"));
        QVERIFY(demo && alice);
        m_demoAddress = demo->ethAddress;
        m_aliceAddress = alice->ethAddress;
        // The "browser": fetches the authorize URL and follows the redirect to the CLI's listener.
        m_browser = m_home.filePath(QStringLiteral("browser.sh"));
        QFile script(m_browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec curl -sS -L --max-time 20 -o /dev/null \"$1\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    //! The CLI's environment: private HOME and XDG dirs, no session bus, the passphrase, the sandbox URL.
    QProcessEnvironment environment(const RunOptions &options) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "STARDECK_SECRET_STORE", "STARDECK_CLIENT_ID",
                                 "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("STARDECK_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
        env.insert(QStringLiteral("STARDECK_SANDBOX_URL"), m_sandbox->sandbox().baseUrl().toString());
        env.insert(QStringLiteral("BROWSER"), m_browser);
        if (!m_probeKeychain)
            env.insert(QStringLiteral("STARDECK_SECRET_STORE"), QStringLiteral("file"));
        for (const auto &[name, value] : options.setEnvironment)
            env.insert(name, value);
        for (const QString &name : options.unsetEnvironment)
            env.remove(name);
        return env;
    }

    //! Runs the CLI while this thread keeps serving the sandbox.
    Run cli(const QStringList &arguments, const RunOptions &options = {})
    {
        int master = -1;
        int slave = -1;
        if (!options.ttyAnswer.isEmpty()) {
            if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
                qFatal("openpty failed");
            ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        }
        QProcess process;
        process.setProcessEnvironment(environment(options));
        process.setChildProcessModifier([slave] {
            ::setsid(); // no controlling terminal...
            if (slave >= 0) {
                ::ioctl(slave, TIOCSCTTY, 0); // ...unless the test gives it this pty
                ::close(slave);
            }
        });
        process.start(QStringLiteral(STARDECK_CLI_PATH), arguments);
        if (!process.waitForStarted())
            qFatal("cannot start %s", STARDECK_CLI_PATH);
        if (slave >= 0)
            ::close(slave);
        process.write(options.input);
        if (options.closeInput)
            process.closeWriteChannel();
        Run run;
        bool answered = false;
        bool called = false;
        bool calledError = false;
        const QDeadlineTimer deadline(50'000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(10);
            run.out += process.readAllStandardOutput();
            run.err += process.readAllStandardError();
            if (master >= 0) {
                char buffer[4096];
                ssize_t n = 0;
                while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                    run.tty.append(buffer, qsizetype(n));
                if (!answered && run.tty.contains("Sign and submit? [y/N]")) {
                    answered = true;
                    if (::write(master, options.ttyAnswer.constData(), size_t(options.ttyAnswer.size())) < 0)
                        qFatal("cannot write to the pty");
                }
            }
            if (!called && !options.waitInOutput.isEmpty() && run.out.contains(options.waitInOutput)) {
                called = true;
                options.onOutput(run.out);
                process.closeWriteChannel();
            }
            if (!calledError && !options.waitInError.isEmpty() && run.err.contains(options.waitInError)) {
                calledError = true;
                options.onError(run.err);
            }
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        if (master >= 0)
            ::close(master);
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        return run;
    }

    //! A QStringList of UTF-8 literals.
    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *a : list)
            out.append(QString::fromUtf8(a));
        return out;
    }

    //! The sandbox's balance of `owner` in the token with this symbol, in base units.
    QString sandboxBalance(const QString &owner, const QString &symbol)
    {
        const auto r = m_sandbox->get(QStringLiteral("/imx/v2/balances/") + owner);
        if (r.status != 200)
            return QStringLiteral("(status %1)").arg(r.status);
        for (const QJsonValue &b : r.object().value(QStringLiteral("result")).toArray()) {
            if (b.toObject().value(QStringLiteral("symbol")).toString() == symbol)
                return b.toObject().value(QStringLiteral("balance")).toString();
        }
        return QStringLiteral("0");
    }

    //! The number of transfers the sandbox holds with `owner` as sender.
    int sentTransfers(const QString &owner)
    {
        const auto r = m_sandbox->get(QStringLiteral("/imx/v1/transfers?page_size=200&user=") + owner);
        return int(r.object().value(QStringLiteral("result")).toArray().size());
    }

    //! Logs in with --no-browser, the test playing the browser (no curl needed): it follows the
    //! authorize URL (auto-login redirects at once) and delivers the callback to the CLI's listener.
    void login()
    {
        QNetworkAccessManager nam;
        int callbackStatus = 0;
        RunOptions options;
        options.closeInput = false;
        options.waitInOutput = "\n";
        options.onOutput = [&](const QByteArray &out) {
            const QUrl url(
                json(out.left(out.indexOf('\n'))).object().value(QStringLiteral("login_url")).toString());
            const auto authorize =
                m_sandbox->get(url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded));
            QNetworkReply *reply =
                nam.get(QNetworkRequest(QUrl(QString::fromUtf8(authorize.header("Location")))));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const Run run = cli(args({"--json", "login", "--no-browser"}), options);
        QCOMPARE(callbackStatus, 200);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    //! The API's address of the token with this symbol.
    QString tokenAddress(const QString &symbol)
    {
        const auto tokens = m_sandbox->get(QStringLiteral("/imx/v1/tokens"));
        for (const QJsonValue &t : tokens.object().value(QStringLiteral("result")).toArray()) {
            if (t[QStringLiteral("symbol")].toString() == symbol)
                return t[QStringLiteral("token_address")].toString();
        }
        return {};
    }

    //! One of the demo user's NFTs (token address, token id), the `skip`-th in the sandbox's order.
    QPair<QString, QString> demoAsset(int skip, const QString &collection = {})
    {
        QString path = QStringLiteral("/imx/v1/assets?page_size=50&user=") + m_demoAddress;
        if (!collection.isEmpty())
            path += QStringLiteral("&collection=") + collection;
        const QJsonArray assets = m_sandbox->get(path).object().value(QStringLiteral("result")).toArray();
        if (assets.size() <= skip)
            return {};
        const QJsonObject a = assets.at(skip).toObject();
        return {a.value(QStringLiteral("token_address")).toString(),
                a.value(QStringLiteral("token_id")).toString()};
    }

    //! Who owns an NFT, according to the sandbox.
    QString assetOwner(const QPair<QString, QString> &asset)
    {
        return m_sandbox->get(QStringLiteral("/imx/v1/assets/%1/%2").arg(asset.first, asset.second))
            .object()
            .value(QStringLiteral("user"))
            .toString();
    }

    //! An order's status, according to the sandbox.
    QString orderStatus(qint64 id)
    {
        return m_sandbox->get(QStringLiteral("/imx/v3/orders/%1").arg(id))
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }

    //! Adds a fault rule (POST /__sandbox/faults).
    void addFault(const QJsonObject &rule)
    {
        const auto r = m_sandbox->postJson(QStringLiteral("/__sandbox/faults"), rule);
        QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    }
};

} // namespace stardeck::test
