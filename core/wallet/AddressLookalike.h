// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace stardeck::wallet {

//! Address poisoning (F19): an attacker sends dust from an address whose first and last characters
//! match one the user already uses, hoping it gets copied from the history. A recipient is a
//! look-alike when it differs from a known address but shares its first and last `kEdgeChars` hex
//! digits (what people compare by eye; trezor-suite#7278, mempool PR #5769).
class AddressLookalike {
public:
    static constexpr int kEdgeChars = 4; //!< hex digits compared at each end (after "0x")

    //! The known address (as given) that `recipient` imitates, if any. An exact match (any case) is
    //! not a look-alike; entries that are not 0x + 40 hex digits are ignored, as is a bad recipient.
    static std::optional<QString> find(const QString &recipient, const QStringList &known);
};

} // namespace stardeck::wallet
