// SPDX-License-Identifier: MIT
// GuardianConfirmationDialog against the in-process sandbox's hosted confirmation page in a real
// (headless) browser engine: the page's own JavaScript talks to the dialog through the window.opener
// shim. Confirm approves the transaction in Guardian; Reject, closing and an unsupported message type
// reject; forged messages (another origin, another eventType) are ignored; navigation off the
// Passport service and pop-ups are refused.
#include "GuardianTestSupport.h"
#include "SessionTestHelpers.h"
#include "guardian/GuardianConfirmationDialog.h"
#include "guardian/GuardianWebPage.h"
#include "wallet/GuardianClient.h"
#include "world/Seed.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

#include <memory>

using namespace stardeck;
using namespace stardeck::test;
using ui::GuardianConfirmationDialog;
using Outcome = ui::GuardianConfirmationResult::Outcome;

namespace {

//! The sandbox, the demo user's session, Guardian policy "always" and one pending transfer.
struct Harness {
    SandboxFixture f;
    SandboxSession s{f};
    passport::Environment environment = s.environment(f);
    std::unique_ptr<wallet::GuardianClient> guardian;
    QObject context;
    QString hash;

    Harness() { guardian = std::make_unique<wallet::GuardianClient>(environment, s.nam, *s.session); }

    QByteArray accessToken()
    {
        std::optional<QByteArray> token;
        s.session->accessToken(&context, [&token](passport::PassportResult<crypto::SecureBytes> t) {
            token = t.ok() ? QByteArray(reinterpret_cast<const char *>(t.value().data()),
                                        qsizetype(t.value().size()))
                           : QByteArray();
        });
        if (!QTest::qWaitFor([&token] { return token.has_value(); }, kGuardianWaitMs))
            return {};
        return token.value_or(QByteArray());
    }

    //! Logs in, sets policy "always" and asks for a transfer signable (registers the Guardian record).
    bool start()
    {
        if (!loginSession(f, *s.session, sandbox::seed::demoEmail))
            return false;
        if (f.postJson(QStringLiteral("/__sandbox/guardian/policy"),
                       {{QStringLiteral("mode"), QStringLiteral("always")}})
                .status != 200)
            return false;
        const auto &users = f.sandbox().world().users;
        const auto alice = users.find(sandbox::userIdForEmail(QStringLiteral("alice@stardeck.test")));
        const auto claims = s.session->passportClaims();
        if (!claims || alice == users.end())
            return false;
        const HttpResult r = f.postJson(
            QStringLiteral("/imx/v1/signable-transfer-details"),
            QJsonObject{
                {QStringLiteral("sender"), claims->imxEthAddress},
                {QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("ETH")},
                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("decimals"), 18}}}}},
                {QStringLiteral("amount"), QStringLiteral("120000000000000000")},
                {QStringLiteral("receiver"), alice->second.ethAddress}},
            {{"Authorization", "Bearer " + accessToken()}});
        hash = r.object().value(QStringLiteral("payload_hash")).toString();
        return r.status == 200 && !hash.isEmpty();
    }

    QUrl confirmationUrl()
    {
        return guardian->confirmationUrl(hash, s.session->passportClaims()->imxEthAddress);
    }
    QUrl passportBase() const { return environment.serviceUrl(passport::Environment::Service::Passport); }
    QString status() { return guardianStatus(f, hash, accessToken()); }
};

//! A dialog on the pending transfer, shown; `started` says whether the handshake completed.
struct OpenDialog {
    QPointer<GuardianConfirmationDialog> dialog;
    std::unique_ptr<QSignalSpy> decided;
    std::unique_ptr<QSignalSpy> ignored;
    std::unique_ptr<QSignalSpy> refused;

    OpenDialog(const QUrl &url, const QUrl &base)
    {
        dialog = new GuardianConfirmationDialog(url, base);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        decided = std::make_unique<QSignalSpy>(dialog.data(), &GuardianConfirmationDialog::decided);
        ignored = std::make_unique<QSignalSpy>(dialog.data(), &GuardianConfirmationDialog::messageIgnored);
        refused = std::make_unique<QSignalSpy>(dialog->page(), &ui::GuardianWebPage::navigationRefused);
        dialog->show();
    }
    ~OpenDialog() { delete dialog.data(); }

    //! Waits for "confirmation_window_ready" -> "confirmation_start" and for the page to see the reply.
    bool started()
    {
        QSignalSpy spy(dialog.data(), &GuardianConfirmationDialog::confirmationStarted);
        if (spy.isEmpty() && !spy.wait(kGuardianWaitMs))
            return false;
        return QTest::qWaitFor(
            [this] {
                return evaluateJs(dialog->page(),
                                  QStringLiteral("document.body.getAttribute('data-started')"))
                           .toString() == QLatin1String("true");
            },
            kGuardianWaitMs);
    }
    QVariant js(const QString &script) { return evaluateJs(dialog->page(), script); }
    ui::GuardianConfirmationResult result() const
    {
        return decided->first().first().value<ui::GuardianConfirmationResult>();
    }
};

} // namespace

class TestGuardianDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void confirmApprovesInGuardian()
    {
        Harness h;
        QVERIFY(h.start());
        QCOMPARE(h.status(), QStringLiteral("pending"));
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QCOMPARE(d.dialog->expectedOrigin(),
                 h.f.url(QString()).toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
        QVERIFY(d.started());
        const QString saved = QCoreApplication::applicationDirPath() + QStringLiteral("/guardian-dialog.png");
        QVERIFY(d.dialog->grab().save(saved));
        d.js(QStringLiteral("document.getElementById('confirm').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(d.decided->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.result().outcome, Outcome::Confirmed);
        QVERIFY(d.result().confirmed());
        QCOMPARE(h.status(), QStringLiteral("approved"));
        QTRY_VERIFY(!d.dialog); // closed and deleted
        QTest::qWait(50);
        QCOMPARE(d.decided->count(), 1);
    }

    void rejectOnThePage()
    {
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        d.js(QStringLiteral("document.getElementById('reject').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(d.decided->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.result().outcome, Outcome::Rejected);
        QVERIFY(!d.result().confirmed());
        QCOMPARE(h.status(), QStringLiteral("pending"));
    }

    void closingRejects()
    {
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        d.dialog->close();
        QCOMPARE(d.decided->count(), 1);
        QCOMPARE(d.result().outcome, Outcome::Rejected);
        QTRY_VERIFY(!d.dialog);
        QCOMPARE(h.status(), QStringLiteral("pending"));
    }

    void escapeAndCancelReject_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("escape") << true;
        QTest::newRow("cancel button") << false;
    }
    void escapeAndCancelReject()
    {
        QFETCH(bool, escape);
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        auto *cancel = d.dialog->findChild<QPushButton *>(QStringLiteral("guardianCancelButton"));
        QVERIFY(cancel);
        QVERIFY(!cancel->accessibleName().isEmpty());
        if (escape)
            QTest::keyClick(d.dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(d.decided->count(), 1);
        QCOMPARE(d.result().outcome, Outcome::Rejected);
    }

    void forgedMessagesAreIgnored()
    {
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        // Another eventType, through the opener shim.
        d.js(QStringLiteral("window.opener.postMessage({eventType: 'imx_passport_confirmation_x', "
                            "messageType: 'transaction_confirmed'}, '*')"));
        QTRY_COMPARE_WITH_TIMEOUT(d.ignored->count(), 1, kGuardianWaitMs);
        // Not JSON at all.
        d.js(QStringLiteral("window.opener.postMessage('transaction_confirmed', '*')"));
        QTRY_COMPARE_WITH_TIMEOUT(d.ignored->count(), 2, kGuardianWaitMs);
        // Straight to the bridge over a second channel, claiming another origin (last: the second
        // channel takes over the transport's answers).
        d.js(QStringLiteral("new QWebChannel(qt.webChannelTransport, function (channel) {"
                            "  channel.objects.stardeckGuardian.postMessage(JSON.stringify({eventType: "
                            "'imx_passport_confirmation', messageType: 'transaction_confirmed'}), "
                            "'https://evil.example'); })"));
        QTRY_COMPARE_WITH_TIMEOUT(d.ignored->count(), 3, kGuardianWaitMs);
        QCOMPARE(d.ignored->at(0).first().toString(), QStringLiteral("message with another eventType"));
        QCOMPARE(d.ignored->at(1).first().toString(), QStringLiteral("message is not a JSON object"));
        QCOMPARE(d.ignored->at(2).first().toString(), QStringLiteral("message from another origin"));
        QTest::qWait(100);
        QCOMPARE(d.decided->count(), 0);
        QVERIFY(d.dialog && d.dialog->isVisible());
        QCOMPARE(h.status(), QStringLiteral("pending"));
        d.dialog->close();
        QCOMPARE(d.decided->count(), 1);
        QCOMPARE(d.result().outcome, Outcome::Rejected);
    }

    void unknownMessageTypeRejects()
    {
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        d.js(QStringLiteral("window.opener.postMessage({eventType: 'imx_passport_confirmation', "
                            "messageType: 'message_confirmed'}, '*')"));
        QTRY_COMPARE_WITH_TIMEOUT(d.decided->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.result().outcome, Outcome::Rejected);
        QCOMPARE(d.result().message, QStringLiteral("Unsupported message type"));
        QCOMPARE(h.status(), QStringLiteral("pending"));
    }

    void pageErrorIsAnError()
    {
        Harness h;
        QVERIFY(h.start());
        // A transaction Guardian does not know: the page reports transaction_error.
        h.hash = QStringLiteral("0x1234");
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QTRY_COMPARE_WITH_TIMEOUT(d.decided->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.result().outcome, Outcome::Error);
        QCOMPARE(d.result().message, QStringLiteral("Error during transaction confirmation"));
    }

    void navigationOffPassportAndPopupsRefused()
    {
        Harness h;
        QVERIFY(h.start());
        OpenDialog d(h.confirmationUrl(), h.passportBase());
        QVERIFY(d.started());
        const QUrl before = d.dialog->page()->url();
        d.js(QStringLiteral("window.location.href = '%1'")
                 .arg(h.f.url(QStringLiteral("/imx/v1/assets")).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(d.refused->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.refused->first().first().toUrl().path(), QStringLiteral("/imx/v1/assets"));
        d.js(QStringLiteral("window.open('%1')").arg(h.confirmationUrl().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(d.refused->count(), 2, kGuardianWaitMs);
        QTest::qWait(100);
        QCOMPARE(d.dialog->page()->url(), before);
        QCOMPARE(d.decided->count(), 0);
    }

    void confirmationUrlOffPassportIsNotLoaded()
    {
        Harness h;
        // The URL is on the sandbox's origin but outside the Passport service's path.
        OpenDialog d(h.f.url(QStringLiteral("/auth/transaction-confirmation/transaction?transactionId=1")),
                     h.passportBase());
        QTRY_COMPARE_WITH_TIMEOUT(d.decided->count(), 1, kGuardianWaitMs);
        QCOMPARE(d.result().outcome, Outcome::Error);
    }
};

STARDECK_GUARDIAN_TEST_MAIN(TestGuardianDialog)
#include "tst_ui_guardian_dialog.moc"
