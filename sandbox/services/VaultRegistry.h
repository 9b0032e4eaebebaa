// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <QtGlobal>

#include <map>
#include <utility>
#include <vector>

namespace stardeck::sandbox {

using crypto::UInt256;

//! StarkEx vaults: one per (stark key, asset id), numbered from 1 in order of first use.
class VaultRegistry {
public:
    //! The vault of this key and asset, created on first use.
    qint64 vaultId(const UInt256 &starkKey, const UInt256 &assetId);
    qint64 size() const { return qint64(m_vaults.size()); }

private:
    friend class Persistence; // saves and restores the registry, reads m_added
    std::map<std::pair<UInt256, UInt256>, qint64> m_vaults;
    qint64 m_next = 1;
    bool m_trackChanges = false;                      //!< set by Persistence
    std::vector<std::pair<UInt256, UInt256>> m_added; //!< vaults created since the last save
};

} // namespace stardeck::sandbox
