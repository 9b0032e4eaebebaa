// SPDX-License-Identifier: MIT
// resumePending reconciles orders, cancels, trades and batches by listing, against the in-process
// sandbox: each action's first send executes but its answer is lost, then every re-send is refused
// (HTTP 400); the API's listings show what happened and the journal entry becomes Submitted with
// the listed record. A cancel that never executed is Rejected. Expected ids come from the sandbox.
#include "ProviderTestHarness.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const QString kPrice = QStringLiteral("50000000000000000"); // 0.05 ETH

void approveLikeAUser(ProviderHarness &h)
{
    h.prompt.handler = [&h](const PreparedAction &action, ConfirmationPrompt::Decision done) {
        if (action.guardian.confirmationRequired)
            h.guardianApprove(action);
        done(true);
    };
}

OrderRequest sellNft(const QPair<QString, QString> &nft)
{
    OrderRequest request;
    request.sell = {TokenRef::Type::Erc721, nft.first, nft.second};
    request.sellAmount = UInt256(1);
    request.buy.type = TokenRef::Type::Eth;
    request.buyAmount = *UInt256::fromDecimal(kPrice.toStdString());
    return request;
}

QJsonObject rule(const char *route, const char *drop)
{
    return {{QStringLiteral("route"), QLatin1String(route)}, {QStringLiteral("drop"), QLatin1String(drop)}};
}

QJsonObject refuse(const char *route)
{
    return {{QStringLiteral("route"), QLatin1String(route)}, {QStringLiteral("status"), 400}};
}

template <class T>
bool unknownOutcome(const std::optional<WalletResult<T>> &result)
{
    return result.has_value() && !result->ok() && result->error().failure == WalletFailure::OutcomeUnknown;
}

//! Resumes and returns the single resolved entry (nullopt when anything else came back).
std::optional<ResolvedEntry> resumeOne(ProviderHarness &h)
{
    const auto resumed = h.resume();
    if (!resumed.has_value() || !resumed->ok() || resumed->value().size() != 1)
        return std::nullopt;
    return resumed->value().first();
}

qint64 placeOrder(ProviderHarness &h, const QPair<QString, QString> &nft)
{
    const auto order =
        h.wait<OrderResult>([&](auto done) { h.provider->createOrder(sellNft(nft), &h.context, done); });
    return order.has_value() && order->ok() ? order->value().orderId : 0;
}

} // namespace

