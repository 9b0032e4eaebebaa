// SPDX-License-Identifier: MIT
// The soak test: several accounts, each with its own ImxProvider (two transfers in flight), Passport
// session, HTTP connections and SubmissionJournal file, drive one sandbox with concurrent reads and
// signed transfers for a bounded time while faults are switched on at random through
// /__sandbox/faults (5xx, 429 with Retry-After, latency, drops before and after a submit executes,
// malformed bodies, a tampered payload hash), and resolved entries are pruned from the journals now
// and then. Afterwards, faults off, every journal is resumed, and the sandbox's ledger
// (/__sandbox/writes) and every journal must agree exactly: each signed transfer executed once
// (Submitted, its id in the ledger once) or not at all (Rejected/Abandoned, or never journaled),
// nothing left Signed, every ledger transfer of the soak accounts owned by exactly one journal
// entry, and every balance moved by exactly the executed amounts.
// STARDECK_SOAK_SECONDS sets the duration (default 35); STARDECK_SOAK_REPORT=<file> writes the
// figures as JSON (scripts/soak.sh runs the long version).
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "api/ImxClient.h"
#include "passport/PassportSession.h"
#include "wallet/ConfirmationPrompt.h"
#include "wallet/GuardianClient.h"
#include "wallet/ImxProvider.h"
#include "wallet/PassportAccount.h"
#include "wallet/StarkSigner.h"
#include "wallet/SubmissionJournal.h"
#include "world/Seed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>
#include <set>

using namespace stardeck;
using namespace stardeck::wallet;
using stardeck::crypto::UInt256;
using stardeck::test::SandboxFixture;

namespace {

const UInt256 kAmount = *UInt256::fromDecimal("1000000000000"); // 0.000001 ETH, a multiple of the quantum
constexpr int kReadsInFlight = 3;                               // per account
constexpr int kTransfersInFlight = 2;                           // per account (one provider, one journal)

//! Approves everything (the soak is about the network and the journal, not the review).
class ApprovingPrompt : public ConfirmationPrompt {
public:
    void review(const PreparedAction &, QObject *context, Decision done) override
    {
        QTimer::singleShot(0, context, [done] { done(true); });
    }
};

//! The figures of one run.
struct Figures {
    int submissions = 0;      //!< transfers started
    int executed = 0;         //!< transfers the provider reported done
    int failed = 0;           //!< transfers the provider reported failed (any reason)
    int unknownAtEnd = 0;     //!< failed with the outcome unknown (journal entry Signed) before resume
    int resolvedByResume = 0; //!< entries resumePending resolved at the end
    int reads = 0;
    int readErrors = 0;
    int faultsInjected = 0;
    int pruneFailures = 0;
    qint64 durationMs = 0;
};

//! One account: its own connections, session, journal file and provider.
struct Account {
    QString email;
    QString ethAddress;
    QString receiver;
    QNetworkAccessManager nam;
    std::unique_ptr<passport::PassportSession> session;
    std::unique_ptr<api::ImxClient> client;
    std::unique_ptr<GuardianClient> guardian;
    std::optional<SubmissionJournal> journal;
    ApprovingPrompt prompt;
    QObject context;
    std::unique_ptr<ImxProvider> provider;
    std::set<qint64> reportedIds;           //!< transfer ids the provider reported as done
    std::map<QString, JournalEntry> pruned; //!< resolved entries pruned from the file (kept for the check)
};

//! A random fault rule, as JSON for /__sandbox/faults (each applies to 1-3 requests).
QJsonObject randomFault(QRandomGenerator &rng)
{
    const auto pick = [&rng](std::initializer_list<const char *> list) {
        return QString::fromLatin1(*(list.begin() + rng.bounded(int(list.size()))));
    };
    QJsonObject rule{{QStringLiteral("times"), 1 + rng.bounded(3)}};
    switch (rng.bounded(8)) {
    case 0: // a server error on any IMX route
        rule.insert(QStringLiteral("route"),
                    pick({"imx.*", "imx.transfers.create", "imx.transfers.signable"}));
        rule.insert(QStringLiteral("status"), QJsonValue(QJsonArray{500, 502, 503}.at(rng.bounded(3))));
        break;
    case 1: // rate limited
        rule.insert(QStringLiteral("route"), pick({"imx.*", "imx.transfers.create"}));
        rule.insert(QStringLiteral("status"), 429);
        rule.insert(QStringLiteral("retry_after"), 1);
        break;
    case 2: // slow answers
        rule.insert(QStringLiteral("route"), pick({"imx.*", "imx.transfers.create", "imx.balances.list"}));
        rule.insert(QStringLiteral("latency_ms"), 100 + rng.bounded(1400));
        break;
    case 3: // the submit never reaches the ledger
        rule.insert(QStringLiteral("route"), QStringLiteral("imx.transfers.create"));
        rule.insert(QStringLiteral("drop"), QStringLiteral("before_execute"));
        break;
    case 4: // the submit executes, the answer is lost
    case 5:
        rule.insert(QStringLiteral("route"), QStringLiteral("imx.transfers.create"));
        rule.insert(QStringLiteral("drop"), QStringLiteral("after_execute"));
        break;
    case 6: // an unreadable body
        rule.insert(QStringLiteral("route"), pick({"imx.transfers.signable", "imx.balances.list",
                                                   "imx.transfers.list", "imx.transfers.create"}));
        rule.insert(QStringLiteral("body"), pick({"malformed", "truncated"}));
        break;
    default: // a blind-signing attempt
        rule.insert(QStringLiteral("route"), QStringLiteral("imx.transfers.signable"));
        rule.insert(QStringLiteral("tamper_payload_hash"), true);
        break;
    }
    return rule;
}

} // namespace

class TestReliabilitySoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void soak()
    {
        const int seconds = qEnvironmentVariableIsSet("STARDECK_SOAK_SECONDS")
                                ? qEnvironmentVariableIntValue("STARDECK_SOAK_SECONDS")
                                : 35;
        QVERIFY(seconds > 0);
        sandbox::SandboxOptions options;
        options.nfts = 40;
        SandboxFixture f(options);
        const passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Four accounts in a ring: each sends to the next.
        const QStringList emails{sandbox::seed::demoEmail, QStringLiteral("alice@stardeck.test"),
                                 QStringLiteral("bob@stardeck.test"), QStringLiteral("carol@stardeck.test")};
        std::vector<std::unique_ptr<Account>> accounts;
        std::map<QString, UInt256> startBalance;
        for (const QString &email : emails) {
            auto a = std::make_unique<Account>();
            a->email = email;
            sandbox::UserRecord &record = f.sandbox().world().users.at(sandbox::userIdForEmail(email));
            a->ethAddress = record.ethAddress;
            a->session = std::make_unique<passport::PassportSession>(environment, a->nam);
            QVERIFY2(login(f, *a->session, a->context, email), qPrintable(email));
            api::ImxClientConfig config;
            config.baseUrl = environment.serviceUrl(passport::Environment::Service::Imx);
            a->client = std::make_unique<api::ImxClient>(config, &a->nam);
            a->guardian = std::make_unique<GuardianClient>(environment, a->nam, *a->session);
            a->guardian->setLookupRetry(4, 100);
            auto journal =
                SubmissionJournal::open(dir.filePath(QStringLiteral("journal-%1.json").arg(accounts.size())));
            QVERIFY(journal.ok());
            a->journal.emplace(std::move(journal).value());
            auto connected = test::passportAccountFor(record);
            QVERIFY(connected.has_value());
            a->provider = std::make_unique<ImxProvider>(ProviderServices{.environment = environment,
                                                                         .nam = &a->nam,
                                                                         .session = a->session.get(),
                                                                         .client = a->client.get(),
                                                                         .journal = &*a->journal,
                                                                         .prompt = &a->prompt,
                                                                         .guardian = a->guardian.get(),
                                                                         .submitRetries = 2,
                                                                         .submitBackoffMs = 50,
                                                                         .requestTimeoutMs = 4000,
                                                                         .crashPoint = {}},
                                                        std::move(*connected));
            startBalance[a->ethAddress] = f.sandbox().world().balance(a->ethAddress, QString());
            accounts.push_back(std::move(a));
        }
        for (size_t i = 0; i < accounts.size(); ++i)
            accounts[i]->receiver = accounts[(i + 1) % accounts.size()]->ethAddress;
        const std::set<qint64> ledgerBefore = ledgerIds(f);

        Figures figures;
        QElapsedTimer clock;
        clock.start();
        const qint64 deadline = qint64(seconds) * 1000;
        int busy = 0;                    // operations in flight
        std::map<QString, int> failures; // failure messages (shortened) and how often

        // Signed transfers: kTransfersInFlight per account, the next as soon as one ends.
        std::function<void(Account &)> sendNext = [&](Account &a) {
            if (clock.elapsed() >= deadline)
                return;
            TransferRequest request;
            request.token.type = TokenRef::Type::Eth;
            request.amount = kAmount;
            request.receiver = a.receiver;
            ++figures.submissions;
            ++busy;
            a.provider->transfer(request, &a.context, [&, pa = &a](WalletResult<TransferResult> r) {
                --busy;
                if (r.ok()) {
                    ++figures.executed;
                    pa->reportedIds.insert(r->transferId);
                } else {
                    ++figures.failed;
                    ++failures[r.error().message.left(60)];
                }
                QTimer::singleShot(QRandomGenerator::global()->bounded(30), &pa->context,
                                   [&, pa] { sendNext(*pa); });
            });
        };
        // Reads: a few in flight per account, over the account's own connections.
        std::function<void(Account &, int)> readNext = [&](Account &a, int n) {
            if (clock.elapsed() >= deadline)
                return;
            ++busy;
            const auto done = [&, pa = &a, n](bool ok) {
                --busy;
                ++figures.reads;
                figures.readErrors += ok ? 0 : 1;
                readNext(*pa, n + 1);
            };
            switch (n % 3) {
            case 0:
                a.client->balances(a.ethAddress, {}, &a.context, [done](auto r) { done(r.ok()); });
                break;
            case 1: {
                api::ListQuery query;
                query.pageSize = 20;
                a.client->transfers(query, &a.context, [done](auto r) { done(r.ok()); });
                break;
            }
            default:
                a.client->tokens({}, &a.context, [done](auto r) { done(r.ok()); });
                break;
            }
        };
        // Faults: every 200 ms, a new random rule through the admin API (earlier ones are used up).
        QNetworkAccessManager admin;
        QRandomGenerator rng(quint32(qEnvironmentVariableIntValue("STARDECK_SOAK_SEED") + 0x50a4));
        QTimer faults;
        QObject::connect(&faults, &QTimer::timeout, &faults, [&] {
            if (clock.elapsed() >= deadline)
                return;
            QNetworkRequest request(f.url(QStringLiteral("/__sandbox/faults")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = admin.post(request, QJsonDocument(randomFault(rng)).toJson());
            QObject::connect(reply, &QNetworkReply::finished, reply, [&figures, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++figures.faultsInjected;
                reply->deleteLater();
            });
        });
        faults.start(200);
        // As the app does, resolved entries are pruned from the journal files now and then (each write
        // rewrites the whole file durably); what is pruned is kept here for the final check.
        QTimer pruning;
        QObject::connect(&pruning, &QTimer::timeout, &pruning, [&] {
            for (auto &a : accounts) {
                const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
                for (const JournalEntry &e : a->journal->entries())
                    if (e.state != JournalState::Signed && e.updatedAt < before)
                        a->pruned[e.id] = e;
                if (!a->journal->prune(before).ok())
                    ++figures.pruneFailures;
            }
        });
        pruning.start(20000);

        for (auto &a : accounts) {
            for (int i = 0; i < kTransfersInFlight; ++i)
                sendNext(*a);
            for (int i = 0; i < kReadsInFlight; ++i)
                readNext(*a, i);
        }
        QVERIFY(QTest::qWaitFor([&] { return clock.elapsed() >= deadline && busy == 0; }, deadline + 120000));
        faults.stop();
        pruning.stop();
        figures.durationMs = clock.elapsed();
        QCOMPARE(f.send("DELETE", QStringLiteral("/__sandbox/faults")).status, 204);

        // Outcome unknown at the end: resume every journal (faults off) until nothing is pending.
        for (auto &a : accounts) {
            figures.unknownAtEnd += int(a->journal->pending().size());
            for (int round = 0; round < 3 && !a->journal->pending().isEmpty(); ++round) {
                std::optional<WalletResult<QList<ResolvedEntry>>> resolved;
                QElapsedTimer took;
                took.start();
                const qsizetype pending = a->journal->pending().size();
                a->provider->resumePending(&a->context,
                                           [&](WalletResult<QList<ResolvedEntry>> r) { resolved = r; });
                const bool answered = QTest::qWaitFor([&] { return resolved.has_value(); }, 300000);
                qInfo("soak: resume of %s, %d pending: %s after %lld ms", qPrintable(a->email), int(pending),
                      answered ? "answered" : "NO ANSWER", took.elapsed());
                if (!answered) {
                    for (const JournalEntry &e : a->journal->pending())
                        qInfo("soak: still pending %s: attempts %d, signed %s", qPrintable(e.id), e.attempts,
                              qPrintable(e.createdAt.toString(Qt::ISODateWithMs)));
                }
                QVERIFY(answered);
                QVERIFY2(resolved->ok(), qPrintable(resolved->ok() ? QString() : resolved->error().message));
                figures.resolvedByResume += int(resolved->value().size());
            }
        }

        // The ledger and the journals agree exactly.
        const QJsonArray ledger =
            f.get(QStringLiteral("/__sandbox/writes")).object().value(QStringLiteral("transfers")).toArray();
        std::map<QString, Account *> bySender;
        for (auto &a : accounts)
            bySender[a->ethAddress] = a.get();
        std::map<qint64, QJsonObject> soakTransfers; // new ledger transfers sent by the soak accounts
        for (const QJsonValue &v : ledger) {
            const QJsonObject t = v.toObject();
            const qint64 id = t.value(QStringLiteral("transaction_id")).toInteger();
            if (!ledgerBefore.count(id) && bySender.count(t.value(QStringLiteral("sender")).toString()))
                soakTransfers[id] = t;
        }
        std::map<qint64, int> claimed; // ledger id -> journal entries that say they executed it
        int journalEntries = 0;
        int prunedEntries = 0;
        for (auto &a : accounts)
            prunedEntries += int(a->pruned.size());
        for (auto &a : accounts) {
            QVERIFY2(a->journal->pending().isEmpty(),
                     qPrintable(a->email + QStringLiteral(": entries left Signed")));
            const auto reread = SubmissionJournal::open(a->journal->path()); // the file on disk agrees
            QVERIFY(reread.ok());
            QCOMPARE(reread.value().entries(), a->journal->entries());
            QList<JournalEntry> all = a->journal->entries();
            for (const auto &[id, e] : a->pruned) {
                QVERIFY2(!a->journal->find(id), qPrintable(id)); // pruned means gone from the file
                all.append(e);
            }
            for (const JournalEntry &e : all) {
                ++journalEntries;
                if (e.state != JournalState::Submitted)
                    continue;
                const qint64 id =
                    e.result.value(QStringLiteral("transfer_id"))
                        .toInteger(e.result.value(QStringLiteral("transaction_id")).toInteger());
                QVERIFY2(soakTransfers.count(id),
                         qPrintable(QStringLiteral("journal id %1 not in the ledger").arg(id)));
                QCOMPARE(soakTransfers[id].value(QStringLiteral("sender")).toString(), a->ethAddress);
                QCOMPARE(soakTransfers[id].value(QStringLiteral("receiver")).toString(), a->receiver);
                ++claimed[id];
            }
            for (qint64 id : a->reportedIds) // every success the provider reported is in its journal
                QVERIFY2(claimed.count(id), qPrintable(QString::number(id)));
        }
        for (const auto &[id, t] : soakTransfers)
            QVERIFY2(
                claimed[id] == 1,
                qPrintable(QStringLiteral("ledger transfer %1 claimed %2 times").arg(id).arg(claimed[id])));
        QCOMPARE(claimed.size(), soakTransfers.size());

        // Balances moved by exactly the executed transfers.
        std::map<QString, int> sent;
        std::map<QString, int> received;
        for (const auto &[id, t] : soakTransfers) {
            ++sent[t.value(QStringLiteral("sender")).toString()];
            ++received[t.value(QStringLiteral("receiver")).toString()];
        }
        for (auto &a : accounts) {
            UInt256 expected = startBalance[a->ethAddress];
            for (int i = 0; i < received[a->ethAddress]; ++i)
                expected.addInPlace(kAmount);
            for (int i = 0; i < sent[a->ethAddress]; ++i)
                expected.subInPlace(kAmount);
            QCOMPARE(
                QString::fromStdString(f.sandbox().world().balance(a->ethAddress, QString()).toDecimal()),
                QString::fromStdString(expected.toDecimal()));
        }

        const QJsonObject report{{QStringLiteral("seconds"), seconds},
                                 {QStringLiteral("duration_ms"), figures.durationMs},
                                 {QStringLiteral("accounts"), int(accounts.size())},
                                 {QStringLiteral("submissions"), figures.submissions},
                                 {QStringLiteral("executed_reported"), figures.executed},
                                 {QStringLiteral("failed_reported"), figures.failed},
                                 {QStringLiteral("unknown_at_end"), figures.unknownAtEnd},
                                 {QStringLiteral("resolved_by_resume"), figures.resolvedByResume},
                                 {QStringLiteral("journal_entries"), journalEntries},
                                 {QStringLiteral("ledger_transfers"), int(soakTransfers.size())},
                                 {QStringLiteral("reads"), figures.reads},
                                 {QStringLiteral("read_errors"), figures.readErrors},
                                 {QStringLiteral("faults_injected"), figures.faultsInjected},
                                 {QStringLiteral("pruned_entries"), prunedEntries},
                                 {QStringLiteral("disagreements"), 0}};
        const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Compact);
        qInfo("soak: %s", text.constData());
        for (const auto &[message, count] : failures)
            qInfo("soak failure x%d: %s", count, qPrintable(message));
        if (const QString path = qEnvironmentVariable("STARDECK_SOAK_REPORT"); !path.isEmpty()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text + '\n');
        }
        QCOMPARE(figures.pruneFailures, 0);
        QVERIFY(figures.submissions > 0 && figures.executed > 0 && figures.reads > 0 &&
                figures.faultsInjected > 0);
    }

private:
    //! Logs `session` in as `email` with a fresh browser login (the fixture's cookie jar would
    //! otherwise log every account in as the first one).
    static bool login(SandboxFixture &f, passport::PassportSession &session, QObject &context,
                      const QString &email)
    {
        const auto url = session.beginLogin({QStringLiteral("email"), email});
        if (!url)
            return false;
        const QString location = test::browserLogin(f, *url, email, true);
        if (location.isEmpty())
            return false;
        std::optional<passport::PassportStatus> status;
        session.completeLogin(QUrl(location), &context,
                              [&status](passport::PassportStatus s) { status = s; });
        return QTest::qWaitFor([&] { return status.has_value(); }, 30000) && status->ok();
    }

    static std::set<qint64> ledgerIds(SandboxFixture &f)
    {
        std::set<qint64> ids;
        for (const QJsonValue &v :
             f.get(QStringLiteral("/__sandbox/writes")).object().value(QStringLiteral("transfers")).toArray())
            ids.insert(v.toObject().value(QStringLiteral("transaction_id")).toInteger());
        return ids;
    }
};

QTEST_GUILESS_MAIN(TestReliabilitySoak)
#include "tst_reliability_soak.moc"
