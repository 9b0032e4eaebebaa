// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stardeck::wallet {

//! Address poisoning (F19), the history side: an attacker sends nothing or next to nothing from an
//! address that imitates one the user knows, so that it shows up in the activity list and gets
//! copied from there. An incoming transfer is suspicious when
//!  - its sender imitates a trusted address or the owner's own (AddressLookalike), whatever the
//!    amount; or
//!  - its sender is not trusted (never sent to, not in the address book) and the amount is zero or
//!    dust: less than one millionth of a whole token (quantity * 10^6 < 10^decimals).
//! Why one millionth: IMX transfers are free, so a poisoner sends the least it can; the least ETH
//! transfer is one quantum (10^8 wei = 10^-10 ETH), four orders of magnitude below the threshold,
//! while 10^-6 ETH is a fraction of a cent and no real payment. For tokens with fewer than 6
//! decimals one millionth is below one base unit, so only zero counts there (a base unit of such a
//! token is a real amount). NFTs (ERC721) are never dust: only a look-alike sender flags them.
class SuspiciousTransfer {
public:
    //! Dust is below 10^-kDustDigits of a whole token.
    static constexpr int kDustDigits = 6;

    //! Why a transfer is suspicious.
    enum class Reason {
        None,           //!< not suspicious
        ZeroAmount,     //!< nothing, from an untrusted sender
        DustAmount,     //!< less than 10^-6 of a token, from an untrusted sender
        LookalikeSender //!< the sender imitates a trusted address or the owner's (any amount)
    };

    //! What is known about an incoming transfer.
    struct Incoming {
        QString sender;              //!< 0x Ethereum address of the sender
        QString tokenType;           //!< ETH, ERC20 or ERC721
        crypto::UInt256 quantity;    //!< in base units (wei for ETH)
        std::optional<int> decimals; //!< of a fungible token; unknown: only zero is dust
    };

    //! The verdict on one transfer.
    struct Verdict {
        Reason reason = Reason::None;
        QString imitated; //!< the address the sender imitates (LookalikeSender only)
        //! True unless reason is None.
        bool suspicious() const { return reason != Reason::None; }
    };

    //! Classifies `transfer`, received by `owner`. `trusted` are the addresses the user sent to before
    //! and the address-book entries (any case). A sender that is trusted, or is the owner, is never
    //! suspicious.
    static Verdict classify(const Incoming &transfer, const QString &owner, const QStringList &trusted);

    //! True when a non-zero `quantity` of a token is dust per the rule above (zero is not dust:
    //! it is its own reason).
    static bool isDust(const QString &tokenType, const crypto::UInt256 &quantity,
                       std::optional<int> decimals);
};

} // namespace stardeck::wallet
