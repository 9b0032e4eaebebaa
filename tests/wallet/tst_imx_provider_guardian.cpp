// SPDX-License-Identifier: MIT
// ImxProvider and Guardian against the in-process sandbox: a transaction Guardian wants confirmed
// is signed only after it was approved (as the hosted page does) and Guardian no longer requires
// it; a prompt that says yes without Guardian's approval signs nothing; Guardian unavailable is
// SERVICE_UNAVAILABLE_ERROR; exchange transfers never ask Guardian.
#include "ProviderTestHarness.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

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

bool setPolicy(ProviderHarness &h, const char *mode)
{
    return h.f.postJson(QStringLiteral("/__sandbox/guardian/policy"),
                        {{QStringLiteral("mode"), QLatin1String(mode)}})
               .status == 200;
}

} // namespace

class TestImxProviderGuardian : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void confirmedOnGuardianThenSigned()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QVERIFY(setPolicy(h, "always"));
        int approveStatus = 0;
        h.prompt.handler = [&](const PreparedAction &action, ConfirmationPrompt::Decision done) {
            approveStatus = h.guardianApprove(action);
            done(true);
        };
        const int transfers = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(approveStatus, 204); // the approve endpoint answers No Content
        QCOMPARE(h.transferCount(), transfers + 1);

        const PreparedAction &action = h.prompt.seen.first();
        QVERIFY(action.guardian.evaluated);
        QVERIFY(action.guardian.confirmationRequired);
        const QUrl url = action.guardian.confirmationUrl;
        QVERIFY(url.isValid());
        QVERIFY(url.path().endsWith(QStringLiteral("/transaction-confirmation/transaction")));
        QVERIFY(url.query().contains(h.user(sandbox::seed::demoEmail).ethAddress));
        QVERIFY(url.query().contains(QStringLiteral("chainType=starkex")));
    }

    void approvedWithoutGuardianSignsNothing()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QVERIFY(setPolicy(h, "always"));
        h.prompt.approve = true; // says yes, but never approves on Guardian
        const int consumed = h.signableCounter("consumed");
        const int transfers = h.transferCount();
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::TransferError);
        QCOMPARE(result->error().failure, WalletFailure::GuardianRejected);
        QVERIFY(!h.sawState(ActionState::Signing));
        QVERIFY(h.journal->entries().isEmpty());
        QCOMPARE(h.signableCounter("consumed"), consumed);
        QCOMPARE(h.transferCount(), transfers);
    }

    void guardianUnavailable()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("guardian.transactions.evaluate")},
                         {QStringLiteral("status"), 403}}));
        const auto result = h.transfer(ethTransfer(h.user(kAlice).ethAddress));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::ServiceUnavailableError);
        QVERIFY(h.prompt.seen.isEmpty());
        QVERIFY(h.journal->entries().isEmpty());
    }

    void exchangeTransferSkipsGuardian()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        QVERIFY(setPolicy(h, "always"));
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const HttpResult created = h.f.postJson(QStringLiteral("/imx/v3/exchanges"),
                                                {{QStringLiteral("wallet_address"), sender},
                                                 {QStringLiteral("provider"), QStringLiteral("moonpay")},
                                                 {QStringLiteral("type"), QStringLiteral("offramp")}});
        QCOMPARE(created.status, 200);
        const qint64 exchangeId = created.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(exchangeId > 0);
        const int evaluations = h.writes()
                                    .value(QStringLiteral("guardian"))
                                    .toObject()
                                    .value(QStringLiteral("evaluations"))
                                    .toInt();

        ExchangeTransferRequest request;
        request.exchangeId = exchangeId;
        request.token.type = TokenRef::Type::Eth;
        request.amount = *UInt256::fromDecimal("10000000000000000");
        request.receiver = h.user(kAlice).ethAddress;
        const auto result = h.wait<TransferResult>(
            [&](auto done) { h.provider->exchangeTransfer(request, &h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QVERIFY(!h.prompt.seen.first().guardian.evaluated);
        QCOMPARE(h.prompt.seen.first().exchangeId, exchangeId);
        QCOMPARE(h.writes()
                     .value(QStringLiteral("guardian"))
                     .toObject()
                     .value(QStringLiteral("evaluations"))
                     .toInt(),
                 evaluations);
        const sandbox::ExchangeRecord &exchange = h.f.sandbox().world().exchanges.at(exchangeId);
        QCOMPARE(exchange.data.value(QStringLiteral("transfer_id")).toString(),
                 QString::number((*result)->transferId));
        QCOMPARE(h.journal->entries().first().kind, ActionKind::ExchangeTransfer);
        QCOMPARE(h.journal->entries().first().path,
                 QStringLiteral("/v2/exchanges/%1/transfers").arg(exchangeId));

        // An NFT cannot complete an exchange.
        request.token = {TokenRef::Type::Erc721, h.nftsOf(sender, 1).first().first,
                         h.nftsOf(sender, 1).first().second};
        const auto refused = h.wait<TransferResult>(
            [&](auto done) { h.provider->exchangeTransfer(request, &h.context, done); });
        QVERIFY(refused.has_value() && !refused->ok());
        QCOMPARE(refused->error().type, PassportErrorType::ExchangeTransferError);
        QCOMPARE(refused->error().failure, WalletFailure::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestImxProviderGuardian)
#include "tst_imx_provider_guardian.moc"
