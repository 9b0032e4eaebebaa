// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QToolButton;

namespace stardeck::ui {

class ActivityModel;
class ActivityPage;
class AssetGridModel;
class AssetsPage;
class BalancesModel;
class LoginPage;
class MarketModel;
class MarketPage;
class OverviewPage;
class RegisterPage;
class SettingsPage;

//! The wallet's top-level window: a sidebar (Overview, Assets, Activity, Settings), the page area
//! and a status bar with the account, the environment and the progress of running actions. Until
//! an account is ready the Overview entry shows the login or registration page; a strip above the
//! pages warns when this computer's clock is wrong. It shows state; the
//! composition root (app/) reacts to its signals and drives the services.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    //! The sidebar's sections.
    enum Section {
        OverviewSection,
        AssetsSection,
        ActivitySection,
        MarketSection,
        SettingsSection
    };
    Q_ENUM(Section)

    //! Builds the window with its menus, showing the login page.
    explicit MainWindow(QWidget *parent = nullptr);

    LoginPage *loginPage() const { return m_loginPage; }
    RegisterPage *registerPage() const { return m_registerPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    AssetsPage *assetsPage() const { return m_assetsPage; }
    ActivityPage *activityPage() const { return m_activityPage; }
    MarketPage *marketPage() const { return m_marketPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

    //! Hands the wallet views their models (not owned; null clears them).
    void setModels(BalancesModel *balances, AssetGridModel *assets, ActivityModel *activity);
    //! Hands the Market page its model (not owned; null clears it).
    void setMarketModel(MarketModel *market);
    //! Shows the login page with `status` (an error when `error`); the account views are disabled.
    void showLogin(const QString &status = {}, bool error = false);
    //! Shows the registration page for the account `email`.
    void showRegistration(const QString &email);
    //! Shows the wallet of `address`: the account views are enabled, the Overview shown.
    void showWallet(const QString &address);
    //! True while the wallet views are available.
    bool walletShown() const { return m_walletShown; }
    //! Names the environment in the status bar.
    void setEnvironmentName(const QString &name);
    //! The account address shown in the status bar ("" when logged out).
    QString accountAddress() const { return m_address; }
    //! Shows the progress of a running action in the status bar ("" clears it).
    void showActionProgress(const QString &text);
    //! Tells the user that something finished: a tray notification when possible, else the status bar.
    void notify(const QString &title, const QString &text);
    //! Switches to a section (when it is enabled).
    void showSection(Section section);
    //! The section shown.
    Section currentSection() const;
    //! The page shown in the content area.
    QWidget *currentPage() const;
    //! The strip above the pages that warns about a wrong system clock (hidden while the clock agrees).
    QFrame *clockSkewBanner() const { return m_clockBanner; }
    //! The warning for a clock `serverMinusLocalSeconds` away from the servers' (for people).
    static QString clockSkewText(qint64 serverMinusLocalSeconds);

Q_SIGNALS:
    //! File > Log out.
    void logoutRequested();
    //! Wallet > Send…: send ETH or a token.
    void sendRequested();
    //! Wallet > Send to an exchange…: complete an off-ramp exchange.
    void exchangeTransferRequested();

public Q_SLOTS:
    //! Opens the About dialog without blocking (window-modal, deleted when closed).
    void showAbout();
    //! Raises and activates the window (e.g. when a second instance started).
    void bringToFront();
    //! Shows or hides the clock warning (F25); `serverMinusLocalSeconds` is the servers' time minus
    //! this computer's. The composition root connects the API client's clock monitor here.
    void showClockSkew(bool skewed, qint64 serverMinusLocalSeconds);

private:
    QFrame *createClockBanner(QWidget *parent);
    void createMenus();
    void createStatusBar();
    void createTray();
    void updateSidebar();
    void onSectionChanged(int row);

    QFrame *m_clockBanner = nullptr;
    QLabel *m_clockText = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    LoginPage *m_loginPage = nullptr;
    RegisterPage *m_registerPage = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    AssetsPage *m_assetsPage = nullptr;
    ActivityPage *m_activityPage = nullptr;
    MarketPage *m_marketPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_addressLabel = nullptr;
    QToolButton *m_copyAddress = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QAction *m_logoutAction = nullptr;
    QList<QAction *> m_walletActions; //!< enabled while the wallet is shown
    QSystemTrayIcon *m_tray = nullptr;
    QWidget *m_accountPage = nullptr; //!< what the Overview entry shows before the wallet is ready
    QString m_address;
    bool m_walletShown = false;
};

} // namespace stardeck::ui
