// SPDX-License-Identifier: MIT
#include "services/AssetIndex.h"

#include <algorithm>
#include <limits>

namespace stardeck::sandbox {

namespace {

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? std::max<qint64>(0, t.toMSecsSinceEpoch()) : 0;
}

int compareKey(const AssetRecord &a, const QString &address, const QString &id)
{
    const int c = QString::compare(a.tokenAddress, address);
    return c != 0 ? c : QString::compare(a.tokenId, id);
}

int compareName(const AssetRecord &a, const QString &name, const QString &address, const QString &id)
{
    const int c = QString::compare(a.name, name);
    return c != 0 ? c : compareKey(a, address, id);
}

std::pair<QString, QString> splitTie(const QString &tie)
{
    const qsizetype slash = tie.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {tie, QString()};
    return {tie.left(slash), tie.mid(slash + 1)};
}

} // namespace

void AssetIndex::refresh()
{
    // Assets are never erased (a burn is a status), so a new size or new first/last nodes
    // mean mints or a reloaded world.
    const bool replaced = m_world.assets.size() != m_assets.size() ||
                          (!m_world.assets.empty() && (&m_world.assets.begin()->second != m_first ||
                                                       &m_world.assets.rbegin()->second != m_assets.back()));
    if (replaced)
        rebuild();
    else
        follow();
    addOrders();
}

void AssetIndex::rebuild()
{
    const std::size_t n = m_world.assets.size();
    m_assets.clear();
    m_assets.reserve(n);
    for (const auto &[key, asset] : m_world.assets)
        m_assets.push_back(&asset);
    m_first = n ? m_assets.front() : nullptr;
    m_owner.assign(n, QString());
    m_updated.assign(n, 0);
    m_byName.resize(n);
    m_rank.resize(n);
    m_json.assign(n, JsonSlot{});
    m_byUpdated.clear();
    m_ownerUpdated.clear();
    m_ownerName.clear();
    m_collectionUpdated.clear();
    m_collectionName.clear();
    m_ordersBySell.clear();
    m_lastOrder = 0;

    for (Index i = 0; i < n; ++i)
        m_byName[i] = i;
    std::sort(m_byName.begin(), m_byName.end(), [this](Index a, Index b) {
        const int c = QString::compare(m_assets[a]->name, m_assets[b]->name);
        return c != 0 ? c < 0 : a < b; // equal names: key order, which index order is
    });
    for (Index r = 0; r < n; ++r)
        m_rank[m_byName[r]] = r;

    for (Index i = 0; i < n; ++i) {
        const AssetRecord &a = *m_assets[i];
        m_owner[i] = a.owner.toLower();
        m_updated[i] = msOf(a.updatedAt);
        const TimeEntry entry{m_updated[i], i};
        m_byUpdated.insert(m_byUpdated.end(), entry);
        m_ownerUpdated[m_owner[i]].insert(entry);
        m_ownerName[m_owner[i]].insert(m_rank[i]);
        m_collectionUpdated[a.tokenAddress].insert(entry);
        m_collectionName[a.tokenAddress].push_back(m_rank[i]);
    }
    for (auto &ranks : m_collectionName)
        std::sort(ranks.begin(), ranks.end());
    m_lastTransfer = m_world.transfers.empty() ? 0 : m_world.transfers.rbegin()->first;
    m_lastTrade = m_world.trades.empty() ? 0 : m_world.trades.rbegin()->first;
}

void AssetIndex::follow()
{
    for (auto it = m_world.transfers.upper_bound(m_lastTransfer); it != m_world.transfers.end(); ++it) {
        if (it->second.token.type == QLatin1String("ERC721"))
            touch(it->second.token.tokenAddress, it->second.token.tokenId);
        m_lastTransfer = it->first;
    }
    for (auto it = m_world.trades.upper_bound(m_lastTrade); it != m_world.trades.end(); ++it) {
        for (const TokenSpec *token : {&it->second.tokenA, &it->second.tokenB}) {
            if (token->type == QLatin1String("ERC721"))
                touch(token->tokenAddress, token->tokenId);
        }
        m_lastTrade = it->first;
    }
}

