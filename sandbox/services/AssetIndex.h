// SPDX-License-Identifier: MIT
#pragma once

#include "services/ImxQuery.h"
#include "world/World.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace stardeck::sandbox {

//! Secondary indexes over World::assets so that a page of GET /v1/assets costs O(log n + page)
//! instead of a scan: by updated_at and by name, globally, per owner and per collection.
//!
//! The writes move NFTs through AssetLedger::move and record every move as a transfer or a
//! trade, so refresh() follows those logs (only the touched assets are re-indexed) and rebuilds
//! everything when the set of assets changes (mints, a reloaded world; assets are never erased,
//! which the sandbox relies on: a burn changes the status). Every row served is
//! also re-checked against the live record, so a missed update can never serve a wrong owner.
class AssetIndex {
public:
    using Index = std::uint32_t;

    explicit AssetIndex(const World &world) : m_world(world) {}

    //! Brings the indexes up to date with the world; cheap when nothing changed.
    void refresh();

    //! One asset list query (filters that have an index, plus a predicate for the rest).
    struct Query {
        QSet<QString> owners;      //!< lower case; empty = anyone
        QSet<QString> collections; //!< lower case; empty = all
        bool byName = false;       //!< order_by=name, else updated_at
        bool descending = true;
        std::optional<imxquery::Cursor> after;
        std::optional<qint64> updatedMinMs;
        std::optional<qint64> updatedMaxMs;
        std::function<bool(const AssetRecord &)> accept; //!< the remaining filters; null = all
        int pageSize = imxquery::kDefaultPageSize;
    };
    //! The assets of one page in order; *more says whether more match.
    std::vector<Index> page(const Query &query, bool *more) const;

    //! The record behind an index entry.
    const AssetRecord &record(Index i) const { return *m_assets[i]; }
    //! The cursor that resumes after an asset.
    static imxquery::Cursor cursorFor(const AssetRecord &asset, bool byName);
    //! Indices of every asset an owner holds (any order).
    std::vector<Index> ownedBy(const QString &owner) const;
    //! Ids of the orders (any status) that sell this NFT.
    std::vector<qint64> ordersSelling(const AssetRecord &asset) const;

    //! A per-asset slot for the serialised JSON and the state it was made from.
    struct JsonSlot {
        QByteArray json;
        QString owner;
        QString status;
        qint64 updatedMs = 0;
        quint64 generation = 0; //!< of the base URL the image links embed
    };
    JsonSlot &jsonSlot(Index i) const { return m_json[i]; }

private:
    using TimeEntry = std::pair<qint64, Index>;
    using TimeSet = std::set<TimeEntry>;

    void rebuild();
    void follow();
    void touch(const QString &tokenAddress, const QString &tokenId);
    void addOrders();
    //! Position of a key in m_assets (lower bound) and whether it is there.
    Index keyPosition(const QString &tie, bool *exact) const;
    //! Position of (name, key) in m_byName (lower bound) and whether it is there.
    Index namePosition(const imxquery::Cursor &cursor, bool *exact) const;
    bool live(Index i, const Query &query) const;

    const World &m_world;
    std::vector<const AssetRecord *> m_assets; //!< key order: index = position
    std::vector<QString> m_owner;              //!< owner as indexed
    std::vector<qint64> m_updated;             //!< updated_at (ms) as indexed
    std::vector<Index> m_byName;               //!< rank -> index, by (name, key)
    std::vector<Index> m_rank;                 //!< index -> rank
    TimeSet m_byUpdated;
    QHash<QString, TimeSet> m_ownerUpdated;
    QHash<QString, std::set<Index>> m_ownerName; //!< ranks
    QHash<QString, TimeSet> m_collectionUpdated;
    QHash<QString, std::vector<Index>> m_collectionName; //!< sorted ranks
    QHash<QString, std::vector<qint64>> m_ordersBySell;  //!< "address/id" -> order ids
    qint64 m_lastTransfer = 0;
    qint64 m_lastTrade = 0;
    qint64 m_lastOrder = 0;
    const AssetRecord *m_first = nullptr; //!< detects a replaced world of the same size
    mutable std::vector<JsonSlot> m_json;
};

} // namespace stardeck::sandbox
