// SPDX-License-Identifier: MIT
// login, logout and whoami.
#include "CliMain.h"
#include "wallet/Browser.h"
#include "wallet/WalletApp.h"
#include "wallet/WalletCommand.h"

#include "passport/LoopbackReceiver.h"
#include "passport/PassportSession.h"
#include "wallet/WalletConnector.h"

#include <QJsonObject>
#include <QTimer>

namespace stardeck::cli {

using wallet::PassportErrorType;
using wallet::WalletFailure;

namespace {

//! How long login waits for the browser to come back.
constexpr int kLoginTimeoutMs = 5 * 60 * 1000;

//! Who is logged in, as text lines or one JSON object.
void reportIdentity(WalletApp &app, const QString &headline,
                    const wallet::ConnectedAccount *account = nullptr)
{
    const passport::PassportSession &session = app.session();
    const auto &claims = session.claims();
    const auto passport = session.passportClaims();
    const QString email = claims ? claims->email : QString();
    const QString subject = claims ? claims->subject : QString();
    if (app.json()) {
        QJsonObject o{{QStringLiteral("email"), email},
                      {QStringLiteral("sub"), subject},
                      {QStringLiteral("registered"), passport.has_value()},
                      {QStringLiteral("environment"),
                       app.environment().serviceUrl(passport::Environment::Service::Auth).toString()},
                      {QStringLiteral("secret_store"), app.store().description()}};
        if (passport) {
            o.insert(QStringLiteral("imx_address"), passport->imxEthAddress);
            o.insert(QStringLiteral("stark_key"), passport->imxStarkAddress);
            o.insert(QStringLiteral("user_admin_address"), passport->imxUserAdminAddress);
        }
        if (account) {
            o.insert(QStringLiteral("wallet_address"),
                     QString::fromStdString(account->userAdminAddress.toChecksumHex()));
            o.insert(QStringLiteral("wallet_stark_key"), account->starkSigner->starkKeyHex());
        }
        app.outJson(o);
        return;
    }
    QString text;
    if (!headline.isEmpty())
        text += headline + u'\n';
    text += QStringLiteral("email:         %1\nsub:           %2\n").arg(email, subject);
    if (passport) {
        text +=
            QStringLiteral("IMX address:   %1\nstark key:     %2\nadmin address: %3\nregistered:    yes\n")
                .arg(passport->imxEthAddress, passport->imxStarkAddress, passport->imxUserAdminAddress);
    } else {
        text += QStringLiteral("registered:    no (run 'stardeck-cli register')\n");
    }
    if (account)
        text += QStringLiteral("wallet:        %1 (stark key %2)\n")
                    .arg(QString::fromStdString(account->userAdminAddress.toChecksumHex()),
                         account->starkSigner->starkKeyHex());
    text += QStringLiteral("auth service:  %1\nsecret store:  %2\n")
                .arg(app.environment().serviceUrl(passport::Environment::Service::Auth).toString(),
                     app.store().description());
    app.out(text);
}

// ---- login ----

void declareLogin(ArgParser &p)
{
    p.addOption(QStringLiteral("no-browser"), {},
                QStringLiteral("print the login URL instead of opening a browser"));
    p.addOption(QStringLiteral("email"), QStringLiteral("E"),
                QStringLiteral("log in with this e-mail address (Passport's e-mail hint)"));
}

QString checkLogin(const ArgParser &p)
{
    if (!p.positional().isEmpty())
        return QStringLiteral("login takes no arguments");
    if (p.isSet(QStringLiteral("email")) && !p.value(QStringLiteral("email")).contains(u'@'))
        return QStringLiteral("--email wants an e-mail address");
    return {};
}

void startLogin(WalletApp &app, const ArgParser &p)
{
    auto *receiver = new passport::LoopbackReceiver(&app);
    if (!receiver->listen()) {
        app.fail(wallet::walletError(PassportErrorType::AuthenticationError, WalletFailure::Internal,
                                     QStringLiteral("cannot listen on 127.0.0.1 for the login callback: %1")
                                         .arg(receiver->errorString())));
        return;
    }
    const bool noBrowser = p.isSet(QStringLiteral("no-browser"));
    const QString email = p.value(QStringLiteral("email"));
    app.openStore([&app, receiver, noBrowser, email] {
        passport::PassportSession &session = app.createSession(receiver->redirectUri());
        passport::LoginHints hints;
        if (!email.isEmpty()) {
            hints.direct = QStringLiteral("email");
            hints.email = email;
        }
        const auto url = session.beginLogin(hints);
        if (!url) {
            app.fail(WalletApp::fromPassport(url.error(), PassportErrorType::AuthenticationError));
            return;
        }
        QObject::connect(
            receiver, &passport::LoopbackReceiver::callbackReceived, &app, [&app](const QUrl &callback) {
                app.notice(QStringLiteral("login_callback"),
                           QStringLiteral("Login answer received; checking it..."));
                app.session().completeLogin(callback, &app, [&app](passport::PassportStatus status) {
                    if (!status) {
                        app.fail(
                            WalletApp::fromPassport(status.error(), PassportErrorType::AuthenticationError));
                        return;
                    }
                    // The refresh token is stored by WalletApp (refreshTokenChanged); finish() waits for it.
                    // connectImx: creates the embedded wallet at first sign-up and derives the Stark key.
                    auto *connector = new wallet::WalletConnector(
                        app.environment(), wallet::TeeSettings::passportDefaults(), app.session(), app.nam(),
                        app.store(), &app);
                    connector->connectPassport(
                        &app, [&app](wallet::WalletResult<wallet::ConnectedAccount> account) {
                            if (!account) {
                                app.notice(
                                    QStringLiteral("wallet_connection_failed"),
                                    QStringLiteral("Logged in, but the wallet could not be connected."));
                                app.fail(account.error());
                                return;
                            }
                            reportIdentity(app, QStringLiteral("Logged in."), &account.value());
                            app.finish(ExitOk);
                        });
                });
            });
        QTimer::singleShot(kLoginTimeoutMs, &app, [&app] {
            app.fail(wallet::walletError(PassportErrorType::AuthenticationError, WalletFailure::UserRejected,
                                         QStringLiteral("the login was not completed within 5 minutes")));
        });
        const QString link = url->toString(QUrl::FullyEncoded);
        if (noBrowser) {
            if (app.json())
                app.outJson(QJsonObject{{QStringLiteral("login_url"), link}});
            else
                app.out(QStringLiteral("Open this URL in a browser to log in:\n%1\n").arg(link));
            app.notice(QStringLiteral("login_waiting"),
                       QStringLiteral("Waiting for the browser at %1 ...").arg(receiver->redirectUri()));
            return;
        }
        QString why;
        if (openInBrowser(*url, &why))
            app.notice(
                QStringLiteral("login_url"),
                QStringLiteral("Opened the browser to log in. If it did not open, visit:\n%1").arg(link),
                {{QStringLiteral("url"), link}});
        else
            app.notice(
                QStringLiteral("login_url"),
                QStringLiteral("Could not open a browser (%1). Open this URL to log in:\n%2").arg(why, link),
                {{QStringLiteral("url"), link}});
    });
}

// ---- logout ----

QString checkNoArguments(const ArgParser &p)
{
    if (!p.positional().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(p.positional().first());
    return {};
}

void declareNothing(ArgParser &) {}

void reportLogout(WalletApp &app, const passport::LogoutResult &result)
{
    const QString url = result.endSessionUrl.toString(QUrl::FullyEncoded);
    if (app.json()) {
        QJsonObject o{{QStringLiteral("logged_out"), true},
                      {QStringLiteral("revoked"), result.revoked},
                      {QStringLiteral("end_session_url"), url}};
        if (!result.revoked)
            o.insert(QStringLiteral("revoke_error"), result.revokeError);
        app.outJson(o);
    } else {
        QString text = QStringLiteral("Logged out; the stored session is wiped.\n");
        text +=
            result.revoked
                ? QStringLiteral("The refresh token was revoked.\n")
                : QStringLiteral("warning: the refresh token was not revoked: %1\n").arg(result.revokeError);
        text += QStringLiteral("To end the browser session too, open:\n%1\n").arg(url);
        app.out(text);
    }
}

void startLogout(WalletApp &app, const ArgParser &)
{
    app.openStore([&app] {
        app.store().read(app.refreshTokenKey(), &app, [&app](wallet::SecretReadResult read) {
            if (!read) {
                if (read.error().code == wallet::SecretStoreErrorCode::NotFound)
                    app.fail(wallet::walletError(PassportErrorType::NotLoggedInError,
                                                 WalletFailure::NotLoggedIn,
                                                 QStringLiteral("not logged in")));
                else
                    app.fail(WalletApp::fromStore(read.error()));
                return;
            }
            passport::PassportSession &session = app.createSession();
            session.restore(read.takeValue(), &app, [&app](passport::PassportStatus restored) {
                const auto wipe = [&app](passport::LogoutResult result) {
                    app.forgetSession([&app, result](wallet::SecretStoreStatus removed) {
                        if (!removed) {
                            app.fail(WalletApp::fromStore(removed.error()));
                            return;
                        }
                        reportLogout(app, result);
                        app.finish(ExitOk);
                    });
                };
                if (!restored) {
                    // The token cannot be used (ended or unreachable service): wipe it locally anyway.
                    passport::LogoutResult result;
                    result.endSessionUrl = app.session().endSessionUrl();
                    result.revokeError = restored.error().message;
                    wipe(result);
                    return;
                }
                app.session().logout(&app, wipe);
            });
        });
    });
}

// ---- whoami ----

void startWhoami(WalletApp &app, const ArgParser &)
{
    app.restoreSession([&app] {
        reportIdentity(app, {});
        app.finish(ExitOk);
    });
}

} // namespace

QList<WalletCommand> sessionCommands()
{
    return {
        {"login", "[--no-browser] [--email E]", "log in with Immutable Passport in the browser",
         &declareLogin, &checkLogin, &startLogin},
        {"logout", "", "revoke and wipe the stored session", &declareNothing, &checkNoArguments,
         &startLogout},
        {"whoami", "", "show the logged-in user, IMX address, stark key and secret store", &declareNothing,
         &checkNoArguments, &startWhoami},
    };
}

} // namespace stardeck::cli
