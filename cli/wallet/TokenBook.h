// SPDX-License-Identifier: MIT
#pragma once

#include "api/ImxModels.h"
#include "wallet/WalletError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace stardeck::api {
class ImxClient;
}

namespace stardeck::cli {

//! The API's fungible tokens (GET /v1/tokens, every page) by lower-case address ("" = ETH), for
//! exact amount formatting and parsing with each token's decimals. Never floating point.
class TokenBook {
public:
    //! Loads every page of /v1/tokens into `book`, then calls `done` (with the error that stopped it).
    static void load(api::ImxClient &client, QObject *context, TokenBook &book,
                     std::function<void(wallet::WalletStatus)> done);

    //! The token at `address` ("", "eth" or "ETH" = ETH; case-insensitive), if the API lists it.
    std::optional<api::TokenDetails> find(const QString &address) const;
    //! The token whose symbol is `symbol` (case-insensitive), if exactly one has it.
    std::optional<api::TokenDetails> findSymbol(const QString &symbol) const;
    //! Adds a token (the loader's sink).
    void add(const api::TokenDetails &token);

    //! `baseUnits` as an exact decimal with `decimals` places ("1.5"); the raw integer if decimals is absurd.
    static QString formatUnits(const crypto::UInt256 &baseUnits, int decimals);
    //! A TokenAmount for people: "1.5 ETH", "NFT 0xabc…#42".
    QString describe(const api::TokenAmount &amount) const;
    //! A TokenAmount as JSON: type, token_address, token_id, symbol, decimals, amount (exact decimal)
    //! and amount_base_units.
    QJsonObject toJson(const api::TokenAmount &amount) const;
    //! The decimals of a TokenAmount: its own, else the book's, else nullopt.
    std::optional<int> decimalsOf(const api::TokenAmount &amount) const;

private:
    QHash<QString, api::TokenDetails> m_tokens;
};

//! "0x1234…abcd" for narrow table cells (the full address stays in --json).
QString shortAddress(const QString &address);

} // namespace stardeck::cli
