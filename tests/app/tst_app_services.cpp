// SPDX-License-Identifier: MIT
// The composition root end to end in a headless browser engine: the embedded sandbox with
// --auto-login reaches the wallet and shows the seeded 12.5 ETH; a stored session logs in silently
// on the next start (same encrypted-file secret store); logout wipes it; a second launch of the
// real binary forwards to the first and exits 0.
#include "AppOptions.h"
#include "AppServices.h"
#include "SandboxFixture.h"
#include "SingleInstance.h"

#include "MainWindow.h"
#include "actions/AddressBook.h"
#include "actions/SendDialog.h"
#include "login/LoginDialog.h"
#include "models/BalancesModel.h"
#include "pages/ActivityPage.h"
#include "pages/AssetsPage.h"
#include "pages/LoginPage.h"
#include "pages/OverviewPage.h"
#include "pages/RegisterPage.h"
#include "passport/PassportSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using stardeck::app::AppOptions;
using stardeck::app::AppServices;

//! Stands in for the system browser: records the URLs the app asks to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

constexpr int kWaitMs = 30000;

//! The Overview table's row for `symbol`, or -1.
int rowOf(QTableView *table, const QString &symbol)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(ui::BalancesModel::SymbolRole).toString() == symbol)
            return row;
    return -1;
}

} // namespace

