// SPDX-License-Identifier: MIT
// F23, a crash inside the signing flow of a real process: stardeck-cli transfer --yes aborts at a
// named point (STARDECK_CRASH_POINT: approved, signed, journaled, posted), then a restarted
// stardeck-cli resume resolves what the journal on disk holds. The sandbox's ledger (its transfer
// list) shows exactly one transfer when the signed request was journaled or sent, none otherwise;
// nothing is ever signed twice. F24: the dead process's journal lock is taken over, and a second
// process is refused while a live one holds the journal. F25: the CLI warns about a wrong clock.
#include "cli/CliWalletHarness.h"

#include "wallet/SubmissionJournal.h"

#include <QDirIterator>
#include <QLockFile>

using namespace stardeck::test;
using stardeck::wallet::JournalEntry;
using stardeck::wallet::JournalState;
using stardeck::wallet::SubmissionJournal;

class TestReliabilityCrash
    : public QObject
    , private CliWalletHarness {
    Q_OBJECT

    //! Every entry of every CLI journal file under the private HOME (read from disk).
    QList<JournalEntry> journalOnDisk()
    {
        QList<JournalEntry> all;
        QDirIterator it(m_home.filePath(QStringLiteral("data/stardeck-cli")),
                        {QStringLiteral("journal-*.json")}, QDir::Files);
        while (it.hasNext()) {
            auto journal = SubmissionJournal::open(it.next());
            if (!journal)
                qFatal("journal on disk is damaged: %s", qPrintable(journal.error().message));
            all += journal.value().entries();
        }
        return all;
    }

    //! The CLI's journal file (one per account set; it exists once a signed command ran).
    QString journalFile()
    {
        QDirIterator it(m_home.filePath(QStringLiteral("data/stardeck-cli")),
                        {QStringLiteral("journal-*.json")}, QDir::Files);
        return it.hasNext() ? it.next() : QString();
    }

    //! The transfer ids the sandbox holds from the demo user to alice.
    QList<qint64> ledger()
    {
        const auto r = m_sandbox->get(QStringLiteral("/imx/v1/transfers?page_size=200&user=") +
                                      m_demoAddress + QStringLiteral("&receiver=") + m_aliceAddress);
        QList<qint64> ids;
        for (const QJsonValue &t : r.object().value(QStringLiteral("result")).toArray())
            ids.append(t.toObject().value(QStringLiteral("transaction_id")).toInteger());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        m_probeKeychain = false;
        login();
    }

    void crashThenResume_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("executedAfterCrash");  // transfers in the ledger right after the crash
        QTest::addColumn<int>("journaledAfterCrash"); // Signed entries on disk right after the crash
        QTest::addColumn<int>("executedAfterResume"); // transfers in the ledger after resume
        QTest::newRow("between approve and sign") << QStringLiteral("approved") << 0 << 0 << 0;
        QTest::newRow("between sign and journal") << QStringLiteral("signed") << 0 << 0 << 0;
        QTest::newRow("between journal and POST") << QStringLiteral("journaled") << 0 << 1 << 1;
        QTest::newRow("between POST and journal update") << QStringLiteral("posted") << 1 << 1 << 1;
    }

    void crashThenResume()
    {
        QFETCH(QString, point);
        QFETCH(int, executedAfterCrash);
        QFETCH(int, journaledAfterCrash);
        QFETCH(int, executedAfterResume);
        const QList<qint64> before = ledger();
        const QString balanceBefore = sandboxBalance(m_demoAddress, QStringLiteral("ETH"));
        const int entriesBefore = int(journalOnDisk().size());

        RunOptions crash;
        crash.setEnvironment = {{QStringLiteral("STARDECK_CRASH_POINT"), point}};
        const Run crashed =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("transfer"), QStringLiteral("--to"),
                            m_aliceAddress, QStringLiteral("--token"), QStringLiteral("ETH"),
                            QStringLiteral("--amount"), QStringLiteral("0.001"), QStringLiteral("--yes")},
                crash);
        QVERIFY2(crashed.exitCode == -1, crashed.err.constData()); // killed by SIGABRT, no normal exit
        // F24: the dead process's journal lock is still on disk; the restarted process takes it over.
        QVERIFY(QDir(m_home.filePath(QStringLiteral("data/stardeck-cli")))
                    .entryList({QStringLiteral("journal-*.json.lock")}, QDir::Files | QDir::Hidden)
                    .size() == 1);
        QVERIFY(crashed.out.isEmpty()); // no result was reported
        QCOMPARE(int(ledger().size() - before.size()), executedAfterCrash);

        // The journal on disk: intact (it parses), and holds a Signed entry iff the flow got that far.
        const QList<JournalEntry> afterCrash = journalOnDisk();
        QCOMPARE(int(afterCrash.size()) - entriesBefore, journaledAfterCrash);
        int signedEntries = 0;
        for (const JournalEntry &e : afterCrash)
            signedEntries += e.state == JournalState::Signed ? 1 : 0;
        QCOMPARE(signedEntries, journaledAfterCrash);

        // A restarted process resolves it, signing nothing new.
        const Run resumed = cli(QStringList{QStringLiteral("--json"), QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(json(resumed.out).object().value(QStringLiteral("pending")).toInt(-1), 0);
        QVERIFY(!resumed.err.contains("\"state\":\"signing\""));
        if (journaledAfterCrash > 0)
            QVERIFY2(resumed.err.contains("\"event\":\"resolved\"") &&
                         resumed.err.contains("\"executed\":true"),
                     resumed.err.constData());
        const QList<qint64> after = ledger();
        QCOMPARE(int(after.size() - before.size()), executedAfterResume);
        const QString expectedBalance = executedAfterResume
                                            ? difference(balanceBefore, QStringLiteral("1000000000000000"))
                                            : balanceBefore;
        QCOMPARE(sandboxBalance(m_demoAddress, QStringLiteral("ETH")), expectedBalance);

        // Every entry on disk is resolved: Submitted with the ledger's id, none left Signed.
        const QList<JournalEntry> afterResume = journalOnDisk();
        QCOMPARE(afterResume.size(), afterCrash.size());
        for (const JournalEntry &e : afterResume)
            QVERIFY2(e.state != JournalState::Signed, qPrintable(e.id));
        if (executedAfterResume) {
            const JournalEntry &last = afterResume.last();
            QCOMPARE(last.state, JournalState::Submitted);
            const qint64 id = last.result.value(QStringLiteral("transfer_id"))
                                  .toInteger(last.result.value(QStringLiteral("transaction_id")).toInteger());
            QVERIFY2(after.contains(id), qPrintable(QString::number(id)));
        }

        // A second resume finds nothing; the ledger does not move.
        const Run again = cli(QStringList{QStringLiteral("--json"), QStringLiteral("resume")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(!again.err.contains("\"event\":\"resolved\""));
        QCOMPARE(ledger(), after);
    }

    void secondProcessIsRefusedWhileTheJournalIsInUse()
    {
        // F24: a live process holds the journal (here the test itself takes the CLI's lock): a second
        // stardeck-cli signs nothing and says why; the journal file is not touched.
        const QString journal = journalFile();
        QVERIFY(!journal.isEmpty());
        const QByteArray before = [&] {
            QFile f(journal);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QList<qint64> ledgerBefore = ledger();
        QLockFile held(journal + QStringLiteral(".lock"));
        held.setStaleLockTime(0);
        QVERIFY(held.tryLock(0));
        const Run refused =
            cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                            QStringLiteral("--token"), QStringLiteral("ETH"), QStringLiteral("--amount"),
                            QStringLiteral("0.001"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 1);
        const QByteArray holder =
            QByteArray("another stardeck-cli (pid ") + QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY2(refused.err.contains(holder), refused.err.constData());
        QVERIFY(!refused.err.contains("signing"));
        QCOMPARE(ledger(), ledgerBefore);
        QFile after(journal);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        held.unlock();
        const Run free = cli(QStringList{QStringLiteral("--json"), QStringLiteral("resume")});
        QVERIFY2(free.exitCode == 0, free.err.constData());
    }

    void clockSkewIsReportedByTheCli()
    {
        // F25 on the command line: the sandbox's clock 10 minutes behind this machine's.
        const Run same = cli(QStringList{QStringLiteral("--json"), QStringLiteral("balances")});
        QVERIFY2(same.exitCode == 0, same.err.constData());
        QVERIFY(!same.err.contains("clock_skew"));
        m_sandbox->sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(-600); };
        const Run skewed = cli(QStringList{QStringLiteral("--json"), QStringLiteral("balances")});
        m_sandbox->sandbox().context().now = [] { return QDateTime::currentDateTimeUtc(); };
        QVERIFY2(skewed.exitCode == 0, skewed.err.constData());
        QVERIFY2(skewed.err.contains("\"event\":\"clock_skew\"") &&
                     skewed.err.contains("10 minutes ahead of"),
                 skewed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReliabilityCrash)
#include "tst_reliability_crash.moc"
