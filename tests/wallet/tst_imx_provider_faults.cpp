// SPDX-License-Identifier: MIT
// ImxProvider under faults, against the in-process sandbox: lost submit answers (replayed with the
// same bytes, exactly one transfer), a crash between signing and submitting (resumed from the
// journal file by a new provider), 5xx on submit, an expired access token (one refresh, replay),
// invalid_grant (session ended, nothing signed), malformed JSON, API error bodies, and 403 on a
// write endpoint (read-only mode).
#include "ProviderTestHarness.h"

#include <QDir>
#include <QFile>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const QString kAmount = QStringLiteral("20000000000000000"); // 0.02 ETH

TransferRequest ethTransfer(const QString &receiver, const QString &wei = kAmount)
{
    TransferRequest request;
    request.token.type = TokenRef::Type::Eth;
    request.amount = *UInt256::fromDecimal(wei.toStdString());
    request.receiver = receiver;
    return request;
}

QString minus(const QString &a, const QString &b)
{
    UInt256 difference = *UInt256::fromDecimal(a.toStdString());
    difference.subInPlace(*UInt256::fromDecimal(b.toStdString()));
    return QString::fromStdString(difference.toDecimal());
}

QJsonObject rule(const char *route, std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject out{{QStringLiteral("route"), QLatin1String(route)}};
    for (const auto &[key, value] : fields)
        out.insert(key, value);
    return out;
}

} // namespace

class TestImxProviderFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lostSubmitAnswerIsReplayed()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString before = h.ethBalance(sender);
        const int transfers = h.transferCount();
        // The create executes, then the connection closes without an answer (twice: QNAM may re-send
        // once by itself).
        QVERIFY(
            h.fault(rule("imx.transfers.create", {{QStringLiteral("drop"), QStringLiteral("after_execute")},
                                                  {QStringLiteral("times"), 2}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.ethBalance(sender), minus(before, kAmount));
        QVERIFY(h.signableCounter("replayed") >= 1);
        const JournalEntry entry = h.journal->entries().first();
        QCOMPARE(entry.state, JournalState::Submitted);
        QVERIFY2(entry.attempts >= 2, qPrintable(QString::number(entry.attempts)));
        QCOMPARE(entry.result.value(QStringLiteral("transfer_id")).toInteger(), (*result)->transferId);
        QCOMPARE(h.states().last(), ActionState::Done);
    }

    void noAnswerAtAllIsUnknownThenResumed()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString before = h.ethBalance(sender);
        const int transfers = h.transferCount();
        QVERIFY(h.fault(
            rule("imx.transfers.create", {{QStringLiteral("drop"), QStringLiteral("after_execute")}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::OutcomeUnknown);
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QCOMPARE(h.states().last(), ActionState::Unknown);
        QCOMPARE(h.journal->entries().first().state, JournalState::Signed);
        QCOMPARE(h.journal->entries().first().attempts, 3); // the first send and two re-sends
        // It did execute once on the server; nothing re-signed it.
        QCOMPARE(h.transferCount(), transfers + 1);

        QVERIFY(h.clearFaults());
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(resumed->value().first().executed);
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.ethBalance(sender), minus(before, kAmount));
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
        QVERIFY(h.journal->pending().isEmpty());
    }

    void crashBetweenSignAndSubmit_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("executedBeforeCrash");
        QTest::newRow("journaled") << QStringLiteral("journaled") << false;
        QTest::newRow("posted") << QStringLiteral("posted") << true;
    }

    void crashBetweenSignAndSubmit()
    {
        QFETCH(QString, point);
        QFETCH(bool, executedBeforeCrash);
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString before = h.ethBalance(sender);
        const int transfers = h.transferCount();
        bool crashed = false;
        h.crashPoint = [&](const QString &at) { return at == point && (crashed = true); };
        bool called = false;
        h.provider->transfer(ethTransfer(h.user(kAlice).ethAddress), &h.context,
                             [&called](WalletResult<TransferResult>) { called = true; });
        QTRY_VERIFY_WITH_TIMEOUT(crashed, kProviderWaitMs);
        QTest::qWait(100);
        QVERIFY(!called); // the "process" died: no answer to anyone
        QCOMPARE(h.transferCount(), transfers + (executedBeforeCrash ? 1 : 0));

        // Restart: a new journal object on the same file and a new provider.
        h.provider.reset();
        h.crashPoint = nullptr;
        QVERIFY(h.openJournal());
        QCOMPARE(h.journal->pending().size(), 1);
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account.has_value());
        h.makeProvider(std::move(*account));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(resumed->value().first().executed);
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.ethBalance(sender), minus(before, kAmount));
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);

        // Nothing left: a second resume sends nothing.
        const int consumed = h.signableCounter("consumed");
        const auto again = h.resume();
        QVERIFY(again.has_value() && again->ok());
        QVERIFY(again->value().isEmpty());
        QCOMPARE(h.signableCounter("consumed"), consumed);
    }

    void serverErrorOnSubmitIsRetried()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const int transfers = h.transferCount();
        QVERIFY(h.fault(
            rule("imx.transfers.create", {{QStringLiteral("status"), 503}, {QStringLiteral("times"), 1}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.journal->entries().first().attempts, 2);
    }

    void serverErrorsUntilGivingUp()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const int transfers = h.transferCount();
        QVERIFY(h.fault(rule("imx.transfers.create", {{QStringLiteral("status"), 503}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::OutcomeUnknown);
        QCOMPARE(result->error().httpStatus, 503);
        QCOMPARE(h.states().last(), ActionState::Unknown);
        QCOMPARE(h.journal->entries().first().state, JournalState::Signed);
        QCOMPARE(h.journal->entries().first().attempts, 3);
        QCOMPARE(h.transferCount(), transfers);

        QVERIFY(h.clearFaults());
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(resumed->value().first().executed);
        QCOMPARE(h.transferCount(), transfers + 1);
        QCOMPARE(h.journal->entries().first().attempts, 4);
    }

    void expiredAccessTokenRefreshesOnce_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("signable") << QStringLiteral("imx.transfers.signable");
        QTest::newRow("submit") << QStringLiteral("imx.transfers.create");
    }

    void expiredAccessTokenRefreshesOnce()
    {
        QFETCH(QString, route);
        ProviderHarness h;
        QVERIFY(h.start());
        const int refreshes = h.session.refreshCount();
        const int transfers = h.transferCount();
        QVERIFY(h.fault({{QStringLiteral("route"), route},
                         {QStringLiteral("status"), 401},
                         {QStringLiteral("times"), 1}}));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.session.refreshCount(), refreshes + 1);
        QCOMPARE(h.transferCount(), transfers + 1);
    }

    void expiredSessionClockRefreshesFirst()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const int refreshes = h.session.refreshCount();
        // The session's clock passes the access token's expiry: it refreshes before the first call.
        const QDateTime expiry = h.session.accessTokenExpiry();
        QVERIFY(expiry.isValid());
        const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(expiry) + 5;
        h.session.setClock([skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); });
        h.f.sandbox().context().now = [skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); };
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.session.refreshCount(), refreshes + 1);
    }

    void resumeRecordsADefinitiveRefusal()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const int transfers = h.transferCount();
        h.crashPoint = [](const QString &at) { return at == QLatin1String("journaled"); };
        h.provider->transfer(ethTransfer(h.user(kAlice).ethAddress), &h.context,
                             [](WalletResult<TransferResult>) {});
        QTRY_COMPARE_WITH_TIMEOUT(h.journal->pending().size(), 1, kProviderWaitMs);
        h.crashPoint = nullptr;
        // The API refuses the stored request outright (e.g. the account was suspended meanwhile).
        QVERIFY(h.fault(
            rule("imx.transfers.create", {{QStringLiteral("status"), 400}, {QStringLiteral("times"), 1}})));
        const auto resumed = h.resume();
        QVERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(whyNot(*resumed)));
        QCOMPARE(resumed->value().size(), 1);
        QVERIFY(!resumed->value().first().executed);
        QVERIFY(!resumed->value().first().note.isEmpty());
        QCOMPARE(h.journal->entries().first().state, JournalState::Rejected);
        QCOMPARE(h.transferCount(), transfers);
    }

    void invalidGrantEndsTheSession()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const crypto::SecureBytes refresh = h.session.refreshToken();
        const QString token = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(refresh.data()), qsizetype(refresh.size())));
        QCOMPARE(
            h.f.post(QStringLiteral("/auth/oauth/revoke"),
                     formBody({{QStringLiteral("token"), token}, {QStringLiteral("client_id"), kClientId}}),
                     {}, kForm)
                .status,
            200);
        // The next IMX call answers 401, so the provider refreshes, and the refresh is refused.
        QVERIFY(h.fault(
            rule("imx.transfers.signable", {{QStringLiteral("status"), 401}, {QStringLiteral("times"), 1}})));
        const int consumed = h.signableCounter("consumed");
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::NotLoggedInError);
        QCOMPARE(result->error().failure, WalletFailure::SessionEnded);
        QVERIFY(h.prompt.seen.isEmpty());
        QVERIFY(!h.sawState(ActionState::Signing));
        QVERIFY(h.journal->entries().isEmpty());
        QCOMPARE(h.signableCounter("consumed"), consumed);
        QVERIFY(!h.session.isLoggedIn());
    }

    void malformedSignableIsAClearError()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QVERIFY(h.fault(rule("imx.transfers.signable", {{QStringLiteral("body"), QStringLiteral("malformed")},
                                                        {QStringLiteral("times"), 1}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QCOMPARE(result->error().failure, WalletFailure::InvalidResponse);
        QVERIFY2(result->error().message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(whyNot(*result)));
        QVERIFY(h.prompt.seen.isEmpty());
    }

    void apiErrorBodyIsKept()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        // More ETH than the demo user holds (12.5 ETH): the signable endpoint refuses.
        const auto result =
            h.transfer(ethTransfer(h.user(kAlice).ethAddress, QStringLiteral("500000000000000000000")));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::Api);
        QVERIFY(result->error().httpStatus >= 400 && result->error().httpStatus < 500);
        QVERIFY(!result->error().apiCode.isEmpty());
        QVERIFY(!result->error().message.isEmpty());
        QVERIFY(h.prompt.seen.isEmpty());
    }

    void forbiddenWriteSwitchesToReadOnly()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QSignalSpy readOnly(h.provider.get(), &ImxProvider::readOnlyChanged);
        const int transfers = h.transferCount();
        QVERIFY(h.fault(
            rule("imx.transfers.create", {{QStringLiteral("status"), 403}, {QStringLiteral("times"), 1}})));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::ReadOnly);
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QVERIFY(h.provider->isReadOnly());
        QCOMPARE(readOnly.size(), 1);
        QCOMPARE(readOnly.first().first().toBool(), true);
        QVERIFY(!readOnly.first().at(1).toString().isEmpty());
        QCOMPARE(h.journal->entries().first().state, JournalState::Rejected);
        QCOMPARE(h.transferCount(), transfers);

        // While read-only every signed action fails fast, before any request or prompt.
        const int issued = h.signableCounter("issued");
        const auto second = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(second.has_value());
        QVERIFY(!second->ok());
        QCOMPARE(second->error().failure, WalletFailure::ReadOnly);
        QCOMPARE(h.signableCounter("issued"), issued);
        QCOMPARE(h.prompt.seen.size(), 1);

        // Reconnected: writes work again.
        h.provider->setReadOnly(false);
        const auto third = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(third.has_value());
        QVERIFY2(third->ok(), qPrintable(whyNot(*third)));
        QCOMPARE(h.transferCount(), transfers + 1);
    }

    void journalFailureSendsNothing()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        // The journal file cannot be written (a directory took its place): nothing may be sent.
        QFile::remove(h.journalPath());
        QVERIFY(QDir().mkpath(h.journalPath()));
        const int consumed = h.signableCounter("consumed");
        const int transfers = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QCOMPARE(result->error().failure, WalletFailure::Storage);
        QVERIFY(!h.sawState(ActionState::Submitting));
        QCOMPARE(h.signableCounter("consumed"), consumed);
        QCOMPARE(h.transferCount(), transfers);
    }

    void missingServicesFailCleanly()
    {
        ProviderHarness h;
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account.has_value());
        ImxProvider provider(ProviderServices{.environment = h.environment, .crashPoint = {}},
                             std::move(*account));
        QCOMPARE(provider.getAddress().error().type, PassportErrorType::NotLoggedInError);
        QVERIFY(!provider.isRegisteredOffchain());
        const auto result = h.wait<TransferResult>(
            [&](auto done) { provider.transfer(ethTransfer(h.user(kAlice).ethAddress), &h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::Internal);
        const auto resumed =
            h.wait<QList<ResolvedEntry>>([&](auto done) { provider.resumePending(&h.context, done); });
        QVERIFY(resumed.has_value() && !resumed->ok());
        const auto registered =
            h.wait<RegisterResult>([&](auto done) { provider.registerOffchain(&h.context, done); });
        QVERIFY(registered.has_value() && !registered->ok());
    }

    void accountBasics()
    {
        ProviderHarness h;
        // Before login: no address, not registered.
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account.has_value());
        h.makeProvider(std::move(*account));
        QVERIFY(!h.provider->isRegisteredOffchain());
        QCOMPARE(h.provider->getAddress().error().type, PassportErrorType::NotLoggedInError);

        QVERIFY(h.login(sandbox::seed::demoEmail));
        QVERIFY(h.provider->isRegisteredOffchain());
        const auto address = h.provider->getAddress();
        QVERIFY(address.ok());
        QCOMPARE(address.value(), h.user(sandbox::seed::demoEmail).ethAddress);

        for (const WalletStatus &status :
             {h.provider->deposit(), h.provider->prepareWithdrawal(), h.provider->completeWithdrawal(),
              h.provider->isRegisteredOnchain()}) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().type, PassportErrorType::OperationNotSupportedError);
            QCOMPARE(status.error().failure, WalletFailure::Unsupported);
        }
    }
};

QTEST_GUILESS_MAIN(TestImxProviderFaults)
#include "tst_imx_provider_faults.moc"
