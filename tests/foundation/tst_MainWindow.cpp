// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "pages/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>

using stardeck::ui::AboutDialog;
using stardeck::ui::MainWindow;
using stardeck::ui::WelcomePage;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void titleAndCentralPage();
    void showsAndHides();
    void statusTextIsNotClipped_data();
    void statusTextIsNotClipped();
    void menusHaveActions();
    void aboutActionOpensOneDialog();
    void quitActionClosesWindow();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
}

void TestMainWindow::titleAndCentralPage()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Stardeck"));
    QWidget *central = window.centralWidget();
    QVERIFY(central != nullptr);
    QCOMPARE(central, static_cast<QWidget *>(window.welcomePage()));
    QVERIFY(qobject_cast<WelcomePage *>(central) != nullptr);
    QVERIFY(!central->accessibleName().isEmpty());
    QVERIFY(!central->accessibleDescription().isEmpty());
    // The page says what state the wallet is in.
    auto *status = central->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status != nullptr);
    QVERIFY(status->text().contains(QStringLiteral("being built")));
}

void TestMainWindow::showsAndHides()
{
    MainWindow window;
    QVERIFY(!window.isVisible());
    window.show();
    QTRY_VERIFY(window.isVisible());
    QTRY_VERIFY(window.welcomePage()->isVisible());
    QVERIFY(window.width() >= window.minimumWidth());
    window.close();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::statusTextIsNotClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QSize();
    QTest::newRow("minimum") << QSize(1, 1);
    QTest::newRow("wide") << QSize(1600, 900);
}

void TestMainWindow::statusTextIsNotClipped()
{
    QFETCH(QSize, size);
    MainWindow window;
    if (size.isValid())
        window.resize(size); // clamped to the minimum size
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status != nullptr);
    // A word-wrapped label must get at least the height its text needs at its actual width.
    QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
    QVERIFY(status->width() <= status->maximumWidth());
}

void TestMainWindow::menusHaveActions()
{
    MainWindow window;
    QStringList menuTitles;
    const auto menuActions = window.menuBar()->actions();
    for (QAction *action : menuActions)
        menuTitles << action->text();
    QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
    for (const char *name : {"quitAction", "aboutAction", "aboutQtAction"}) {
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
