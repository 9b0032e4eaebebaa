// SPDX-License-Identifier: MIT
#pragma once
// Pure checks of what people type into the action dialogs: an Ethereum address (EIP-55 when mixed
// case, never the user's own address for a send) and an amount (exact decimal -> base units against
// the token's decimals, > 0, a multiple of the StarkEx quantum, not above the available balance).
// Every answer carries the one-line message shown under the field ("" while the field is empty).

#include "crypto/UInt256.h"

#include <QString>

#include <optional>

namespace stardeck::ui {

//! The verdict on an address field.
struct AddressCheck {
    bool ok = false;
    bool empty = false; //!< nothing typed yet: not valid, but no message either
    QString address;    //!< lower-case 0x-hex when ok (what the API uses)
    QString message;    //!< for people; "" when ok or empty
};

//! What an amount must satisfy.
struct AmountRules {
    unsigned decimals = 18;
    crypto::UInt256 quantum = crypto::UInt256(1);
    std::optional<crypto::UInt256> available; //!< base units; empty = no balance check
    QString symbol;                           //!< for messages, e.g. "ETH"
};

//! The verdict on an amount field.
struct AmountCheck {
    bool ok = false;
    bool empty = false;
    crypto::UInt256 baseUnits; //!< exact, when ok
    QString message;
};

//! Checks an address as typed; `ownAddress` (any case) is refused when refuseOwn is set.
AddressCheck validateAddress(const QString &text, const QString &ownAddress = {}, bool refuseOwn = true);

//! Checks a decimal amount as typed against `rules`.
AmountCheck validateAmount(const QString &text, const AmountRules &rules);

//! Base units as an exact decimal ("0.25"); "?" when decimals are out of range.
QString formatBaseUnits(const crypto::UInt256 &baseUnits, unsigned decimals);

//! "0x4a74...4A24": the EIP-55 form shortened for lists (full form in tooltips and confirmations).
QString shortAddress(const QString &address);

//! The EIP-55 form of a valid address (the input unchanged when it is not one).
QString checksumAddress(const QString &address);

} // namespace stardeck::ui