void AssetIndex::touch(const QString &tokenAddress, const QString &tokenId)
{
    bool exact = false;
    const Index i = keyPosition(tokenAddress + QLatin1Char('/') + tokenId, &exact);
    if (!exact)
        return;
    const AssetRecord &a = *m_assets[i];
    const QString owner = a.owner.toLower();
    const qint64 updated = msOf(a.updatedAt);
    if (owner == m_owner[i] && updated == m_updated[i])
        return;
    const TimeEntry before{m_updated[i], i};
    const TimeEntry after{updated, i};
    m_byUpdated.erase(before);
    m_byUpdated.insert(after);
    m_collectionUpdated[a.tokenAddress].erase(before);
    m_collectionUpdated[a.tokenAddress].insert(after);
    auto oldOwner = m_ownerUpdated.find(m_owner[i]);
    if (oldOwner != m_ownerUpdated.end())
        oldOwner->erase(before);
    auto oldNames = m_ownerName.find(m_owner[i]);
    if (oldNames != m_ownerName.end())
        oldNames->erase(m_rank[i]);
    m_ownerUpdated[owner].insert(after);
    m_ownerName[owner].insert(m_rank[i]);
    m_owner[i] = owner;
    m_updated[i] = updated;
}

void AssetIndex::addOrders()
{
    for (auto it = m_world.orders.upper_bound(m_lastOrder); it != m_world.orders.end(); ++it) {
        const TokenSpec &sell = it->second.sell;
        if (sell.type == QLatin1String("ERC721"))
            m_ordersBySell[sell.tokenAddress.toLower() + QLatin1Char('/') + sell.tokenId].push_back(
                it->first);
        m_lastOrder = it->first;
    }
}

std::vector<qint64> AssetIndex::ordersSelling(const AssetRecord &asset) const
{
    return m_ordersBySell.value(asset.tokenAddress.toLower() + QLatin1Char('/') + asset.tokenId);
}

std::vector<AssetIndex::Index> AssetIndex::ownedBy(const QString &owner) const
{
    std::vector<Index> result;
    const auto it = m_ownerUpdated.find(owner.toLower());
    if (it == m_ownerUpdated.end())
        return result;
    result.reserve(it->size());
    for (const TimeEntry &e : *it)
        result.push_back(e.second);
    return result;
}

imxquery::Cursor AssetIndex::cursorFor(const AssetRecord &asset, bool byName)
{
    const QString tie = asset.tokenAddress + QLatin1Char('/') + asset.tokenId;
    return imxquery::Cursor{byName ? asset.name : imxquery::intKey(msOf(asset.updatedAt)), tie};
}

AssetIndex::Index AssetIndex::keyPosition(const QString &tie, bool *exact) const
{
    // Not a structured binding: clang 14 (the sanitizer and fuzz builds) cannot capture one.
    const auto tieParts = splitTie(tie);
    const QString &address = tieParts.first;
    const QString &id = tieParts.second;
    const auto it = std::lower_bound(m_assets.begin(), m_assets.end(), 0, [&](const AssetRecord *a, int) {
        return compareKey(*a, address, id) < 0;
    });
    *exact = it != m_assets.end() && compareKey(**it, address, id) == 0;
    return Index(it - m_assets.begin());
}

AssetIndex::Index AssetIndex::namePosition(const imxquery::Cursor &cursor, bool *exact) const
{
    // Not a structured binding: clang 14 (the sanitizer and fuzz builds) cannot capture one.
    const auto tieParts = splitTie(cursor.tie);
    const QString &address = tieParts.first;
    const QString &id = tieParts.second;
    const auto it = std::lower_bound(m_byName.begin(), m_byName.end(), 0, [&](Index i, int) {
        return compareName(*m_assets[i], cursor.key, address, id) < 0;
    });
    *exact = it != m_byName.end() && compareName(*m_assets[*it], cursor.key, address, id) == 0;
    return Index(it - m_byName.begin());
}

bool AssetIndex::live(Index i, const Query &query) const
{
    const AssetRecord &a = *m_assets[i];
    // Addresses are stored in lower case; toLower() only for a record that is not.
    if (!query.owners.isEmpty() && !query.owners.contains(a.owner) &&
        !query.owners.contains(a.owner.toLower()))
        return false;
    if (!query.collections.isEmpty() && !query.collections.contains(a.tokenAddress))
        return false;
    const qint64 updated = msOf(a.updatedAt);
    if ((query.updatedMinMs && updated < *query.updatedMinMs) ||
        (query.updatedMaxMs && updated > *query.updatedMaxMs))
        return false;
    return !query.accept || query.accept(a);
}

