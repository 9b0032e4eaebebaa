// SPDX-License-Identifier: MIT
// stardeck-cli's session and read commands (login, whoami, logout, balances, assets, orders, trades,
// transfers, register) and usage errors, against an in-process sandbox (CliWalletHarness.h).
// Expected values come from the sandbox's state.
#include "CliWalletHarness.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace stardeck::test;

class TstCliWallet
    : public QObject
    , private CliWalletHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSandbox(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown environment")
            << args({"--environment", "mars", "whoami"}) << QByteArray("mars");
        QTest::newRow("unknown global option") << args({"--colour", "whoami"}) << QByteArray("--colour");
        QTest::newRow("missing command") << args({"--json"}) << QByteArray("missing command");
        QTest::newRow("argument to balances") << args({"balances", "now"}) << QByteArray("now");
        QTest::newRow("transfer without --to")
            << args({"transfer", "--token", "ETH", "--amount", "1"}) << QByteArray("--to");
        QTest::newRow("transfer without amount")
            << args({"transfer", "--to", "0x1", "--token", "ETH"}) << QByteArray("--amount");
        QTest::newRow("order without verb") << args({"order"}) << QByteArray("create");
        QTest::newRow("order cancel without id") << args({"order", "cancel"}) << QByteArray("order id");
        QTest::newRow("order cancel bad id") << args({"order", "cancel", "12x"}) << QByteArray("order id");
        QTest::newRow("order create bad expiry")
            << args({"order", "create", "--sell-token", "0x1", "--token-id", "1", "--buy-token", "ETH",
                     "--amount", "1", "--expires", "tomorrow"})
            << QByteArray("ISO 8601");
        QTest::newRow("trade without id") << args({"trade"}) << QByteArray("order id");
        QTest::newRow("orders bad status") << args({"orders", "--status", "open"}) << QByteArray("--status");
        QTest::newRow("option twice") << args({"transfer", "--to", "a", "--to", "b"}) << QByteArray("twice");
        QTest::newRow("batch mixed") << args({"batch-transfer", "--file", "x.json", "--to", "0x1"})
                                     << QByteArray("either");
        QTest::newRow("sandbox url for production")
            << args({"--environment", "production", "--sandbox-url", "http://127.0.0.1:1", "whoami"})
            << QByteArray("only for");
        QTest::newRow("bad sandbox url")
            << args({"--sandbox-url", "ftp://x", "whoami"}) << QByteArray("http://");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void needsSandboxUrl()
    {
        const Run run = cli(args({"whoami"}), without("STARDECK_SANDBOX_URL"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("STARDECK_SANDBOX_URL"), run.err.constData());
    }

    void notLoggedIn()
    {
        const Run run = cli(args({"--json", "whoami"}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("NOT_LOGGED_IN_ERROR: "), run.err.constData());
        QCOMPARE(
            json(run.out).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")),
            QStringLiteral("NOT_LOGGED_IN_ERROR"));
        const Run balances = cli(args({"balances"}));
        QCOMPARE(balances.exitCode, 3);
    }

    void noPassphraseNoTerminal()
    {
        const Run run = cli(args({"whoami"}), without("STARDECK_PASSPHRASE"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("STARDECK_PASSPHRASE"), run.err.constData());
    }

    void loginWithoutBrowser()
    {
        // --no-browser prints the URL; the test plays the browser with its own HTTP client.
        QNetworkAccessManager nam;
        int callbackStatus = 0;
        RunOptions options;
        options.closeInput = false;
        options.waitInOutput = "\n";
        options.onOutput = [&](const QByteArray &out) {
            const QString url =
                json(out.left(out.indexOf('\n'))).object().value(QStringLiteral("login_url")).toString();
            const QString path =
                QUrl(url).path(QUrl::FullyEncoded) + u'?' + QUrl(url).query(QUrl::FullyEncoded);
            const auto authorize = m_sandbox->get(path);
            QCOMPARE(authorize.status, 302);
            const QUrl callback(QString::fromUtf8(authorize.header("Location")));
            QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(callback.path(), QStringLiteral("/callback"));
            // Something else first: refused, and the login keeps waiting for the real callback.
            QUrl other = callback;
            other.setPath(QStringLiteral("/favicon.ico"));
            QNetworkReply *wrong = nam.get(QNetworkRequest(other));
            QTRY_VERIFY_WITH_TIMEOUT(wrong->isFinished(), 10000);
            QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QNetworkReply *reply = nam.get(QNetworkRequest(callback));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY(reply->readAll().contains("close this window"));
        };
        const Run run = cli(args({"--json", "login", "--no-browser"}), options);
        QCOMPARE(callbackStatus, 200);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject who = json(lines.last()).object();
        QCOMPARE(who.value(QStringLiteral("email")).toString(), stardeck::sandbox::seed::demoEmail);
        QCOMPARE(who.value(QStringLiteral("imx_address")).toString(), m_demoAddress);
    }

    void loginWithBrowserAndWhoami()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
            login(); // the later tests need a session
            m_probeKeychain = false;
            QSKIP("curl is needed for the $BROWSER script");
        }
        const Run login = cli(args({"login"}));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.out.contains("Logged in."));
        QVERIFY(login.out.contains(m_demoAddress.toUtf8()));

        const Run who = cli(args({"--json", "whoami"}));
        QVERIFY2(who.exitCode == 0, who.err.constData());
        const QJsonObject o = json(who.out).object();
        const auto *demo = m_sandbox->sandbox().world().userByEmail(stardeck::sandbox::seed::demoEmail);
        QCOMPARE(o.value(QStringLiteral("email")).toString(), demo->email);
        QCOMPARE(o.value(QStringLiteral("sub")).toString(), demo->userId);
        QCOMPARE(o.value(QStringLiteral("imx_address")).toString(), demo->ethAddress);
        QCOMPARE(o.value(QStringLiteral("stark_key")).toString(), demo->starkKey);
        QCOMPARE(o.value(QStringLiteral("registered")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("secret_store")).toString().contains(QStringLiteral("encrypted")));

        // The session is kept in the encrypted file store, never in plaintext.
        const QDir secrets(m_home.filePath(QStringLiteral("data/stardeck-cli/secrets")));
        const QStringList files = secrets.entryList(QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(secrets.path()));
        for (const QString &name : files) {
            QFile f(secrets.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(8) == "SDSECRET");
        }

        // The refresh token rotates on every restore; the rotated one is stored again (a reused one
        // would end the session in the sandbox), so whoami keeps working.
        for (int i = 0; i < 2; ++i) {
            const Run again = cli(args({"whoami"}));
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QVERIFY(again.out.contains(demo->ethAddress.toUtf8()));
        }
        m_probeKeychain = false;
    }

    void balances()
    {
        const Run run = cli(args({"--json", "balances"}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = json(run.out).array();
        const auto state = m_sandbox->get(QStringLiteral("/imx/v2/balances/") + m_demoAddress);
        const QJsonArray expected = state.object().value(QStringLiteral("result")).toArray();
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(rows.size() >= 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QJsonObject want = expected.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("symbol")), want.value(QStringLiteral("symbol")));
            QCOMPARE(row.value(QStringLiteral("balance_base_units")), want.value(QStringLiteral("balance")));
        }
        // Exact decimals (Seed.h: 12.5 ETH, 2,500 USDS, 10,000 DUST), never floating point.
        QMap<QString, QString> bySymbol;
        for (const QJsonValue &row : rows)
            bySymbol.insert(row[QStringLiteral("symbol")].toString(),
                            row[QStringLiteral("balance")].toString());
        QCOMPARE(bySymbol.value(QStringLiteral("USDS")), QStringLiteral("2500"));
        QCOMPARE(bySymbol.value(QStringLiteral("DUST")), QStringLiteral("10000"));

        const Run table = cli(args({"balances"}));
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY(table.out.startsWith("SYMBOL"));
        QVERIFY(table.out.contains(bySymbol.value(QStringLiteral("ETH")).toUtf8()));
    }

    void readsAgreeWithSandbox()
    {
        const Run assets = cli(args({"--json", "assets", "--all"}));
        QVERIFY2(assets.exitCode == 0, assets.err.constData());
        const auto owned =
            m_sandbox->get(QStringLiteral("/imx/v1/assets?page_size=200&user=") + m_demoAddress);
        QVERIFY(owned.object().value(QStringLiteral("remaining")).toInt() == 0);
        QCOMPARE(json(assets.out).array().size(),
                 owned.object().value(QStringLiteral("result")).toArray().size());

        const Run orders = cli(args({"--json", "orders", "--status", "active", "--all"}));
        QVERIFY2(orders.exitCode == 0, orders.err.constData());
        const auto active = m_sandbox->get(
            QStringLiteral("/imx/v3/orders?page_size=200&status=active&user=") + m_demoAddress);
        QCOMPARE(json(orders.out).array().size(),
                 active.object().value(QStringLiteral("result")).toArray().size());
        for (const QJsonValue &o : json(orders.out).array())
            QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("active"));

        const Run trades = cli(args({"--json", "trades"}));
        QVERIFY2(trades.exitCode == 0, trades.err.constData());
        QVERIFY(!json(trades.out).array().isEmpty());

        const Run transfers = cli(args({"--json", "transfers", "--all"}));
        QVERIFY2(transfers.exitCode == 0, transfers.err.constData());
        const int sent = sentTransfers(m_demoAddress);
        int out = 0;
        for (const QJsonValue &t : json(transfers.out).array())
            out += t[QStringLiteral("direction")].toString() == QLatin1String("out") ? 1 : 0;
        QCOMPARE(out, sent);
    }

    void readFaults()
    {
        // A 503 once: the read is retried and succeeds.
        addFault({{QStringLiteral("route"), QStringLiteral("imx.balances.list")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("times"), 1}});
        const Run retried = cli(args({"--json", "balances"}));
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QVERIFY(json(retried.out).isArray());

        // A malformed body: a clear error, exit 9, nothing printed as data.
        addFault({{QStringLiteral("route"), QStringLiteral("imx.balances.list")},
                  {QStringLiteral("body"), QStringLiteral("malformed")},
                  {QStringLiteral("times"), 1}});
        const Run malformed = cli(args({"balances"}));
        QCOMPARE(malformed.exitCode, 9);
        QVERIFY2(malformed.err.startsWith("SERVICE_UNAVAILABLE_ERROR: "), malformed.err.constData());
        QVERIFY(malformed.out.isEmpty());
        QCOMPARE(m_sandbox->send("DELETE", QStringLiteral("/__sandbox/faults")).status / 100, 2);
    }

    void sessionEnded()
    {
        // Replaying an old refresh token makes the sandbox revoke the session (reuse detection): the
        // CLI says so (exit 3), wipes the stored token, and the next command says "not logged in".
        const QDir secrets(m_home.filePath(QStringLiteral("data/stardeck-cli/secrets")));
        // The store key names the deployment (cli/README.md): sha256("<auth URL> <client id>").
        const QByteArray where =
            m_sandbox->sandbox().baseUrl().toString().toUtf8() + "/auth stardeck-desktop";
        const QString tokenFile = secrets.filePath(
            QStringLiteral("stardeck-cli.local.%1.refresh-token.secret")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16))));
        QVERIFY2(QFile::exists(tokenFile), qPrintable(tokenFile));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray old = file.readAll();
        file.close();
        const Run first = cli(args({"whoami"}));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(old);
        file.close();
        const Run replayed = cli(args({"whoami"}));
        QCOMPARE(replayed.exitCode, 3);
        QVERIFY2(replayed.err.startsWith("NOT_LOGGED_IN_ERROR: ") && replayed.err.contains("log in again"),
                 replayed.err.constData());
        QVERIFY(!QFile::exists(tokenFile));
        const Run after = cli(args({"whoami"}));
        QCOMPARE(after.exitCode, 3);
        QVERIFY2(after.err.contains("not logged in"), after.err.constData());
        login();
    }

    void registerNewUser()
    {
        // A user the world has never seen: login creates the embedded wallet, register the IMX account.
        stardeck::sandbox::SandboxOptions options;
        options.autoLoginEmail = QStringLiteral("newcomer@stardeck.test");
        options.nfts = 10;
        SandboxFixture other(options);
        RunOptions run;
        run.setEnvironment = {{QStringLiteral("STARDECK_SANDBOX_URL"), other.sandbox().baseUrl().toString()}};
        const Run login = cli(args({"--json", "login"}), run);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(json(login.out).object().value(QStringLiteral("registered")).toBool(), false);
        const auto *user = other.sandbox().world().userByEmail(QStringLiteral("newcomer@stardeck.test"));
        QVERIFY(user && !user->registered);
        QCOMPARE(json(login.out).object().value(QStringLiteral("wallet_address")).toString().toLower(),
                 user->adminAddress.toLower());

        const Run balances = cli(args({"balances"}), run);
        QCOMPARE(balances.exitCode, 4);
        QVERIFY2(balances.err.startsWith("USER_NOT_REGISTERED_ERROR: "), balances.err.constData());

        const Run registered = cli(args({"--json", "register"}), run);
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
        QCOMPARE(json(registered.out).object().value(QStringLiteral("already_registered")).toBool(), false);
        QVERIFY(user->registered);
        const Run who = cli(args({"--json", "whoami"}), run);
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QCOMPARE(json(who.out).object().value(QStringLiteral("registered")).toBool(), true);
        QCOMPARE(json(who.out).object().value(QStringLiteral("imx_address")).toString(), user->ethAddress);
        QCOMPARE(json(who.out).object().value(QStringLiteral("stark_key")).toString(), user->starkKey);

        const Run again = cli(args({"--json", "register"}), run);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(json(again.out).object().value(QStringLiteral("already_registered")).toBool(), true);
    }

    void logout()
    {
        const Run run = cli(args({"--json", "logout"}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = json(run.out).object();
        QCOMPARE(o.value(QStringLiteral("revoked")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("end_session_url"))
                    .toString()
                    .contains(QStringLiteral("/auth/v2/logout")));
        const Run who = cli(args({"whoami"}));
        QCOMPARE(who.exitCode, 3);
        const Run again = cli(args({"logout"}));
        QCOMPARE(again.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TstCliWallet)
#include "tst_cli_wallet.moc"
