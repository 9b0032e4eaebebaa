// SPDX-License-Identifier: MIT
// Composition root of the desktop wallet. Today it only sets up the application and shows the main
// window; services (API client, secret store, signer) will be built here and injected into the UI.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

//! Loads Qt's own strings and Stardeck's for the user's UI language; English needs neither.
void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("stardeck"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

//! Saves a picture of the window once it has been shown and laid out, then quits (exit code 1 if
//! the file cannot be written). Handy for documentation and for checking the UI on a headless machine.
void scheduleScreenshot(QWidget *window, const QString &path)
{
    QTimer::singleShot(700, window, [window, path] {
        const bool saved = window->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "stardeck: cannot write screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationName(QStringLiteral("Stardeck"));
    QApplication::setApplicationVersion(QStringLiteral(STARDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stardeck.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop wallet for Immutable X."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    stardeck::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(&window, parser.value(screenshotOption));
    return QApplication::exec();
}
