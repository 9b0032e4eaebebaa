// SPDX-License-Identifier: MIT
// DialogConfirmationPrompt with Guardian, end to end: a real ImxProvider on the in-process sandbox
// with Guardian policy "always". Approve in the native ConfirmationDialog opens the hosted Guardian
// page; confirming there executes the transfer exactly once; rejecting there or closing the page
// signs nothing; a context that dies while the page is open gets no answer.
#include "ConfirmTestActions.h"
#include "GuardianTestSupport.h"
#include "ProviderTestHarness.h"
#include "confirm/ConfirmationDialog.h"
#include "confirm/DialogConfirmationPrompt.h"
#include "guardian/GuardianConfirmationDialog.h"
#include "guardian/GuardianWebPage.h"

#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;
using ui::ConfirmationDialog;
using ui::DialogConfirmationPrompt;
using ui::GuardianConfirmationDialog;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");

TransferRequest ethTransfer(const QString &receiver)
{
    TransferRequest request;
    request.token.type = TokenRef::Type::Eth;
    request.amount = *UInt256::fromDecimal("30000000000000000");
    request.receiver = receiver;
    return request;
}

//! A provider harness whose prompt is the desktop one (no arming delay).
struct DesktopHarness {
    ProviderHarness h;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<DialogConfirmationPrompt> prompt;
    std::unique_ptr<QSignalSpy> opened;
    std::unique_ptr<QSignalSpy> guardianOpened;
    qsizetype handled = 0;
    wallet::PreparedAction lastAction;

    bool start()
    {
        window = std::make_unique<QWidget>();
        window->resize(800, 600);
        window->show();
        ConfirmationDialog::Options options;
        options.approveDelayMs = 0;
        prompt = std::make_unique<DialogConfirmationPrompt>(
            window.get(), options, h.environment.serviceUrl(passport::Environment::Service::Passport));
        opened = std::make_unique<QSignalSpy>(prompt.get(), &DialogConfirmationPrompt::dialogOpened);
        guardianOpened =
            std::make_unique<QSignalSpy>(prompt.get(), &DialogConfirmationPrompt::guardianDialogOpened);
        if (!h.login(sandbox::seed::demoEmail))
            return false;
        auto account = h.accountFor(sandbox::seed::demoEmail);
        if (!account)
            return false;
        ProviderServices services = h.services();
        services.prompt = prompt.get();
        h.provider = std::make_unique<ImxProvider>(services, std::move(*account));
        return h.f.postJson(QStringLiteral("/__sandbox/guardian/policy"),
                            {{QStringLiteral("mode"), QStringLiteral("always")}})
                   .status == 200;
    }

    //! Starts a transfer to Alice; the result lands in `result`.
    void transfer(std::optional<WalletResult<TransferResult>> &result, int &calls, QObject *context)
    {
        h.provider->transfer(ethTransfer(h.user(kAlice).ethAddress), context,
                             [&result, &calls](WalletResult<TransferResult> r) {
                                 ++calls;
                                 result.emplace(std::move(r));
                             });
    }

    //! Approves the next native dialog once it is open (remembering its action); the Guardian dialog it
    //! leads to (null if none).
    GuardianConfirmationDialog *approveNative()
    {
        const qsizetype index = handled++;
        if (!QTest::qWaitFor([this, index] { return opened->count() > index; }, kProviderWaitMs))
            return nullptr;
        auto *dialog = opened->at(index).first().value<ConfirmationDialog *>();
        lastAction = dialog->action();
        if (!dialog->guardianConfirmationRequired() || !dialog->approveButton())
            return nullptr;
        if (!QTest::qWaitFor([dialog] { return dialog->approveButton()->isEnabled(); }, kProviderWaitMs))
            return nullptr;
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([this, index] { return guardianOpened->count() > index; }, kProviderWaitMs))
            return nullptr;
        return guardianOpened->at(index).first().value<GuardianConfirmationDialog *>();
    }

    //! Waits until the Guardian page is up and answered the handshake.
    static bool pageReady(GuardianConfirmationDialog *dialog)
    {
        return QTest::qWaitFor(
            [dialog] {
                return evaluateJs(dialog->page(),
                                  QStringLiteral("document.body && "
                                                 "document.body.getAttribute('data-started')"))
                           .toString() == QLatin1String("true");
            },
            kGuardianWaitMs);
    }
};

} // namespace

