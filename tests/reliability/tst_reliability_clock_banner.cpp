// SPDX-License-Identifier: MIT
// F25 in the desktop app: the composition root (AppServices) connects the API client's clock
// monitor to the main window's warning strip. The wallet runs on its embedded sandbox with the demo
// user logged in; the sandbox's clock is then moved (its answers carry a Date header from it) and
// the Overview's Refresh button reads the balances again: 10 minutes apart, the strip appears
// above the pages and says how far and which way; with the clocks agreeing again it disappears.
#include "AppOptions.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "login/LoginDialog.h"
#include "models/BalancesModel.h"
#include "pages/OverviewPage.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using stardeck::app::AppOptions;
using stardeck::app::AppServices;

namespace {

//! How long the wallet may take (a browser engine logs in; the machine is shared).
constexpr int kWaitMs = 30000;

//! True when `text` says "<count> <unit>s <direction>"; without a translator Qt writes a %n plural
//! as "minute(s)", with the English one as "minutes".
bool says(const QString &text, int count, const QString &unit, const QString &direction)
{
    return text.contains(QRegularExpression(
        QStringLiteral("\\b%1 %2(s|\\(s\\)) %3\\b").arg(QString::number(count), unit, direction)));
}

} // namespace

class TestReliabilityClockBanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    //! The Overview's Refresh, then waits until the balances answered.
    static bool refreshBalances(AppServices &services)
    {
        auto *button = services.window()->overviewPage()->findChild<QPushButton *>(
            QStringLiteral("refreshBalancesButton"));
        if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, kWaitMs))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([&services] { return !services.balances()->isLoading(); }, kWaitMs) &&
               services.balances()->errorText().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Everything the app writes stays in the temporary home; a file secret store (no keychain).
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        qputenv("STARDECK_SECRET_STORE", "file");
        qputenv("STARDECK_PASSPHRASE", "clock-banner test passphrase");
        QCoreApplication::setOrganizationName(QStringLiteral("StardeckClockTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StardeckClockTest"));
    }

    void bannerFollowsTheServersClock()
    {
        AppOptions options;
        options.settings.environment = QStringLiteral("embedded");
        options.autoLoginEmail = QStringLiteral("demo@stardeck.test");
        options.secretDirectory = m_home.filePath(QStringLiteral("secrets"));
        options.dataDirectory = m_home.filePath(QStringLiteral("data"));
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!services.balances()->isLoading(), kWaitMs);
        ui::MainWindow *window = services.window();
        QFrame *banner = window->clockSkewBanner();
        QVERIFY(banner);
        QCOMPARE(banner->objectName(), QStringLiteral("clockSkewBanner"));
        QVERIFY(!banner->accessibleName().isEmpty());
        // Above the pages: in the page area, over the page stack.
        auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(stack && banner->parentWidget() == stack->parentWidget());
        auto *text = banner->findChild<QLabel *>(QStringLiteral("clockSkewText"));
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::PlainText);

        // Same clock: no warning.
        QVERIFY(refreshBalances(services));
        QVERIFY(!banner->isVisible());

        // The server is 10 minutes behind: this computer's clock is 10 minutes ahead.
        sandbox::Sandbox *sandbox = services.embeddedSandbox();
        QVERIFY(sandbox);
        sandbox->context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(-600); };
        QVERIFY(refreshBalances(services));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QVERIFY(banner->geometry().bottom() <= stack->geometry().top());
        QVERIFY2(says(text->text(), 10, QStringLiteral("minute"), QStringLiteral("ahead")),
                 qPrintable(text->text()));
        QVERIFY(text->text().contains(QLatin1String("system settings")));
        QCOMPARE(banner->accessibleDescription(), text->text());
        if (qEnvironmentVariableIsSet("STARDECK_CLOCK_PNG")) // a picture to look at
            window->grab().save(QStringLiteral("clock_banner.png"));
        // The wallet stays usable: the strip is not a dialog and the pages keep their content.
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(services.balances()->rowCount() > 0);

        // The clocks agree again: the warning goes away.
        sandbox->context().now = [] { return QDateTime::currentDateTimeUtc(); };
        QVERIFY(refreshBalances(services));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kWaitMs);
        QVERIFY(banner->accessibleDescription().isEmpty());
    }

    void warningTextNamesDirectionAndSize_data()
    {
        QTest::addColumn<qint64>("serverMinusLocal");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("direction");
        QTest::newRow("server 10 min behind")
            << qint64(-600) << 10 << QStringLiteral("minute") << QStringLiteral("ahead");
        QTest::newRow("server 6 min ahead")
            << qint64(360) << 6 << QStringLiteral("minute") << QStringLiteral("behind");
        QTest::newRow("119 min") << qint64(-119 * 60) << 119 << QStringLiteral("minute")
                                 << QStringLiteral("ahead");
        QTest::newRow("2 h") << qint64(-2 * 3600) << 2 << QStringLiteral("hour") << QStringLiteral("ahead");
        QTest::newRow("30 h") << qint64(30 * 3600) << 30 << QStringLiteral("hour")
                              << QStringLiteral("behind");
        QTest::newRow("3 days") << qint64(-3 * 86400) << 3 << QStringLiteral("day")
                                << QStringLiteral("ahead");
    }

    void warningTextNamesDirectionAndSize()
    {
        QFETCH(qint64, serverMinusLocal);
        QFETCH(int, count);
        QFETCH(QString, unit);
        QFETCH(QString, direction);
        const QString text = ui::MainWindow::clockSkewText(serverMinusLocal);
        QVERIFY2(says(text, count, unit, direction), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("correct the clock in your system settings")));
    }
};

int main(int argc, char **argv)
{
    ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReliabilityClockBanner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reliability_clock_banner.moc"
