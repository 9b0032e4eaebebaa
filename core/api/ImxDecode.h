// SPDX-License-Identifier: MIT
#pragma once

// Strict decoders for IMX API response bodies. A body with a wrong type, a missing required field
// or an unparsable amount is rejected as a whole with ApiError::Kind::Decode and the JSON path of
// the first offending field; nothing is ever defaulted. Unknown extra fields are ignored (the API
// adds fields over time).

#include "api/ApiError.h"
#include "api/ImxModels.h"

#include <QByteArray>

#include <vector>

namespace stardeck::api::decode {

//! GET /v2/balances/{owner}
ApiResult<Page<Balance>> balanceList(const QByteArray &body);
//! GET /v2/balances/{owner}/{address}
ApiResult<Balance> balance(const QByteArray &body);
//! GET /v1/assets
ApiResult<Page<Asset>> assetList(const QByteArray &body);
//! GET /v1/assets/{token_address}/{token_id}
ApiResult<Asset> asset(const QByteArray &body);
//! GET /v1/collections
ApiResult<Page<Collection>> collectionList(const QByteArray &body);
//! GET /v1/collections/{address}
ApiResult<Collection> collection(const QByteArray &body);
//! GET /v1/collections/{address}/metadata-schema
ApiResult<std::vector<MetadataSchemaProperty>> metadataSchema(const QByteArray &body);
//! GET /v1/tokens (the spec's list has no `remaining`: more pages while a cursor and items come back)
ApiResult<Page<TokenDetails>> tokenList(const QByteArray &body);
//! GET /v1/tokens/{address}
ApiResult<TokenDetails> token(const QByteArray &body);
//! GET /v3/orders
ApiResult<Page<Order>> orderList(const QByteArray &body);
//! GET /v3/orders/{id}
ApiResult<Order> order(const QByteArray &body);
//! GET /v3/trades
ApiResult<Page<Trade>> tradeList(const QByteArray &body);
//! GET /v1/transfers
ApiResult<Page<Transfer>> transferList(const QByteArray &body);
//! GET /v1/transfers/{id}
ApiResult<Transfer> transfer(const QByteArray &body);
//! GET /v1/deposits
ApiResult<Page<Deposit>> depositList(const QByteArray &body);
//! GET /v1/deposits/{id}
ApiResult<Deposit> deposit(const QByteArray &body);
//! GET /v1/withdrawals
ApiResult<Page<Withdrawal>> withdrawalList(const QByteArray &body);
//! GET /v1/withdrawals/{id}
ApiResult<Withdrawal> withdrawal(const QByteArray &body);
//! GET /v1/mints
ApiResult<Page<Mint>> mintList(const QByteArray &body);
//! GET /v1/mints/{id}: the spec answers with an array of mints (one per minted token).
ApiResult<std::vector<Mint>> mint(const QByteArray &body);
//! GET /v3/exchanges (every page field optional; more pages as for tokenList when `remaining` is absent)
ApiResult<Page<Exchange>> exchangeList(const QByteArray &body);
//! GET /v3/exchanges/{id}
ApiResult<Exchange> exchange(const QByteArray &body);
//! GET /v1/users/{user} with a 200 answer (a 404 is handled by the client as "not registered").
ApiResult<UserRegistration> user(const QByteArray &body);

//! The IMX error body {code, message}: fills code/message when the body has them (leniently: an
//! error body is diagnostic, and a broken one must not hide the HTTP status).
void errorBody(const QByteArray &body, QString *code, QString *message);

} // namespace stardeck::api::decode
