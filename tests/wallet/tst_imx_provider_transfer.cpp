// SPDX-License-Identifier: MIT
// ImxProvider transfers against the in-process sandbox: ETH and NFT transfers end to end (the
// sandbox's balances and ownership change exactly once, progress states in order), rejection on
// the prompt, and tampered or altered signables refused before anything is signed.
#include "ProviderTestHarness.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const QString kOneHundredth = QStringLiteral("10000000000000000"); // 0.01 ETH in wei

TransferRequest ethTransfer(const QString &receiver, const QString &wei = kOneHundredth)
{
    TransferRequest request;
    request.token.type = TokenRef::Type::Eth;
    request.amount = *UInt256::fromDecimal(wei.toStdString());
    request.receiver = receiver;
    return request;
}

QString plus(const QString &a, const QString &b)
{
    UInt256 sum = *UInt256::fromDecimal(a.toStdString());
    sum.addInPlace(*UInt256::fromDecimal(b.toStdString()));
    return QString::fromStdString(sum.toDecimal());
}

QString minus(const QString &a, const QString &b)
{
    UInt256 difference = *UInt256::fromDecimal(a.toStdString());
    difference.subInPlace(*UInt256::fromDecimal(b.toStdString()));
    return QString::fromStdString(difference.toDecimal());
}

const QList<ActionState> kHappyPath{ActionState::Preparing,        ActionState::Checking,
                                    ActionState::AwaitingApproval, ActionState::Signing,
                                    ActionState::Submitting,       ActionState::Done};

} // namespace

