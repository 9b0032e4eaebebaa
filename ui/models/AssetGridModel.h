// SPDX-License-Identifier: MIT
#pragma once

#include "api/ImxClient.h"
#include "api/ImxModels.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QMultiHash>
#include <QPointer>
#include <QSize>
#include <QString>

#include <vector>

namespace stardeck::media {
class MediaLoader;
}

namespace stardeck::ui {

class ThumbnailCache;

//! The Assets grid: the owner's NFTs for a QListView in icon mode. Pages stream in with
//! ImxClient::streamAssets and are appended as they arrive (rowsInserted per page, never a reset for
//! a page), so 10,000+ NFTs show progressively. A reload of a grid that shows NFTs keeps them until
//! the new list is complete and then replaces them at once; when it fails they stay. Images are requested
//! only for rows whose Qt::DecorationRole is asked for (the rows a view paints) and kept decoded in a bounded
//! cache; a placeholder shows until an image arrives. A view should use uniform item sizes
//! (QListView::setUniformItemSizes(true); otherwise it asks every row's decoration to lay out) and
//! setItemSizeHint(): QListView measures its uniform size on the LAST row, which would download that
//! row's image after every page.
class AssetGridModel : public QAbstractListModel {
    Q_OBJECT

public:
    //! Custom roles.
    enum Role {
        NameRole = Qt::UserRole + 1, //!< QString, the NFT's name ("" when it has none)
        CollectionNameRole,          //!< QString
        CollectionAddressRole,       //!< QString, the collection's (ERC721) contract address
        TokenIdRole,                 //!< QString
        ImageUrlRole,                //!< QString ("" when none)
        MetadataRole,                //!< QJsonObject
        MetadataJsonRole,            //!< QString, the metadata as indented JSON text
        DescriptionRole,             //!< QString
        StatusRole,                  //!< QString, e.g. "imx"
        ImageLoadedRole,             //!< bool: the real image (not the placeholder) is available
    };
    Q_ENUM(Role)

    //! A model reading through `client`, images through `media` (not owned; they must outlive the
    //! model; `media` may be null: images stay placeholders). `iconSize` is the decoded image size.
    AssetGridModel(api::ImxClient *client, media::MediaLoader *media, QSize iconSize = QSize(128, 128),
                   QObject *parent = nullptr);
    //! Running loads are cancelled: no callback reaches a destroyed model.
    ~AssetGridModel() override;

    //! Sets the account (IMX Ethereum address) shown; clears the rows and cancels a running load.
    void setOwner(const QString &owner);
    //! The account shown.
    QString owner() const { return m_owner; }
    //! Items per page requested from the API (default 200).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    //! Streams every NFT of the owner again; a running load is cancelled. An empty grid fills page
    //! by page; NFTs already shown stay until the new list is complete (and stay if it fails).
    void reload();
    //! True between loading() and finished()/error().
    bool isLoading() const { return m_loading; }
    //! The last error's text for people, "" after a successful load.
    QString errorText() const { return m_errorText; }
    //! When a load last completed (invalid before the first one).
    QDateTime lastUpdated() const { return m_lastUpdated; }
    //! The NFT in `row`, or null.
    const api::Asset *assetAt(int row) const;
    //! The row of an NFT, or -1.
    int rowOf(const QString &tokenAddress, const QString &tokenId) const;
    //! The size every item reports in Qt::SizeHintRole (invalid, the default: none). With it a
    //! delegate measures items without asking for their decoration.
    void setItemSizeHint(QSize size) { m_itemSizeHint = size; }
    //! Forgets images that failed (e.g. after third-party media was turned back on) so that rows
    //! asked for again retry them; views are told to repaint every decoration.
    void retryImages();
    //! Removes an NFT (e.g. after it was sent or sold); false when it is not in the grid.
    bool removeAsset(const QString &tokenAddress, const QString &tokenId);

    //! QAbstractItemModel: a flat list; amounts and texts per the roles above.
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! A load started.
    void loading();
    //! A page was appended to a grid that was empty at the reload; `rows` is the number of NFTs
    //! shown so far.
    void pageLoaded(int rows);
    //! Every page arrived; `rows` NFTs are shown.
    void finished(int rows);
    //! The load stopped with `message` (for people); the pages already shown stay.
    void error(const QString &message);

private:
    void appendPage(const api::Page<api::Asset> &page);
    void clearRows();
    void replaceRows(std::vector<api::Asset> assets);
    void rebuildImageIndex();
    void onImageEvent(const QString &url);

    QPointer<api::ImxClient> m_client;
    ThumbnailCache *m_images = nullptr;
    QString m_owner;
    int m_pageSize = 200;
    QSize m_itemSizeHint;
    std::vector<api::Asset> m_assets;
    QMultiHash<QString, int> m_rowsByImage; //!< image URL -> rows using it
    QObject *m_loadContext = nullptr;       //!< parent of the running stream's requests
    std::vector<api::Asset> m_replacement;  //!< the running reload's pages (when replacing)
    bool m_replacing = false;               //!< the running reload replaces the rows at its end
    bool m_loading = false;
    QString m_errorText;
    QDateTime m_lastUpdated;
};

} // namespace stardeck::ui
