// SPDX-License-Identifier: MIT
// The Assets page over the sandbox's NFTs: the detail pane lists the selected NFT's metadata as
// properties (as the sandbox holds them), and selecting several NFTs asks to send them together
// while Sell and Cancel listing, which act on one NFT, are off.

#include "UiModelsTestSupport.h"
#include "models/AssetGridModel.h"
#include "pages/AssetsPage.h"

#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace stardeck;
using namespace stardeck::ui;
using stardeck::test::UiModelsEnv;

namespace {
constexpr int kWaitMs = 20000;
}

class TestUiAssetsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detailsAndSendingSeveral()
    {
        UiModelsEnv env;
        AssetGridModel model(env.client.get(), env.media.get());
        AssetsPage page;
        page.setModel(&model);
        page.setActionsAvailable(true);
        page.resize(1000, 700);
        page.show();
        QSignalSpy finished(&model, &AssetGridModel::finished);
        model.setOwner(env.demo);
        model.reload();
        QVERIFY(finished.wait(kWaitMs));
        QListView *view = page.view();
        QVERIFY(view->model()->rowCount() >= 2);

        // One NFT: its metadata, property by property, as the sandbox has it.
        const QModelIndex first = view->model()->index(0, 0);
        view->setCurrentIndex(first);
        const sandbox::AssetRecord &asset =
            env.world().assets.at({first.data(AssetGridModel::CollectionAddressRole).toString(),
                                   first.data(AssetGridModel::TokenIdRole).toString()});
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("assetMetadata"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(asset.metadata.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString key = table->item(row, 0)->text();
            QVERIFY2(asset.metadata.contains(key), qPrintable(key));
            const QJsonValue value = asset.metadata.value(key);
            if (value.isString())
                QCOMPARE(table->item(row, 1)->text(), value.toString());
        }
        auto *send = page.findChild<QPushButton *>(QStringLiteral("sendAssetButton"));
        auto *sell = page.findChild<QPushButton *>(QStringLiteral("sellAssetButton"));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelListingButton"));
        QVERIFY(send && sell && cancel);
        QVERIFY(send->isEnabled() && sell->isEnabled() && cancel->isEnabled());
        QSignalSpy one(&page, &AssetsPage::sendRequested);
        send->click();
        QCOMPARE(one.count(), 1);
        QCOMPARE(one.first().at(1).toString(), first.data(AssetGridModel::TokenIdRole).toString());

        // Two NFTs: one batch; Sell and Cancel listing are for one NFT only.
        const QModelIndex second = view->model()->index(1, 0);
        view->selectionModel()->select(second, QItemSelectionModel::Select);
        QCOMPARE(view->selectionModel()->selectedIndexes().size(), 2);
        QVERIFY(send->isEnabled());
        QVERIFY(!sell->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(table->rowCount(), 0);
        QSignalSpy several(&page, &AssetsPage::sendSeveralRequested);
        send->click();
        QCOMPARE(several.count(), 1);
        QCOMPARE(one.count(), 1);
        const auto nfts = several.first().at(0).value<QList<NftChoice>>();
        QCOMPARE(nfts.size(), 2);
        QCOMPARE(nfts.at(0).tokenId, first.data(AssetGridModel::TokenIdRole).toString());
        QCOMPARE(nfts.at(1).tokenId, second.data(AssetGridModel::TokenIdRole).toString());
        QCOMPARE(nfts.at(1).tokenAddress, second.data(AssetGridModel::CollectionAddressRole).toString());
    }
};

QTEST_MAIN(TestUiAssetsPage)
#include "tst_ui_assets_page.moc"
