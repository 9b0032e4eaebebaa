// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "SensitiveClipboard.h"
#include "dialogs/AboutDialog.h"
#include "pages/ActivityPage.h"
#include "pages/AssetsPage.h"
#include "pages/LoginPage.h"
#include "pages/MarketPage.h"
#include "pages/OverviewPage.h"
#include "pages/RegisterPage.h"
#include "settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace stardeck::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    //: Window title: the product name, normally left untranslated.
    setWindowTitle(tr("Stardeck"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, palette().color(QPalette::Window).darker(106));
    m_sidebar->setPalette(sidebarPalette);
    for (const QString &name : {tr("Overview"), tr("Assets"), tr("Activity"), tr("Market"), tr("Settings")}) {
        auto *item = new QListWidgetItem(name, m_sidebar);
        item->setTextAlignment(Qt::AlignCenter);
        item->setSizeHint(QSize(150, 40));
    }
    layout->addWidget(m_sidebar);

    auto *pageArea = new QWidget(central);
    auto *pageLayout = new QVBoxLayout(pageArea);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_clockBanner = createClockBanner(pageArea);
    pageLayout->addWidget(m_clockBanner);
    m_stack = new QStackedWidget(pageArea);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_loginPage = new LoginPage(m_stack);
    m_registerPage = new RegisterPage(m_stack);
    m_overviewPage = new OverviewPage(m_stack);
    m_assetsPage = new AssetsPage(m_stack);
    m_activityPage = new ActivityPage(m_stack);
    m_marketPage = new MarketPage(m_stack);
    m_settingsPage = new SettingsPage(m_stack);
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_loginPage, m_registerPage, m_overviewPage, m_assetsPage,
                                          m_activityPage, m_marketPage, m_settingsPage})
        m_stack->addWidget(page);
    pageLayout->addWidget(m_stack, 1);
    layout->addWidget(pageArea, 1);
    setCentralWidget(central);
    m_accountPage = m_loginPage;

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSectionChanged);
    createMenus();
    createStatusBar();
    createTray();
    updateSidebar();
    m_sidebar->setCurrentRow(OverviewSection);
    resize(1040, 680);
    setMinimumSize(720, 480);
}

QFrame *MainWindow::createClockBanner(QWidget *parent)
{
    // A plain strip, not a dialog: the wallet stays usable while the clock is wrong.
    auto *banner = new QFrame(parent);
    banner->setObjectName(QStringLiteral("clockSkewBanner"));
    banner->setAccessibleName(tr("Clock warning"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    // Light amber with dark text, set together: readable whatever theme is (or later becomes) active.
    QPalette palette;
    palette.setColor(QPalette::Window, QColor::fromHsl(40, 200, 215));
    palette.setColor(QPalette::WindowText, QColor::fromHsl(40, 100, 30));
    banner->setPalette(palette);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(16, 8, 16, 8);
    m_clockText = new QLabel(banner);
    m_clockText->setObjectName(QStringLiteral("clockSkewText"));
    m_clockText->setTextFormat(Qt::PlainText);
    m_clockText->setWordWrap(true);
    layout->addWidget(m_clockText, 1);
    banner->setVisible(false);
    return banner;
}

QString MainWindow::clockSkewText(qint64 serverMinusLocalSeconds)
{
    // Server behind local time: this computer's clock is ahead.
    const bool ahead = serverMinusLocalSeconds < 0;
    const qint64 seconds = std::llabs(serverMinusLocalSeconds);
    const int minutes = int((seconds + 30) / 60);
    if (minutes < 120) {
        return ahead ? tr("This computer's clock is %n minute(s) ahead of the server's. Signatures, expiry "
                          "dates and login checks depend on it: correct the clock in your system settings.",
                          nullptr, minutes)
                     : tr("This computer's clock is %n minute(s) behind the server's. Signatures, expiry "
                          "dates and login checks depend on it: correct the clock in your system settings.",
                          nullptr, minutes);
    }
    const int hours = int((seconds + 1800) / 3600);
    if (hours < 48) {
        return ahead ? tr("This computer's clock is %n hour(s) ahead of the server's. Signatures, expiry "
                          "dates and login checks depend on it: correct the clock in your system settings.",
                          nullptr, hours)
                     : tr("This computer's clock is %n hour(s) behind the server's. Signatures, expiry "
                          "dates and login checks depend on it: correct the clock in your system settings.",
                          nullptr, hours);
    }
    const int days = int(std::min<qint64>((seconds + 43200) / 86400, 1000000));
    return ahead ? tr("This computer's clock is %n day(s) ahead of the server's. Signatures, expiry "
                      "dates and login checks depend on it: correct the clock in your system settings.",
                      nullptr, days)
                 : tr("This computer's clock is %n day(s) behind the server's. Signatures, expiry "
                      "dates and login checks depend on it: correct the clock in your system settings.",
                      nullptr, days);
}

void MainWindow::showClockSkew(bool skewed, qint64 serverMinusLocalSeconds)
{
    if (skewed) {
        const QString text = clockSkewText(serverMinusLocalSeconds);
        m_clockText->setText(text);
        m_clockBanner->setAccessibleDescription(text);
    } else {
        m_clockText->clear();
        m_clockBanner->setAccessibleDescription(QString());
    }
    m_clockBanner->setVisible(skewed);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_logoutAction = fileMenu->addAction(tr("&Log out"));
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_logoutAction->setEnabled(false);
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Overview"), tr("&Assets"), tr("A&ctivity"), tr("&Market"), tr("&Settings")};
    for (int section = 0; section < names.size(); ++section) {
        QAction *action = viewMenu->addAction(names[section]);
        action->setObjectName(QStringLiteral("showSection%1").arg(section));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + section)));
        connect(action, &QAction::triggered, this, [this, section] { showSection(Section(section)); });
    }

    QMenu *walletMenu = menuBar()->addMenu(tr("&Wallet"));
    QAction *sendAction = walletMenu->addAction(tr("&Send…"));
    sendAction->setObjectName(QStringLiteral("sendAction"));
    sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(sendAction, &QAction::triggered, this, &MainWindow::sendRequested);
    QAction *buyAction = walletMenu->addAction(tr("&Buy from the market…"));
    buyAction->setObjectName(QStringLiteral("buyFromMarketAction"));
    connect(buyAction, &QAction::triggered, this, [this] { showSection(MarketSection); });
    QAction *exchangeAction = walletMenu->addAction(tr("Send to an &exchange…"));
    exchangeAction->setObjectName(QStringLiteral("exchangeTransferAction"));
    connect(exchangeAction, &QAction::triggered, this, &MainWindow::exchangeTransferRequested);
    m_walletActions = {sendAction, buyAction, exchangeAction};
    for (QAction *action : std::as_const(m_walletActions))
        action->setEnabled(false);

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

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText); // may carry a server's message
    statusBar()->addWidget(m_progressLabel, 1);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setObjectName(QStringLiteral("addressLabel"));
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressLabel->setAccessibleName(tr("Account address"));
    statusBar()->addPermanentWidget(m_addressLabel);
    m_copyAddress = new QToolButton(this);
    m_copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyAddress->setText(tr("Copy"));
    m_copyAddress->setAccessibleName(tr("Copy the account address"));
    m_copyAddress->setToolTip(tr("Copy the account address"));
    m_copyAddress->setVisible(false);
    // Marked for clipboard managers and cleared after a minute (if still ours): see SensitiveClipboard.
    auto *clipboard = new SensitiveClipboard(this);
    clipboard->setObjectName(QStringLiteral("sensitiveClipboard"));
    connect(m_copyAddress, &QToolButton::clicked, this, [this, clipboard] {
        clipboard->copy(m_address);
        statusBar()->showMessage(tr("Address copied"), 3000);
    });
    statusBar()->addPermanentWidget(m_copyAddress);
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setAccessibleName(tr("Environment"));
    statusBar()->addPermanentWidget(m_environmentLabel);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Stardeck"));
    connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::bringToFront);
    m_tray->show();
}

