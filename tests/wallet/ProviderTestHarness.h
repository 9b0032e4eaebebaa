// SPDX-License-Identifier: MIT
#pragma once

// Test support for the ImxProvider tests: an in-process sandbox (demo seed), a real Passport
// session logged in through the sandbox's HTML pages, an ImxClient, a SubmissionJournal in a
// temporary directory, a scripted ConfirmationPrompt that records what it saw, and the provider.
// The demo users' signers are rebuilt from the sandbox TEE's key the way Passport derives them.

#include "AuthTestHelpers.h"
#include "PassportAccount.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "api/ImxClient.h"
#include "passport/PassportSession.h"
#include "wallet/ConfirmationPrompt.h"
#include "wallet/GuardianClient.h"
#include "wallet/ImxProvider.h"
#include "wallet/StarkSigner.h"
#include "wallet/SubmissionJournal.h"
#include "world/Seed.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace stardeck::test {

using namespace stardeck::wallet;

inline constexpr int kProviderWaitMs = 30000;

//! "TRANSFER_ERROR: message [failure]" for failure messages.
inline QString why(const WalletError &error)
{
    return describe(error) + QStringLiteral(" [") + walletFailureName(error.failure) + QLatin1Char(']');
}

//! why() of a failed result, empty for a success (QVERIFY2 evaluates its message eagerly).
template <class T>
QString whyNot(const WalletResult<T> &result)
{
    return result.ok() ? QString() : why(result.error());
}

//! A ConfirmationPrompt driven by the test: approves or rejects (or runs `handler`) and records
//! every action it was shown.
class ScriptedPrompt : public ConfirmationPrompt {
public:
    bool approve = true;
    //! When set, decides instead of `approve` (may do HTTP first, e.g. approve on Guardian).
    std::function<void(const PreparedAction &, Decision)> handler;
    QList<PreparedAction> seen;

    void review(const PreparedAction &action, QObject *context, Decision done) override
    {
        seen.append(action);
        QTimer::singleShot(0, context, [this, action, done] {
            if (handler)
                handler(action, done);
            else
                done(approve);
        });
    }
};

//! A demo-seeded sandbox with a small NFT count (fast to start).
inline sandbox::SandboxOptions providerSandboxOptions()
{
    sandbox::SandboxOptions options;
    options.nfts = 80;
    return options;
}

struct ProgressEvent {
    QString id;
    ActionKind kind;
    ActionState state;
    QString detail;
};

inline api::ImxClientConfig clientConfig(const passport::Environment &environment)
{
    api::ImxClientConfig config;
    config.baseUrl = environment.serviceUrl(passport::Environment::Service::Imx);
    return config;
}

//! Everything one provider test needs.
struct ProviderHarness {
    SandboxFixture f{providerSandboxOptions()};
    QNetworkAccessManager nam;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    passport::PassportSession session{environment, nam};
    api::ImxClient client{clientConfig(environment), &nam};
    GuardianClient guardian{environment, nam, session};
    QTemporaryDir dir;
    std::optional<SubmissionJournal> journal;
    ScriptedPrompt prompt;
    QObject context;
    std::unique_ptr<ImxProvider> provider;
    QList<ProgressEvent> events;
    std::function<bool(const QString &)> crashPoint;

