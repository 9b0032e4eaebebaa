// SPDX-License-Identifier: MIT
// resumePending reconciles by listing (issue 4) against the in-process sandbox: a re-send refused
// after the first send executed is found in the transfer listing (Submitted, one transfer); one that
// never executed is Rejected (Abandoned when the signable expired); two identical-looking transfers
// are ambiguous and stay Signed; an entry that still gets no answer is Submitted when the listing
// shows it and stays Signed when it does not. Expected counts come from the sandbox's world.
#include "ProviderTestHarness.h"

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

QJsonObject rule(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject out{{QStringLiteral("route"), QStringLiteral("imx.transfers.create")}};
    for (const auto &[key, value] : fields)
        out.insert(key, value);
    return out;
}

const QPair<QString, QJsonValue> kDropAfter{QStringLiteral("drop"), QStringLiteral("after_execute")};
const QPair<QString, QJsonValue> kDropBefore{QStringLiteral("drop"), QStringLiteral("before_execute")};
const QPair<QString, QJsonValue> kRefuse{QStringLiteral("status"), 400};

//! The sandbox's transfers from `sender` to `receiver` (its own records, not the API listing) that
//! are not in `seeded`.
QList<qint64> transfersBetween(ProviderHarness &h, const QString &sender, const QString &receiver,
                               const QList<qint64> &seeded = {})
{
    QList<qint64> out;
    for (const auto &[id, t] : h.f.sandbox().world().transfers)
        if (t.sender.compare(sender, Qt::CaseInsensitive) == 0 &&
            t.receiver.compare(receiver, Qt::CaseInsensitive) == 0 && !seeded.contains(id))
            out.append(id);
    return out;
}

//! A transfer whose every send is lost as `drop` says: the action ends Unknown, the entry Signed.
bool lostTransfer(ProviderHarness &h, const QString &receiver)
{
    const auto result = h.transfer(ethTransfer(receiver));
    return result.has_value() && !result->ok() && result->error().failure == WalletFailure::OutcomeUnknown;
}

} // namespace

class TestImxProviderReconcile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expectationIsJournaled()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString receiver = h.user(kAlice).ethAddress;
        const auto result = h.transfer(ethTransfer(receiver));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        const QJsonObject expect = h.journal->entries().first().expect;
        QCOMPARE(expect.value(QStringLiteral("receiver")).toString(), receiver.toLower());
        QCOMPARE(expect.value(QStringLiteral("token_type")).toString(), QStringLiteral("ETH"));
        QCOMPARE(expect.value(QStringLiteral("amount")).toString(), kAmount);
    }

    void refusedReplayOfExecutedTransferIsReconciled()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropAfter})));
        QVERIFY(lostTransfer(h, receiver));
        const QList<qint64> executed = transfersBetween(h, sender, receiver, seeded);
        QCOMPARE(executed.size(), 1);
        QCOMPARE(h.journal->entries().first().state, JournalState::Signed);

        // The replay is now refused definitively; the listing shows the transfer did happen.
        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(rule({kRefuse})));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        const ResolvedEntry &resolved = resumed->value().first();
        QVERIFY(resolved.executed);
        QVERIFY2(resolved.note.contains(QStringLiteral("reconciled by listing")), qPrintable(resolved.note));
        QCOMPARE(resolved.result.value(QStringLiteral("transaction_id")).toInteger(), executed.first());
        const JournalEntry entry = h.journal->entries().first();
        QCOMPARE(entry.state, JournalState::Submitted);
        QCOMPARE(entry.result.value(QStringLiteral("transaction_id")).toInteger(), executed.first());
        QCOMPARE(transfersBetween(h, sender, receiver, seeded), executed); // still exactly one
        QVERIFY(h.journal->pending().isEmpty());
    }

    void refusedReplayOfUnexecutedTransferIsRejected()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropBefore})));
        QVERIFY(lostTransfer(h, receiver));
        QVERIFY(transfersBetween(h, sender, receiver, seeded).isEmpty());

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(rule({kRefuse})));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(!resumed->value().first().executed);
        QCOMPARE(h.journal->entries().first().state, JournalState::Rejected);
        QVERIFY(transfersBetween(h, sender, receiver, seeded).isEmpty());
    }

    void expiredSignableIsAbandoned()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropBefore})));
        QVERIFY(lostTransfer(h, receiver));
        QVERIFY(h.clearFaults());
        // 31 minutes later on the sandbox's clock the signable (30 minutes) has expired unused.
        const qint64 shift = 31 * 60;
        h.f.sandbox().context().now = [shift] { return QDateTime::currentDateTimeUtc().addSecs(shift); };
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(!resumed->value().first().executed);
        const JournalEntry entry = h.journal->entries().first();
        QCOMPARE(entry.state, JournalState::Abandoned);
        QVERIFY2(entry.note.contains(QStringLiteral("expired")), qPrintable(entry.note));
        QVERIFY(transfersBetween(h, sender, receiver, seeded).isEmpty());
    }

    void identicalLookingTransfersStaySigned()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropAfter})));
        QVERIFY(lostTransfer(h, receiver));
        QVERIFY(lostTransfer(h, receiver));
        QCOMPARE(transfersBetween(h, sender, receiver, seeded).size(), 2);
        QCOMPARE(h.journal->pending().size(), 2);

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(rule({kRefuse})));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 2);
        for (const ResolvedEntry &resolved : resumed->value()) {
            QVERIFY(!resolved.executed);
            QVERIFY2(resolved.note.contains(QStringLiteral("cannot be told")), qPrintable(resolved.note));
        }
        QCOMPARE(h.journal->pending().size(), 2); // never guessed
        QVERIFY(h.journal->pending().first().note.contains(QStringLiteral("still pending")));
        QCOMPARE(transfersBetween(h, sender, receiver, seeded).size(), 2);

        // Once the API answers replays again, each entry gets its own stored result.
        QVERIFY(h.clearFaults());
        const auto again = h.resume();
        QVERIFY(again.has_value() && again->ok());
        QCOMPARE(again->value().size(), 2);
        QVERIFY(again->value().at(0).executed && again->value().at(1).executed);
        QVERIFY(h.journal->pending().isEmpty());
        QCOMPARE(transfersBetween(h, sender, receiver, seeded).size(), 2);
    }

    void unansweredResumeIsReconciledWhenListed()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropAfter})));
        QVERIFY(lostTransfer(h, receiver));
        const QList<qint64> executed = transfersBetween(h, sender, receiver, seeded);
        QCOMPARE(executed.size(), 1);
        // Every re-send of the resume gets no answer either: the listing decides.
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(resumed->value().first().executed);
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
        QCOMPARE(h.journal->entries().first().result.value(QStringLiteral("transaction_id")).toInteger(),
                 executed.first());
        QCOMPARE(transfersBetween(h, sender, receiver, seeded), executed);
    }

    void unansweredAndUnlistedStaysSigned()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QList<qint64> seeded = transfersBetween(h, sender, receiver);
        QVERIFY(h.fault(rule({kDropBefore})));
        QVERIFY(lostTransfer(h, receiver));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(!resumed->value().first().executed);
        // No answer is not a definitive answer: nothing is concluded from an empty listing.
        QCOMPARE(h.journal->entries().first().state, JournalState::Signed);
        QVERIFY(transfersBetween(h, sender, receiver, seeded).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImxProviderReconcile)
#include "tst_imx_provider_reconcile.moc"
