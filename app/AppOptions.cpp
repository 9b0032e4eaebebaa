// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace stardeck::app {

QStringList screenshotPageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("assets"),   QStringLiteral("activity"),
            QStringLiteral("market"),   QStringLiteral("settings"), QStringLiteral("send"),
            QStringLiteral("confirm")};
}

bool parseCommandLine(const QStringList &arguments, const ui::AppSettings &settings, AppOptions *options,
                      QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop wallet for Immutable X."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the main window to <file> and exit."),
        QCoreApplication::translate("main", "file"));
    // A developer option for scripts/screenshots.sh: its help and errors are English only.
    const QCommandLineOption screenshotPage(
        QStringLiteral("screenshot-page"),
        QStringLiteral("With --screenshot and --auto-login: the screen to save: overview (the default), "
                       "assets, activity, market, settings, send or confirm."),
        QStringLiteral("page"));
    const QCommandLineOption environment(
        QStringLiteral("environment"),
        QCoreApplication::translate(
            "main", "Where to connect: embedded (a built-in demo sandbox, the default), local "
                    "(a stardeck-sandbox, see --sandbox-url), sandbox (Immutable's testnet) or production."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption sandboxUrl(
        QStringLiteral("sandbox-url"),
        QCoreApplication::translate("main",
                                    "Base URL of the local stardeck-sandbox (with --environment local)."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption autoLogin(
        QStringLiteral("auto-login"),
        QCoreApplication::translate("main", "Log in as <email> without asking (embedded sandbox only; "
                                            "for scripts and screenshots)."),
        QCoreApplication::translate("main", "email"));
    // A developer option for scripts/bench-gui.sh (English only): the cold-start benchmark's end point.
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QStringLiteral("Print \"stardeck: ready after N ms\" and exit 0 once the wallet shows the account's "
                       "balances (exit 3 when no session could be restored)."));
    const QCommandLineOption browserRedirect(
        QStringLiteral("browser-redirect"),
        QCoreApplication::translate("main",
                                    "How a login in the system browser comes back: loopback (a port on "
                                    "127.0.0.1, the default) or scheme (the stardeck:// URL handler)."),
        QCoreApplication::translate("main", "kind"), QStringLiteral("loopback"));
    parser.addOptions(
        {screenshot, screenshotPage, environment, sandboxUrl, autoLogin, quitWhenReady, browserRedirect});
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate(
            "main", "A stardeck:// login answer (the desktop passes it to the running wallet)."),
        QStringLiteral("[url]"));
    parser.process(arguments);

    AppOptions result;
    result.settings = settings;
    if (parser.isSet(environment)) {
        const QString name = parser.value(environment).trimmed().toLower();
        if (!ui::AppSettings::environmentNames().contains(name)) {
            *error = QCoreApplication::translate("main", "unknown environment \"%1\": use embedded, local, "
                                                         "sandbox or production")
                         .arg(name);
            return false;
        }
        result.settings.environment = name;
    }
    if (parser.isSet(sandboxUrl)) {
        result.settings.sandboxUrl = parser.value(sandboxUrl).trimmed();
        if (!parser.isSet(environment))
            result.settings.environment = QStringLiteral("local");
    }
    if (result.settings.environment == QLatin1String("local")) {
        const QUrl url(result.settings.sandboxUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            *error = QCoreApplication::translate("main", "the local environment needs --sandbox-url, e.g. "
                                                         "http://127.0.0.1:8470");
            return false;
        }
    }
    if (parser.isSet(autoLogin)) {
        result.autoLoginEmail = parser.value(autoLogin).trimmed();
        if (result.settings.environment != QLatin1String("embedded")) {
            *error = QCoreApplication::translate("main", "--auto-login only works with the embedded sandbox");
            return false;
        }
        if (!result.autoLoginEmail.contains(QLatin1Char('@'))) {
            *error = QCoreApplication::translate("main", "--auto-login needs an e-mail address");
            return false;
        }
    }
    result.quitWhenReady = parser.isSet(quitWhenReady);
    const QString redirect = parser.value(browserRedirect).trimmed().toLower();
    if (redirect != QLatin1String("loopback") && redirect != QLatin1String("scheme")) {
        *error = QCoreApplication::translate("main", "--browser-redirect takes loopback or scheme");
        return false;
    }
    result.schemeRedirect = redirect == QLatin1String("scheme");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("main", "only one URL can be given");
        return false;
    }
    if (!positional.isEmpty()) {
        result.callbackUrl = QUrl(positional.first(), QUrl::StrictMode);
        if (!result.callbackUrl.isValid() || result.callbackUrl.scheme() != QLatin1String("stardeck") ||
            result.callbackUrl.toEncoded().size() > 4096) {
            *error = QCoreApplication::translate("main", "\"%1\" is not a stardeck:// login answer")
                         .arg(positional.first().left(200));
            return false;
        }
    }
    result.screenshotPath = parser.value(screenshot);
    if (parser.isSet(screenshotPage)) {
        result.screenshotPage = parser.value(screenshotPage).trimmed().toLower();
        if (!screenshotPageNames().contains(result.screenshotPage)) {
            *error = QStringLiteral("unknown screenshot page \"%1\": use %2")
                         .arg(result.screenshotPage, screenshotPageNames().join(QStringLiteral(", ")));
            return false;
        }
        if (result.screenshotPath.isEmpty() || result.autoLoginEmail.isEmpty()) {
            *error = QStringLiteral("--screenshot-page needs --screenshot and --auto-login");
            return false;
        }
    }
    *options = result;
    return true;
}

} // namespace stardeck::app
