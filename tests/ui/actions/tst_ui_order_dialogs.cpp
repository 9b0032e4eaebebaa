// SPDX-License-Identifier: MIT
// SellDialog, CancelOrderDialog and BuyDialog offscreen against the in-process sandbox: listing an
// NFT for 0.05 ETH makes an active order of exactly that price, cancelling it marks it cancelled,
// and buying another user's seeded listing moves the NFT to the demo user. The Exchange transfer
// dialog is validated as typed and pictured.
#include "ActionsTestSupport.h"
#include "actions/AddressField.h"
#include "actions/BuyDialog.h"
#include "actions/CancelOrderDialog.h"
#include "actions/ExchangeTransferDialog.h"
#include "actions/SellDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::ui;

class TestOrderDialogs : public QObject {
    Q_OBJECT

    std::unique_ptr<ProviderHarness> m_h;
    QString m_demo;

    ActionServices services() { return {m_h->provider.get(), &m_h->client, nullptr}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = std::make_unique<ProviderHarness>();
        QVERIFY(m_h->start());
        approveLikeAUser(*m_h);
        m_demo = m_h->user(sandbox::seed::demoEmail).ethAddress;
    }

    void sellThenCancel()
    {
        const auto nft = m_h->nftsOf(m_demo, 1).first();
        SellDialog sell(services(), {nft.first, nft.second, QStringLiteral("Test NFT")});
        sell.show();
        QTRY_VERIFY_WITH_TIMEOUT(sell.isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(sell.currencyCombo(), QStringLiteral("ETH")));
        QTest::keyClicks(sell.priceEdit(), QStringLiteral("0.0500000000000000001"));
        QVERIFY(sell.validationText().contains(QStringLiteral("at most 18 decimals")));
        QVERIFY(!sell.okButton()->isEnabled());
        sell.priceEdit()->setText(QStringLiteral("0.05"));
        QVERIFY(sell.okButton()->isEnabled());
        grabPng(&sell, QStringLiteral("sell"));
        const auto listed = runDialog(sell);
        QVERIFY(listed.has_value());
        QVERIFY2(*listed, qPrintable(sell.statusText()));

        qint64 orderId = 0;
        for (const auto &[id, order] : m_h->f.sandbox().world().orders)
            if (order.user == m_demo && order.sell.tokenId == nft.second &&
                order.sell.tokenAddress == nft.first && order.status == QLatin1String("active"))
                orderId = id;
        QVERIFY(orderId > 0);
        const sandbox::OrderRecord &order = m_h->f.sandbox().world().orders.at(orderId);
        QCOMPARE(QString::fromStdString(order.amountBuy.toDecimal()), QStringLiteral("50000000000000000"));
        QCOMPARE(order.buy.type, QStringLiteral("ETH"));
        QVERIFY(sell.statusText().contains(QString::number(orderId)));

        CancelOrderDialog cancel(services(), orderId);
        cancel.show();
        QTRY_VERIFY_WITH_TIMEOUT(cancel.isLoaded(), kProviderWaitMs);
        QVERIFY2(cancel.detailsText().contains(QStringLiteral("0.05 ETH")), qPrintable(cancel.detailsText()));
        QVERIFY(cancel.detailsText().contains(nft.second));
        grabPng(&cancel, QStringLiteral("cancel"));
        const auto cancelled = runDialog(cancel);
        QVERIFY(cancelled.has_value());
        QVERIFY2(*cancelled, qPrintable(cancel.statusText()));
        QCOMPARE(m_h->f.sandbox().world().orders.at(orderId).status, QStringLiteral("cancelled"));

        // A cancelled order offers nothing more.
        CancelOrderDialog again(services(), orderId);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), kProviderWaitMs);
        QVERIFY(!again.okButton()->isEnabled());
        QVERIFY(again.validationText().contains(QStringLiteral("cancelled")));
    }

    void sellInUsdsWithExpiry()
    {
        const auto nfts = m_h->nftsOf(m_demo, 3);
        const auto nft = nfts.last();
        SellDialog sell(services(), {nft.first, nft.second, {}});
        sell.show();
        QTRY_VERIFY_WITH_TIMEOUT(sell.isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(sell.currencyCombo(), QStringLiteral("USDS")));
        QTest::keyClicks(sell.priceEdit(), QStringLiteral("12.5"));
        QVERIFY(sell.okButton()->isEnabled());
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(3);
        sell.expiryCheck()->setChecked(true);
        sell.expiryEdit()->setDateTime(expiry.toLocalTime());
        const auto listed = runDialog(sell);
        QVERIFY(listed.has_value());
        QVERIFY2(*listed, qPrintable(sell.statusText()));
        const sandbox::OrderRecord *order = nullptr;
        for (const auto &[id, record] : m_h->f.sandbox().world().orders)
            if (record.user == m_demo && record.sell.tokenId == nft.second &&
                record.sell.tokenAddress == nft.first && record.status == QLatin1String("active"))
                order = &record;
        QVERIFY(order);
        QCOMPARE(order->buy.type, QStringLiteral("ERC20"));
        QCOMPARE(QString::fromStdString(order->amountBuy.toDecimal()),
                 QStringLiteral("12500000")); // 6 decimals
        // StarkEx expirations are whole hours: the order ends within the hour after the chosen time.
        const qint64 chosenHours = expiry.toSecsSinceEpoch() / 3600;
        QVERIFY2(order->expirationHours >= chosenHours && order->expirationHours <= chosenHours + 1,
                 qPrintable(QString::number(order->expirationHours - chosenHours)));
    }

    void guardianNotConfirmedIsShown()
    {
        const auto nft = m_h->nftsOf(m_demo, 4).last();
        const auto handler = m_h->prompt.handler;
        m_h->prompt.handler = nullptr; // approves, but never completes Guardian's confirmation
        const std::size_t ordersBefore = m_h->f.sandbox().world().orders.size();
        SellDialog sell(services(), {nft.first, nft.second, {}});
        sell.show();
        QTRY_VERIFY_WITH_TIMEOUT(sell.isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(sell.currencyCombo(), QStringLiteral("ETH")));
        QTest::keyClicks(sell.priceEdit(), QStringLiteral("0.5"));
        const auto listed = runDialog(sell);
        m_h->prompt.handler = handler;
        QVERIFY(listed.has_value());
        QVERIFY(!*listed);
        QVERIFY2(sell.statusText().startsWith(QStringLiteral("Refused: Immutable's Guardian")),
                 qPrintable(sell.statusText()));
        grabPng(&sell, QStringLiteral("sell_guardian_refused"));
        QCOMPARE(m_h->f.sandbox().world().orders.size(), ordersBefore); // nothing was listed
    }

    void buysAnotherUsersListing()
    {
        const UInt256 balance = m_h->f.sandbox().world().balance(m_demo, QString());
        qint64 orderId = 0;
        sandbox::OrderRecord listing;
        for (const auto &[id, order] : m_h->f.sandbox().world().orders) {
            if (order.status == QLatin1String("active") && order.user != m_demo &&
                order.sell.type == QLatin1String("ERC721") && order.buy.type == QLatin1String("ETH") &&
                order.fees.isEmpty() && order.amountBuy <= balance) {
                orderId = id;
                listing = order;
                break;
            }
        }
        QVERIFY2(orderId > 0, "the demo seed has an active ETH listing of another user");
        BuyDialog buy(services(), orderId);
        buy.show();
        QTRY_VERIFY_WITH_TIMEOUT(buy.isLoaded(), kProviderWaitMs);
        QVERIFY(buy.detailsText().contains(QStringLiteral("You get: NFT #%1").arg(listing.sell.tokenId)));
        QVERIFY2(buy.detailsText().contains(QStringLiteral("You pay: ")), qPrintable(buy.detailsText()));
        grabPng(&buy, QStringLiteral("buy"));
        const auto bought = runDialog(buy);
        QVERIFY(bought.has_value());
        QVERIFY2(*bought, qPrintable(buy.statusText()));
        QCOMPARE(m_h->nftOwner(listing.sell.tokenAddress, listing.sell.tokenId), m_demo);
        QCOMPARE(m_h->f.sandbox().world().orders.at(orderId).status, QStringLiteral("filled"));
        QCOMPARE(m_h->prompt.seen.last().kind, wallet::ActionKind::CreateTrade);

        // The user's own listings cannot be bought.
        qint64 own = 0;
        for (const auto &[id, order] : m_h->f.sandbox().world().orders)
            if (order.user == m_demo && order.status == QLatin1String("active"))
                own = id;
        QVERIFY2(own > 0, "the demo seed lists some of the demo user's NFTs");
        BuyDialog mine(services(), own);
        mine.show();
        QTRY_VERIFY_WITH_TIMEOUT(mine.isLoaded(), kProviderWaitMs);
        QVERIFY(!mine.okButton()->isEnabled());
        QVERIFY(mine.validationText().contains(QStringLiteral("your own")));
    }

    void exchangeTransferValidatesAsTyped()
    {
        ExchangeTransferDialog dialog(services());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(dialog.tokenCombo(), QStringLiteral("USDS")));
        QTest::keyClicks(dialog.exchangeIdEdit(), QStringLiteral("abc"));
        QCOMPARE(dialog.exchangeIdEdit()->text(), QString()); // digits only
        QTest::keyClicks(dialog.exchangeIdEdit(), QStringLiteral("1"));
        QTest::keyClicks(dialog.receiverField()->lineEdit(),
                         QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        QVERIFY(dialog.validationText().contains(QStringLiteral("EIP-55")));
        dialog.receiverField()->lineEdit()->setText(
            m_h->user(QStringLiteral("alice@stardeck.test")).ethAddress);
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("10.0000001"));
        QVERIFY(dialog.validationText().contains(QStringLiteral("at most 6 decimals")));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.amountEdit()->setText(QStringLiteral("10"));
        QVERIFY(dialog.okButton()->isEnabled());
        grabPng(&dialog, QStringLiteral("exchange_transfer"));
    }

    void exchangeTransferOffersOpenExchanges()
    {
        // The sandbox's open off-ramp of the demo account, as the sandbox holds it.
        qint64 openId = 0;
        QString provider;
        for (const auto &[id, x] : m_h->f.sandbox().world().exchanges) {
            if (x.walletAddress.compare(m_demo, Qt::CaseInsensitive) == 0 &&
                x.type == QLatin1String("offramp") && x.status == QLatin1String("pending"))
                openId = id;
            if (openId == id)
                provider = x.data.value(QStringLiteral("provider_wallet_address")).toString();
        }
        QVERIFY(openId > 0);
        QVERIFY(!provider.isEmpty());
        ExchangeTransferDialog dialog(services());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded() && dialog.exchangesLoaded(), kProviderWaitMs);
        QComboBox *open = dialog.openExchangesCombo();
        QVERIFY(open->isEnabled());
        int index = -1;
        for (int i = 0; i < open->count(); ++i) {
            if (open->itemData(i).toLongLong() == openId)
                index = i;
            else
                QCOMPARE(open->itemData(i).toLongLong(),
                         0); // completed and on-ramp exchanges are not offered
        }
        QVERIFY(index > 0);
        open->setCurrentIndex(index);
        Q_EMIT open->activated(index);
        QCOMPARE(dialog.exchangeIdEdit()->text(), QString::number(openId));
        QCOMPARE(dialog.receiverField()->lineEdit()->text().toLower(), provider.toLower());
        QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("0.05"));
        QVERIFY(dialog.tokenCombo()->currentText().startsWith(QStringLiteral("ETH")));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationText()));
        // Paying the exchange anywhere but its provider's address is refused.
        dialog.receiverField()->lineEdit()->setText(
            m_h->user(QStringLiteral("alice@stardeck.test")).ethAddress);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.validationText().contains(QStringLiteral("not to this receiver")));
        // An id that is not one of the open exchanges gets a note.
        dialog.exchangeIdEdit()->setText(QString::number(openId + 1000));
        QVERIFY(dialog.validationText().contains(QStringLiteral("not one of your open exchanges")));
    }

    void exchangeTransferCompletesAnExchange()
    {
        const HttpResult created = m_h->f.postJson(QStringLiteral("/imx/v3/exchanges"),
                                                   {{QStringLiteral("wallet_address"), m_demo},
                                                    {QStringLiteral("provider"), QStringLiteral("moonpay")},
                                                    {QStringLiteral("type"), QStringLiteral("offramp")}});
        QCOMPARE(created.status, 200);
        const qint64 exchangeId = created.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(exchangeId > 0);
        const QString receiver = m_h->user(QStringLiteral("alice@stardeck.test")).ethAddress;
        const UInt256 before = m_h->f.sandbox().world().balance(receiver, QString());

        ExchangeTransferDialog dialog(services(), exchangeId);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kProviderWaitMs);
        QVERIFY(selectStartingWith(dialog.tokenCombo(), QStringLiteral("ETH")));
        QTest::keyClicks(dialog.receiverField()->lineEdit(), receiver);
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("0.01"));
        const auto ok = runDialog(dialog);
        QVERIFY(ok.has_value());
        QVERIFY2(*ok, qPrintable(dialog.statusText()));
        const sandbox::ExchangeRecord &exchange = m_h->f.sandbox().world().exchanges.at(exchangeId);
        QVERIFY(!exchange.data.value(QStringLiteral("transfer_id")).toString().isEmpty());
        QVERIFY(dialog.statusText().contains(exchange.data.value(QStringLiteral("transfer_id")).toString()));
        UInt256 expected = before;
        expected.addInPlace(*UInt256::fromDecimal("10000000000000000"));
        QCOMPARE(m_h->f.sandbox().world().balance(receiver, QString()), expected);
        QCOMPARE(m_h->prompt.seen.last().kind, wallet::ActionKind::ExchangeTransfer);
        QCOMPARE(m_h->prompt.seen.last().exchangeId, exchangeId);
    }

    void cleanupTestCase() { m_h.reset(); }
};

QTEST_MAIN(TestOrderDialogs)
#include "tst_ui_order_dialogs.moc"
