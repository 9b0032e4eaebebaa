// SPDX-License-Identifier: MIT
// The balances and NFT grid models against the in-process sandbox's demo world: every model under
// QAbstractItemModelTester while it loads, exact amounts, hide-balances, paged streaming without
// resets, images only for rows asked for, filter and search, API errors and deletion mid-load.
#include "UiModelsTestSupport.h"
#include "models/AssetFilterProxyModel.h"
#include "models/AssetGridModel.h"
#include "models/BalancesModel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QListView>
#include <QPixmap>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stardeck;
using namespace stardeck::ui;
using stardeck::test::UiModelsEnv;

namespace {

constexpr int kWaitMs = 30000;
using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

//! The row of `symbol` in a balances model, or -1.
int rowOfSymbol(const BalancesModel &model, const QString &symbol)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(BalancesModel::SymbolRole).toString() == symbol)
            return row;
    }
    return -1;
}

//! The demo user's NFTs in the sandbox world, as "address/id" keys.
QSet<QString> worldNfts(UiModelsEnv &env, const QString &collection = {})
{
    QSet<QString> keys;
    for (const auto &[key, asset] : env.world().assets) {
        if (asset.owner.compare(env.demo, Qt::CaseInsensitive) != 0)
            continue;
        if (!collection.isEmpty() && asset.tokenAddress.compare(collection, Qt::CaseInsensitive) != 0)
            continue;
        keys.insert(asset.tokenAddress.toLower() + QLatin1Char('/') + asset.tokenId);
    }
    return keys;
}

QSet<QString> modelNfts(const QAbstractItemModel &model)
{
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        keys.insert(index.data(AssetGridModel::CollectionAddressRole).toString().toLower() +
                    QLatin1Char('/') + index.data(AssetGridModel::TokenIdRole).toString());
    }
    return keys;
}

