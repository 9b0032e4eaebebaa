// SPDX-License-Identifier: MIT
// IncomingTransferWatcher against the in-process sandbox: real signed transfers between two
// accounts; each transfer the watched account receives from someone else is reported once, after
// the baseline; its own outgoing transfers and what was there before it started are not.

#include "SandboxFixture.h"
#include "WritesTestWorld.h"
#include "api/ImxClient.h"
#include "wallet/IncomingTransferWatcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace stardeck;
using namespace stardeck::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kIntervalMs = 50;
constexpr int kWaitMs = 10000;

struct Env {
    SandboxFixture f{emptyWorld()};
    WritesTestWorld w{f};
    QNetworkAccessManager nam;
    std::unique_ptr<api::ImxClient> client;
    std::unique_ptr<TestAccount> alice;
    std::unique_ptr<TestAccount> bob;

    Env()
    {
        w.addTokens();
        alice = w.addRegistered(u"alice"_s);
        bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"2000000000000000000"_s);
        w.setBalance(bob->ethAddress, QString(), u"2000000000000000000"_s);
        api::ImxClientConfig config;
        config.baseUrl = f.url(u"/imx"_s);
        config.retry.maxAttempts = 1;
        client = std::make_unique<api::ImxClient>(config, &nam);
    }
};

} // namespace

class TestIncomingTransfers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportsEachNewIncomingTransferOnce()
    {
        Env env;
        // Before the wallet starts: not news.
        QCOMPARE(
            env.w.transfer(*env.alice, *env.bob, WritesTestWorld::ethToken(), u"100000000000000000"_s).status,
            200);
        wallet::IncomingTransferWatcher watcher(env.client.get());
        QSignalSpy received(&watcher, &wallet::IncomingTransferWatcher::received);
        watcher.start(env.bob->ethAddress, kIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasBaseline(), kWaitMs);
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(received.count(), 0);

        // Bob's own outgoing transfer is not news either.
        QCOMPARE(
            env.w.transfer(*env.bob, *env.alice, WritesTestWorld::ethToken(), u"50000000000000000"_s).status,
            200);
        QTest::qWait(4 * kIntervalMs);
        QCOMPARE(received.count(), 0);

        // Two transfers from Alice: each reported once, oldest first, as the sandbox recorded them.
        QCOMPARE(
            env.w.transfer(*env.alice, *env.bob, WritesTestWorld::ethToken(), u"250000000000000000"_s).status,
            200);
        QCOMPARE(
            env.w.transfer(*env.alice, *env.bob, WritesTestWorld::ethToken(), u"300000000000000000"_s).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, kWaitMs);
        QTest::qWait(5 * kIntervalMs);
        QCOMPARE(received.count(), 2);
        const auto first = received.at(0).at(0).value<api::Transfer>();
        const auto second = received.at(1).at(0).value<api::Transfer>();
        QVERIFY(first.transactionId < second.transactionId);
        for (const api::Transfer &t : {first, second}) {
            const sandbox::TransferRecord &record = env.f.sandbox().world().transfers.at(t.transactionId);
            QCOMPARE(t.user.toLower(), record.sender.toLower());
            QCOMPARE(record.sender.toLower(), env.alice->ethAddress.toLower());
            QCOMPARE(record.receiver.toLower(), env.bob->ethAddress.toLower());
        }
        QCOMPARE(QString::fromStdString(first.token.quantity.toDecimal()), u"250000000000000000"_s);
        QCOMPARE(QString::fromStdString(second.token.quantity.toDecimal()), u"300000000000000000"_s);
    }

    void failedPollsKeepGoingAndLoseNothing()
    {
        Env env;
        wallet::IncomingTransferWatcher watcher(env.client.get());
        QSignalSpy received(&watcher, &wallet::IncomingTransferWatcher::received);
        QSignalSpy failed(&watcher, &wallet::IncomingTransferWatcher::pollFailed);
        watcher.start(env.bob->ethAddress, kIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasBaseline(), kWaitMs);
        QCOMPARE(
            env.f
                .postJson(u"/__sandbox/faults"_s, {{u"route"_s, u"imx.transfers.list"_s}, {u"status"_s, 503}})
                .status,
            200);
        QCOMPARE(
            env.w.transfer(*env.alice, *env.bob, WritesTestWorld::ethToken(), u"10000000000000000"_s).status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, kWaitMs);
        QCOMPARE(received.count(), 0);
        QCOMPARE(env.f.send("DELETE", u"/__sandbox/faults"_s).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    }

    void stopsAndRestarts()
    {
        Env env;
        wallet::IncomingTransferWatcher watcher(env.client.get());
        QSignalSpy received(&watcher, &wallet::IncomingTransferWatcher::received);
        watcher.start(env.bob->ethAddress, kIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasBaseline(), kWaitMs);
        watcher.stop();
        QVERIFY(!watcher.isRunning());
        QCOMPARE(
            env.w.transfer(*env.alice, *env.bob, WritesTestWorld::ethToken(), u"10000000000000000"_s).status,
            200);
        QTest::qWait(4 * kIntervalMs);
        QCOMPARE(received.count(), 0);
        // A new start takes a new baseline: the transfer made while stopped is not reported.
        watcher.start(env.bob->ethAddress, kIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasBaseline(), kWaitMs);
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(received.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncomingTransfers)
#include "tst_incoming_transfers.moc"