void MainWindow::setModels(BalancesModel *balances, AssetGridModel *assets, ActivityModel *activity)
{
    m_overviewPage->setModel(balances);
    m_assetsPage->setModel(assets);
    m_activityPage->setModel(activity);
}

void MainWindow::setMarketModel(MarketModel *market)
{
    m_marketPage->setModel(market);
}

void MainWindow::showLogin(const QString &status, bool error)
{
    m_walletShown = false;
    m_address.clear();
    m_addressLabel->clear();
    m_copyAddress->setVisible(false);
    m_logoutAction->setEnabled(false);
    m_loginPage->setStatus(status, error);
    m_loginPage->setBusy(false);
    m_accountPage = m_loginPage;
    updateSidebar();
    showSection(OverviewSection);
}

void MainWindow::showRegistration(const QString &email)
{
    m_walletShown = false;
    m_registerPage->setAccount(email);
    m_registerPage->setBusy(false);
    m_logoutAction->setEnabled(true);
    m_accountPage = m_registerPage;
    updateSidebar();
    showSection(OverviewSection);
}

void MainWindow::showWallet(const QString &address)
{
    m_walletShown = true;
    m_address = address;
    m_addressLabel->setText(address);
    m_copyAddress->setVisible(!address.isEmpty());
    m_logoutAction->setEnabled(true);
    m_accountPage = m_overviewPage;
    updateSidebar();
    showSection(OverviewSection);
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentLabel->setText(name);
}

void MainWindow::showActionProgress(const QString &text)
{
    m_progressLabel->setText(text);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showSection(Section section)
{
    QListWidgetItem *item = m_sidebar->item(section);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    if (m_sidebar->currentRow() == section)
        onSectionChanged(section);
    else
        m_sidebar->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(std::max(0, m_sidebar->currentRow()));
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::updateSidebar()
{
    for (QAction *action : std::as_const(m_walletActions))
        action->setEnabled(m_walletShown);
    for (int section : {AssetsSection, ActivitySection, MarketSection}) {
        QListWidgetItem *item = m_sidebar->item(section);
        item->setFlags(m_walletShown ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
    }
    m_sidebar->item(OverviewSection)->setText(m_walletShown ? tr("Overview") : tr("Account"));
    if (m_sidebar->currentRow() == OverviewSection)
        m_stack->setCurrentWidget(m_accountPage);
}

void MainWindow::onSectionChanged(int row)
{
    switch (row) {
    case OverviewSection:
        m_stack->setCurrentWidget(m_accountPage);
        break;
    case AssetsSection:
        m_stack->setCurrentWidget(m_assetsPage);
        break;
    case ActivitySection:
        m_stack->setCurrentWidget(m_activityPage);
        break;
    case MarketSection:
        m_stack->setCurrentWidget(m_marketPage);
        break;
    case SettingsSection:
        m_stack->setCurrentWidget(m_settingsPage);
        break;
    default:
        break;
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
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