class TestImxProviderReconcileOrders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lostOrderIsReconciled()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        approveLikeAUser(h);
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const auto nft = h.nftsOf(seller, 1).first();
        const std::size_t before = h.f.sandbox().world().orders.size();
        QVERIFY(h.fault(rule("imx.orders.create", "after_execute")));
        QVERIFY(unknownOutcome(h.wait<OrderResult>(
            [&](auto done) { h.provider->createOrder(sellNft(nft), &h.context, done); })));
        QCOMPARE(h.f.sandbox().world().orders.size(), before + 1);
        qint64 placed = 0;
        for (const auto &[id, o] : h.f.sandbox().world().orders)
            if (o.user == seller && o.sell.tokenId == nft.second && o.status == QLatin1String("active"))
                placed = id;
        QVERIFY(placed > 0);

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(refuse("imx.orders.create")));
        const auto resolved = resumeOne(h);
        QVERIFY(resolved.has_value());
        QVERIFY2(resolved->executed, qPrintable(resolved->note));
        QCOMPARE(resolved->result.value(QStringLiteral("order_id")).toInteger(), placed);
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
        QCOMPARE(h.f.sandbox().world().orders.size(), before + 1);
    }

    void lostCancelIsReconciled_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<bool>("executed");
        QTest::newRow("executed") << QStringLiteral("after_execute") << true;
        QTest::newRow("never executed") << QStringLiteral("before_execute") << false;
    }

    void lostCancelIsReconciled()
    {
        QFETCH(QString, drop);
        QFETCH(bool, executed);
        ProviderHarness h;
        QVERIFY(h.start());
        approveLikeAUser(h);
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const qint64 orderId = placeOrder(h, h.nftsOf(seller, 1).first());
        QVERIFY(orderId > 0);
        QVERIFY(h.fault(rule("imx.orders.cancel", drop.toLatin1().constData())));
        QVERIFY(unknownOutcome(
            h.wait<CancelResult>([&](auto done) { h.provider->cancelOrder(orderId, &h.context, done); })));
        const QString status = h.f.sandbox().world().orders.at(orderId).status;
        QCOMPARE(status, executed ? QStringLiteral("cancelled") : QStringLiteral("active"));

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(refuse("imx.orders.cancel")));
        const auto resolved = resumeOne(h);
        QVERIFY(resolved.has_value());
        QCOMPARE(resolved->executed, executed);
        const JournalEntry entry = h.journal->entries().last();
        QCOMPARE(entry.kind, ActionKind::CancelOrder);
        QCOMPARE(entry.state, executed ? JournalState::Submitted : JournalState::Rejected);
        if (executed)
            QCOMPARE(entry.result.value(QStringLiteral("order_id")).toInteger(), orderId);
        QCOMPARE(h.f.sandbox().world().orders.at(orderId).status, status);
    }

    void lostTradeIsReconciled()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        approveLikeAUser(h);
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const auto nft = h.nftsOf(seller, 1).first();
        const qint64 orderId = placeOrder(h, nft);
        QVERIFY(orderId > 0);

        h.provider.reset();
        QVERIFY(h.start(kAlice));
        const QString buyer = h.user(kAlice).ethAddress;
        const std::size_t trades = h.f.sandbox().world().trades.size();
        QVERIFY(h.fault(rule("imx.trades.create", "after_execute")));
        TradeRequest trade;
        trade.orderId = orderId;
        QVERIFY(unknownOutcome(
            h.wait<TradeResult>([&](auto done) { h.provider->createTrade(trade, &h.context, done); })));
        QCOMPARE(h.f.sandbox().world().trades.size(), trades + 1);
        QCOMPARE(h.nftOwner(nft.first, nft.second), buyer);
        qint64 tradeId = 0;
        for (const auto &[id, t] : h.f.sandbox().world().trades)
            if (t.orderIdA == orderId || t.orderIdB == orderId)
                tradeId = id;
        QVERIFY(tradeId > 0);

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(refuse("imx.trades.create")));
        const auto resolved = resumeOne(h);
        QVERIFY(resolved.has_value());
        QVERIFY2(resolved->executed, qPrintable(resolved->note));
        QCOMPARE(resolved->result.value(QStringLiteral("transaction_id")).toInteger(), tradeId);
        QCOMPARE(h.journal->entries().last().state, JournalState::Submitted);
        QCOMPARE(h.f.sandbox().world().trades.size(), trades + 1);
    }

    void lostBatchIsReconciled()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        const QString sender = h.user(sandbox::seed::demoEmail).ethAddress;
        const QString receiver = h.user(kAlice).ethAddress;
        const auto nfts = h.nftsOf(sender, 3);
        QCOMPARE(nfts.size(), 3);
        QList<NftTransferItem> items;
        for (const auto &[address, id] : nfts)
            items.append({receiver, address, id});
        const int transfers = h.transferCount();
        QVERIFY(h.fault(rule("imx.transfers.create.v2", "after_execute")));
        QVERIFY(unknownOutcome(h.wait<BatchTransferResult>(
            [&](auto done) { h.provider->batchNftTransfer(items, &h.context, done); })));
        QCOMPARE(h.transferCount(), transfers + 3);

        QVERIFY(h.clearFaults());
        QVERIFY(h.fault(refuse("imx.transfers.create.v2")));
        const auto resolved = resumeOne(h);
        QVERIFY(resolved.has_value());
        QVERIFY2(resolved->executed, qPrintable(resolved->note));
        const QJsonArray listed = resolved->result.value(QStringLiteral("transfers")).toArray();
        QCOMPARE(listed.size(), 3);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject data = listed.at(i)[QStringLiteral("token")][QStringLiteral("data")].toObject();
            QCOMPARE(data.value(QStringLiteral("token_id")).toString(), nfts.at(i).second);
        }
        QCOMPARE(h.journal->entries().first().state, JournalState::Submitted);
        QCOMPARE(h.transferCount(), transfers + 3);
    }
};

QTEST_GUILESS_MAIN(TestImxProviderReconcileOrders)
#include "tst_imx_provider_reconcile_orders.moc"
