// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "pages/LoginPage.h"
#include "pages/MarketPage.h"
#include "pages/OverviewPage.h"
#include "pages/RegisterPage.h"
#include "settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using stardeck::ui::AboutDialog;
using stardeck::ui::LoginPage;
using stardeck::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsOnTheLoginPage();
    void showsAndHides();
    void loginTextIsNotClipped_data();
    void loginTextIsNotClipped();
    void walletSectionsFollowTheAccount();
    void loginButtonsEmitSignals();
    void keyboardShortcutsSwitchSections();
    void menusHaveActions();
    void aboutActionOpensOneDialog();
    void quitActionClosesWindow();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
}

void TestMainWindow::startsOnTheLoginPage()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Stardeck"));
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.loginPage()));
    QVERIFY(!window.loginPage()->accessibleName().isEmpty());
    QVERIFY(!window.loginPage()->accessibleDescription().isEmpty());
    auto *login = window.loginPage()->findChild<QPushButton *>(QStringLiteral("loginButton"));
    QVERIFY(login != nullptr);
    QCOMPARE(login->text(), QStringLiteral("Log in with Immutable Passport"));
    QVERIFY(window.loginPage()->findChild<QPushButton *>(QStringLiteral("browserLoginButton")) != nullptr);
    QVERIFY(!window.walletShown());
    QVERIFY(window.accountAddress().isEmpty());
}

void TestMainWindow::showsAndHides()
{
    MainWindow window;
    QVERIFY(!window.isVisible());
    window.show();
    QTRY_VERIFY(window.isVisible());
    QTRY_VERIFY(window.loginPage()->isVisible());
    QVERIFY(window.width() >= window.minimumWidth());
    window.close();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::loginTextIsNotClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QSize();
    QTest::newRow("minimum") << QSize(1, 1);
    QTest::newRow("wide") << QSize(1600, 900);
}

void TestMainWindow::loginTextIsNotClipped()
{
    QFETCH(QSize, size);
    MainWindow window;
    if (size.isValid())
        window.resize(size); // clamped to the minimum size
    window.loginPage()->setStatus(QStringLiteral("A long explanation of what went wrong and what to do next, "
                                                 "long enough to wrap over more than one line at the minimum "
                                                 "window size of the wallet."),
                                  true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"subtitleLabel", "statusLabel"}) {
        auto *label = window.loginPage()->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label != nullptr, name);
        // A word-wrapped label must get at least the height its text needs at its actual width.
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), name);
    }
}

void TestMainWindow::walletSectionsFollowTheAccount()
{
    MainWindow window;
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar != nullptr);
    QCOMPARE(sidebar->count(), 5);
    // Logged out: Assets, Activity and Market cannot be chosen, nor the Wallet menu; Settings can.
    window.showSection(MainWindow::AssetsSection);
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.loginPage()));
    window.showSection(MainWindow::MarketSection);
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.loginPage()));
    for (const char *name : {"sendAction", "buyFromMarketAction", "exchangeTransferAction"})
        QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
    window.showSection(MainWindow::SettingsSection);
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.settingsPage()));

    window.showRegistration(QStringLiteral("new@example.com"));
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.registerPage()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("logoutAction"))->isEnabled());

    const QString address = QStringLiteral("0x0123456789abcdef0123456789abcdef01234567");
    window.showWallet(address);
    QVERIFY(window.walletShown());
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.overviewPage()));
    QCOMPARE(window.accountAddress(), address);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("addressLabel"))->text(), address);
    window.showSection(MainWindow::AssetsSection);
    QCOMPARE(window.currentSection(), MainWindow::AssetsSection);
    QVERIFY(window.currentPage() != static_cast<QWidget *>(window.overviewPage()));
    // The Wallet menu works once the wallet is shown: Send and exchange transfer ask the app,
    // Buy opens the Market.
    QSignalSpy send(&window, &MainWindow::sendRequested);
    QSignalSpy exchange(&window, &MainWindow::exchangeTransferRequested);
    window.findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("exchangeTransferAction"))->trigger();
    QCOMPARE(send.size(), 1);
    QCOMPARE(exchange.size(), 1);
    window.findChild<QAction *>(QStringLiteral("buyFromMarketAction"))->trigger();
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.marketPage()));
    auto *copy = window.findChild<QToolButton *>(QStringLiteral("copyAddressButton"));
    QVERIFY(!copy->accessibleName().isEmpty());

    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    window.findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    QCOMPARE(logout.size(), 1);
    window.showLogin(QStringLiteral("You have logged out."));
    QVERIFY(!window.walletShown());
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.loginPage()));
    QCOMPARE(window.loginPage()->statusText(), QStringLiteral("You have logged out."));
    QVERIFY(window.accountAddress().isEmpty());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("logoutAction"))->isEnabled());
}

void TestMainWindow::loginButtonsEmitSignals()
{
    MainWindow window;
    QSignalSpy login(window.loginPage(), &LoginPage::loginRequested);
    QSignalSpy browser(window.loginPage(), &LoginPage::browserLoginRequested);
    window.loginPage()->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
    window.loginPage()->findChild<QPushButton *>(QStringLiteral("browserLoginButton"))->click();
    QCOMPARE(login.size(), 1);
    QCOMPARE(browser.size(), 1);
    window.loginPage()->setBusy(true);
    window.loginPage()->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
    QCOMPARE(login.size(), 1);
}

void TestMainWindow::keyboardShortcutsSwitchSections()
{
    MainWindow window;
    window.showWallet(QStringLiteral("0x0123456789abcdef0123456789abcdef01234567"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(window.currentSection(), MainWindow::ActivitySection);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.marketPage()));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.settingsPage()));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.overviewPage()));
}

void TestMainWindow::menusHaveActions()
{
    MainWindow window;
    QStringList menuTitles;
    const auto menuActions = window.menuBar()->actions();
    for (QAction *action : menuActions)
        menuTitles << action->text();
    QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                      QStringLiteral("&Wallet"), QStringLiteral("&Help")}));
    for (const char *name : {"logoutAction", "quitAction", "aboutAction", "aboutQtAction"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action != nullptr, name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
             QKeySequence(QKeySequence::Quit));
}

void TestMainWindow::aboutActionOpensOneDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<AboutDialog *>() == nullptr);

    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about != nullptr);
    about->trigger();
    QTRY_VERIFY(window.findChild<AboutDialog *>() != nullptr);
    QPointer<AboutDialog> dialog = window.findChild<AboutDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    QVERIFY(dialog->versionLabel()->text().contains(QStringLiteral("9.8.7-test")));

    // A second trigger raises the open dialog instead of stacking another one.
    about->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

    dialog->reject();
    // WA_DeleteOnClose: the dialog goes away once closed.
    QTRY_VERIFY(dialog.isNull());
}

void TestMainWindow::quitActionClosesWindow()
{
    MainWindow window;
    window.show();
    QTRY_VERIFY(window.isVisible());
    window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