class TestImxProviderTransfer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethTransferEndToEnd()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const QString senderBefore = h.ethBalance(sender);
        const QString receiverBefore = h.ethBalance(receiver);
        const int transfersBefore = h.transferCount();

        const auto result = h.transfer(ethTransfer(receiver));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QVERIFY((*result)->transferId > 0);
        QCOMPARE((*result)->status, QStringLiteral("success"));

        // Exactly one transfer of exactly the amount.
        QCOMPARE(h.transferCount(), transfersBefore + 1);
        QCOMPARE(h.ethBalance(sender), minus(senderBefore, kOneHundredth));
        QCOMPARE(h.ethBalance(receiver), plus(receiverBefore, kOneHundredth));
        QCOMPARE(h.states(), kHappyPath);

        // What the user reviewed: verified, the receiver and amount asked, from the demo account.
        QCOMPARE(h.prompt.seen.size(), 1);
        const PreparedAction &action = h.prompt.seen.first();
        QVERIFY(action.hashesVerified);
        QCOMPARE(action.kind, ActionKind::Transfer);
        QCOMPARE(action.sender, sender);
        QCOMPARE(action.items.size(), 1);
        QCOMPARE(action.items.first().receiver, receiver);
        QCOMPARE(QString::fromStdString(action.items.first().amount.toDecimal()), kOneHundredth);
        QVERIFY(action.guardian.evaluated);
        QVERIFY(!action.guardian.confirmationRequired);
        QVERIFY(!action.id.isEmpty());

        // The journal holds the submitted request under the action's id.
        QCOMPARE(h.journal->entries().size(), 1);
        const JournalEntry &entry = h.journal->entries().first();
        QCOMPARE(entry.id, action.id);
        QCOMPARE(entry.state, JournalState::Submitted);
        QCOMPARE(entry.path, QStringLiteral("/v1/transfers"));
        QCOMPARE(entry.account, sender);
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(entry.result.value(QStringLiteral("transfer_id")).toInteger(), (*result)->transferId);
    }

    void nftTransferEndToEnd()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const auto nfts = h.nftsOf(sender, 1);
        QCOMPARE(nfts.size(), 1);
        TransferRequest request;
        request.token = {TokenRef::Type::Erc721, nfts.first().first, nfts.first().second};
        request.receiver = receiver;
        const int transfersBefore = h.transferCount();

        const auto result = h.transfer(request);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.nftOwner(nfts.first().first, nfts.first().second), receiver);
        QCOMPARE(h.transferCount(), transfersBefore + 1);
        QCOMPARE(h.states(), kHappyPath);
        QCOMPARE(QString::fromStdString(h.prompt.seen.first().items.first().amount.toDecimal()),
                 QStringLiteral("1"));
    }

    void erc20TransferEndToEnd()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QString usds;
        for (const auto &[address, token] : h.f.sandbox().world().tokens)
            if (token.symbol == sandbox::seed::stableSymbol)
                usds = address;
        QVERIFY(!usds.isEmpty());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const UInt256 before = h.f.sandbox().world().balance(sender, usds);
        TransferRequest request;
        request.token = {TokenRef::Type::Erc20, usds, QString()};
        request.amount = UInt256(500000); // 0.5 USDS (6 decimals; below Guardian's threshold)
        request.receiver = receiver;

        const auto result = h.transfer(request);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        UInt256 expected = before;
        expected.subInPlace(UInt256(500000));
        QCOMPARE(h.f.sandbox().world().balance(sender, usds), expected);
        QCOMPARE(h.prompt.seen.first().items.first().display.symbol, sandbox::seed::stableSymbol);
    }

    void aPromptAnsweringTwiceSignsOnce()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        h.prompt.handler = [](const PreparedAction &, ConfirmationPrompt::Decision done) {
            done(true);
            done(true);
        };
        const int transfers = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value()); // wait() also checks there was exactly one callback
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QTest::qWait(200);
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.journal->entries().size(), 1);
    }

    void rejectedOnThePromptSignsNothing()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        h.prompt.approve = false;
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString before = h.ethBalance(sender);
        const int consumed = h.signableCounter("consumed");
        const int rejected = h.signableCounter("rejected");

        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QCOMPARE(result->error().failure, WalletFailure::UserRejected);
        QCOMPARE(result->error().message, QStringLiteral("Transaction rejected by user"));
        QCOMPARE(h.signableCounter("consumed"), consumed);
        QCOMPARE(h.signableCounter("rejected"), rejected);
        QCOMPARE(h.ethBalance(sender), before);
        QVERIFY(h.journal->entries().isEmpty());
        QCOMPARE(h.states(), (QList<ActionState>{ActionState::Preparing, ActionState::Checking,
                                                 ActionState::AwaitingApproval, ActionState::Failed}));
    }

    void tamperedSignableIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        const QString route = QStringLiteral("imx.transfers.signable");
        QTest::newRow("payload_hash") << QJsonObject{{QStringLiteral("route"), route},
                                                     {QStringLiteral("tamper_payload_hash"), true},
                                                     {QStringLiteral("times"), 1}};
        QTest::newRow("receiver_stark_key")
            << QJsonObject{{QStringLiteral("route"), route},
                           {QStringLiteral("alter_field"), QStringLiteral("receiver_stark_key")},
                           {QStringLiteral("times"), 1}};
        QTest::newRow("amount") << QJsonObject{{QStringLiteral("route"), route},
                                               {QStringLiteral("alter_field"), QStringLiteral("amount")},
                                               {QStringLiteral("times"), 1}};
        QTest::newRow("receiver_vault_id")
            << QJsonObject{{QStringLiteral("route"), route},
                           {QStringLiteral("alter_field"), QStringLiteral("receiver_vault_id")},
                           {QStringLiteral("times"), 1}};
    }

    void tamperedSignableIsRefused()
    {
        QFETCH(QJsonObject, rule);
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString before = h.ethBalance(sender);
        const int consumed = h.signableCounter("consumed");
        QVERIFY(h.fault(rule));

        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QVERIFY2(result->error().failure == WalletFailure::SecurityCheck, qPrintable(whyNot(*result)));
        // Never shown, never signed, never submitted.
        QVERIFY(h.prompt.seen.isEmpty());
        QVERIFY(!h.sawState(ActionState::AwaitingApproval));
        QVERIFY(!h.sawState(ActionState::Signing));
        QVERIFY(h.journal->entries().isEmpty());
        QCOMPARE(h.signableCounter("consumed"), consumed);
        QCOMPARE(h.ethBalance(sender), before);
    }

    void unregisteredReceiverIsAClearError()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const auto result =
            h.transfer(ethTransfer(QStringLiteral("0x00000000000000000000000000000000000000a1")));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::InvalidRequest);
        QVERIFY2(result->error().message.contains(QStringLiteral("not registered")),
                 qPrintable(whyNot(*result)));
        QVERIFY(h.prompt.seen.isEmpty());
    }

    void invalidReceiverAddress()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const auto result = h.transfer(ethTransfer(QStringLiteral("0x1234")));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::InvalidRequest);
        QVERIFY(h.prompt.seen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImxProviderTransfer)
#include "tst_imx_provider_transfer.moc"
