// SPDX-License-Identifier: MIT
// MarketModel and MarketPage against the in-process sandbox: other people's active NFT listings
// under QAbstractItemModelTester, exact prices checked against the sandbox's own orders, the
// account's listings left out, errors keep the rows, and Buy asks for the selected order.

#include "UiModelsTestSupport.h"
#include "models/MarketModel.h"
#include "pages/MarketPage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <set>

using namespace stardeck;
using namespace stardeck::ui;
using stardeck::test::UiModelsEnv;

namespace {

constexpr int kWaitMs = 20000;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

//! `text` (a decimal like "0.25") in base units of `decimals`, by string arithmetic alone.
QString toBaseUnits(const QString &text, int decimals)
{
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (fraction.size() > decimals)
        return QStringLiteral("too many decimals");
    fraction = fraction.leftJustified(decimals, u'0');
    QString digits = whole + fraction;
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

//! The sandbox's active ERC721 listings that are not `owner`'s.
std::set<qint64> expectedListings(sandbox::World &world, const QString &owner)
{
    std::set<qint64> ids;
    for (const auto &[id, order] : world.orders) {
        if (order.status == QLatin1String("active") && order.sell.type == QLatin1String("ERC721") &&
            order.user.compare(owner, Qt::CaseInsensitive) != 0)
            ids.insert(id);
    }
    return ids;
}

} // namespace

class TestUiMarket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsOtherPeoplesListingsWithExactPrices()
    {
        UiModelsEnv env;
        MarketModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy finished(&model, &MarketModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!model.isLoading());

        const std::set<qint64> expected = expectedListings(env.world(), env.demo);
        QVERIFY2(!expected.empty(), "the seeded world has other users' listings");
        std::set<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const qint64 id = index.data(MarketModel::OrderIdRole).toLongLong();
            shown.insert(id);
            const sandbox::OrderRecord &order = env.world().orders.at(id);
            QCOMPARE(index.data(MarketModel::SellerRole).toString(), order.user);
            QCOMPARE(index.data(MarketModel::TokenAddressRole).toString().toLower(),
                     order.sell.tokenAddress.toLower());
            QCOMPARE(index.data(MarketModel::TokenIdRole).toString(), order.sell.tokenId);
            QCOMPARE(index.data(MarketModel::CollectionNameRole).toString(),
                     env.world().collections.at(order.sell.tokenAddress.toLower()).name);
            QVERIFY(index.data().toString().endsWith(QLatin1Char('#') + order.sell.tokenId));
            if (order.buy.type == QLatin1String("ETH")) {
                QCOMPARE(index.data(MarketModel::PriceSymbolRole).toString(), QStringLiteral("ETH"));
                QCOMPARE(toBaseUnits(index.data(MarketModel::PriceTextRole).toString(), 18),
                         QString::fromStdString(order.amountBuy.toDecimal()));
            }
            QVERIFY(!model.index(row, MarketModel::PriceColumn).data().toString().isEmpty());
        }
        QCOMPARE(shown, expected);
        // Newest first.
        for (int row = 1; row < model.rowCount(); ++row) {
            const auto &a =
                env.world().orders.at(model.index(row - 1, 0).data(MarketModel::OrderIdRole).toLongLong());
            const auto &b =
                env.world().orders.at(model.index(row, 0).data(MarketModel::OrderIdRole).toLongLong());
            QVERIFY(a.createdAt >= b.createdAt);
        }
    }

    void leavesOutTheAccountsOwnListings()
    {
        UiModelsEnv env;
        qint64 someoneElses = 0;
        QString seller;
        for (const auto &[id, order] : env.world().orders) {
            if (order.status == QLatin1String("active") && order.sell.type == QLatin1String("ERC721") &&
                order.user.compare(env.demo, Qt::CaseInsensitive) != 0) {
                someoneElses = id;
                seller = order.user;
                break;
            }
        }
        QVERIFY(someoneElses > 0);
        // Seen as the seller, that listing is theirs and is not offered.
        MarketModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy finished(&model, &MarketModel::finished);
        model.setOwner(seller);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0).data(MarketModel::OrderIdRole).toLongLong() != someoneElses);
            QVERIFY(model.index(row, 0)
                        .data(MarketModel::SellerRole)
                        .toString()
                        .compare(seller, Qt::CaseInsensitive) != 0);
        }
        QCOMPARE(std::size_t(model.rowCount()), expectedListings(env.world(), seller).size());
    }

    void errorsKeepTheRows()
    {
        UiModelsEnv env;
        MarketModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy finished(&model, &MarketModel::finished);
        QSignalSpy failed(&model, &MarketModel::error);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        const int rows = model.rowCount();
        QVERIFY(rows > 0);
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("imx.orders.list")}, {QStringLiteral("status"), 500}}));
        model.refresh();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.errorText().contains(QStringLiteral("500")));
        QVERIFY(!model.isLoading());
        QVERIFY(env.clearFaults());
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(model.errorText().isEmpty());
    }

    void pageAsksToBuyTheSelectedListing()
    {
        UiModelsEnv env;
        MarketModel model(env.client.get());
        MarketPage page;
        page.setModel(&model);
        page.resize(900, 500);
        page.show();
        auto *buy = page.findChild<QPushButton *>(QStringLiteral("buyButton"));
        QVERIFY(buy);
        QSignalSpy finished(&model, &MarketModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!buy->isEnabled()); // nothing selected
        QSignalSpy asked(&page, &MarketPage::buyRequested);
        page.table()->selectRow(0);
        QVERIFY(buy->isEnabled());
        const qint64 id = page.selectedOrderId();
        QVERIFY(id > 0);
        QCOMPARE(id, model.index(0, 0).data(MarketModel::OrderIdRole).toLongLong());
        QTest::mouseClick(buy, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toLongLong(), id);
        // Search narrows the rows to one collection's token id.
        const QString tokenId = model.index(0, 0).data(MarketModel::TokenIdRole).toString();
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("marketSearchEdit"));
        QVERIFY(search);
        search->setText(QStringLiteral("no such collection anywhere"));
        QCOMPARE(page.table()->model()->rowCount(), 0);
        QVERIFY(!buy->isEnabled());
        search->setText(QLatin1Char('#') + tokenId);
        QVERIFY(page.table()->model()->rowCount() >= 1);
    }
};

QTEST_MAIN(TestUiMarket)
#include "tst_ui_market.moc"
