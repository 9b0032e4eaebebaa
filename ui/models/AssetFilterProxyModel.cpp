// SPDX-License-Identifier: MIT
#include "models/AssetFilterProxyModel.h"

#include "models/AssetGridModel.h"

namespace stardeck::ui {

AssetFilterProxyModel::AssetFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void AssetFilterProxyModel::setCollectionFilter(const QString &address)
{
    const QString lower = address.trimmed().toLower();
    if (lower == m_collection)
        return;
    m_collection = lower;
    invalidateFilter();
}

void AssetFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool AssetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_collection.isEmpty() &&
        index.data(AssetGridModel::CollectionAddressRole).toString().toLower() != m_collection)
        return false;
    if (!m_search.isEmpty()) {
        // The name, or the "Token #id" title of an unnamed NFT, so "#12" finds token 12 too.
        const QString name = index.data(AssetGridModel::NameRole).toString();
        const QString haystack = name.isEmpty() ? index.data(Qt::DisplayRole).toString() : name;
        if (!haystack.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace stardeck::ui