bool sameImage(const QVariant &a, const QVariant &b)
{
    return a.value<QPixmap>().toImage() == b.value<QPixmap>().toImage();
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void balancesLoadExactAmounts()
    {
        UiModelsEnv env;
        QVERIFY(!env.demo.isEmpty());
        BalancesModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &BalancesModel::finished);
        QSignalSpy failed(&model, &BalancesModel::error);
        QSignalSpy loading(&model, &BalancesModel::loading);
        model.setOwner(env.demo);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        model.refresh();
        QCOMPARE(loading.count(), 1);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing is shown before the whole answer is there
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(model.errorText().isEmpty());
        QVERIFY(model.lastUpdated() >= before.addSecs(-1));
        QVERIFY(model.lastUpdated() <= QDateTime::currentDateTimeUtc());

        // One row per non-zero token balance of the demo user in the world.
        int held = 0;
        for (const auto &[key, amount] : env.world().balances)
            held += key.first.compare(env.demo, Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(model.rowCount(), held);
        QCOMPARE(model.columnCount(), int(BalancesModel::ColumnCount));

        // The seed: 12.5 ETH, 2,500 USDS, 10,000 DUST (Seed.h), exact decimal text.
        const struct {
            QString symbol;
            QString text;
        } expected[] = {{sandbox::seed::ethSymbol, QStringLiteral("12.5")},
                        {sandbox::seed::stableSymbol, QStringLiteral("2500")},
                        {sandbox::seed::gameSymbol, QStringLiteral("10000")}};
        for (const auto &e : expected) {
            const int row = rowOfSymbol(model, e.symbol);
            QVERIFY2(row >= 0, qPrintable(e.symbol));
            const QModelIndex token = model.index(row, BalancesModel::TokenColumn);
            const QModelIndex balance = model.index(row, BalancesModel::BalanceColumn);
            QCOMPARE(balance.data(Qt::DisplayRole).toString(), e.text);
            QCOMPARE(balance.data(BalancesModel::BalanceTextRole).toString(), e.text);
            QVERIFY(balance.data(Qt::AccessibleTextRole).toString().contains(e.text));
            QVERIFY(balance.data(Qt::ToolTipRole).toString().contains(e.symbol));
            QCOMPARE(token.data(Qt::DisplayRole).toString(), e.symbol);
            const QString address = token.data(BalancesModel::TokenAddressRole).toString();
            const auto record = env.world().tokens.find(address);
            QVERIFY(record != env.world().tokens.end());
            QCOMPARE(token.data(BalancesModel::NameRole).toString(), record->second.name);
            QCOMPARE(token.data(BalancesModel::DecimalsRole).toInt(), record->second.decimals);
            QCOMPARE(token.data(BalancesModel::BalanceBaseUnitsRole).toString(),
                     QString::fromStdString(env.world().balance(env.demo, address).toDecimal()));
            QVERIFY(token.data(Qt::AccessibleTextRole).toString().contains(record->second.name));
            QCOMPARE(model.index(row, BalancesModel::PreparingColumn).data().toString(), QStringLiteral("0"));
            QCOMPARE(model.index(row, BalancesModel::WithdrawableColumn).data().toString(),
                     QStringLiteral("0"));
        }
        QCOMPARE(model.data(model.index(0, BalancesModel::TokenColumn)).toString(), sandbox::seed::ethSymbol);
        QCOMPARE(model.headerData(BalancesModel::BalanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Balance"));

        // A second refresh with the same tokens updates in place (no reset) and stays exact.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(rowOfSymbol(model, sandbox::seed::ethSymbol), BalancesModel::BalanceColumn)
                     .data()
                     .toString(),
                 QStringLiteral("12.5"));
    }

    void balancesIconsArrive()
    {
        UiModelsEnv env;
        BalancesModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &BalancesModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(env.media->startedCount(), 0); // nobody asked for an icon yet
        const QModelIndex eth = model.index(rowOfSymbol(model, sandbox::seed::ethSymbol), 0);
        QVERIFY(!eth.data(BalancesModel::ImageUrlRole).toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QVariant placeholder = eth.data(Qt::DecorationRole); // asks for the (SVG) icon
        QVERIFY(!placeholder.value<QPixmap>().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!sameImage(eth.data(Qt::DecorationRole), placeholder), kWaitMs);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), eth);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DecorationRole));
        const QPixmap icon = eth.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(icon.size(), QSize(32, 32));
        QCOMPARE(env.media->startedCount(), 1);
    }

    void hideBalancesMasks()
    {
        UiModelsEnv env;
        BalancesModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &BalancesModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        const int row = rowOfSymbol(model, sandbox::seed::ethSymbol);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy toggled(&model, &BalancesModel::balancesHiddenChanged);
        model.setBalancesHidden(true);
        QVERIFY(model.balancesHidden());
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(changed.count(), 1);
        for (int column = BalancesModel::BalanceColumn; column < BalancesModel::ColumnCount; ++column) {
            const QModelIndex amount = model.index(row, column);
            QCOMPARE(amount.data().toString(), BalancesModel::mask());
            QVERIFY(!amount.data(Qt::ToolTipRole).toString().contains(QLatin1Char('.')));
            QVERIFY(!amount.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("12.5")));
        }
        QVERIFY(!model.index(row, BalancesModel::BalanceColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("12")));
        // The data is unchanged: raw roles still answer, the token column is not masked.
        QCOMPARE(model.index(row, 0).data(BalancesModel::BalanceTextRole).toString(), QStringLiteral("12.5"));
        QCOMPARE(model.index(row, 0).data().toString(), sandbox::seed::ethSymbol);
        // A refresh while hidden stays masked.
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(model.index(row, BalancesModel::BalanceColumn).data().toString(), BalancesModel::mask());
        model.setBalancesHidden(true); // no change, no signal
        QCOMPARE(toggled.count(), 1);
        model.setBalancesHidden(false);
        QCOMPARE(model.index(row, BalancesModel::BalanceColumn).data().toString(), QStringLiteral("12.5"));
    }

    void balancesErrorsReachTheSignal()
    {
        UiModelsEnv env;
        BalancesModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &BalancesModel::finished);
        QSignalSpy failed(&model, &BalancesModel::error);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        const int rows = model.rowCount();
        const QDateTime updated = model.lastUpdated();

        QVERIFY(env.addFault({{QStringLiteral("route"), QStringLiteral("imx.balances.list")},
                              {QStringLiteral("status"), 500}}));
        model.refresh();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(finished.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("500")), qPrintable(message));
        QCOMPARE(model.errorText(), message);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), rows); // the previous rows stay
        QCOMPARE(model.lastUpdated(), updated);

        // A failing token lookup fails the refresh too (a fresh model has no token details yet).
        QVERIFY(env.clearFaults());
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("imx.tokens.*")}, {QStringLiteral("status"), 503}}));
        BalancesModel fresh(env.client.get(), env.media.get());
        QSignalSpy freshFailed(&fresh, &BalancesModel::error);
        fresh.setOwner(env.demo);
        fresh.refresh();
        QVERIFY(freshFailed.wait(kWaitMs));
        QCOMPARE(fresh.rowCount(), 0);

        // No owner: an error, not a request.
        BalancesModel nobody(env.client.get(), env.media.get());
        QSignalSpy nobodyFailed(&nobody, &BalancesModel::error);
        nobody.refresh();
        QCOMPARE(nobodyFailed.count(), 1);
        QVERIFY(env.clearFaults());
    }

    void assetGridStreamsPages()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        model.setPageSize(25);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy pages(&model, &AssetGridModel::pageLoaded);
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setOwner(env.demo);
        model.reload(); // an empty grid needs no reset
        QVERIFY(model.isLoading());
        QVERIFY(finished.wait(kWaitMs));
        const QSet<QString> expected = worldNfts(env);
        QVERIFY(expected.size() > 50);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(finished.first().first().toInt(), int(expected.size()));
        QCOMPARE(modelNfts(model), expected);
        // Appended page by page: one insert per page of 25, no reset after the reload's own one.
        const int pageCount = (int(expected.size()) + 24) / 25;
        QCOMPARE(inserted.count(), pageCount);
        QCOMPARE(pages.count(), pageCount);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 24);
        QCOMPARE(inserted.at(1).at(1).toInt(), 25);

        // A reload keeps the NFTs shown until the new list is complete (a failed one leaves them:
        // reliability_stale); the same NFTs are then updated in place: no reset, no inserts.
        inserted.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(model.rowCount(), int(expected.size()));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(modelNfts(model), expected);

        // Roles match the world's record.
        const QModelIndex first = model.index(0, 0);
        const auto record =
            env.world().assets.find({first.data(AssetGridModel::CollectionAddressRole).toString(),
                                     first.data(AssetGridModel::TokenIdRole).toString()});
        QVERIFY(record != env.world().assets.end());
        QCOMPARE(first.data(AssetGridModel::NameRole).toString(), record->second.name);
        QCOMPARE(first.data().toString(), record->second.name);
        QCOMPARE(first.data(AssetGridModel::CollectionNameRole).toString(),
                 env.world().collections.at(record->second.tokenAddress).name);
        QCOMPARE(first.data(AssetGridModel::MetadataRole).toJsonObject(), record->second.metadata);
        QCOMPARE(QJsonDocument::fromJson(first.data(AssetGridModel::MetadataJsonRole).toString().toUtf8())
                     .object(),
                 record->second.metadata);
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(record->second.name));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(record->second.tokenId));
        QVERIFY(!model.isLoading());

        // Removing an NFT (sent or sold) takes its row out.
        const QString address = first.data(AssetGridModel::CollectionAddressRole).toString();
        const QString id = first.data(AssetGridModel::TokenIdRole).toString();
        QVERIFY(model.removeAsset(address.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")), id));
        QCOMPARE(model.rowCount(), int(expected.size()) - 1);
        QCOMPARE(model.rowOf(address, id), -1);
        QVERIFY(!model.removeAsset(address, id));

        // A reload that finds other NFTs than those shown replaces them with one reset.
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(modelNfts(model), expected);
    }

    void imagesOnlyForRequestedRows()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get(), QSize(64, 64));
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(model.rowCount() > 20);
        QCOMPARE(env.media->startedCount(), 0); // loading the grid downloads no image

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<int> visible = {0, 1, 2, 7, 11};
        QVariant placeholder;
        for (int row : visible) {
            const QVariant image = model.index(row, 0).data(Qt::DecorationRole);
            QVERIFY(!image.value<QPixmap>().isNull()); // the placeholder, at once
            if (placeholder.isValid())
                QVERIFY(sameImage(image, placeholder));
            placeholder = image;
            QVERIFY(!model.index(row, 0).data(AssetGridModel::ImageLoadedRole).toBool());
        }
        for (int row : visible)
            QTRY_VERIFY_WITH_TIMEOUT(model.index(row, 0).data(AssetGridModel::ImageLoadedRole).toBool(),
                                     kWaitMs);
        QCOMPARE(env.media->startedCount(), visible.size());
        QCOMPARE(changed.count(), visible.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!visible.contains(row))
                QVERIFY(!model.index(row, 0).data(AssetGridModel::ImageLoadedRole).toBool());
        }
        const QPixmap real = model.index(7, 0).data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!real.isNull());
        QVERIFY(real.width() <= 64 && real.height() <= 64);
        QVERIFY(!sameImage(QVariant(real), placeholder));
        // Asking again is served from the cache: nothing new is downloaded.
        (void)model.index(0, 0).data(Qt::DecorationRole);
        QTest::qWait(50);
        QCOMPARE(env.media->startedCount(), visible.size());
    }

    void listViewLoadsOnlyVisibleImages()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get(), QSize(64, 64));
        QListView view;
        view.setViewMode(QListView::IconMode);
        view.setUniformItemSizes(true); // required: see AssetGridModel
        view.setIconSize(QSize(64, 64));
        view.setGridSize(QSize(100, 100));
        model.setItemSizeHint(QSize(96, 96)); // measuring items must not fetch images
        view.setResizeMode(QListView::Adjust);
        view.resize(420, 320);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(model.rowCount() > 100);

        auto visibleRows = [&] {
            QSet<int> rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (view.visualRect(model.index(row, 0)).intersects(view.viewport()->rect()))
                    rows.insert(row);
            }
            return rows;
        };
        auto loadedRows = [&] {
            QSet<int> rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(AssetGridModel::ImageLoadedRole).toBool())
                    rows.insert(row);
            }
            return rows;
        };
        const QSet<int> firstScreen = visibleRows();
        QVERIFY(!firstScreen.isEmpty() && firstScreen.size() < 40);
        // The view paints the visible rows: their images arrive, and only theirs are downloaded.
        QTRY_VERIFY_WITH_TIMEOUT(loadedRows().contains(firstScreen), kWaitMs);
        QCOMPARE(loadedRows(), firstScreen);
        QCOMPARE(env.media->startedCount(), firstScreen.size());

        view.scrollToBottom();
        const QSet<int> lastScreen = visibleRows();
        QVERIFY(!lastScreen.intersects(firstScreen));
        QTRY_VERIFY_WITH_TIMEOUT(loadedRows().contains(lastScreen), kWaitMs);
        QCOMPARE(loadedRows(), firstScreen + lastScreen);
        QCOMPARE(env.media->startedCount(), firstScreen.size() + lastScreen.size());
    }

    void privacySwitchAndRetry()
    {
        UiModelsEnv env;
        media::MediaConfig config;
        config.allowThirdParty = false; // the sandbox's image host is not first-party here
        media::MediaLoader loader(config);
        AssetGridModel model(env.client.get(), &loader);
        Tester tester(&model, kQtTest);
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        const QModelIndex first = model.index(0, 0);
        QVERIFY(!first.data(Qt::DecorationRole).value<QPixmap>().isNull()); // the placeholder
        QTest::qWait(100);
        QVERIFY(!first.data(AssetGridModel::ImageLoadedRole).toBool());
        QCOMPARE(loader.startedCount(), 0); // refused without contacting the host

        loader.setAllowThirdParty(true);
        (void)first.data(Qt::DecorationRole); // a remembered failure is not retried by itself
        QTest::qWait(100);
        QCOMPARE(loader.startedCount(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retryImages();
        QCOMPARE(changed.count(), 1); // views repaint and ask again
        (void)first.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(first.data(AssetGridModel::ImageLoadedRole).toBool(), kWaitMs);
        QCOMPARE(loader.startedCount(), 1);
    }

    void filterAndSearch()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get());
        AssetFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        Tester sourceTester(&model, kQtTest);
        Tester proxyTester(&proxy, kQtTest);
        // A collection filter set before loading applies to rows as they stream in.
        const QString collection = std::next(env.world().collections.begin())->first;
        proxy.setCollectionFilter(collection.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")));
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setPageSize(40);
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        const QSet<QString> inCollection = worldNfts(env, collection);
        QVERIFY(!inCollection.isEmpty());
        QCOMPARE(modelNfts(proxy), inCollection);

        // Case-insensitive search by name, over every collection.
        proxy.setCollectionFilter(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QString name;
        for (const auto &[key, asset] : env.world().assets) {
            if (asset.owner.compare(env.demo, Qt::CaseInsensitive) == 0 && asset.name.size() > 6) {
                name = asset.name;
                break;
            }
        }
        QVERIFY(!name.isEmpty());
        const QString needle = name.mid(1, 4);
        int expected = 0;
        for (const auto &[key, asset] : env.world().assets) {
            if (asset.owner.compare(env.demo, Qt::CaseInsensitive) == 0 &&
                asset.name.contains(needle, Qt::CaseInsensitive))
                ++expected;
        }
        proxy.setSearchText(QStringLiteral("  ") + needle.toUpper() + QStringLiteral(" "));
        QCOMPARE(proxy.rowCount(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0)
                        .data(AssetGridModel::NameRole)
                        .toString()
                        .contains(needle, Qt::CaseInsensitive));
        // Both filters together.
        proxy.setCollectionFilter(collection);
        int both = 0;
        for (const auto &[key, asset] : env.world().assets) {
            if (asset.owner.compare(env.demo, Qt::CaseInsensitive) == 0 &&
                asset.tokenAddress.compare(collection, Qt::CaseInsensitive) == 0 &&
                asset.name.contains(needle, Qt::CaseInsensitive))
                ++both;
        }
        QCOMPARE(proxy.rowCount(), both);
        proxy.setSearchText(QStringLiteral("no such nft name anywhere"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        proxy.setCollectionFilter(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void assetGridErrors()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get());
        Tester tester(&model, kQtTest);
        QSignalSpy failed(&model, &AssetGridModel::error);
        QSignalSpy finished(&model, &AssetGridModel::finished);
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("imx.assets.list")}, {QStringLiteral("status"), 500}}));
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.errorText(), failed.first().first().toString());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        // Once the API is back, a reload fills the grid.
        QVERIFY(env.clearFaults());
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(model.rowCount(), int(worldNfts(env).size()));
        QVERIFY(model.errorText().isEmpty());
    }

    void deletedWhileLoading()
    {
        UiModelsEnv env;
        // Slow answers keep requests in flight while the models die.
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("*")}, {QStringLiteral("latency_ms"), 150}}));
        {
            auto balances = std::make_unique<BalancesModel>(env.client.get(), env.media.get());
            balances->setOwner(env.demo);
            balances->refresh();
            auto grid = std::make_unique<AssetGridModel>(env.client.get(), env.media.get());
            grid->setOwner(env.demo);
            grid->setPageSize(20);
            grid->reload();
            QSignalSpy pages(grid.get(), &AssetGridModel::pageLoaded);
            QVERIFY(pages.wait(kWaitMs));                     // mid-stream
            (void)grid->index(0, 0).data(Qt::DecorationRole); // an image on its way too
            balances.reset();
            grid.reset();
        }
        QTest::qWait(600); // late answers arrive to nobody
        QCOMPARE(env.media->pendingCount(), 0);

        // A refresh replacing a running one: only the newest finishes. (Without the latency: the
        // sandbox drops every delayed answer once any connection closed, see SandboxServer.cpp.)
        QVERIFY(env.clearFaults());
        BalancesModel model(env.client.get(), env.media.get());
        QSignalSpy finished(&model, &BalancesModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QTest::qWait(400);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!model.isLoading());
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