std::vector<AssetIndex::Index> AssetIndex::page(const Query &query, bool *more) const
{
    std::vector<Index> result;
    *more = false;
    const std::size_t want = std::size_t(query.pageSize) + 1;
    // Returns false once the page (plus one look-ahead row) is full.
    auto visit = [&](Index i) {
        if (live(i, query))
            result.push_back(i);
        return result.size() < want;
    };
    // The narrowest index that covers the filters: one owner, one collection, or everything.
    const QString owner = query.owners.size() == 1 ? *query.owners.begin() : QString();
    const QString collection = query.collections.size() == 1 ? *query.collections.begin() : QString();
    static const TimeSet kNoTimes;
    static const std::set<Index> kNoRanks;

    if (!query.byName) {
        const TimeSet *set = &m_byUpdated;
        if (!owner.isEmpty()) {
            const auto it = m_ownerUpdated.find(owner);
            set = it == m_ownerUpdated.end() ? &kNoTimes : &*it;
        } else if (!collection.isEmpty()) {
            const auto it = m_collectionUpdated.find(collection);
            set = it == m_collectionUpdated.end() ? &kNoTimes : &*it;
        }
        if (!query.descending) {
            auto it = set->begin();
            if (query.after) {
                bool exact = false;
                const Index p = keyPosition(query.after->tie, &exact);
                const TimeEntry probe{query.after->key.toLongLong(), p};
                it = exact ? set->upper_bound(probe) : set->lower_bound(probe);
            }
            if (query.updatedMinMs) {
                // it = max(it, floor), with end() as +infinity
                const auto floor = set->lower_bound(TimeEntry{*query.updatedMinMs, 0});
                if (floor == set->end() || (it != set->end() && *floor > *it))
                    it = floor;
            }
            for (; it != set->end(); ++it) {
                if (query.updatedMaxMs && it->first > *query.updatedMaxMs)
                    break;
                if (!visit(it->second))
                    break;
            }
        } else {
            auto end = set->end();
            if (query.after) {
                bool exact = false;
                const Index p = keyPosition(query.after->tie, &exact);
                end = set->lower_bound(TimeEntry{query.after->key.toLongLong(), p});
            }
            if (query.updatedMaxMs) {
                // end = min(end, ceiling), with end() as +infinity
                const auto ceiling =
                    set->upper_bound(TimeEntry{*query.updatedMaxMs, std::numeric_limits<Index>::max()});
                if (ceiling != set->end() && (end == set->end() || *ceiling < *end))
                    end = ceiling;
            }
            for (auto it = std::make_reverse_iterator(end); it != set->rend(); ++it) {
                if (query.updatedMinMs && it->first < *query.updatedMinMs)
                    break;
                if (!visit(it->second))
                    break;
            }
        }
    } else {
        // Ranks from the cursor on, from one of three sorted sources.
        Index start = 0;
        bool exact = false;
        if (query.after)
            start = namePosition(*query.after, &exact);
        const Index ascFrom = query.after ? (exact ? start + 1 : start) : 0;
        const Index descBelow = query.after ? start : Index(m_byName.size());
        auto walk = [&](auto begin, auto end) {
            if (!query.descending) {
                for (auto it = std::lower_bound(begin, end, ascFrom); it != end; ++it) {
                    if (!visit(m_byName[*it]))
                        return;
                }
            } else {
                auto stop = std::lower_bound(begin, end, descBelow);
                while (stop != begin) {
                    --stop;
                    if (!visit(m_byName[*stop]))
                        return;
                }
            }
        };
        if (!owner.isEmpty()) {
            const auto it = m_ownerName.find(owner);
            const std::set<Index> &ranks = it == m_ownerName.end() ? kNoRanks : *it;
            // std::set iterators are bidirectional: lower_bound through the member function.
            if (!query.descending) {
                for (auto r = ranks.lower_bound(ascFrom); r != ranks.end(); ++r) {
                    if (!visit(m_byName[*r]))
                        break;
                }
            } else {
                auto r = ranks.lower_bound(descBelow);
                while (r != ranks.begin()) {
                    --r;
                    if (!visit(m_byName[*r]))
                        break;
                }
            }
        } else if (!collection.isEmpty()) {
            const auto it = m_collectionName.find(collection);
            if (it != m_collectionName.end())
                walk(it->cbegin(), it->cend());
        } else if (!query.descending) {
            for (Index r = ascFrom; r < m_byName.size(); ++r) {
                if (!visit(m_byName[r]))
                    break;
            }
        } else {
            for (Index r = descBelow; r > 0; --r) {
                if (!visit(m_byName[r - 1]))
                    break;
            }
        }
    }
    if (result.size() == want) {
        result.pop_back();
        *more = true;
    }
    return result;
}

} // namespace stardeck::sandbox
