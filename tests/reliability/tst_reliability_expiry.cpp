// SPDX-License-Identifier: MIT
// F10 through ImxProvider against the in-process sandbox: when the API picks an expiration further
// ahead than the policy window (366 days unless ProviderServices says otherwise), the transfer is
// refused before the review, nothing is signed, journaled or sent, and the error names the date and
// the limit. The sandbox's default (a year, as the API) passes; a provider with a wider window takes
// the far one.
#include "wallet/ProviderTestHarness.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

TransferRequest ethTransfer(const QString &receiver)
{
    TransferRequest request;
    request.token.type = TokenRef::Type::Eth;
    request.amount = *UInt256::fromDecimal("10000000000000000"); // 0.01 ETH
    request.receiver = receiver;
    return request;
}

} // namespace

class TestReliabilityExpiry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void farExpirationIsRefusedBeforeReview()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString bob = h.user(QStringLiteral("bob@stardeck.test")).ethAddress;
        const int transfersBefore = h.transferCount();
        // The API answers with an expiration 400 days ahead.
        const qint64 farHours = 400 * 24;
        h.f.sandbox().context().options.defaultExpirationHours = farHours;
        const qint64 hourNow = QDateTime::currentSecsSinceEpoch() / 3600;

        const auto result = h.transfer(ethTransfer(bob));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::SecurityCheck);
        const QString message = result->error().message;
        const QString expires = QDateTime::fromSecsSinceEpoch((hourNow + farHours) * 3600, Qt::UTC)
                                    .toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(message.contains(QStringLiteral("expiration_timestamp")) && message.contains(expires) &&
                     message.contains(QStringLiteral("beyond the policy limit of 366 days")),
                 qPrintable(message));
        QVERIFY(h.prompt.seen.isEmpty()); // never shown for approval
        QVERIFY(!h.sawState(ActionState::Signing));
        QVERIFY(h.journal->entries().isEmpty());
        QCOMPARE(h.transferCount(), transfersBefore);
    }

    void defaultExpirationPasses()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QCOMPARE(h.f.sandbox().context().options.defaultExpirationHours, qint64(365 * 24));
        const int transfersBefore = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(QStringLiteral("bob@stardeck.test")).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.transferCount(), transfersBefore + 1);
    }

    void windowIsConfigurable()
    {
        ProviderHarness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account);
        ProviderServices services = h.services();
        services.expirationWindowHours = 500 * 24;
        h.provider = std::make_unique<ImxProvider>(services, std::move(*account));
        QCOMPARE(h.provider->expirationWindowHours(), qint64(500 * 24));
        h.f.sandbox().context().options.defaultExpirationHours = 400 * 24;
        const int transfersBefore = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(QStringLiteral("bob@stardeck.test")).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(h.transferCount(), transfersBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityExpiry)
#include "tst_reliability_expiry.moc"