class TestGuardianPrompt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guardianBaseIsThePassportService()
    {
        DialogConfirmationPrompt derived(nullptr);
        QCOMPARE(
            derived.guardianBaseFor(QUrl(QStringLiteral(
                "http://127.0.0.1:8470/passport/transaction-confirmation/transaction?transactionId=0x1"))),
            QUrl(QStringLiteral("http://127.0.0.1:8470/passport")));
        QCOMPARE(
            derived.guardianBaseFor(QUrl(QStringLiteral(
                "https://passport.immutable.com/transaction-confirmation/transaction?transactionId=0x1"))),
            QUrl(QStringLiteral("https://passport.immutable.com")));
        QVERIFY(
            derived.guardianBaseFor(QUrl(QStringLiteral("https://passport.immutable.com/other"))).isEmpty());
        QVERIFY(derived.guardianBaseFor(QUrl()).isEmpty());
        const QUrl base(QStringLiteral("https://passport.immutable.com"));
        DialogConfirmationPrompt configured(nullptr, {}, base);
        QCOMPARE(configured.guardianBaseFor(
                     QUrl(QStringLiteral("https://elsewhere.example/transaction-confirmation/x"))),
                 base);
    }

    void noGuardianPageMeansNo()
    {
        // Guardian requires a confirmation but there is no page to show: Approve cannot mean yes.
        DialogConfirmationPrompt prompt(nullptr, [] {
            ConfirmationDialog::Options options;
            options.approveDelayMs = 0;
            return options;
        }());
        QSignalSpy opened(&prompt, &DialogConfirmationPrompt::dialogOpened);
        QSignalSpy guardianOpened(&prompt, &DialogConfirmationPrompt::guardianDialogOpened);
        wallet::PreparedAction action = confirm::ethTransfer();
        action.guardian.evaluated = true;
        action.guardian.confirmationRequired = true;
        action.guardian.confirmationUrl = QUrl();
        QObject context;
        QList<bool> answers;
        prompt.review(action, &context, [&answers](bool approved) { answers.append(approved); });
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.first().first().value<ConfirmationDialog *>();
        QVERIFY(dialog->approveButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kGuardianWaitMs);
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        QTRY_COMPARE(answers, QList<bool>{false});
        QTest::qWait(50);
        QCOMPARE(answers, QList<bool>{false});
        QCOMPARE(guardianOpened.count(), 0);
    }

    void confirmedOnThePageTransfersOnce()
    {
        DesktopHarness d;
        QVERIFY(d.start());
        const int transfers = d.h.transferCount();
        const QString before = d.h.ethBalance(d.h.user(kAlice).ethAddress);
        std::optional<WalletResult<TransferResult>> result;
        int calls = 0;
        d.transfer(result, calls, &d.h.context);
        QPointer<GuardianConfirmationDialog> page = d.approveNative();
        QVERIFY(page);
        QCOMPARE(page->windowModality(), Qt::WindowModal);
        QVERIFY(DesktopHarness::pageReady(page));
        QVERIFY(!result.has_value()); // nothing signed while the page is open
        evaluateJs(page->page(), QStringLiteral("document.getElementById('confirm').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kProviderWaitMs);
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QTest::qWait(100);
        QCOMPARE(calls, 1);
        QCOMPARE(d.h.transferCount(), transfers + 1);
        UInt256 expected = *UInt256::fromDecimal(before.toStdString());
        QCOMPARE(expected.addInPlace(*UInt256::fromDecimal("30000000000000000")), std::uint64_t(0));
        QCOMPARE(d.h.ethBalance(d.h.user(kAlice).ethAddress), QString::fromStdString(expected.toDecimal()));
        QTRY_VERIFY(!page);
        QCOMPARE(d.opened->count(), 1);
        QCOMPARE(d.guardianOpened->count(), 1);
    }

    void rejectedOnThePageSignsNothing_data()
    {
        QTest::addColumn<bool>("close");
        QTest::newRow("reject on the page") << false;
        QTest::newRow("close the page") << true;
    }
    void rejectedOnThePageSignsNothing()
    {
        QFETCH(bool, close);
        DesktopHarness d;
        QVERIFY(d.start());
        const int transfers = d.h.transferCount();
        std::optional<WalletResult<TransferResult>> result;
        int calls = 0;
        d.transfer(result, calls, &d.h.context);
        QPointer<GuardianConfirmationDialog> page = d.approveNative();
        QVERIFY(page);
        QVERIFY(DesktopHarness::pageReady(page));
        if (close)
            page->close();
        else
            evaluateJs(page->page(), QStringLiteral("document.getElementById('reject').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kProviderWaitMs);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QTest::qWait(100);
        QCOMPARE(calls, 1);
        QVERIFY(!d.h.sawState(ActionState::Signing));
        QCOMPARE(d.h.transferCount(), transfers);
        QVERIFY(d.h.journal->entries().isEmpty());
    }

    void deadContextWhileOnThePageGetsNothing()
    {
        DesktopHarness d;
        QVERIFY(d.start());
        const int transfers = d.h.transferCount();
        // A real action with its Guardian page, from a transfer the provider prepared; the page is
        // closed (the provider's flow ends rejected).
        std::optional<WalletResult<TransferResult>> result;
        int calls = 0;
        d.transfer(result, calls, &d.h.context);
        QPointer<GuardianConfirmationDialog> first = d.approveNative();
        QVERIFY(first);
        first->close();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kProviderWaitMs);
        QVERIFY(!result->ok());

        // The same action reviewed for a context that dies while the Guardian page is open.
        const wallet::PreparedAction action = d.lastAction;
        QVERIFY(action.guardian.confirmationRequired);
        auto context = std::make_unique<QObject>();
        QList<bool> answers;
        d.prompt->review(action, context.get(), [&answers](bool approved) { answers.append(approved); });
        QPointer<GuardianConfirmationDialog> page = d.approveNative();
        QVERIFY(page);
        QVERIFY(DesktopHarness::pageReady(page));
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!page, kGuardianWaitMs); // closed with nobody to answer
        QTest::qWait(100);
        QVERIFY(answers.isEmpty());
        QCOMPARE(d.h.transferCount(), transfers);
    }
};

STARDECK_GUARDIAN_TEST_MAIN(TestGuardianPrompt)
#include "tst_ui_guardian_prompt.moc"
