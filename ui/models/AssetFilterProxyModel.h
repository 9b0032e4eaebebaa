// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace stardeck::ui {

//! Filters an AssetGridModel by collection (exact contract address, any case) and by a
//! case-insensitive search in the NFT's name. Rows appended to the source while it streams are
//! filtered as they arrive.
class AssetFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    //! An empty filter (every row); set the source with setSourceModel(AssetGridModel*).
    explicit AssetFilterProxyModel(QObject *parent = nullptr);

    //! Shows only NFTs of the collection at `address`; "" shows every collection.
    void setCollectionFilter(const QString &address);
    //! The collection address filtered on ("" = all).
    QString collectionFilter() const { return m_collection; }
    //! Shows only NFTs whose name contains `text` (case-insensitive; surrounding spaces ignored).
    void setSearchText(const QString &text);
    //! The current search text.
    QString searchText() const { return m_search; }

protected:
    //! Both filters must accept the row.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_collection; //!< lower case
    QString m_search;     //!< trimmed
};

} // namespace stardeck::ui
