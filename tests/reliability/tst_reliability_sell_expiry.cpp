// SPDX-License-Identifier: MIT
// F10 in the Sell dialog against the in-process sandbox: "Ends on" stops at the provider's expiration
// policy window (366 days by default, ProviderServices::expirationWindowHours when set), a later date
// is clamped to it, and a listing that ends at the limit is accepted by the sandbox with exactly that
// expiration (hours, rounded down).
#include "actions/SellDialog.h"
#include "ui/actions/ActionsTestSupport.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::ui;

class TestReliabilitySellExpiry : public QObject {
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

    void endsOnStopsAtTheWindow()
    {
        const auto nft = m_h->nftsOf(m_demo, 1).first();
        const QDateTime limit = QDateTime::currentDateTime().addDays(366);
        SellDialog sell(services(), {nft.first, nft.second, {}});
        sell.show();
        QTRY_VERIFY_WITH_TIMEOUT(sell.isLoaded(), kProviderWaitMs);
        QVERIFY(qAbs(sell.expiryEdit()->maximumDateTime().secsTo(limit)) < 120);
        sell.expiryCheck()->setChecked(true);
        sell.expiryEdit()->setDateTime(limit.addDays(30)); // clamped
        QVERIFY(sell.expiryEdit()->dateTime() <= sell.expiryEdit()->maximumDateTime());
        QVERIFY(qAbs(sell.expiryEdit()->dateTime().secsTo(limit)) < 120);

        // A listing that ends at the limit goes through with that expiration.
        QVERIFY(selectStartingWith(sell.currencyCombo(), QStringLiteral("ETH")));
        QTest::keyClicks(sell.priceEdit(), QStringLiteral("0.05"));
        QVERIFY2(sell.okButton()->isEnabled(), qPrintable(sell.validationText()));
        const qint64 wantedHours = sell.expiryEdit()->dateTime().toSecsSinceEpoch() / 3600;
        const auto listed = runDialog(sell);
        QVERIFY(listed.has_value());
        QVERIFY2(*listed, qPrintable(sell.statusText()));
        bool found = false;
        for (const auto &[id, order] : m_h->f.sandbox().world().orders) {
            if (order.user == m_demo && order.sell.tokenId == nft.second &&
                order.status == QLatin1String("active")) {
                QCOMPARE(order.expirationHours, wantedHours);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void narrowerWindowNarrowsTheDialog()
    {
        auto account = m_h->accountFor(sandbox::seed::demoEmail);
        QVERIFY(account);
        wallet::ProviderServices narrow = m_h->services();
        narrow.expirationWindowHours = 30 * 24;
        wallet::ImxProvider provider(narrow, std::move(*account));
        const auto nft = m_h->nftsOf(m_demo, 2).last();
        SellDialog sell({&provider, &m_h->client, nullptr}, {nft.first, nft.second, {}});
        const QDateTime limit = QDateTime::currentDateTime().addDays(30);
        QVERIFY(qAbs(sell.expiryEdit()->maximumDateTime().secsTo(limit)) < 120);
    }
};

QTEST_MAIN(TestReliabilitySellExpiry)
#include "tst_reliability_sell_expiry.moc"
