// SPDX-License-Identifier: MIT
// ImxProvider orders, trades and batch transfers against the in-process sandbox: the demo user
// lists an NFT for ETH (Guardian confirms orders by default, so the prompt approves there first),
// cancels a listing, another user (with a provider of her own) buys a listing, and a batch moves
// three NFTs in one signed request.
#include "ProviderTestHarness.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const QString kAlice = QStringLiteral("alice@stardeck.test");
const QString kPrice = QStringLiteral("50000000000000000"); // 0.05 ETH

//! Approves on Guardian first when it asks for a confirmation, as the hosted page would.
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

std::optional<WalletResult<OrderResult>> createOrder(ProviderHarness &h, const OrderRequest &request)
{
    return h.wait<OrderResult>([&](auto done) { h.provider->createOrder(request, &h.context, done); });
}

} // namespace

class TestImxProviderOrders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listAndCancel()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        approveLikeAUser(h);
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const auto nft = h.nftsOf(seller, 1).first();

        const auto order = createOrder(h, sellNft(nft));
        QVERIFY(order.has_value());
        QVERIFY2(order->ok(), qPrintable(whyNot(*order)));
        const qint64 orderId = order->value().orderId;
        const sandbox::OrderRecord &record = h.f.sandbox().world().orders.at(orderId);
        QCOMPARE(record.user, seller);
        QCOMPARE(record.status, QStringLiteral("active"));
        QCOMPARE(record.sell.tokenId, nft.second);
        QCOMPARE(QString::fromStdString(record.amountBuy.toDecimal()), kPrice);
        QCOMPARE(h.prompt.seen.first().kind, ActionKind::CreateOrder);
        QVERIFY(h.prompt.seen.first().guardian.confirmationRequired);
        QCOMPARE(h.journal->entries().first().path, QStringLiteral("/v3/orders"));

        const auto cancelled =
            h.wait<CancelResult>([&](auto done) { h.provider->cancelOrder(orderId, &h.context, done); });
        QVERIFY(cancelled.has_value());
        QVERIFY2(cancelled->ok(), qPrintable(whyNot(*cancelled)));
        QCOMPARE(cancelled->value().orderId, orderId);
        QCOMPARE(h.f.sandbox().world().orders.at(orderId).status, QStringLiteral("cancelled"));
        const JournalEntry &entry = h.journal->entries().last();
        QCOMPARE(entry.method, QByteArray("DELETE"));
        QCOMPARE(entry.path, QStringLiteral("/v3/orders/%1").arg(orderId));
        QCOMPARE(entry.state, JournalState::Submitted);
    }

    void anotherUserBuysAListing()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        approveLikeAUser(h);
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const auto nft = h.nftsOf(seller, 1).first();
        const auto order = createOrder(h, sellNft(nft));
        QVERIFY(order.has_value());
        QVERIFY2(order->ok(), qPrintable(whyNot(*order)));
        const QString sellerBefore = h.ethBalance(seller);

        // Alice, with her own session, journal and provider on the same sandbox.
        h.provider.reset();
        QVERIFY(h.start(kAlice));
        const QString buyer = h.user(kAlice).ethAddress;
        TradeRequest trade;
        trade.orderId = order->value().orderId;
        const auto traded =
            h.wait<TradeResult>([&](auto done) { h.provider->createTrade(trade, &h.context, done); });
        QVERIFY(traded.has_value());
        QVERIFY2(traded->ok(), qPrintable(whyNot(*traded)));
        QVERIFY(traded->value().tradeId > 0);
        QCOMPARE(h.nftOwner(nft.first, nft.second), buyer);
        QCOMPARE(h.f.sandbox().world().orders.at(order->value().orderId).status, QStringLiteral("filled"));
        UInt256 expected = *UInt256::fromDecimal(sellerBefore.toStdString());
        expected.addInPlace(*UInt256::fromDecimal(kPrice.toStdString()));
        QCOMPARE(h.ethBalance(seller), QString::fromStdString(expected.toDecimal()));
        QCOMPARE(h.prompt.seen.last().kind, ActionKind::CreateTrade);
        QCOMPARE(h.prompt.seen.last().orderId, order->value().orderId);
    }

    void batchOfThreeNfts()
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

        const auto result = h.wait<BatchTransferResult>(
            [&](auto done) { h.provider->batchNftTransfer(items, &h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(whyNot(*result)));
        QCOMPARE(result->value().transferIds.size(), 3);
        for (const auto &[address, id] : nfts)
            QCOMPARE(h.nftOwner(address, id), receiver);
        QCOMPARE(h.transferCount(), transfers + 3);
        QCOMPARE(h.prompt.seen.first().items.size(), 3);
        QCOMPARE(h.journal->entries().first().payloadHashes.size(), 3);

        // Limits: an empty batch and more than 40 items are refused before any request.
        const auto empty = h.wait<BatchTransferResult>(
            [&](auto done) { h.provider->batchNftTransfer({}, &h.context, done); });
        QVERIFY(empty.has_value() && !empty->ok());
        QCOMPARE(empty->error().failure, WalletFailure::InvalidRequest);
    }

    void rejectedOrderSignsNothing()
    {
        ProviderHarness h;
        QVERIFY(h.start());
        h.prompt.approve = false;
        const QString seller = h.user(sandbox::seed::demoEmail).ethAddress;
        const std::size_t orders = h.f.sandbox().world().orders.size();
        const auto order = createOrder(h, sellNft(h.nftsOf(seller, 1).first()));
        QVERIFY(order.has_value());
        QVERIFY(!order->ok());
        QCOMPARE(order->error().type, PassportErrorType::CreateOrderError);
        QCOMPARE(order->error().failure, WalletFailure::UserRejected);
        QCOMPARE(h.f.sandbox().world().orders.size(), orders);
        QVERIFY(h.journal->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImxProviderOrders)
#include "tst_imx_provider_orders.moc"
