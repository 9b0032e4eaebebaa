// SPDX-License-Identifier: MIT
#include "pages/AssetsPage.h"

#include "models/AssetFilterProxyModel.h"
#include "models/AssetGridModel.h"
#include "pages/RefreshStatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stardeck::ui {

namespace {
const QSize kIconSize(128, 128);
const QSize kItemSize(152, 176);
} // namespace

AssetsPage::AssetsPage(QWidget *parent) : QWidget(parent), m_proxy(new AssetFilterProxyModel(this))
{
    setObjectName(QStringLiteral("assetsPage"));
    setAccessibleName(tr("Assets"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *bar = new QHBoxLayout;
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("collectionCombo"));
    m_collection->setAccessibleName(tr("Collection"));
    m_collection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_collection->addItem(tr("All collections"), QString());
    bar->addWidget(m_collection);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assetSearchEdit"));
    m_search->setAccessibleName(tr("Search by name"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("assetsStatusLabel"));
    bar->addWidget(m_status);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAssetsButton"));
    m_refresh->setAccessibleName(tr("Refresh NFTs"));
    bar->addWidget(m_refresh);
    m_refreshStatus = new RefreshStatus(m_status, m_refresh, this);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_view = new QListView(splitter);
    m_view->setObjectName(QStringLiteral("assetGrid"));
    m_view->setAccessibleName(tr("Your NFTs"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(kIconSize);
    m_view->setGridSize(kItemSize);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_proxy);

    auto *detail = new QWidget(splitter);
    detail->setObjectName(QStringLiteral("assetDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    m_image = new QLabel(detail);
    m_image->setObjectName(QStringLiteral("assetImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(kIconSize);
    m_image->setAccessibleName(tr("NFT image"));
    detailLayout->addWidget(m_image);
    m_name = new QLabel(detail);
    m_name->setObjectName(QStringLiteral("assetName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_name);
    m_details = new QLabel(detail);
    m_details->setObjectName(QStringLiteral("assetDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_details);
    m_metadata = new QTableWidget(0, 2, detail);
    m_metadata->setObjectName(QStringLiteral("assetMetadata"));
    m_metadata->setAccessibleName(tr("Metadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metadata->setAlternatingRowColors(true);
    m_metadata->setShowGrid(false);
    m_metadata->setWordWrap(true);
    m_metadata->verticalHeader()->setVisible(false);
    m_metadata->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    detailLayout->addWidget(m_metadata, 1);
    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("&Send…"), detail);
    m_send->setObjectName(QStringLiteral("sendAssetButton"));
    m_sell = new QPushButton(tr("S&ell…"), detail);
    m_sell->setObjectName(QStringLiteral("sellAssetButton"));
    m_cancel = new QPushButton(tr("&Cancel listing"), detail);
    m_cancel->setObjectName(QStringLiteral("cancelListingButton"));
    for (QPushButton *button : {m_send, m_sell, m_cancel}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        buttons->addWidget(button);
    }
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_collection, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCollectionFilter(m_collection->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AssetFilterProxyModel::setSearchText);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AssetsPage::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssetsPage::showDetails);
    // A reset (e.g. the grid reloaded after a send) clears the current index without currentChanged.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssetsPage::showDetails);
    const auto emitFor = [this](void (AssetsPage::*signal)(const QString &, const QString &)) {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT(this->*signal)
        (index.data(AssetGridModel::CollectionAddressRole).toString(),
         index.data(AssetGridModel::TokenIdRole).toString());
    };
    connect(m_send, &QPushButton::clicked, this, [this, emitFor] {
        const QList<NftChoice> nfts = selectedNfts();
        if (nfts.size() > 1)
            Q_EMIT sendSeveralRequested(nfts);
        else
            emitFor(&AssetsPage::sendRequested);
    });
    connect(m_sell, &QPushButton::clicked, this, [emitFor] { emitFor(&AssetsPage::sellRequested); });
    connect(m_cancel, &QPushButton::clicked, this,
            [emitFor] { emitFor(&AssetsPage::cancelListingRequested); });
    setActionsAvailable(false);
    setModel(nullptr);
}

void AssetsPage::setModel(AssetGridModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        model->setItemSizeHint(kItemSize);
    m_proxy->setSourceModel(model);
    while (m_collection->count() > 1)
        m_collection->removeItem(1);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { addCollections(first, last); });
        connect(model, &AssetGridModel::loading, this, &AssetsPage::updateStatus);
        connect(model, &AssetGridModel::pageLoaded, this, &AssetsPage::updateStatus);
        connect(model, &AssetGridModel::finished, this, &AssetsPage::updateStatus);
        connect(model, &AssetGridModel::error, this, &AssetsPage::updateStatus);
        if (model->rowCount() > 0)
            addCollections(0, model->rowCount() - 1);
    }
    updateStatus();
    showDetails();
}

void AssetsPage::setActionsAvailable(bool available)
{
    m_actionsAvailable = available;
    showDetails();
}

void AssetsPage::addCollections(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString address = index.data(AssetGridModel::CollectionAddressRole).toString();
        if (address.isEmpty() || m_collection->findData(address) >= 0)
            continue;
        QString name = index.data(AssetGridModel::CollectionNameRole).toString();
        if (name.isEmpty())
            name = address;
        m_collection->addItem(name, address);
    }
}

QList<NftChoice> AssetsPage::selectedNfts() const
{
    QList<NftChoice> nfts;
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        nfts.append({index.data(AssetGridModel::CollectionAddressRole).toString(),
                     index.data(AssetGridModel::TokenIdRole).toString(),
                     index.data(AssetGridModel::NameRole).toString()});
    return nfts;
}

void AssetsPage::showMetadata(const QString &json)
{
    // One row per property, as plain text; nested values are shown as compact JSON.
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    m_metadata->setRowCount(0);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? tr("yes") : tr("no");
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_metadata->setItem(row, 1, new QTableWidgetItem(text));
        m_metadata->item(row, 1)->setToolTip(text);
    }
    m_metadata->resizeRowsToContents();
}

void AssetsPage::showDetails()
{
    const QModelIndex index = m_view->currentIndex();
    const int count = int(m_view->selectionModel()->selectedIndexes().size());
    const bool selected = index.isValid();
    if (count > 1) {
        m_image->clear();
        m_name->setText(tr("%n NFT(s) selected", nullptr, count));
        m_details->setText(tr("Send them together in one batch transfer, confirmed once."));
        m_metadata->setRowCount(0);
    } else if (!selected) {
        m_image->clear();
        m_name->setText(tr("Select an NFT to see its details."));
        m_details->clear();
        m_metadata->setRowCount(0);
    } else {
        m_image->setPixmap(index.data(Qt::DecorationRole).value<QIcon>().pixmap(kIconSize));
        if (m_image->pixmap().isNull())
            m_image->setPixmap(index.data(Qt::DecorationRole).value<QPixmap>());
        const QString name = index.data(AssetGridModel::NameRole).toString();
        m_name->setText(name.isEmpty() ? tr("Unnamed NFT") : name);
        m_details->setText(tr("Collection: %1\nContract: %2\nToken ID: %3")
                               .arg(index.data(AssetGridModel::CollectionNameRole).toString(),
                                    index.data(AssetGridModel::CollectionAddressRole).toString(),
                                    index.data(AssetGridModel::TokenIdRole).toString()));
        showMetadata(index.data(AssetGridModel::MetadataJsonRole).toString());
    }
    for (QPushButton *button : {m_send, m_sell, m_cancel}) {
        // Sell and Cancel listing act on one NFT; Send takes several.
        button->setEnabled(selected && m_actionsAvailable && (count <= 1 || button == m_send));
        button->setToolTip(m_actionsAvailable ? QString() : tr("Not available in this version yet"));
    }
}

void AssetsPage::updateStatus()
{
    if (!m_model) {
        m_refreshStatus->clear();
        return;
    }
    const int count = m_model->rowCount();
    RefreshStatus::State state;
    state.loading = m_model->isLoading();
    state.error = m_model->errorText();
    state.lastGood = m_model->lastUpdated();
    state.idleText = tr("%n NFT(s)", nullptr, count);
    // The first load fills the grid page by page: count them. A reload keeps the grid as it is
    // until it is complete ("Updating…", with the time of the NFTs shown).
    if (!state.lastGood.isValid())
        state.loadingText = tr("Loading… %n NFT(s)", nullptr, count);
    state.failedText = tr("Could not load every NFT: %1").arg(state.error);
    m_refreshStatus->show(state);
}

} // namespace stardeck::ui
