// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/WalletAction.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stardeck::ui {

//! Text of the confirmation dialog's values: grouped addresses, exact amounts with their unit, NFT
//! names, local expiry times and raw hex. Pure functions, so tests can check them on their own.
//! Every function that may fail returns std::nullopt rather than a guess: the dialog refuses to
//! offer Approve for anything it cannot show exactly.
class ConfirmationFormat {
    Q_DECLARE_TR_FUNCTIONS(ConfirmationFormat)

public:
    //! "0x" and the 40 hex digits in groups of four ("0xAbCd 1234 ..."), EIP-55 checksummed when the
    //! input is a valid address; other text is returned unchanged (never silently "fixed").
    static QString groupedAddress(const QString &address);

    //! Any hex string ("0x..." or digits) in groups of four after the "0x".
    static QString groupedHex(const QString &hex);

    //! `baseUnits` with `display.decimals` places and the symbol: (1500000000000000000, 18, ETH) ->
    //! "1.5 ETH"; std::nullopt when the decimals are out of range.
    static std::optional<QString> amount(const crypto::UInt256 &baseUnits,
                                         const wallet::TokenDisplay &display);

    //! An NFT's display name: its name when known, else "<collection or symbol> #<token id>".
    static QString nftName(const wallet::TokenRef &token, const wallet::TokenDisplay &display);

    //! What `amount` of `token` reads as: the NFT's name for ERC721, else the exact amount and symbol.
    static std::optional<QString> holding(const wallet::TokenRef &token, const wallet::TokenDisplay &display,
                                          const crypto::UInt256 &amount);

    //! StarkEx expiration (hours since the epoch) as a long local date and time; std::nullopt when
    //! it is not a representable date (beyond year 9999).
    static std::optional<QString> expiry(const crypto::UInt256 &expirationHours);

    //! "0x" and the minimal lower-case hex of `value`.
    static QString hex(const crypto::UInt256 &value);

    //! `text` with every invisible format or control character (bidi overrides such as U+202E,
    //! zero-width spaces, escapes; newlines excepted) replaced by U+FFFD, so a name from the server
    //! cannot reorder or hide what the user reads.
    static QString visible(const QString &text);

    //! The token's kind as a user reads it: "ETH", "ERC-20 token", "NFT (ERC-721)".
    static QString tokenKind(wallet::TokenRef::Type type);
};

} // namespace stardeck::ui
