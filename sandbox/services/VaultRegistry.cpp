// SPDX-License-Identifier: MIT
#include "services/VaultRegistry.h"

namespace stardeck::sandbox {

qint64 VaultRegistry::vaultId(const UInt256 &starkKey, const UInt256 &assetId)
{
    const auto [it, inserted] = m_vaults.try_emplace({starkKey, assetId}, m_next);
    if (inserted) {
        ++m_next;
        if (m_trackChanges)
            m_added.push_back(it->first);
    }
    return it->second;
}

} // namespace stardeck::sandbox
