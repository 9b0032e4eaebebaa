// SPDX-License-Identifier: MIT
// Timing of the provider's submit calls against the in-process sandbox: a 429 with Retry-After
// makes the re-send wait at least that long (exactly one transfer), and the configurable
// per-request timeout turns a slow submit into an unknown outcome that resumePending resolves
// (exactly one transfer). Also parseRetryAfter on good and bad header values.
#include "ProviderTestHarness.h"
#include "passport/HttpCall.h"

#include <QElapsedTimer>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const QString kAmount = QStringLiteral("20000000000000000"); // 0.02 ETH

TransferRequest ethTransfer(const QString &receiver)
{
    TransferRequest request;
    request.token.type = TokenRef::Type::Eth;
    request.amount = *UInt256::fromDecimal(kAmount.toStdString());
    request.receiver = receiver;
    return request;
}

int transfersBetween(ProviderHarness &h, const QString &sender, const QString &receiver)
{
    int count = 0;
    for (const auto &[id, t] : h.f.sandbox().world().transfers)
        if (t.sender.compare(sender, Qt::CaseInsensitive) == 0 &&
            t.receiver.compare(receiver, Qt::CaseInsensitive) == 0)
            ++count;
    return count;
}

const QDateTime kNow(QDate(2026, 11, 24), QTime(2, 0, 0), Qt::UTC);

} // namespace

class TestImxProviderTiming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("delta 1") << QByteArray("1") << 1;
        QTest::newRow("delta 0") << QByteArray("0") << 0;
        QTest::newRow("delta padded") << QByteArray("  7 ") << 7;
        QTest::newRow("delta capped") << QByteArray("3600") << 60;
        QTest::newRow("delta huge") << QByteArray("99999999999999999999999") << 60;
        QTest::newRow("IMF-fixdate") << QByteArray("Tue, 24 Nov 2026 02:00:05 GMT") << 5;
        QTest::newRow("IMF-fixdate capped") << QByteArray("Tue, 24 Nov 2026 03:00:00 GMT") << 60;
        QTest::newRow("date in the past") << QByteArray("Tue, 24 Nov 2026 01:00:00 GMT") << 0;
        QTest::newRow("RFC 850") << QByteArray("Tuesday, 24-Nov-26 02:00:09 GMT") << 9;
        QTest::newRow("asctime") << QByteArray("Tue Nov 24 02:00:03 2026") << 3;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("blank") << QByteArray("   ") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("hex") << QByteArray("0x10") << -1;
        QTest::newRow("words") << QByteArray("soon") << -1;
        QTest::newRow("date without zone") << QByteArray("Tue, 24 Nov 2026 02:00:05") << -1;
        QTest::newRow("date with offset") << QByteArray("Tue, 24 Nov 2026 02:00:05 +0100") << -1;
        QTest::newRow("impossible date") << QByteArray("Tue, 31 Nov 2026 02:00:05 GMT") << -1;
        QTest::newRow("too long") << QByteArray(100, '1') << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(passport::parseRetryAfter(value, kNow), seconds);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const int before = transfersBetween(h, sender, receiver);
        // Every answer to a submit passes the "posted" hook: note when each arrived.
        QList<qint64> answers;
        QElapsedTimer clock;
        clock.start();
        h.crashPoint = [&](const QString &point) {
            if (point == QLatin1String("posted"))
                answers.append(clock.elapsed());
            return false;
        };
        QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("imx.transfers.create")},
                         {QStringLiteral("status"), 429},
                         {QStringLiteral("retry_after"), 1},
                         {QStringLiteral("times"), 1}}));
        const auto result = h.transfer(ethTransfer(receiver));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(answers.size(), 2); // the 429, then the answer to the identical re-send
        QVERIFY2(answers[1] - answers[0] >= 1000, qPrintable(QString::number(answers[1] - answers[0])));
        QCOMPARE(transfersBetween(h, sender, receiver), before + 1);
        QCOMPARE(h.journal->entries().first().attempts, 2);
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
    }

    void slowSubmitTimesOutThenResumes()
    {
        ProviderHarness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account.has_value());
        ProviderServices services = h.services();
        services.requestTimeoutMs = 800; // signable calls answer well within it, even on a loaded machine
        h.provider = std::make_unique<ImxProvider>(services, std::move(*account));
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const int before = transfersBetween(h, sender, receiver);
        // The server answers every submit after 3 s (and does the work then, client or not).
        QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("imx.transfers.create")},
                         {QStringLiteral("latency_ms"), 3000}}));
        QElapsedTimer clock;
        clock.start();
        const auto result = h.transfer(ethTransfer(receiver));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::OutcomeUnknown);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed()))); // no 15 s wait
        QCOMPARE(h.journal->entries().first().state, JournalState::Signed);
        QCOMPARE(h.journal->entries().first().attempts, 3);

        // The delayed sends reach the handler later: one executes, the others replay it.
        QTRY_COMPARE_WITH_TIMEOUT(transfersBetween(h, sender, receiver), before + 1, 5000);
        QTest::qWait(3200); // until the last delayed send has been handled too
        QVERIFY(h.clearFaults());
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(resumed->value().first().executed);
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
        QCOMPARE(transfersBetween(h, sender, receiver), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestImxProviderTiming)
#include "tst_imx_provider_timing.moc"