    ProviderHarness()
    {
        guardian.setLookupRetry(4, 100);
        openJournal();
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("journal.json")); }

    //! (Re)opens the journal file, as a restarted process would.
    bool openJournal()
    {
        auto opened = SubmissionJournal::open(journalPath());
        if (!opened.ok()) {
            qWarning("journal: %s", qPrintable(opened.error().message));
            return false;
        }
        journal.emplace(std::move(opened).value());
        return true;
    }

    bool login(const QString &email)
    {
        const auto url = session.beginLogin({QStringLiteral("email"), email});
        if (!url)
            return false;
        const QString location = browserLogin(f, *url, email, true);
        if (location.isEmpty())
            return false;
        std::optional<passport::PassportStatus> status;
        session.completeLogin(QUrl(location), &context,
                              [&status](passport::PassportStatus s) { status = s; });
        if (!QTest::qWaitFor([&] { return status.has_value(); }, kProviderWaitMs))
            return false;
        if (!status->ok())
            qWarning("login: %s", qPrintable(status->error().message));
        return status->ok();
    }

    sandbox::UserRecord &user(const QString &email)
    {
        return f.sandbox().world().users.at(sandbox::userIdForEmail(email));
    }

    //! The signers of a user whose TEE key the sandbox holds: the Ethereum key itself and the stark
    //! key derived from its signature of the seed message (Passport's derivation).
    std::optional<ConnectedAccount> accountFor(const QString &email)
    {
        return passportAccountFor(user(email));
    }

    ProviderServices services()
    {
        return ProviderServices{
            .environment = environment,
            .nam = &nam,
            .session = &session,
            .client = &client,
            .journal = &*journal,
            .prompt = &prompt,
            .guardian = &guardian,
            .submitRetries = 2,
            .submitBackoffMs = 50,
            .registrationPolls = 4,
            .registrationPollDelayMs = 100,
            .crashPoint = [this](const QString &point) { return crashPoint && crashPoint(point); },
        };
    }

    void makeProvider(ConnectedAccount account)
    {
        provider = std::make_unique<ImxProvider>(services(), std::move(account));
        QObject::connect(
            provider.get(), &ImxProvider::progress, &context,
            [this](const QString &id, ActionKind kind, ActionState state, const QString &detail) {
                events.append({id, kind, state, detail});
            });
    }

    //! Logs `email` in and builds the provider for its account.
    bool start(const QString &email = sandbox::seed::demoEmail)
    {
        if (!login(email))
            return false;
        auto account = accountFor(email);
        if (!account)
            return false;
        makeProvider(std::move(*account));
        return true;
    }

    //! Runs one asynchronous provider call and waits for its single callback.
    template <class T, class Call>
    std::optional<WalletResult<T>> wait(Call call)
    {
        std::optional<WalletResult<T>> result;
        bool inside = true;
        int calls = 0;
        call([&result, &inside, &calls](WalletResult<T> r) {
            ++calls;
            if (!inside)
                result.emplace(std::move(r));
        });
        inside = false;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kProviderWaitMs))
            return std::nullopt;
        QTest::qWait(20); // a second callback would show up here
        if (calls != 1)
            return std::nullopt;
        return result;
    }

    std::optional<WalletResult<TransferResult>> transfer(const TransferRequest &request)
    {
        return wait<TransferResult>([&](auto done) { provider->transfer(request, &context, done); });
    }

    std::optional<WalletResult<QList<ResolvedEntry>>> resume()
    {
        return wait<QList<ResolvedEntry>>([&](auto done) { provider->resumePending(&context, done); });
    }

    //! The states reported for the action (the first action when `id` is empty), in order.
    QList<ActionState> states(const QString &id = {}) const
    {
        QList<ActionState> out;
        const QString wanted = id.isEmpty() && !events.isEmpty() ? events.first().id : id;
        for (const ProgressEvent &event : events)
            if (event.id == wanted)
                out.append(event.state);
        return out;
    }

    bool sawState(ActionState state) const
    {
        for (const ProgressEvent &event : events)
            if (event.state == state)
                return true;
        return false;
    }

    QJsonObject writes() { return f.get(QStringLiteral("/__sandbox/writes")).object(); }
    int signableCounter(const char *name)
    {
        return writes().value(QStringLiteral("signables")).toObject().value(QLatin1String(name)).toInt(-1);
    }
    int transferCount() { return int(writes().value(QStringLiteral("transfers")).toArray().size()); }

    bool fault(const QJsonObject &rule)
    {
        return f.postJson(QStringLiteral("/__sandbox/faults"), rule).status == 200;
    }
    bool clearFaults() { return f.send("DELETE", QStringLiteral("/__sandbox/faults")).status == 204; }

    QString ethBalance(const QString &owner)
    {
        return QString::fromStdString(f.sandbox().world().balance(owner, QString()).toDecimal());
    }

    //! A demo user's NFTs (token address, token id), by owner.
    QList<QPair<QString, QString>> nftsOf(const QString &owner, int max = 3)
    {
        QList<QPair<QString, QString>> out;
        for (const auto &[key, asset] : f.sandbox().world().assets) {
            if (asset.owner == owner && asset.status == QLatin1String("imx")) {
                out.append({asset.tokenAddress, asset.tokenId});
                if (out.size() == max)
                    break;
            }
        }
        return out;
    }
    QString nftOwner(const QString &tokenAddress, const QString &tokenId)
    {
        return f.sandbox().world().assets.at({tokenAddress, tokenId}).owner;
    }

    //! The user's access token as text (test only: to act on Guardian as the hosted page would).
    QByteArray accessToken()
    {
        std::optional<passport::PassportResult<crypto::SecureBytes>> token;
        session.accessToken(&context, [&token](passport::PassportResult<crypto::SecureBytes> t) {
            token.emplace(std::move(t));
        });
        if (!QTest::qWaitFor([&] { return token.has_value(); }, kProviderWaitMs) || !token->ok())
            return {};
        return QByteArray(reinterpret_cast<const char *>(token->value().data()),
                          qsizetype(token->value().size()));
    }

    //! Approves a transaction on Guardian as the hosted confirmation page does.
    int guardianApprove(const PreparedAction &action)
    {
        const QString hash = QString::fromStdString(action.items.first().payloadHash.toHexMinimal());
        return f
            .postJson(QStringLiteral("/mr/guardian/v1/transactions/%1/approve").arg(hash),
                      {{QStringLiteral("chainType"), QStringLiteral("starkex")}},
                      {{"Authorization", "Bearer " + accessToken()}})
            .status;
    }
};

} // namespace stardeck::test