class TestAppServices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Everything the app writes (cache, journal, secrets, preferences) stays in the temporary home.
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        qputenv("STARDECK_SECRET_STORE", "file");
        qputenv("STARDECK_PASSPHRASE", "app-test passphrase");
    }

    void embeddedSandboxAutoLoginShowsBalances()
    {
        AppOptions options = optionsIn(QStringLiteral("embedded"));
        options.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QVERIFY(services.embeddedSandbox() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kWaitMs);
        ui::MainWindow *window = services.window();
        QVERIFY(window->isVisible());
        QVERIFY(window->walletShown());
        QCOMPARE(window->currentSection(), ui::MainWindow::OverviewSection);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->overviewPage()));

        // Expected values from the sandbox's world, not from our code.
        const QString address = window->accountAddress();
        QVERIFY(address.startsWith(QStringLiteral("0x")));
        const std::string expected =
            services.embeddedSandbox()->world().balance(address, QString()).toDecimal();
        QCOMPARE(expected, std::string("12500000000000000000"));
        QTableView *table = window->overviewPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, QStringLiteral("ETH")) >= 0, kWaitMs);
        const QModelIndex eth =
            table->model()->index(rowOf(table, QStringLiteral("ETH")), ui::BalancesModel::BalanceColumn);
        QCOMPARE(eth.data(ui::BalancesModel::BalanceBaseUnitsRole).toString().toStdString(), expected);
        QCOMPARE(eth.data(Qt::DisplayRole).toString(), QStringLiteral("12.5"));
        QVERIFY(!window->grab().isNull());
        saveSections(window);

        // The embedded sandbox's sessions die with it: none is written to the secret store.
        QTRY_VERIFY(services.isStoreIdle());
        QVERIFY(QDir(m_home.filePath(QStringLiteral("secrets")))
                    .entryList({QStringLiteral("*refresh-token*")}, QDir::Files)
                    .isEmpty());

        // Hide balances masks the amount shown; the exact value stays in its role.
        auto *hide = window->overviewPage()->findChild<QCheckBox *>(QStringLiteral("hideBalancesCheck"));
        hide->click();
        QCOMPARE(eth.data(Qt::DisplayRole).toString(), ui::BalancesModel::mask());
        hide->click();
        QCOMPARE(eth.data(Qt::DisplayRole).toString(), QStringLiteral("12.5"));

        // Activity: "Export CSV..." writes the rows shown, with a header row.
        window->showSection(ui::MainWindow::ActivitySection);
        auto *activity = window->activityPage()->findChild<QTableView *>(QStringLiteral("activityTable"));
        QTRY_VERIFY_WITH_TIMEOUT(activity->model()->rowCount() > 0, kWaitMs);
        const QString csvPath = m_home.filePath(QStringLiteral("activity.csv"));
        QVERIFY(window->activityPage()->exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size() - 1, activity->model()->rowCount() + 1); // header + rows, CRLF-terminated

        // F19: the receiver of the account's newest transfer (from the sandbox's ledger) counts as
        // used for the Send dialog's look-alike warning; an address it never sent to does not.
        const sandbox::TransferRecord *newest = nullptr;
        for (const auto &[id, transfer] : services.embeddedSandbox()->world().transfers)
            if (transfer.sender.compare(address, Qt::CaseInsensitive) == 0 &&
                (!newest || transfer.timestamp > newest->timestamp))
                newest = &transfer;
        QVERIFY(newest != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(services.addressBook()->usedBefore(newest->receiver), kWaitMs);
        QVERIFY(!services.addressBook()->usedBefore(
            QStringLiteral("0x00000000000000000000000000000000000000aa")));

        // Overview: Send opens the token Send dialog, whose token list comes from the balances.
        auto *sendTokens =
            window->overviewPage()->findChild<QPushButton *>(QStringLiteral("sendTokenButton"));
        QVERIFY(sendTokens && sendTokens->isEnabled());
        sendTokens->click();
        QTRY_VERIFY(window->findChild<ui::SendDialog *>() != nullptr);
        QPointer<ui::SendDialog> tokenDialog = window->findChild<ui::SendDialog *>();
        QVERIFY(tokenDialog->tokenCombo() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(tokenDialog->isLoaded(), kWaitMs);
        QVERIFY(tokenDialog->tokenCombo()->findText(QStringLiteral("ETH"), Qt::MatchStartsWith) >= 0);
        tokenDialog->close();
        QTRY_VERIFY(tokenDialog.isNull());

        // Assets: the selected NFT's Send button opens the Send dialog for it (non-modal, no exec()).
        window->showSection(ui::MainWindow::AssetsSection);
        QListView *grid = window->assetsPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->rowCount() > 0, kWaitMs);
        grid->setCurrentIndex(grid->model()->index(0, 0));
        auto *send = window->assetsPage()->findChild<QPushButton *>(QStringLiteral("sendAssetButton"));
        QVERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY(window->findChild<ui::SendDialog *>() != nullptr);
        QPointer<ui::SendDialog> dialog = window->findChild<ui::SendDialog *>();
        QVERIFY(dialog->isVisible());
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void newUserRegistersWithImmutableX()
    {
        AppOptions options = optionsIn(QStringLiteral("embedded"));
        options.autoLoginEmail = QStringLiteral("newcomer@example.com");
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::NeedsRegistration, kWaitMs);
        ui::MainWindow *window = services.window();
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->registerPage()));
        QVERIFY(!window->walletShown());
        saveShot(window, QStringLiteral("register"));
        auto *registerButton =
            window->registerPage()->findChild<QPushButton *>(QStringLiteral("registerButton"));
        QVERIFY(registerButton != nullptr);
        registerButton->click();
        QVERIFY(!registerButton->isEnabled()); // busy while it runs
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kWaitMs);
        QVERIFY(window->walletShown());
        // The account the sandbox registered is the one shown.
        QVERIFY(services.session()->passportClaims().has_value());
        QCOMPARE(window->accountAddress(), services.session()->passportClaims()->imxEthAddress);
    }

    void storedSessionLogsInSilentlyThenLogoutForgetsIt()
    {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        test::SandboxFixture f(sandboxOptions);
        const AppOptions options = optionsIn(QStringLiteral("local"), f.sandbox().baseUrl().toString());
        QString error;
        {
            // First start: no stored session, so the login page; the user logs in.
            AppServices first(options);
            QVERIFY2(first.start(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(first.state() == AppServices::State::LoggedOut, kWaitMs);
            QCOMPARE(first.window()->currentPage(), static_cast<QWidget *>(first.window()->loginPage()));
            first.window()->loginPage()->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(first.state() == AppServices::State::Ready, kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(first.isStoreIdle(), kWaitMs);
            QCOMPARE(QDir(m_home.filePath(QStringLiteral("secrets")))
                         .entryList({QStringLiteral("*refresh-token*")}, QDir::Files)
                         .size(),
                     1);
        }
        {
            // Second start: restored from the store, without any login dialog.
            AppServices second(options);
            QSignalSpy states(&second, &AppServices::stateChanged);
            QVERIFY2(second.start(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(second.state() == AppServices::State::Ready, kWaitMs);
            for (const QList<QVariant> &args : std::as_const(states)) {
                const auto state = args.at(0).value<AppServices::State>();
                QVERIFY(state != AppServices::State::LoggedOut && state != AppServices::State::LoggingIn);
            }
            QVERIFY(second.window()->findChild<ui::LoginDialog *>() == nullptr);
            QVERIFY(second.window()->walletShown());

            // Logout: revoked, the stored token wiped, the login page back.
            auto *logout = second.window()->findChild<QAction *>(QStringLiteral("logoutAction"));
            QVERIFY(logout->isEnabled());
            logout->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!second.session()->isLoggedIn(), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(
                second.window()->loginPage()->statusText().contains(QStringLiteral("logged out")), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(second.isStoreIdle(), kWaitMs);
            QVERIFY(!second.window()->walletShown());
            QVERIFY(!logout->isEnabled());
        }
        {
            // Third start: nothing stored any more.
            AppServices third(options);
            QVERIFY2(third.start(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(third.state() == AppServices::State::LoggedOut, kWaitMs);
            QTest::qWait(200);
            QCOMPARE(third.state(), AppServices::State::LoggedOut);
        }
    }

    void browserLoginThroughTheLoopbackRedirect()
    {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        test::SandboxFixture f(sandboxOptions);
        AppOptions options = optionsIn(QStringLiteral("local"), f.sandbox().baseUrl().toString());
        options.secretDirectory = m_home.filePath(QStringLiteral("browser-secrets"));
        // The "system browser" is this test: it receives the URL the app opens.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::LoggedOut, kWaitMs);
        services.window()
            ->loginPage()
            ->findChild<QPushButton *>(QStringLiteral("browserLoginButton"))
            ->click();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.urls.isEmpty(), kWaitMs);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        const QUrl authorize = browser.urls.first();
        QCOMPARE(authorize.host(), f.sandbox().baseUrl().host());
        QVERIFY(authorize.path().endsWith(QStringLiteral("/authorize")));

        // The sandbox approves at once and redirects the browser to the app's loopback listener.
        const test::HttpResult approved =
            f.get(authorize.path() + u'?' + authorize.query(QUrl::FullyEncoded));
        QCOMPARE(approved.status, 302);
        const QUrl callback(QString::fromUtf8(approved.header("Location")));
        QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(callback.path(), QStringLiteral("/callback"));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(callback));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kWaitMs);
        QVERIFY(services.window()->walletShown());
    }

    void browserLoginThroughTheSchemeHandler()
    {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        test::SandboxFixture f(sandboxOptions);
        AppOptions options = optionsIn(QStringLiteral("local"), f.sandbox().baseUrl().toString());
        options.secretDirectory = m_home.filePath(QStringLiteral("scheme-secrets"));
        options.schemeRedirect = true;
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::LoggedOut, kWaitMs);
        // An answer nobody asked for is ignored.
        services.deliverCallback(QUrl(QStringLiteral("stardeck://callback?code=forged&state=forged")));
        QCOMPARE(services.state(), AppServices::State::LoggedOut);
        services.window()
            ->loginPage()
            ->findChild<QPushButton *>(QStringLiteral("browserLoginButton"))
            ->click();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.urls.isEmpty(), kWaitMs);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(services.state(), AppServices::State::LoggingIn);

        // The sandbox approves and sends the browser to stardeck://callback; the desktop hands that
        // to the wallet (here directly; SingleInstance carries it between processes).
        const QUrl authorize = browser.urls.first();
        const test::HttpResult approved =
            f.get(authorize.path() + u'?' + authorize.query(QUrl::FullyEncoded));
        QCOMPARE(approved.status, 302);
        const QUrl callback(QString::fromUtf8(approved.header("Location")));
        QCOMPARE(callback.scheme(), QStringLiteral("stardeck"));
        // A forged answer (wrong state) while the real login waits: refused, and the login ends.
        QUrl forged = callback;
        forged.setQuery(QStringLiteral("code=forged&state=forged"));
        services.deliverCallback(forged);
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::LoggedOut, kWaitMs);
        QVERIFY(!services.window()->walletShown());
    }

    void schemeHandlerCompletesTheLogin()
    {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        test::SandboxFixture f(sandboxOptions);
        AppOptions options = optionsIn(QStringLiteral("local"), f.sandbox().baseUrl().toString());
        options.secretDirectory = m_home.filePath(QStringLiteral("scheme-secrets-2"));
        options.schemeRedirect = true;
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::LoggedOut, kWaitMs);
        services.browserLogin();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.urls.isEmpty(), kWaitMs);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        const QUrl authorize = browser.urls.first();
        const test::HttpResult approved =
            f.get(authorize.path() + u'?' + authorize.query(QUrl::FullyEncoded));
        QCOMPARE(approved.status, 302);
        services.deliverCallback(QUrl(QString::fromUtf8(approved.header("Location"))));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kWaitMs);
        QVERIFY(services.window()->walletShown());
    }

    void singleInstanceForwardsCallbacks()
    {
        const QString key = QStringLiteral("stardeck-test-cb-%1").arg(QCoreApplication::applicationPid());
        app::SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &app::SingleInstance::activationRequested);
        QSignalSpy callbacks(&first, &app::SingleInstance::callbackReceived);
        const QUrl answer(QStringLiteral("stardeck://callback?code=c0de&state=5tate"));
        app::SingleInstance second(key);
        QVERIFY(second.forwardToRunning(1000, answer));
        QVERIFY(callbacks.wait(5000));
        QCOMPARE(callbacks.first().first().toUrl(), answer);
        QCOMPARE(activated.size(), 1);
        // Anything but a stardeck:// URL only raises the window.
        app::SingleInstance third(key);
        QVERIFY(third.forwardToRunning(1000, QUrl(QStringLiteral("https://evil.example/?code=1"))));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, 5000);
        QTest::qWait(100);
        QCOMPARE(callbacks.size(), 1);
    }

    void singleInstanceForwards()
    {
        const QString key = QStringLiteral("stardeck-test-%1").arg(QCoreApplication::applicationPid());
        app::SingleInstance nobody(key);
        QVERIFY(!nobody.forwardToRunning(200)); // nothing runs yet
        app::SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &app::SingleInstance::activationRequested);
        app::SingleInstance second(key);
        QVERIFY(second.forwardToRunning());
        QVERIFY(activated.wait(5000));
    }

    void secondLaunchOfTheAppExits()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(STARDECK_APP_BINARY), {});
        QVERIFY(first.waitForStarted(kWaitMs));
        // The first instance listens under the per-user key the binary computes (same names, same home).
        QCoreApplication::setOrganizationName(QStringLiteral("Stardeck"));
        QCoreApplication::setApplicationName(QStringLiteral("Stardeck"));
        app::SingleInstance probe(app::SingleInstance::defaultKey());
        QTRY_VERIFY_WITH_TIMEOUT(probe.forwardToRunning(200), kWaitMs);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(STARDECK_APP_BINARY), {});
        QVERIFY(second.waitForFinished(kWaitMs));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        if (!first.waitForFinished(10000)) {
            first.kill();
            first.waitForFinished(5000);
        }
    }

