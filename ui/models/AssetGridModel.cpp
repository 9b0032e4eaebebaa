// SPDX-License-Identifier: MIT
#include "models/AssetGridModel.h"

#include "models/ApiErrorText.h"
#include "models/ThumbnailCache.h"

#include <QJsonDocument>

#include <utility>

namespace stardeck::ui {

AssetGridModel::AssetGridModel(api::ImxClient *client, media::MediaLoader *media, QSize iconSize,
                               QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_images(new ThumbnailCache(media, iconSize, 48 * 1024, this))
{
    connect(m_images, &ThumbnailCache::ready, this, &AssetGridModel::onImageEvent);
}

AssetGridModel::~AssetGridModel() = default;

void AssetGridModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    if (m_loadContext)
        m_loadContext->deleteLater(); // aborts the stream; late callbacks are ignored (context check)
    m_loadContext = nullptr;
    m_loading = false;
    m_owner = owner;
    m_errorText.clear();
    m_lastUpdated = {};
    m_replacement.clear();
    clearRows();
}

void AssetGridModel::clearRows()
{
    if (m_assets.empty())
        return; // nothing shown: no reset for views to handle
    beginResetModel();
    m_assets.clear();
    m_rowsByImage.clear();
    endResetModel();
}

void AssetGridModel::reload()
{
    if (m_loadContext)
        m_loadContext->deleteLater();
    m_loadContext = new QObject(this);
    m_errorText.clear();
    m_replacement.clear();
    // An empty grid fills page by page. A grid with NFTs keeps them while the new pages are
    // collected and replaces them once every page arrived, so a failed reload leaves it as it was
    // (the page then says the grid is out of date; faults F1/F3).
    m_replacing = !m_assets.empty();
    m_loading = true;
    Q_EMIT loading();
    auto fail = [this](const QString &message) {
        if (m_loadContext)
            m_loadContext->deleteLater();
        m_loadContext = nullptr;
        m_replacement.clear();
        m_loading = false;
        m_errorText = message;
        Q_EMIT error(message);
    };
    if (!m_client) {
        fail(tr("The wallet is not connected to Immutable X."));
        return;
    }
    if (m_owner.isEmpty()) {
        fail(tr("No account is selected."));
        return;
    }
    api::AssetQuery query;
    query.user = m_owner;
    query.list.pageSize = m_pageSize;
    QObject *context = m_loadContext;
    m_client->streamAssets(
        query, context,
        [this, context](const api::Page<api::Asset> &page) {
            if (context != m_loadContext)
                return false; // replaced by a newer load: stop streaming
            if (m_replacing)
                m_replacement.insert(m_replacement.end(), page.items.begin(), page.items.end());
            else
                appendPage(page);
            return true;
        },
        [this, context, fail](api::ApiResult<qint64> r) {
            if (context != m_loadContext)
                return;
            if (!r) {
                fail(tr("Could not load your NFTs. %1").arg(apiErrorText(r.error())));
                return;
            }
            if (m_replacing)
                replaceRows(std::exchange(m_replacement, {}));
            m_loadContext->deleteLater();
            m_loadContext = nullptr;
            m_loading = false;
            m_lastUpdated = QDateTime::currentDateTimeUtc();
            Q_EMIT finished(rowCount());
        });
}

void AssetGridModel::replaceRows(std::vector<api::Asset> assets)
{
    bool sameNfts = assets.size() == m_assets.size();
    for (std::size_t i = 0; sameNfts && i < assets.size(); ++i)
        sameNfts = assets[i].tokenId == m_assets[i].tokenId &&
                   assets[i].tokenAddress.compare(m_assets[i].tokenAddress, Qt::CaseInsensitive) == 0;
    if (sameNfts) {
        // The same NFTs in the same places: updated in place, so views keep selection and scroll.
        m_assets = std::move(assets);
        rebuildImageIndex();
        if (!m_assets.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_assets = std::move(assets);
    rebuildImageIndex();
    endResetModel();
}

void AssetGridModel::appendPage(const api::Page<api::Asset> &page)
{
    if (page.items.empty())
        return;
    const int first = int(m_assets.size());
    beginInsertRows({}, first, first + int(page.items.size()) - 1);
    for (const api::Asset &asset : page.items) {
        if (asset.imageUrl && !asset.imageUrl->isEmpty())
            m_rowsByImage.insert(*asset.imageUrl, int(m_assets.size()));
        m_assets.push_back(asset);
    }
    endInsertRows();
    Q_EMIT pageLoaded(rowCount());
}

void AssetGridModel::retryImages()
{
    m_images->clearFailures();
    if (!m_assets.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, ImageLoadedRole});
}

const api::Asset *AssetGridModel::assetAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_assets[std::size_t(row)];
}

int AssetGridModel::rowOf(const QString &tokenAddress, const QString &tokenId) const
{
    for (std::size_t i = 0; i < m_assets.size(); ++i) {
        if (m_assets[i].tokenId == tokenId &&
            m_assets[i].tokenAddress.compare(tokenAddress, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool AssetGridModel::removeAsset(const QString &tokenAddress, const QString &tokenId)
{
    const int row = rowOf(tokenAddress, tokenId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_assets.erase(m_assets.begin() + row);
    rebuildImageIndex();
    endRemoveRows();
    return true;
}

void AssetGridModel::rebuildImageIndex()
{
    m_rowsByImage.clear();
    for (std::size_t i = 0; i < m_assets.size(); ++i) {
        if (m_assets[i].imageUrl && !m_assets[i].imageUrl->isEmpty())
            m_rowsByImage.insert(*m_assets[i].imageUrl, int(i));
    }
}

void AssetGridModel::onImageEvent(const QString &url)
{
    const auto [first, last] = m_rowsByImage.equal_range(url);
    for (auto it = first; it != last; ++it) {
        const QModelIndex changed = index(it.value());
        Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, ImageLoadedRole});
    }
}

int AssetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

QVariant AssetGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Asset &asset = m_assets[std::size_t(index.row())];
    const QString name = asset.name.value_or(QString());
    //: shown for an NFT without a name; %1 is its token id
    const QString title = name.isEmpty() ? tr("Token #%1").arg(asset.tokenId) : name;
    const QString imageUrl = asset.imageUrl.value_or(QString());
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::DecorationRole: {
        // Asking for the decoration is what starts a download: only rows a view paints load images.
        const QPixmap image = m_images->pixmap(imageUrl);
        return image.isNull() ? m_images->placeholder() : image;
    }
    case Qt::ToolTipRole:
        //: NFT tooltip: name, then collection and token id on a second line
        return tr("%1\n%2, token #%3").arg(title, asset.collection.name, asset.tokenId);
    case Qt::AccessibleTextRole:
        return tr("%1 from %2, token %3").arg(title, asset.collection.name, asset.tokenId);
    case NameRole:
        return name;
    case CollectionNameRole:
        return asset.collection.name;
    case CollectionAddressRole:
        return asset.tokenAddress;
    case TokenIdRole:
        return asset.tokenId;
    case ImageUrlRole:
        return imageUrl;
    case MetadataRole:
        return asset.metadata.value_or(QJsonObject());
    case MetadataJsonRole:
        return QString::fromUtf8(QJsonDocument(asset.metadata.value_or(QJsonObject())).toJson());
    case DescriptionRole:
        return asset.description.value_or(QString());
    case StatusRole:
        return asset.status;
    case Qt::SizeHintRole:
        return m_itemSizeHint.isValid() ? QVariant(m_itemSizeHint) : QVariant();
    case ImageLoadedRole:
        return m_images->isCached(imageUrl); // never starts a download
    default:
        return {};
    }
}

QHash<int, QByteArray> AssetGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(CollectionNameRole, "collectionName");
    names.insert(CollectionAddressRole, "collectionAddress");
    names.insert(TokenIdRole, "tokenId");
    names.insert(ImageUrlRole, "imageUrl");
    names.insert(MetadataRole, "metadata");
    names.insert(MetadataJsonRole, "metadataJson");
    names.insert(DescriptionRole, "description");
    names.insert(StatusRole, "status");
    names.insert(ImageLoadedRole, "imageLoaded");
    return names;
}

} // namespace stardeck::ui
