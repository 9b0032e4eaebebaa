// SPDX-License-Identifier: MIT
// Guardian over HTTP: records created by authenticated signable calls, evaluate/approve, the
// confirmation policy (default/always/never), and IMX creates refused until approval.
#include "WritesTestWorld.h"

#include <QRegularExpression>
#include <QTest>

using namespace stardeck;
using namespace Qt::StringLiterals;
using stardeck::test::HttpResult;
using stardeck::test::SandboxFixture;
using stardeck::test::WritesTestWorld;

namespace {

const QString kTransactions = u"/mr/guardian/v1/transactions/"_s;
const QJsonObject kStarkex{{u"chainType"_s, u"starkex"_s}};

//! The MR error body (imx-api.md 7.3): code, message, link, trace_id, details.
void checkMrError(const HttpResult &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    const QJsonObject body = r.object();
    QCOMPARE(body.value(u"code"_s).toString(), code);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QVERIFY(body.value(u"link"_s).isString());
    QVERIFY(body.value(u"trace_id"_s).isString());
    QVERIFY(body.contains(u"details"_s));
}

} // namespace

class TestGuardian : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pendingRefusedApprovedAccepted()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);

        // 2 ETH is above the default 1-token threshold.
        const auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                         {{u"sender"_s, alice->ethAddress},
                                          {u"receiver"_s, bob->ethAddress},
                                          {u"amount"_s, u"2000000000000000000"_s},
                                          {u"token"_s, WritesTestWorld::ethToken()}},
                                         WritesTestWorld::bearer(*alice));
        QCOMPARE(signable.status, 200);
        const QString payload = signable.object().value(u"payload_hash"_s).toString();
        const QString path = kTransactions + payload;

        auto r = f.get(path + u"?chainType=starkex"_s, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().value(u"id"_s).toString().isEmpty());
        QCOMPARE(r.object().value(u"eth_address"_s).toString(), alice->ethAddress);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(r.object().value(u"transaction_type"_s).toString(), u"transfer"_s);
        QVERIFY(r.object().value(u"version"_s).isString());
        QCOMPARE(r.object().value(u"transaction_metadata"_s).toObject().value(u"receiver"_s).toString(),
                 bob->ethAddress);

        r = f.postJson(path + u"/evaluate"_s, kStarkex, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"confirmationRequired"_s).toBool(), true);

        const QJsonObject create = WritesTestWorld::transferCreateBody(
            signable.object(), WritesTestWorld::starkSign(*alice, payload));
        r = f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(u"code"_s).toString(), u"confirmation_required"_s);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"5000000000000000000"_s);
        QVERIFY(w.world().transfers.empty());

        // Only the owner may approve.
        checkMrError(f.postJson(path + u"/approve"_s, kStarkex, WritesTestWorld::bearer(*bob)), 403,
                     u"AUTHENTICATION_ERROR"_s);
        r = f.postJson(path + u"/approve"_s, kStarkex, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        r = f.get(path + u"?chainType=starkex"_s, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"approved"_s);
        r = f.postJson(path + u"/evaluate"_s, kStarkex, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.object().value(u"confirmationRequired"_s).toBool(), false);

        r = f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"3000000000000000000"_s);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"2000000000000000000"_s);

        const QJsonObject counters = f.get(u"/__sandbox/writes"_s).object().value(u"guardian"_s).toObject();
        QCOMPARE(counters.value(u"records"_s).toInt(), 1);
        QCOMPARE(counters.value(u"approvals"_s).toInt(), 1);
        QCOMPARE(counters.value(u"refusals"_s).toInt(), 1);
    }

    void defaultPolicy()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);
        w.addNft(u"1"_s, alice->ethAddress);
        const auto evaluate = [&](const HttpResult &signable) {
            const QString payload = signable.object().value(u"payload_hash"_s).toString();
            return f
                .postJson(kTransactions + payload + u"/evaluate"_s, kStarkex, WritesTestWorld::bearer(*alice))
                .object()
                .value(u"confirmationRequired"_s)
                .toBool();
        };
        const auto transfer = [&](const QString &amount, const QJsonObject &token) {
            return f.postJson(u"/imx/v1/signable-transfer-details"_s,
                              {{u"sender"_s, alice->ethAddress},
                               {u"receiver"_s, bob->ethAddress},
                               {u"amount"_s, amount},
                               {u"token"_s, token}},
                              WritesTestWorld::bearer(*alice));
        };
        QCOMPARE(evaluate(transfer(u"1000000000000000000"_s, WritesTestWorld::ethToken())),
                 false); // at the threshold
        QCOMPARE(evaluate(transfer(u"1000000100000000000"_s, WritesTestWorld::ethToken())), true);
        QCOMPARE(evaluate(transfer(u"1"_s, WritesTestWorld::nftToken(u"1"_s))), false);
        const auto order = f.postJson(u"/imx/v3/signable-order-details"_s,
                                      {{u"user"_s, alice->ethAddress},
                                       {u"amount_sell"_s, u"1"_s},
                                       {u"token_sell"_s, WritesTestWorld::nftToken(u"1"_s)},
                                       {u"amount_buy"_s, u"100000000"_s},
                                       {u"token_buy"_s, WritesTestWorld::ethToken()}},
                                      WritesTestWorld::bearer(*alice));
        QCOMPARE(order.status, 200);
        QCOMPARE(evaluate(order), true);

        auto r = f.postJson(u"/__sandbox/guardian/policy"_s, {{u"transfer_threshold"_s, u"0.5"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(evaluate(transfer(u"600000000000000000"_s, WritesTestWorld::ethToken())), true);
        QVERIFY(w.setGuardianPolicy(u"never"_s));
        QCOMPARE(evaluate(transfer(u"3000000000000000000"_s, WritesTestWorld::ethToken())), false);
        QVERIFY(w.setGuardianPolicy(u"always"_s));
        QCOMPARE(evaluate(transfer(u"100000000"_s, WritesTestWorld::ethToken())), true);
        r = f.get(u"/__sandbox/guardian/policy"_s);
        QCOMPARE(r.object().value(u"mode"_s).toString(), u"always"_s);
        QCOMPARE(r.object().value(u"transfer_threshold"_s).toString(), u"0.5"_s);
        r = f.postJson(u"/__sandbox/guardian/policy"_s, {{u"mode"_s, u"sometimes"_s}});
        QCOMPARE(r.status, 400);
        r = f.postJson(u"/__sandbox/guardian/policy"_s, {{u"transfer_threshold"_s, u"-1"_s}});
        QCOMPARE(r.status, 400);
    }

    void confirmationPage()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);
        QVERIFY(w.setGuardianPolicy(u"always"_s));
        const auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                         {{u"sender"_s, alice->ethAddress},
                                          {u"receiver"_s, bob->ethAddress},
                                          {u"amount"_s, u"300000000000000000"_s},
                                          {u"token"_s, WritesTestWorld::ethToken()}},
                                         WritesTestWorld::bearer(*alice));
        const QString payload = signable.object().value(u"payload_hash"_s).toString();
        const QString page = u"/passport/transaction-confirmation/transaction?transactionId="_s + payload +
                             u"&etherAddress="_s + alice->ethAddress + u"&chainType=starkex"_s;

        // Wrong account, unknown transaction, missing parameters: an error page that tells the opener.
        auto r = f.get(u"/passport/transaction-confirmation/transaction?transactionId="_s + payload +
                       u"&etherAddress="_s + bob->ethAddress + u"&chainType=starkex"_s);
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("transaction_error"));
        QCOMPARE(f.get(u"/passport/transaction-confirmation/transaction?transactionId=77&etherAddress="_s +
                       alice->ethAddress + u"&chainType=starkex"_s)
                     .status,
                 404);
        QCOMPARE(f.get(u"/passport/transaction-confirmation/transaction"_s).status, 400);
        QCOMPARE(f.get(u"/passport/transaction-confirmation/loading"_s).status, 200);
        QCOMPARE(f.get(u"/passport/transaction-confirmation/unavailable"_s).status, 200);

        r = f.get(page);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        for (const char *needle :
             {"imx_passport_confirmation", "confirmation_window_ready", "confirmation_start",
              "transaction_confirmed", "transaction_rejected", "transaction_error"})
            QVERIFY2(r.body.contains(needle), needle);
        QVERIFY(r.body.contains(payload.toLatin1()));
        QVERIFY(r.body.contains(bob->ethAddress.toLatin1())); // the receiver is shown
        const QRegularExpression grantPattern(u"\"grant\":\"([0-9a-f]{64})\""_s);
        const auto match = grantPattern.match(QString::fromUtf8(r.body));
        QVERIFY(match.hasMatch());
        const QByteArray grant = match.captured(1).toLatin1();

        const QJsonObject create = WritesTestWorld::transferCreateBody(
            signable.object(), WritesTestWorld::starkSign(*alice, payload));
        QCOMPARE(f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice)).status, 403);
        // What the page's Confirm button does: approve with the page's grant.
        r = f.postJson(kTransactions + payload + u"/approve"_s, kStarkex,
                       {{"Authorization", "Bearer " + grant}});
        QCOMPARE(r.status, 204);
        checkMrError(f.postJson(kTransactions + payload + u"/approve"_s, kStarkex,
                                {{"Authorization", "Bearer " + grant}}),
                     401, u"UNAUTHORISED_REQUEST"_s); // single use
        QCOMPARE(f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice)).status, 200);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"300000000000000000"_s);

        // A grant is bound to its transaction.
        const auto other = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                      {{u"sender"_s, alice->ethAddress},
                                       {u"receiver"_s, bob->ethAddress},
                                       {u"amount"_s, u"100000000"_s},
                                       {u"token"_s, WritesTestWorld::ethToken()}},
                                      WritesTestWorld::bearer(*alice));
        const QString otherPayload = other.object().value(u"payload_hash"_s).toString();
        const auto secondPage = f.get(page);
        const QByteArray secondGrant =
            grantPattern.match(QString::fromUtf8(secondPage.body)).captured(1).toLatin1();
        QVERIFY(!secondGrant.isEmpty());
        QCOMPARE(f.postJson(kTransactions + otherPayload + u"/approve"_s, kStarkex,
                            {{"Authorization", "Bearer " + secondGrant}})
                     .status,
                 401);
    }

    void badRequests()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);
        const QJsonObject body{{u"sender"_s, alice->ethAddress},
                               {u"receiver"_s, bob->ethAddress},
                               {u"amount"_s, u"100000000"_s},
                               {u"token"_s, WritesTestWorld::ethToken()}};

        // Without a bearer token the signable call creates no Guardian record.
        auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s, body);
        QCOMPARE(signable.status, 200);
        checkMrError(f.get(kTransactions + signable.object().value(u"payload_hash"_s).toString() +
                               u"?chainType=starkex"_s,
                           WritesTestWorld::bearer(*alice)),
                     404, u"RESOURCE_NOT_FOUND"_s);

        signable = f.postJson(u"/imx/v1/signable-transfer-details"_s, body, WritesTestWorld::bearer(*alice));
        const QString path = kTransactions + signable.object().value(u"payload_hash"_s).toString();
        checkMrError(f.get(path + u"?chainType=starkex"_s), 401, u"UNAUTHORISED_REQUEST"_s);
        checkMrError(f.get(path + u"?chainType=starkex"_s, {{"Authorization", "Bearer wrong"}}), 401,
                     u"UNAUTHORISED_REQUEST"_s);
        checkMrError(f.get(path, WritesTestWorld::bearer(*alice)), 400, u"VALIDATION_ERROR"_s);
        checkMrError(f.get(path + u"?chainType=cosmos"_s, WritesTestWorld::bearer(*alice)), 400,
                     u"VALIDATION_ERROR"_s);
        checkMrError(f.get(path + u"?chainType=starkex"_s, WritesTestWorld::bearer(*bob)), 403,
                     u"AUTHENTICATION_ERROR"_s);
        checkMrError(f.get(kTransactions + u"abc123?chainType=starkex"_s, WritesTestWorld::bearer(*alice)),
                     404, u"RESOURCE_NOT_FOUND"_s);
        // The id compares as a number: a 0x prefix or zero padding finds the same record.
        QCOMPARE(f.get(kTransactions + u"0x000"_s + signable.object().value(u"payload_hash"_s).toString() +
                           u"?chainType=starkex"_s,
                       WritesTestWorld::bearer(*alice))
                     .status,
                 200);

        checkMrError(f.post(path + u"/evaluate"_s, "{oops", WritesTestWorld::bearer(*alice)), 400,
                     u"VALIDATION_ERROR"_s);
        checkMrError(f.postJson(path + u"/evaluate"_s, {}, WritesTestWorld::bearer(*alice)), 400,
                     u"VALIDATION_ERROR"_s);
        checkMrError(
            f.postJson(path + u"/evaluate"_s, {{u"chainType"_s, 5}}, WritesTestWorld::bearer(*alice)), 400,
            u"VALIDATION_ERROR"_s);
        checkMrError(f.postJson(path + u"/evaluate"_s, kStarkex), 401, u"UNAUTHORISED_REQUEST"_s);
        checkMrError(f.postJson(kTransactions + u"77/evaluate"_s, kStarkex, WritesTestWorld::bearer(*alice)),
                     404, u"RESOURCE_NOT_FOUND"_s);
        checkMrError(f.postJson(kTransactions + u"77/approve"_s, kStarkex, WritesTestWorld::bearer(*alice)),
                     404, u"RESOURCE_NOT_FOUND"_s);
        checkMrError(
            f.postJson(path + u"/approve"_s, {{u"chainType"_s, u"evm"_s}}, WritesTestWorld::bearer(*alice)),
            400, u"VALIDATION_ERROR"_s);
        QCOMPARE(f.get(path + u"?chainType=starkex"_s, WritesTestWorld::bearer(*alice))
                     .object()
                     .value(u"status"_s)
                     .toString(),
                 u"pending"_s);
    }
};

QTEST_GUILESS_MAIN(TestGuardian)
#include "tst_guardian.moc"
