// SPDX-License-Identifier: MIT
#include "wallet/SignedSession.h"

#include "CliMain.h"
#include "wallet/CliConfirmationPrompt.h"
#include "wallet/WalletApp.h"

#include "passport/PassportSession.h"
#include "wallet/GuardianClient.h"
#include "wallet/ImxProvider.h"
#include "wallet/WalletConnector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

#include <sys/resource.h>

#include <cstdlib>

namespace stardeck::cli {

using wallet::ImxProvider;
using wallet::WalletResult;

namespace {

QString journalPath(const WalletApp &app)
{
    const QByteArray digest =
        QCryptographicHash::hash(app.refreshTokenKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/stardeck-cli/journal-%1.json").arg(QString::fromLatin1(digest));
}

void reportProgress(WalletApp &app, const QString &actionId, wallet::ActionKind kind,
                    wallet::ActionState state, const QString &detail)
{
    if (app.json()) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                      {QStringLiteral("action_id"), actionId},
                      {QStringLiteral("kind"), wallet::actionKindName(kind)},
                      {QStringLiteral("state"), wallet::actionStateName(state)}};
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        io::writeLine(app.streams().err, QJsonDocument(o).toJson(QJsonDocument::Compact));
        return;
    }
    app.err(QStringLiteral("[%1] %2%3\n")
                .arg(wallet::actionKindName(kind), wallet::actionStateName(state),
                     detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
}

//! The crash-test hook: with STARDECK_CRASH_POINT set to one of the provider's points ("approved",
//! "signed", "journaled", "posted"), the process aborts there, as if it were killed (F23 tests).
std::function<bool(const QString &)> crashPointFromEnvironment()
{
    const QString wanted = qEnvironmentVariable("STARDECK_CRASH_POINT");
    if (wanted.isEmpty())
        return {};
    return [wanted](const QString &point) {
        if (point == wanted) {
            const rlimit noCore{0, 0}; // a test crash leaves no core file behind
            ::setrlimit(RLIMIT_CORE, &noCore);
            std::abort();
        }
        return false;
    };
}

} // namespace

//! Restores the session, connects the wallet, opens the journal, resolves what an earlier run left
//! pending, loads the token list, then calls `then` with a provider ready for one action.
void withProvider(WalletApp &app, const ArgParser &p, std::function<void(SignedSession &)> then)
{
    const bool yes = p.isSet(QStringLiteral("yes"));
    const bool openBrowser = !p.isSet(QStringLiteral("no-browser"));
    // Restoring the session rotates the refresh token; it is stored before anything is signed, so a
    // crash inside the signing flow never leaves the old (now revoked) token behind (F23).
    app.restoreSession([&app, yes, openBrowser, then] {
        app.whenStored([&app, yes, openBrowser, then] {
            auto *s = new SignedSession(&app);
            // One process at a time per journal (F24): a second one would overwrite the first's entries.
            // A lock left by a killed process is stale (its pid is gone) and is taken over; age alone
            // never makes it stale (a Guardian confirmation may take minutes).
            const QString path = journalPath(app);
            QDir().mkpath(QFileInfo(path).absolutePath());
            s->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
            s->lock->setStaleLockTime(0);
            if (!s->lock->tryLock(0)) {
                qint64 pid = 0;
                QString host;
                QString name;
                s->lock->getLockInfo(&pid, &host, &name);
                app.fail(wallet::walletError(
                    wallet::PassportErrorType::WalletConnectionError, wallet::WalletFailure::Storage,
                    QStringLiteral("another stardeck-cli (pid %1) is using the submission journal %2; "
                                   "try again when it has finished")
                        .arg(pid)
                        .arg(path)));
                return;
            }
            auto journal = wallet::SubmissionJournal::open(path);
            if (!journal) {
                app.fail(journal.error());
                return;
            }
            s->journal.emplace(std::move(journal).value());
            s->connector =
                new wallet::WalletConnector(app.environment(), wallet::TeeSettings::passportDefaults(),
                                            app.session(), app.nam(), app.store(), s);
            s->connector->connectPassport(s, [&app, s, yes, openBrowser,
                                              then](WalletResult<wallet::ConnectedAccount> account) {
                if (!account) {
                    app.fail(account.error());
                    return;
                }
                s->guardian = new wallet::GuardianClient(app.environment(), app.nam(), app.session(), s);
                s->prompt = new CliConfirmationPrompt(app, yes, openBrowser, *s->guardian, s);
                wallet::ProviderServices services{.environment = app.environment(),
                                                  .nam = &app.nam(),
                                                  .session = &app.session(),
                                                  .client = &app.imx(),
                                                  .journal = &*s->journal,
                                                  .prompt = s->prompt,
                                                  .guardian = s->guardian,
                                                  .crashPoint = crashPointFromEnvironment()};
                s->provider = new ImxProvider(services, account.value(), s);
                QObject::connect(
                    s->provider, &ImxProvider::progress, &app,
                    [&app](const QString &id, wallet::ActionKind kind, wallet::ActionState state,
                           const QString &detail) { reportProgress(app, id, kind, state, detail); });
                const auto loadTokens = [&app, s, then] {
                    TokenBook::load(app.imx(), s, s->tokens, [&app, s, then](wallet::WalletStatus loaded) {
                        if (!loaded) {
                            app.fail(loaded.error());
                            return;
                        }
                        then(*s);
                    });
                };
                // Nothing can be pending before registration (and the journal is resolved per IMX account).
                if (!app.session().passportClaims()) {
                    loadTokens();
                    return;
                }
                s->provider->resumePending(
                    s, [&app, loadTokens](WalletResult<QList<wallet::ResolvedEntry>> resolved) {
                        if (!resolved) {
                            app.fail(resolved.error());
                            return;
                        }
                        for (const wallet::ResolvedEntry &entry : resolved.value())
                            app.notice(QStringLiteral("resolved"),
                                       QStringLiteral("Resolved an earlier %1 (%2): %3%4")
                                           .arg(wallet::actionKindName(entry.kind), entry.id,
                                                entry.executed ? QStringLiteral("executed")
                                                               : QStringLiteral("not executed"),
                                                entry.note.isEmpty() ? QString()
                                                                     : QStringLiteral(" - ") + entry.note),
                                       {{QStringLiteral("action_id"), entry.id},
                                        {QStringLiteral("executed"), entry.executed}});
                        loadTokens();
                    });
            });
        });
    });
}

//! Reports a result object (JSON, or "key: value" lines) and exits 0.
void succeed(WalletApp &app, const QString &headline, const QJsonObject &result)
{
    if (app.json()) {
        app.outJson(result);
    } else {
        QString text = headline + u'\n';
        for (auto it = result.begin(); it != result.end(); ++it) {
            const QJsonValue v = it.value();
            QString value = v.isString() ? v.toString()
                            : v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                            : v.isArray()
                                ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                : QString::number(v.toInteger());
            text += QStringLiteral("%1: %2\n").arg(it.key(), value);
        }
        app.out(text);
    }
    app.finish(ExitOk);
}

void declareSigned(ArgParser &p)
{
    p.addOption(QStringLiteral("yes"), {},
                QStringLiteral("approve without asking (only when given explicitly)"));
    p.addOption(QStringLiteral("no-browser"), {},
                QStringLiteral("do not open a Guardian confirmation page, only print its URL"));
}

} // namespace stardeck::cli
