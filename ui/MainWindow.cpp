// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "dialogs/AboutDialog.h"
#include "pages/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace stardeck::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_welcomePage(new WelcomePage(this))
{
    //: Window title: the product name, normally left untranslated.
    setWindowTitle(tr("Stardeck"));
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_welcomePage);
    createMenus();
    resize(960, 640);
    setMinimumSize(560, 400);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Stardeck"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    // Reuse an open dialog instead of stacking a second one.
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() rather than exec(): no nested event loop, and tests can drive the dialog directly.
    dialog->open();
}

} // namespace stardeck::ui
