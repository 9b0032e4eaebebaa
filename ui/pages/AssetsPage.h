// SPDX-License-Identifier: MIT
#pragma once

#include "actions/ActionSupport.h"

#include <QList>
#include <QModelIndex>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTableWidget;
class QPushButton;

namespace stardeck::ui {

class AssetFilterProxyModel;
class AssetGridModel;
class RefreshStatus;

//! The Assets view: the NFT grid (filtered by collection and a name search) and a detail pane with
//! the selected NFT's image, name, collection, token id and metadata properties, and its actions.
//! Refresh loads the grid again; after a failed refresh the NFTs shown stay, marked out of date.
//! Several NFTs can be selected (Ctrl/Shift+click) and sent together.
class AssetsPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page without a model.
    explicit AssetsPage(QWidget *parent = nullptr);

    //! Shows `model` (not owned; null clears the grid).
    void setModel(AssetGridModel *model);
    //! Enables the Send / Sell / Cancel listing buttons (when the action dialogs are available).
    void setActionsAvailable(bool available);
    //! The grid (tests drive it).
    QListView *view() const { return m_view; }

Q_SIGNALS:
    //! Send the selected NFT.
    void sendRequested(const QString &tokenAddress, const QString &tokenId);
    //! Send the selected NFTs (more than one) together.
    void sendSeveralRequested(const QList<stardeck::ui::NftChoice> &nfts);
    //! List the selected NFT for sale.
    void sellRequested(const QString &tokenAddress, const QString &tokenId);
    //! Cancel the selected NFT's listing.
    void cancelListingRequested(const QString &tokenAddress, const QString &tokenId);

private:
    void addCollections(int first, int last);
    void showDetails();
    void showMetadata(const QString &json);
    QList<NftChoice> selectedNfts() const;
    void updateStatus();

    AssetGridModel *m_model = nullptr;
    AssetFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_collection = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    RefreshStatus *m_refreshStatus = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_metadata = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_sell = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_actionsAvailable = false;
};

} // namespace stardeck::ui
