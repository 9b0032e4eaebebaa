// SPDX-License-Identifier: MIT
// SendDialog offscreen against the in-process sandbox: 0.25 ETH moves exactly (the sandbox's
// balances), one NFT and a batch of two change owner, the input is validated as typed (own
// address, steps of the quantum, above balance), a rejected confirmation says "rejected" and
// changes nothing, and a tampered signable (sandbox fault tamper_payload_hash) is refused unsigned.
#include "ActionsTestSupport.h"
#include "actions/AddressBook.h"
#include "actions/AddressField.h"
#include "actions/SendDialog.h"
#include "confirm/ConfirmationDialog.h"

#include <QLineEdit>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::ui;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const char *const kQuarter = "250000000000000000"; // 0.25 ETH in wei

UInt256 dec(const QString &text)
{
    return *UInt256::fromDecimal(text.toStdString());
}

} // namespace

class TestSendDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<ProviderHarness> m_h;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AddressBook> m_book;
    QString m_demo;
    QString m_alice;

    ActionServices services() { return {m_h->provider.get(), &m_h->client, m_book.get()}; }

    //! A Send dialog for ETH with `receiver` and `amount` typed in.
    std::unique_ptr<SendDialog> ethDialog(const QString &receiver, const QString &amount)
    {
        auto dialog = std::make_unique<SendDialog>(services());
        dialog->show();
        if (!QTest::qWaitFor([&] { return dialog->isLoaded(); }, kProviderWaitMs))
            return nullptr;
        if (!selectStartingWith(dialog->tokenCombo(), QStringLiteral("ETH")))
            return nullptr;
        QTest::keyClicks(dialog->receiverField()->lineEdit(), receiver);
        QTest::keyClicks(dialog->amountEdit(), amount);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = std::make_unique<ProviderHarness>();
        QVERIFY(m_h->start());
        m_demo = m_h->user(sandbox::seed::demoEmail).ethAddress;
        m_alice = m_h->user(kAlice).ethAddress;
        m_dir = std::make_unique<QTemporaryDir>();
        m_book = std::make_unique<AddressBook>(m_dir->filePath(QStringLiteral("book.json")));
        QVERIFY(m_book->load());
        QVERIFY(m_book->add(m_alice, QStringLiteral("Alice")));
    }

    void cleanup() { m_h->clearFaults(); }

    void validatesAsTyped()
    {
        auto dialog = std::make_unique<SendDialog>(services());
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(dialog->tokenCombo(), QStringLiteral("ETH")));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->receiverField()->lineEdit(), m_demo);
        QVERIFY(dialog->validationText().contains(QStringLiteral("your own")));
        dialog->receiverField()->lineEdit()->clear();
        QTest::keyClicks(dialog->receiverField()->lineEdit(), QStringLiteral("alice"));
        QCOMPARE(dialog->receiverField()->check().address, m_alice); // a book name counts as its address
        QVERIFY(dialog->receiverField()->hintText().contains(QStringLiteral("Alice")));
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("0.00000000015"));
        QVERIFY(dialog->validationText().contains(QStringLiteral("0.0000000001 and 0.0000000002")));
        QVERIFY(!dialog->okButton()->isEnabled());
        const QString balance = m_h->ethBalance(m_demo);
        dialog->amountEdit()->setText(QStringLiteral("100000"));
        QVERIFY(dialog->validationText().contains(QStringLiteral("available balance")));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->amountEdit()->setText(QStringLiteral("0.25"));
        QVERIFY(dialog->validationText().isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());
        grabPng(dialog.get(), QStringLiteral("send_eth"));
        QCOMPARE(m_h->ethBalance(m_demo), balance);
    }

    void sendsQuarterEth()
    {
        const UInt256 demoBefore = dec(m_h->ethBalance(m_demo));
        const UInt256 aliceBefore = dec(m_h->ethBalance(m_alice));
        m_h->prompt.seen.clear();
        QVERIFY(!m_book->usedBefore(m_alice));
        auto dialog = ethDialog(m_alice, QStringLiteral("0.25"));
        QVERIFY(dialog);
        // The dialog's own slot runs first (connected earlier): record what it shows at each state.
        QStringList shown;
        QObject::connect(m_h->provider.get(), &wallet::ImxProvider::progress, dialog.get(),
                         [&shown, &dialog] { shown.append(dialog->statusText()); });
        const auto ok = runDialog(*dialog);
        QVERIFY(ok.has_value());
        QVERIFY2(*ok, qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().startsWith(QStringLiteral("Sent.")));
        for (const wallet::ActionState state :
             {wallet::ActionState::Checking, wallet::ActionState::AwaitingApproval,
              wallet::ActionState::Signing, wallet::ActionState::Submitting})
            QVERIFY2(shown.contains(actionStateText(state)), qPrintable(shown.join(u'|')));
        grabPng(dialog.get(), QStringLiteral("send_done"));

        UInt256 demoAfter = demoBefore;
        demoAfter.subInPlace(*UInt256::fromDecimal(kQuarter));
        UInt256 aliceAfter = aliceBefore;
        aliceAfter.addInPlace(*UInt256::fromDecimal(kQuarter));
        QCOMPARE(m_h->ethBalance(m_demo), QString::fromStdString(demoAfter.toDecimal()));
        QCOMPARE(m_h->ethBalance(m_alice), QString::fromStdString(aliceAfter.toDecimal()));

        // The prompt saw the exact request, and the address book names the receiver on the confirmation.
        QCOMPARE(m_h->prompt.seen.size(), 1);
        const wallet::PreparedAction &action = m_h->prompt.seen.first();
        QCOMPARE(action.kind, wallet::ActionKind::Transfer);
        QCOMPARE(QString::fromStdString(action.items.first().amount.toDecimal()), QLatin1String(kQuarter));
        QCOMPARE(action.items.first().receiver.toLower(), m_alice);
        ConfirmationDialog confirmation(action, {m_book->nameLookup(), m_book->firstTimeLookup(), {}, 0});
        QVERIFY2(confirmation.summaryText().contains(QStringLiteral("Alice")),
                 qPrintable(confirmation.summaryText()));
        QVERIFY(confirmation.summaryText().contains(QStringLiteral("First time sending here")));
        grabPng(&confirmation, QStringLiteral("send_confirmation"));

        // The journal now records a send to Alice: no more first-time note for her.
        m_book->addUsedFromJournal(m_h->journal->entries());
        QVERIFY(m_book->usedBefore(m_alice));
        QVERIFY(!m_book->firstTimeLookup()(m_alice));
        ConfirmationDialog second(action, {m_book->nameLookup(), m_book->firstTimeLookup(), {}, 0});
        QVERIFY(!second.summaryText().contains(QStringLiteral("First time sending here")));
    }

    void sendsOneNft()
    {
        const auto nft = m_h->nftsOf(m_demo, 1).first();
        SendDialog dialog(services(), {{nft.first, nft.second, QStringLiteral("Test NFT")}});
        dialog.show();
        QTest::keyClicks(dialog.receiverField()->lineEdit(), m_alice);
        grabPng(&dialog, QStringLiteral("send_nft"));
        const auto ok = runDialog(dialog);
        QVERIFY(ok.has_value());
        QVERIFY2(*ok, qPrintable(dialog.statusText()));
        QCOMPARE(m_h->nftOwner(nft.first, nft.second), m_alice);
        QCOMPARE(m_h->prompt.seen.last().kind, wallet::ActionKind::Transfer);
    }

    void sendsSeveralNftsInOneBatch()
    {
        const auto nfts = m_h->nftsOf(m_demo, 2);
        QCOMPARE(nfts.size(), 2);
        SendDialog dialog(services(),
                          {{nfts[0].first, nfts[0].second, {}}, {nfts[1].first, nfts[1].second, {}}});
        dialog.show();
        QTest::keyClicks(dialog.receiverField()->lineEdit(), QStringLiteral("Alice"));
        grabPng(&dialog, QStringLiteral("send_batch"));
        const auto ok = runDialog(dialog);
        QVERIFY(ok.has_value());
        QVERIFY2(*ok, qPrintable(dialog.statusText()));
        QCOMPARE(m_h->nftOwner(nfts[0].first, nfts[0].second), m_alice);
        QCOMPARE(m_h->nftOwner(nfts[1].first, nfts[1].second), m_alice);
        QCOMPARE(m_h->prompt.seen.last().kind, wallet::ActionKind::BatchNftTransfer);
        QCOMPARE(m_h->prompt.seen.last().items.size(), 2);
    }

    void rejectedConfirmationChangesNothing()
    {
        const QString demoBefore = m_h->ethBalance(m_demo);
        const int transfers = m_h->transferCount();
        m_h->prompt.approve = false;
        auto dialog = ethDialog(m_alice, QStringLiteral("0.25"));
        QVERIFY(dialog);
        const auto ok = runDialog(*dialog);
        m_h->prompt.approve = true;
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("rejected")), qPrintable(dialog->statusText()));
        QVERIFY(dialog->okButton()->isEnabled()); // the user may try again
        grabPng(dialog.get(), QStringLiteral("send_rejected"));
        QCOMPARE(m_h->ethBalance(m_demo), demoBefore);
        QCOMPARE(m_h->transferCount(), transfers);
    }

    void tamperedPayloadIsRefused()
    {
        const QString demoBefore = m_h->ethBalance(m_demo);
        const int transfers = m_h->transferCount();
        const qsizetype seen = m_h->prompt.seen.size();
        QVERIFY(m_h->fault({{QStringLiteral("route"), QStringLiteral("imx.transfers.signable")},
                            {QStringLiteral("tamper_payload_hash"), true},
                            {QStringLiteral("times"), 1}}));
        auto dialog = ethDialog(m_alice, QStringLiteral("0.25"));
        QVERIFY(dialog);
        const auto ok = runDialog(*dialog);
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("Refused: the server's transaction did not match what you asked for. Nothing "
                                "was signed."));
        grabPng(dialog.get(), QStringLiteral("send_refused"));
        QCOMPARE(m_h->prompt.seen.size(), seen); // never shown for approval
        QCOMPARE(m_h->ethBalance(m_demo), demoBefore);
        QCOMPARE(m_h->transferCount(), transfers);
    }

    void cleanupTestCase()
    {
        m_book.reset();
        m_h.reset();
    }
};

QTEST_MAIN(TestSendDialog)
#include "tst_ui_send_dialog.moc"