private:
    //! With STARDECK_APP_TEST_SHOTS=<dir>, saves a picture of the window there as <name>.png.
    static void saveShot(ui::MainWindow *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STARDECK_APP_TEST_SHOTS");
        if (!dir.isEmpty())
            window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }

    //! With STARDECK_APP_TEST_SHOTS=<dir>, saves a picture of every section there (to look at the UI).
    static void saveSections(ui::MainWindow *window)
    {
        const QString dir = qEnvironmentVariable("STARDECK_APP_TEST_SHOTS");
        if (dir.isEmpty())
            return;
        for (int section = ui::MainWindow::OverviewSection; section <= ui::MainWindow::SettingsSection;
             ++section) {
            window->showSection(ui::MainWindow::Section(section));
            QTest::qWait(1500);
            window->grab().save(QStringLiteral("%1/section%2.png").arg(dir).arg(section));
        }
        window->showSection(ui::MainWindow::OverviewSection);
    }

    AppOptions optionsIn(const QString &environment, const QString &sandboxUrl = {}) const
    {
        AppOptions options;
        options.settings.environment = environment;
        options.settings.sandboxUrl = sandboxUrl;
        options.secretDirectory = m_home.filePath(QStringLiteral("secrets"));
        options.dataDirectory = m_home.filePath(QStringLiteral("data"));
        return options;
    }

    QTemporaryDir m_home;
};

int main(int argc, char **argv)
{
    ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestAppServices test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_services.moc"
