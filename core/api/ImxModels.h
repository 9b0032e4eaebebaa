// SPDX-License-Identifier: MIT
#pragma once

// Typed IMX API read models (imx-openapi.json). Field optionality follows the spec: a required
// field is a plain member; an optional one, or a required one the spec marks x-nullable, is a
// std::optional. Amounts are exact 256-bit integers in the token's base units.

#include "crypto/UInt256.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace stardeck::api {

using crypto::UInt256;

//! One page of a cursor-paginated list.
template <class T>
struct Page {
    std::vector<T> items;
    QString cursor;       //!< pass back to get the next page
    bool hasMore = false; //!< `remaining` was non-zero (or, without `remaining`, a cursor came back)
};

//! GET /v2/balances/{owner}[/{address}]
struct Balance {
    QString symbol;
    QString tokenAddress; //!< "" for ETH
    UInt256 balance;
    UInt256 preparingWithdrawal;
    UInt256 withdrawable;
};

//! A royalty or protocol fee attached to an asset.
struct Fee {
    QString address;
    double percentage = 0;
    QString type;
};

//! The collection summary embedded in an asset.
struct CollectionDetails {
    QString name;
    std::optional<QString> iconUrl;
};

//! GET /v1/assets[/{token_address}/{token_id}]
struct Asset {
    QString tokenAddress;
    QString tokenId;
    QString user;
    QString status;
    std::optional<QString> id;
    std::optional<QString> uri;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> imageUrl;
    std::optional<QJsonObject> metadata;
    CollectionDetails collection;
    std::optional<QString> createdAt;
    std::optional<QString> updatedAt;
    std::vector<Fee> fees;
};

//! GET /v1/collections[/{address}]
struct Collection {
    QString address;
    QString name;
    std::optional<QString> description;
    std::optional<QString> iconUrl;
    std::optional<QString> collectionImageUrl;
    std::optional<QString> metadataApiUrl;
    std::int64_t projectId = 0;
    QString projectOwnerAddress;
    std::optional<QString> createdAt;
    std::optional<QString> updatedAt;
};

//! One entry of GET /v1/collections/{address}/metadata-schema
struct MetadataSchemaProperty {
    QString name;
    QString type;
    bool filterable = false;
};

//! GET /v1/tokens[/{address}]
struct TokenDetails {
    QString name;
    QString symbol;
    QString tokenAddress;
    int decimals = 0; //!< the spec sends it as a decimal string; checked to be 0..77
    UInt256 quantum;  //!< StarkEx quantum: on-chain amount = quantized amount * quantum
    QString imageUrl;
};

//! The `token` of transfers and the `buy`/`sell` of orders: a type and its data.
struct TokenAmount {
    QString type; //!< ETH, ERC20 or ERC721
    UInt256 quantity;
    UInt256 quantityWithFees;
    std::optional<int> decimals;
    std::optional<QString> symbol;
    std::optional<QString> tokenAddress;
    std::optional<QString> tokenId;
    std::optional<QString> id;
};

//! GET /v3/orders[/{id}]
struct Order {
    std::int64_t orderId = 0;
    QString status;
    QString user;
    TokenAmount sell;
    TokenAmount buy;
    std::optional<UInt256> amountSold;
    std::optional<QString> expirationTimestamp;
    std::optional<QString> timestamp;
    std::optional<QString> updatedTimestamp;
    std::optional<QString> makerTakerType;
};

//! One side of a trade.
struct TradeSide {
    std::int64_t orderId = 0;
    UInt256 sold;
    QString tokenType;
    std::optional<QString> tokenAddress;
    std::optional<QString> tokenId;
};

//! GET /v3/trades
struct Trade {
    std::int64_t transactionId = 0;
    QString status;
    QString timestamp;
    TradeSide a; //!< the buy order
    TradeSide b; //!< the sell order
};

//! GET /v1/transfers[/{id}]
struct Transfer {
    std::int64_t transactionId = 0;
    QString status;
    QString user;
    QString receiver;
    QString timestamp;
    TokenAmount token;
};

//! GET /v1/deposits[/{id}]
struct Deposit {
    std::int64_t transactionId = 0;
    QString status;
    QString user; //!< who deposited
    QString timestamp;
    TokenAmount token;
};

//! GET /v1/withdrawals[/{id}]
struct Withdrawal {
    std::int64_t transactionId = 0;
    QString status;
    QString rollupStatus; //!< the on-chain batch confirmation
    bool withdrawnToWallet = false;
    QString sender;
    QString timestamp;
    TokenAmount token;
};

//! GET /v1/mints[/{id}]
struct Mint {
    std::int64_t transactionId = 0;
    QString status;
    QString user; //!< who received the minted asset
    QString timestamp;
    TokenAmount token;     //!< MintToken: the same {type, data} shape without `properties`
    std::vector<Fee> fees; //!< optional in the spec; empty when absent
};

//! The `data` of an exchange (OptionalExchangeData: every field optional). Fiat amounts are plain
//! JSON numbers in the spec, not base-unit strings.
struct ExchangeData {
    std::optional<QString> externalId;
    std::optional<double> feesAmount;
    std::optional<double> fromAmount;
    std::optional<QString> fromCurrency;
    std::optional<QString> providerWalletAddress;
    std::optional<double> toAmount;
    std::optional<QString> toCurrency;
    std::optional<QString> transferId;
};

//! GET /v3/exchanges[/{id}]: a fiat on/off-ramp record. The spec makes every field optional.
struct Exchange {
    std::optional<std::int64_t> id;
    std::optional<QString> walletAddress;
    std::optional<QString> provider; //!< moonpay, layerswap
    std::optional<QString> type;     //!< onramp, offramp
    std::optional<QString> status;   //!< created, pending, completed, failed, waitingPayment, timedOut
    std::optional<ExchangeData> data;
    std::optional<QString> createdAt;
    std::optional<QString> updatedAt;
};

//! GET /v1/users/{user}: the stark keys registered for an Ethereum address.
struct UserRegistration {
    bool registered = false; //!< at least one stark key; false on 404 (account not found)
    std::vector<QString> accounts;
};

} // namespace stardeck::api
