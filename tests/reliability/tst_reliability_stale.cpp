// SPDX-License-Identifier: MIT
// F1 (malformed API JSON) and F3 (5xx on reads beyond the retry limit) on the desktop app's data
// pages: Overview (balances), Assets (NFT grid), Activity and Market. Each page loads from the
// in-process sandbox; then the sandbox's fault injection breaks every read and the page's own
// Refresh button is clicked. The rows of the good load must stay exactly as they were (never
// cleared, never a 0 balance), the status line must say the data is out of date, give the time it
// was loaded and name the error, and the button must offer a retry; once the fault is switched off,
// that retry must bring fresh data and end the stale marking.

#include "models/ActivityModel.h"
#include "models/AssetGridModel.h"
#include "models/BalancesModel.h"
#include "models/MarketModel.h"
#include "pages/ActivityPage.h"
#include "pages/AssetsPage.h"
#include "pages/MarketPage.h"
#include "pages/OverviewPage.h"
#include "pages/RefreshStatus.h"
#include "ui/UiModelsTestSupport.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <functional>
#include <memory>

using namespace stardeck;
using namespace stardeck::ui;
using stardeck::test::UiModelsEnv;

namespace {

constexpr int kWaitMs = 20000;

//! One data page over its model, seen the way the test needs it.
struct PageUnderTest {
    std::unique_ptr<QObject> model;
    std::unique_ptr<QWidget> page;
    QAbstractItemModel *items = nullptr; //!< the model's rows
    std::function<bool()> loading;       //!< the model is refreshing
    std::function<QString()> error;      //!< the model's error text
    std::function<QDateTime()> lastGood; //!< the model's last good refresh
    QString statusName;                  //!< object name of the status line
    QString buttonName;                  //!< object name of the Refresh button
    QList<int> roles{Qt::DisplayRole};   //!< what a row snapshot holds
};

//! Builds page `name` over `env`, with its model set to the demo account.
PageUnderTest makePage(const QString &name, UiModelsEnv &env)
{
    PageUnderTest p;
    if (name == QLatin1String("overview")) {
        auto *model = new BalancesModel(env.client.get(), env.media.get());
        auto *page = new OverviewPage;
        page->setModel(model);
        model->setOwner(env.demo);
        p.model.reset(model);
        p.page.reset(page);
        p.items = model;
        p.loading = [model] { return model->isLoading(); };
        p.error = [model] { return model->errorText(); };
        p.lastGood = [model] { return model->lastUpdated(); };
        p.statusName = QStringLiteral("balancesStatusLabel");
        p.buttonName = QStringLiteral("refreshBalancesButton");
        p.roles = {Qt::DisplayRole, BalancesModel::BalanceBaseUnitsRole};
    } else if (name == QLatin1String("assets")) {
        auto *model = new AssetGridModel(env.client.get(), env.media.get());
        auto *page = new AssetsPage;
        page->setModel(model);
        model->setOwner(env.demo);
        p.model.reset(model);
        p.page.reset(page);
        p.items = model;
        p.loading = [model] { return model->isLoading(); };
        p.error = [model] { return model->errorText(); };
        p.lastGood = [model] { return model->lastUpdated(); };
        p.statusName = QStringLiteral("assetsStatusLabel");
        p.buttonName = QStringLiteral("refreshAssetsButton");
        p.roles = {AssetGridModel::CollectionAddressRole, AssetGridModel::TokenIdRole,
                   AssetGridModel::NameRole};
    } else if (name == QLatin1String("activity")) {
        auto *model = new ActivityModel(env.client.get());
        auto *page = new ActivityPage;
        page->setModel(model);
        model->setOwner(env.demo);
        p.model.reset(model);
        p.page.reset(page);
        p.items = model;
        p.loading = [model] { return model->isLoading(); };
        p.error = [model] { return model->errorText(); };
        p.lastGood = [model] { return model->lastUpdated(); };
        p.statusName = QStringLiteral("activityStatusLabel");
        p.buttonName = QStringLiteral("refreshActivityButton");
    } else {
        auto *model = new MarketModel(env.client.get());
        auto *page = new MarketPage;
        page->setModel(model);
        model->setOwner(env.demo);
        p.model.reset(model);
        p.page.reset(page);
        p.items = model;
        p.loading = [model] { return model->isLoading(); };
        p.error = [model] { return model->errorText(); };
        p.lastGood = [model] { return model->lastUpdated(); };
        p.statusName = QStringLiteral("marketStatusLabel");
        p.buttonName = QStringLiteral("refreshMarketButton");
    }
    return p; // `page` is declared after `model`: it is destroyed first
}

//! Every row and column of `model` in `roles`, as text: equal snapshots mean unchanged rows.
QStringList snapshot(const QAbstractItemModel *model, const QList<int> &roles)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : roles)
                cells << model->index(row, column).data(role).toString();
        }
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestReliabilityStale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failedRefreshKeepsRowsAndSaysSo_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("fault");
        for (const char *page : {"overview", "assets", "activity", "market"}) {
            QTest::addRow("%s F1 malformed", page)
                << QString::fromLatin1(page) << QStringLiteral("malformed");
            QTest::addRow("%s F3 503", page) << QString::fromLatin1(page) << QStringLiteral("503");
        }
    }

    void failedRefreshKeepsRowsAndSaysSo()
    {
        QFETCH(QString, page);
        QFETCH(QString, fault);
        UiModelsEnv env;
        PageUnderTest p = makePage(page, env);
        p.page->resize(1000, 700);
        p.page->show();
        auto *status = p.page->findChild<QLabel *>(p.statusName);
        auto *button = p.page->findChild<QPushButton *>(p.buttonName);
        QVERIFY(status && button);
        const QString refreshText = button->text();

        // 1. A good load, started by the page's own button.
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p.loading(), kWaitMs);
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QVERIFY(p.items->rowCount() > 0);
        const QDateTime loadedAt = p.lastGood();
        QVERIFY(loadedAt.isValid());
        const QStringList good = snapshot(p.items, p.roles);
        QVERIFY(!status->property(RefreshStatus::kStaleProperty).toBool());
        QVERIFY(!status->text().contains(QLatin1String("Out of date")));
        const QColor normalColour = status->palette().color(QPalette::WindowText);

        // 2. Every read fails: a malformed body (F1), or 503 on every attempt (F3; beyond the
        //    client's retry limit).
        QJsonObject rule{{QStringLiteral("route"), QStringLiteral("imx.*")},
                         {QStringLiteral("methods"), QStringLiteral("read")}};
        if (fault == QLatin1String("malformed"))
            rule.insert(QStringLiteral("body"), QStringLiteral("malformed"));
        else
            rule.insert(QStringLiteral("status"), 503);
        QVERIFY(env.addFault(rule));
        // Meanwhile the demo account's ETH balance changes on the server (seen only after a retry).
        const std::pair<QString, QString> ethKey{env.demo.toLower(), QString()};
        const QString changedEth = QStringLiteral("123450000000000000000");
        if (page == QLatin1String("overview")) {
            QVERIFY(env.world().balances.count(ethKey) == 1);
            env.world().balances[ethKey] = *crypto::UInt256::fromDecimal(changedEth.toStdString());
        }
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p.loading(), kWaitMs);
        QVERIFY(!p.error().isEmpty());

        // The rows of the good load, unchanged (never cleared, never a 0 balance).
        QCOMPARE(snapshot(p.items, p.roles), good);
        QCOMPARE(p.lastGood(), loadedAt);
        // A visible stale marker with the time of the last good data, and the error named.
        QVERIFY(status->isVisible());
        QVERIFY(status->property(RefreshStatus::kStaleProperty).toBool());
        const QString text = status->text();
        QVERIFY2(text.contains(QLatin1String("Out of date")), qPrintable(text));
        QVERIFY2(text.contains(RefreshStatus::timeText(loadedAt)), qPrintable(text));
        QVERIFY2(text.contains(p.error()), qPrintable(text));
        if (fault == QLatin1String("malformed"))
            QVERIFY2(text.contains(QLatin1String("does not understand")), qPrintable(text));
        else
            QVERIFY2(text.contains(QLatin1String("HTTP 503")), qPrintable(text));
        QVERIFY(status->palette().color(QPalette::WindowText) != normalColour);
        QVERIFY(!status->accessibleDescription().isEmpty());
        if (qEnvironmentVariableIsSet("STARDECK_STALE_PNG")) // pictures to look at
            p.page->grab().save(QStringLiteral("stale_%1_%2.png").arg(page, fault));
        // The button offers a retry.
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text().remove(u'&'), QStringLiteral("Retry"));

        // 3. The server is back: the retry brings fresh data and ends the marking.
        QVERIFY(env.clearFaults());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p.loading(), kWaitMs);
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QVERIFY(p.lastGood() > loadedAt);
        if (page == QLatin1String("overview")) {
            // The fresh balance, as the sandbox now has it.
            const QModelIndex eth = p.items->index(0, BalancesModel::BalanceColumn);
            QCOMPARE(eth.data(BalancesModel::TokenAddressRole).toString(), QString());
            QCOMPARE(eth.data(BalancesModel::BalanceBaseUnitsRole).toString(), changedEth);
            QVERIFY(snapshot(p.items, p.roles) != good);
        } else {
            QCOMPARE(snapshot(p.items, p.roles), good); // the sandbox's data did not change
        }
        QVERIFY(!status->property(RefreshStatus::kStaleProperty).toBool());
        QVERIFY2(!status->text().contains(QLatin1String("Out of date")), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QLatin1String("Could not")), qPrintable(status->text()));
        QCOMPARE(status->palette().color(QPalette::WindowText), normalColour);
        QCOMPARE(button->text(), refreshText);
        p.page.reset();
    }
};

QTEST_MAIN(TestReliabilityStale)
#include "tst_reliability_stale.moc"
