// SPDX-License-Identifier: MIT
// The desktop wallet's entry point: application set-up, one instance per user, the preferences,
// the command line, then the composition root (AppServices), which builds the services and the window.
#include "AppOptions.h"
#include "AppServices.h"
#include "SingleInstance.h"

#include "MainWindow.h"
#include "Sandbox.h"
#include "actions/AddressBook.h"
#include "actions/AddressField.h"
#include "actions/SendDialog.h"
#include "api/ImxClient.h"
#include "confirm/ConfirmationDialog.h"
#include "login/LoginDialog.h"
#include "models/BalancesModel.h"
#include "pages/AssetsPage.h"
#include "platform/ProcessHardening.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "settings/Theme.h"
#include "world/Seed.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <functional>

using stardeck::app::AppServices;

namespace {

//! Loads Qt's own strings and Stardeck's for the UI language ("" = the system's; English loads only its
//! plural forms).
void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("stardeck"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

//! --quit-when-ready: once the account is ready and its balances are shown (painted), prints the time
//! since `clock` started and quits with 0; quits with 3 when the wallet lands on the login page.
void quitWhenReady(AppServices &services, const QElapsedTimer &clock)
{
    QWidget *window = services.window();
    const auto done = [&services, window, clock] {
        window->repaint(); // the balances on screen, not only in the model
        std::fprintf(stdout, "stardeck: ready after %lld ms (%d balances)\n",
                     static_cast<long long>(clock.elapsed()), services.balances()->rowCount());
        std::fflush(stdout);
        // A restored session rotates its refresh token: exit once the new one is stored.
        if (services.isStoreIdle())
            QCoreApplication::exit(0);
        else
            QObject::connect(&services, &AppServices::storeIdle, window, [] { QCoreApplication::exit(0); });
    };
    QObject::connect(&services, &AppServices::stateChanged, window,
                     [&services, window, done](AppServices::State state) {
                         if (state == AppServices::State::LoggedOut) {
                             std::fprintf(stderr, "stardeck: no session could be restored\n");
                             QCoreApplication::exit(3);
                         } else if (state == AppServices::State::Ready) {
                             if (services.balances()->isLoading())
                                 QObject::connect(services.balances(), &stardeck::ui::BalancesModel::finished,
                                                  window, done, Qt::SingleShotConnection);
                             else
                                 done();
                         }
                     });
}

//! Saves a picture of the window, then quits (exit code 1 if the file cannot be written).
void saveScreenshot(QWidget *window, const QString &path)
{
    const bool saved = window->grab().save(path);
    if (!saved)
        std::fprintf(stderr, "stardeck: cannot write screenshot to %s\n", qPrintable(path));
    QCoreApplication::exit(saved ? 0 : 1);
}

//! Runs `check` every 250 ms until it returns true (or `context` dies).
void pollUntil(QObject *context, const std::function<bool()> &check)
{
    auto *timer = new QTimer(context);
    timer->setInterval(250);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        if (check()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

//! The IMX address of a seeded user of the embedded sandbox ("" when there is none).
QString seededAddress(AppServices &services, const QString &email)
{
    stardeck::sandbox::Sandbox *sandbox = services.embeddedSandbox();
    if (!sandbox)
        return {};
    const auto &users = sandbox->world().users;
    const auto user = users.find(stardeck::sandbox::userIdForEmail(email));
    return user == users.end() ? QString() : user->second.ethAddress;
}

//! Shows the Assets page and saves it once the first NFTs are shown and their images stopped
//! arriving for a second (at most 10 s after the first rows).
void shootAssets(AppServices &services, const QString &path)
{
    stardeck::ui::MainWindow *window = services.window();
    window->showSection(stardeck::ui::MainWindow::AssetsSection);
    auto *view = window->assetsPage()->findChild<QAbstractItemView *>(QStringLiteral("assetGrid"));
    if (!view || !view->model()) {
        std::fprintf(stderr, "stardeck: the Assets page has no grid\n");
        QCoreApplication::exit(1);
        return;
    }
    pollUntil(window, [window, view, path] {
        if (view->model()->rowCount() == 0)
            return false;
        // A selected NFT fills the details pane, as it looks in use.
        view->setCurrentIndex(view->model()->index(0, 0));
        auto *settle = new QTimer(window);
        settle->setSingleShot(true);
        settle->setInterval(1000);
        QObject::connect(settle, &QTimer::timeout, window, [window, path] { saveScreenshot(window, path); });
        QObject::connect(view->model(), &QAbstractItemModel::dataChanged, settle,
                         [settle] { settle->start(); });
        settle->start();
        QTimer::singleShot(10'000, window, [window, path] { saveScreenshot(window, path); });
        return true;
    });
}

//! Opens the Send dialog filled in with 0.25 ETH to alice; saves it, or with `confirm` presses
//! Send and saves the confirmation dialog that opens.
void shootSend(AppServices &services, const QString &path, bool confirm)
{
    stardeck::ui::MainWindow *window = services.window();
    const QString receiver = seededAddress(services, QStringLiteral("alice@stardeck.test"));
    auto *book = services.findChild<stardeck::ui::AddressBook *>();
    if (receiver.isEmpty() || !services.provider()) {
        std::fprintf(stderr, "stardeck: no seeded receiver or no wallet for the Send screenshot\n");
        QCoreApplication::exit(1);
        return;
    }
    auto *dialog = new stardeck::ui::SendDialog(
        stardeck::ui::ActionServices{services.provider(), services.imxClient(), book}, {}, window);
    dialog->show();
    pollUntil(dialog, [dialog, receiver, path, confirm] {
        if (!dialog->isLoaded())
            return false;
        QComboBox *token = dialog->tokenCombo();
        for (int i = 0; i < token->count(); ++i) {
            if (token->itemText(i).startsWith(QLatin1String("ETH ")))
                token->setCurrentIndex(i);
        }
        dialog->receiverField()->lineEdit()->setText(receiver);
        dialog->amountEdit()->setText(QStringLiteral("0.25"));
        if (!confirm) {
            QTimer::singleShot(700, dialog, [dialog, path] { saveScreenshot(dialog, path); });
            return true;
        }
        if (!dialog->okButton()->isEnabled()) {
            std::fprintf(stderr, "stardeck: the Send dialog refused the input: %s\n",
                         qPrintable(dialog->validationText()));
            QCoreApplication::exit(1);
            return true;
        }
        dialog->okButton()->click();
        pollUntil(dialog, [path] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            for (QWidget *widget : windows) {
                auto *prompt = qobject_cast<stardeck::ui::ConfirmationDialog *>(widget);
                if (prompt && prompt->isVisible()) {
                    // Tall enough to show every row; active for longer than the Approve button's
                    // arming delay (2 s), so the picture shows it as the user can use it.
                    prompt->resize(prompt->width(), std::max(prompt->height(), 560));
                    prompt->raise();
                    prompt->activateWindow();
                    QTimer::singleShot(3000, prompt, [prompt, path] { saveScreenshot(prompt, path); });
                    return true;
                }
            }
            return false;
        });
        return true;
    });
}

//! Shows `page` (one of app::screenshotPageNames()) once the wallet is loaded, then saves it.
void shootPage(AppServices &services, const QString &page, const QString &path)
{
    stardeck::ui::MainWindow *window = services.window();
    if (page == QLatin1String("assets")) {
        shootAssets(services, path);
    } else if (page == QLatin1String("send") || page == QLatin1String("confirm")) {
        shootSend(services, path, page == QLatin1String("confirm"));
    } else {
        if (page == QLatin1String("activity"))
            window->showSection(stardeck::ui::MainWindow::ActivitySection);
        else if (page == QLatin1String("market"))
            window->showSection(stardeck::ui::MainWindow::MarketSection);
        else if (page == QLatin1String("settings"))
            window->showSection(stardeck::ui::MainWindow::SettingsSection);
        const bool loads = page == QLatin1String("activity") || page == QLatin1String("market");
        QTimer::singleShot(loads ? 1500 : 500, window, [window, path] { saveScreenshot(window, path); });
    }
}

//! With --auto-login, waits until the wallet shows the account's balances, then shows `page`;
//! otherwise waits until the window is laid out. Handy for documentation and for checking the UI
//! on a headless machine (scripts/screenshots.sh).
void scheduleScreenshot(AppServices &services, const QString &path, const QString &page, bool waitForWallet)
{
    QWidget *window = services.window();
    window->resize(1200, 760); // the same size on every machine, roomy enough for the Assets grid
    if (!waitForWallet) {
        QTimer::singleShot(700, window, [window, path] { saveScreenshot(window, path); });
        return;
    }
    const auto takeWhenLoaded = [&services, window, path, page] {
        if (services.balances()->isLoading()) {
            QObject::connect(
                services.balances(), &stardeck::ui::BalancesModel::finished, window,
                [&services, path, page] { shootPage(services, page, path); }, Qt::SingleShotConnection);
            return;
        }
        shootPage(services, page, path);
    };
    QObject::connect(&services, &AppServices::stateChanged, window,
                     [takeWhenLoaded](AppServices::State state) {
                         if (state == AppServices::State::Ready)
                             takeWhenLoaded();
                     });
    QTimer::singleShot(90'000, window, [] {
        std::fprintf(stderr, "stardeck: the screenshot was not taken within 90 s\n");
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock; // --quit-when-ready reports the time from here
    clock.start();
    // Before any secret exists: no core dumps, not dumpable (no same-user ptrace or /proc/<pid>/mem).
    if (const auto hardening = stardeck::platform::hardenProcess(); hardening.failed())
        std::fprintf(stderr, "stardeck: warning: %s\n", qPrintable(hardening.detail));
    stardeck::ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationVersion(QStringLiteral(STARDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stardeck.svg")));
    // The installed desktop entry (packaging/linux/): Wayland's app id, so the shell shows its icon and name.
    QApplication::setDesktopFileName(QStringLiteral("org.stardeck.Stardeck"));

    QSettings settings;
    const stardeck::ui::AppSettings saved = stardeck::ui::AppSettings::load(settings);
    installTranslators(app, saved.language);

    stardeck::app::AppOptions options;
    QString error;
    if (!stardeck::app::parseCommandLine(QApplication::arguments(), saved, &options, &error)) {
        std::fprintf(stderr, "stardeck: %s\n", qPrintable(error));
        return 2;
    }

    // Screenshots are for scripts: they run beside a user's wallet, never instead of it.
    stardeck::app::SingleInstance instance(stardeck::app::SingleInstance::defaultKey());
    const bool single = options.screenshotPath.isEmpty() && !options.quitWhenReady;
    if (single) {
        if (instance.forwardToRunning(1000, options.callbackUrl))
            return 0;
        if (!instance.listen())
            std::fprintf(stderr, "stardeck: warning: cannot check for another running wallet\n");
    }

    stardeck::ui::applyTheme(options.settings.theme);
    AppServices services(options);
    if (!services.start(&error)) {
        std::fprintf(stderr, "stardeck: %s\n", qPrintable(error));
        return 1;
    }
    stardeck::ui::MainWindow *window = services.window();
    QObject::connect(&instance, &stardeck::app::SingleInstance::callbackReceived, &services,
                     &AppServices::deliverCallback);
    if (!options.callbackUrl.isEmpty()) // started by the URL handler with no wallet running: no login waits
        QTimer::singleShot(0, &services,
                           [&services, &options] { services.deliverCallback(options.callbackUrl); });
    QObject::connect(&instance, &stardeck::app::SingleInstance::activationRequested, window,
                     &stardeck::ui::MainWindow::bringToFront);
    stardeck::ui::SettingsPage *settingsPage = window->settingsPage();
    // Theme and media privacy apply at once, so they are saved at once too.
    QObject::connect(settingsPage, &stardeck::ui::SettingsPage::themeChanged, &app, [](const QString &theme) {
        stardeck::ui::applyTheme(theme);
        QSettings().setValue(QStringLiteral("theme"), theme);
    });
    QObject::connect(settingsPage, &stardeck::ui::SettingsPage::thirdPartyMediaChanged, &app,
                     [](bool allowed) { QSettings().setValue(QStringLiteral("thirdPartyMedia"), allowed); });
    QObject::connect(settingsPage, &stardeck::ui::SettingsPage::settingsSaved, &app,
                     [](const stardeck::ui::AppSettings &values) {
                         QSettings store;
                         values.save(store);
                     });
    if (options.quitWhenReady)
        quitWhenReady(services, clock);
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(services, options.screenshotPath, options.screenshotPage,
                           !options.autoLoginEmail.isEmpty());
    return QApplication::exec();
}
