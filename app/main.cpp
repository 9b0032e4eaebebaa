// SPDX-License-Identifier: MIT
// The desktop wallet's entry point: application set-up, one instance per user, the preferences,
// the command line, then the composition root (AppServices), which builds the services and the window.
#include "AppOptions.h"
#include "AppServices.h"
#include "SingleInstance.h"

#include "MainWindow.h"
#include "login/LoginDialog.h"
#include "models/BalancesModel.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

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

//! Saves a picture of the window, then quits (exit code 1 if the file cannot be written).
void saveScreenshot(QWidget *window, const QString &path)
{
    const bool saved = window->grab().save(path);
    if (!saved)
        std::fprintf(stderr, "stardeck: cannot write screenshot to %s\n", qPrintable(path));
    QCoreApplication::exit(saved ? 0 : 1);
}

//! With --auto-login, waits until the wallet shows the account's balances; otherwise until the
//! window is laid out. Handy for documentation and for checking the UI on a headless machine.
void scheduleScreenshot(AppServices &services, const QString &path, bool waitForWallet)
{
    QWidget *window = services.window();
    if (!waitForWallet) {
        QTimer::singleShot(700, window, [window, path] { saveScreenshot(window, path); });
        return;
    }
    const auto takeWhenLoaded = [&services, window, path] {
        if (services.balances()->isLoading()) {
            QObject::connect(
                services.balances(), &stardeck::ui::BalancesModel::finished, window, [window, path] {
                    QTimer::singleShot(500, window, [window, path] { saveScreenshot(window, path); });
                });
            return;
        }
        QTimer::singleShot(500, window, [window, path] { saveScreenshot(window, path); });
    };
    QObject::connect(&services, &AppServices::stateChanged, window,
                     [takeWhenLoaded](AppServices::State state) {
                         if (state == AppServices::State::Ready)
                             takeWhenLoaded();
                     });
    QTimer::singleShot(90'000, window, [] {
        std::fprintf(stderr, "stardeck: the wallet did not open within 90 s; no screenshot\n");
        QCoreApplication::exit(1);
    });
}

//! Saves the window's geometry when it closes.
class GeometryKeeper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close) {
            QSettings settings;
            settings.setValue(QStringLiteral("window/geometry"),
                              static_cast<QWidget *>(watched)->saveGeometry());
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    stardeck::ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationVersion(QStringLiteral(STARDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stardeck.svg")));

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
    const bool single = options.screenshotPath.isEmpty();
    if (single) {
        if (instance.forwardToRunning())
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
    window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    GeometryKeeper keeper;
    window->installEventFilter(&keeper);
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
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(services, options.screenshotPath, !options.autoLoginEmail.isEmpty());
    return QApplication::exec();
}
