// SPDX-License-Identifier: MIT
#include "wallet/SuspiciousTransfer.h"

#include "wallet/AddressLookalike.h"

#include <string>

namespace stardeck::wallet {

namespace {

// 10^77 is the largest power of ten below 2^256; token decimals beyond it are not real.
constexpr int kMaxDecimals = 77;

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool SuspiciousTransfer::isDust(const QString &tokenType, const crypto::UInt256 &quantity,
                                std::optional<int> decimals)
{
    if (tokenType != QLatin1String("ETH") && tokenType != QLatin1String("ERC20"))
        return false; // an NFT is one whole token
    if (quantity.isZero() || !decimals || *decimals <= kDustDigits || *decimals > kMaxDecimals)
        return false; // below one base unit only zero is less than a millionth
    // quantity < 10^(decimals - 6)  <=>  quantity * 10^6 < 10^decimals
    const auto threshold =
        crypto::UInt256::fromDecimal("1" + std::string(std::size_t(*decimals - kDustDigits), '0'));
    return threshold && quantity < *threshold;
}

SuspiciousTransfer::Verdict SuspiciousTransfer::classify(const Incoming &transfer, const QString &owner,
                                                         const QStringList &trusted)
{
    if (sameAddress(transfer.sender, owner))
        return {};
    for (const QString &address : trusted) {
        if (sameAddress(transfer.sender, address))
            return {};
    }
    // The owner's own address is a favourite target too (a poisoned "deposit to myself" copy).
    QStringList imitable = trusted;
    if (!owner.isEmpty())
        imitable.append(owner);
    if (const auto imitated = AddressLookalike::find(transfer.sender, imitable))
        return {Reason::LookalikeSender, *imitated};
    if (transfer.quantity.isZero())
        return {Reason::ZeroAmount, {}};
    if (isDust(transfer.tokenType, transfer.quantity, transfer.decimals))
        return {Reason::DustAmount, {}};
    return {};
}

} // namespace stardeck::wallet
