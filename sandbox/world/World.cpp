// SPDX-License-Identifier: MIT
#include "world/World.h"

namespace stardeck::sandbox {

UserRecord *World::userByEthAddress(const QString &address)
{
    const QString key = address.toLower();
    for (auto &[id, user] : users) {
        if (!user.ethAddress.isEmpty() && user.ethAddress == key)
            return &user;
    }
    return nullptr;
}

UserRecord *World::userByEmail(const QString &email)
{
    for (auto &[id, user] : users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

UInt256 World::balance(const QString &owner, const QString &tokenAddress) const
{
    const auto it = balances.find({owner.toLower(), tokenAddress.toLower()});
    return it == balances.end() ? UInt256{} : it->second;
}

} // namespace stardeck::sandbox
