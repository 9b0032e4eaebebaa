// SPDX-License-Identifier: MIT
// GuardianClient against the in-process sandbox: record lookup with retries, evaluation under each
// policy, the confirmation URL, waiting for approval on the hosted page, and its failures.
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "wallet/GuardianClient.h"
#include "world/Seed.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace stardeck;
using namespace stardeck::wallet;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 20000;

template <class T>
std::optional<T> waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, kWaitMs))
        return std::nullopt;
    return slot;
}

//! The sandbox, the demo user's session and a Guardian client on both.
struct Harness {
    SandboxFixture f;
    SandboxSession s{f};
    std::unique_ptr<GuardianClient> guardian;
    QObject context;

    Harness()
    {
        guardian = std::make_unique<GuardianClient>(s.environment(f), s.nam, *s.session);
        guardian->setLookupRetry(3, 20);
    }
    bool login() { return loginSession(f, *s.session, sandbox::seed::demoEmail); }

    QByteArray accessToken()
    {
        std::optional<QByteArray> token;
        s.session->accessToken(&context, [&](passport::PassportResult<crypto::SecureBytes> t) {
            token = t.ok() ? QByteArray(reinterpret_cast<const char *>(t.value().data()),
                                        qsizetype(t.value().size()))
                           : QByteArray();
        });
        return waitFor(token).value_or(QByteArray());
    }
    QList<QPair<QByteArray, QByteArray>> bearer() { return {{"Authorization", "Bearer " + accessToken()}}; }

    //! Asks the IMX API for a transfer signable (which registers the Guardian record); its payload_hash.
    QString signableTransfer(const QString &amountWei)
    {
        const auto claims = s.session->passportClaims();
        const auto &users = f.sandbox().world().users;
        const auto alice = users.find(sandbox::userIdForEmail(QStringLiteral("alice@stardeck.test")));
        if (!claims || alice == users.end())
            return {};
        const HttpResult r = f.postJson(
            QStringLiteral("/imx/v1/signable-transfer-details"),
            QJsonObject{
                {QStringLiteral("sender"), claims->imxEthAddress},
                {QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("ETH")},
                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("decimals"), 18}}}}},
                {QStringLiteral("amount"), amountWei},
                {QStringLiteral("receiver"), alice->second.ethAddress}},
            bearer());
        if (r.status != 200)
            qWarning("signable: %d %s", r.status, r.body.constData());
        return r.object().value(QStringLiteral("payload_hash")).toString();
    }
    bool policy(const QString &mode)
    {
        return f.postJson(QStringLiteral("/__sandbox/guardian/policy"), {{QStringLiteral("mode"), mode}})
                   .status == 200;
    }
    std::optional<WalletResult<GuardianEvaluation>> evaluate(const QString &hash)
    {
        std::optional<WalletResult<GuardianEvaluation>> result;
        guardian->evaluate(hash, PassportErrorType::TransferError, &context,
                           [&](WalletResult<GuardianEvaluation> r) { result = std::move(r); });
        return waitFor(result);
    }
};

} // namespace

class TestGuardianClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluationFollowsPolicy()
    {
        Harness h;
        QVERIFY(h.login());
        QVERIFY(h.policy(QStringLiteral("never")));
        const QString small = h.signableTransfer(QStringLiteral("100000000"));
        QVERIFY(!small.isEmpty());
        auto result = h.evaluate(small);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().confirmationRequired, false);

        QVERIFY(h.policy(QStringLiteral("always")));
        const QString big = h.signableTransfer(QStringLiteral("200000000"));
        result = h.evaluate(big);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().confirmationRequired, true);
        QCOMPARE(result->value().confirmationMethod, QStringLiteral("web"));
        QVERIFY(!result->value().transactionId.isEmpty());
    }

    void confirmationUrlIsThePassportPage()
    {
        Harness h;
        const QUrl url = h.guardian->confirmationUrl(QStringLiteral("0xabc"), QStringLiteral("0x12"));
        QCOMPARE(url.path(), QStringLiteral("/passport/transaction-confirmation/transaction"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("transactionId")), QStringLiteral("0xabc"));
        QCOMPARE(query.queryItemValue(QStringLiteral("etherAddress")), QStringLiteral("0x12"));
        QCOMPARE(query.queryItemValue(QStringLiteral("chainType")), QStringLiteral("starkex"));
        // The sandbox serves the page for a real transaction.
        QVERIFY(h.login());
        const QString hash = h.signableTransfer(QStringLiteral("100000000"));
        const QUrl page = h.guardian->confirmationUrl(hash, h.s.session->passportClaims()->imxEthAddress);
        QCOMPARE(h.f.get(page.path() + QLatin1Char('?') + page.query(QUrl::FullyEncoded)).status, 200);
    }

    void approvalOnThePageEndsTheWait()
    {
        Harness h;
        QVERIFY(h.login());
        QVERIFY(h.policy(QStringLiteral("always")));
        const QString hash = h.signableTransfer(QStringLiteral("300000000"));
        QVERIFY(!hash.isEmpty());
        std::optional<WalletStatus> waited;
        h.guardian->waitForApproval(hash, PassportErrorType::TransferError, 30, 10000, &h.context,
                                    [&](WalletStatus s) { waited = s; });
        QTest::qWait(150);
        QVERIFY(!waited.has_value());
        const HttpResult approve =
            h.f.postJson(QStringLiteral("/mr/guardian/v1/transactions/%1/approve").arg(hash),
                         {{QStringLiteral("chainType"), QStringLiteral("starkex")}}, h.bearer());
        QCOMPARE(approve.status, 204);
        QVERIFY(waitFor(waited));
        QVERIFY2(waited->ok(), qPrintable(waited->error().message));
        // Once approved, evaluation no longer asks for a confirmation.
        const auto again = h.evaluate(hash);
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().confirmationRequired, false);
    }

    void unapprovedWaitTimesOut()
    {
        Harness h;
        QVERIFY(h.login());
        QVERIFY(h.policy(QStringLiteral("always")));
        const QString hash = h.signableTransfer(QStringLiteral("400000000"));
        std::optional<WalletStatus> waited;
        QElapsedTimer clock;
        clock.start();
        h.guardian->waitForApproval(hash, PassportErrorType::TransferError, 30, 300, &h.context,
                                    [&](WalletStatus s) { waited = s; });
        QVERIFY(waitFor(waited));
        QVERIFY(!waited->ok());
        QCOMPARE(waited->error().failure, WalletFailure::GuardianRejected);
        QCOMPARE(waited->error().type, PassportErrorType::TransferError);
        QVERIFY(clock.elapsed() < 5000);
    }

    void unknownTransactionAfterRetries()
    {
        Harness h;
        QVERIFY(h.login());
        const auto result = h.evaluate(QStringLiteral("0x1234"));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().message, QStringLiteral("Transaction does not exist"));
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
    }

    void invalidHashRefusedBeforeAnyRequest()
    {
        Harness h;
        for (const QString &bad : {QString(), QStringLiteral("0x"), QStringLiteral("0x12/../x"),
                                   QString(QStringLiteral("0x") + QString(65, QLatin1Char('1')))}) {
            const auto result = h.evaluate(bad);
            QVERIFY(result && !result->ok());
            QCOMPARE(result->error().failure, WalletFailure::InvalidRequest);
        }
    }

    void forbiddenEvaluationIsServiceUnavailable()
    {
        Harness h;
        QVERIFY(h.login());
        const QString hash = h.signableTransfer(QStringLiteral("100000000"));
        h.f.postJson(QStringLiteral("/__sandbox/faults"),
                     {{QStringLiteral("route"), QStringLiteral("guardian.transactions.evaluate")},
                      {QStringLiteral("status"), 403}});
        const auto result = h.evaluate(hash);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().type, PassportErrorType::ServiceUnavailableError);
    }

    void malformedEvaluationIsRefused()
    {
        Harness h;
        QVERIFY(h.login());
        const QString hash = h.signableTransfer(QStringLiteral("100000000"));
        h.f.postJson(QStringLiteral("/__sandbox/faults"),
                     {{QStringLiteral("route"), QStringLiteral("guardian.transactions.evaluate")},
                      {QStringLiteral("body"), QStringLiteral("malformed")}});
        const auto result = h.evaluate(hash);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().failure, WalletFailure::InvalidResponse);
    }

    void lookupRetriesTransientFailures()
    {
        Harness h;
        QVERIFY(h.login());
        const QString hash = h.signableTransfer(QStringLiteral("100000000"));
        h.f.postJson(QStringLiteral("/__sandbox/faults"),
                     {{QStringLiteral("route"), QStringLiteral("guardian.transactions.get")},
                      {QStringLiteral("status"), 503},
                      {QStringLiteral("times"), 2}});
        const auto result = h.evaluate(hash);
        QVERIFY(result);
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
    }

    void notLoggedInIsReported()
    {
        Harness h;
        const auto result = h.evaluate(QStringLiteral("0x1234"));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().type, PassportErrorType::NotLoggedInError);
    }

    void deadContextIsNeverCalled()
    {
        Harness h;
        QVERIFY(h.login());
        const QString hash = h.signableTransfer(QStringLiteral("100000000"));
        bool called = false;
        {
            QObject shortLived;
            h.guardian->evaluate(hash, PassportErrorType::TransferError, &shortLived,
                                 [&](WalletResult<GuardianEvaluation>) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void deadContextFreesTheApprovalWait()
    {
        // The polling state of waitForApproval must die with its context. When the poll closure held
        // the state that holds it, a context destroyed mid-wait leaked both and the callback with them.
        Harness h;
        QVERIFY(h.login());
        QVERIFY(h.policy(QStringLiteral("always")));
        const QString hash = h.signableTransfer(QStringLiteral("500000000"));
        QVERIFY(!hash.isEmpty());
        auto sentinel = std::make_shared<int>(0);
        const std::weak_ptr<int> watch = sentinel;
        bool called = false;
        auto shortLived = std::make_unique<QObject>();
        h.guardian->waitForApproval(hash, PassportErrorType::TransferError, 20, 60000, shortLived.get(),
                                    [&called, sentinel](WalletStatus) { called = true; });
        sentinel.reset();
        QTest::qWait(200); // a few polls of the pending record
        QVERIFY(!called);
        QVERIFY(!watch.expired());
        shortLived.reset();
        QTRY_VERIFY(watch.expired());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestGuardianClient)
#include "tst_guardian_client.moc"
