// SPDX-License-Identifier: MIT
#pragma once
// The security heart of the provider: the server's signable response is untrusted. Each check takes
// what the user asked (and the tokens resolved locally), verifies that every field the server echoed
// matches, recomputes the StarkEx message hash from the fields alone and requires it to equal the
// server's payload_hash (constant-time compare). Only a verified PreparedItem can be signed.
//
// Errors: a mismatch is WalletFailure::SecurityCheck naming the field ("receiver_stark_key does not
// match ..."); a malformed response is InvalidResponse; the PassportErrorType is the caller's `type`.
// Pure functions: no I/O, deterministic, safe on any thread.

#include "api/ImxModels.h"
#include "wallet/AssetResolver.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QList>

namespace stardeck::wallet::check {

//! F10: how far ahead an expiration the server chose may lie (transfers; orders and trades without
//! a requested expiration). The sandbox, like the API it models, picks one year; 366 days leaves a
//! day for the hour rounding and clock differences. Anything further is refused.
inline constexpr qint64 kDefaultExpirationWindowHours = 366 * 24;

//! Who signs: the user's IMX Ethereum address (lower case) and stark key, and the expiration policy
//! window applied to what this signer signs.
struct Signer {
    QString ethAddress;
    UInt256 starkKey;
    qint64 expirationWindowHours = kDefaultExpirationWindowHours; //!< see kDefaultExpirationWindowHours
};

//! POST /v1/signable-transfer-details (also the exchange variant): one transfer.
//! `receiverStarkKey` is the receiver's registered stark key (from GET /v1/users/{receiver}).
WalletResult<PreparedItem> transfer(const TransferRequest &request, const ResolvedToken &token,
                                    const Signer &signer, const UInt256 &receiverStarkKey,
                                    const QJsonObject &signable, PassportErrorType type);

//! POST /v2/signable-transfer-details: a batch of ERC721 transfers, in request order.
//! `tokens[i]` and `receiverStarkKeys[i]` belong to `items[i]`.
WalletResult<QList<PreparedItem>> batchTransfer(const QList<NftTransferItem> &items,
                                                const QList<ResolvedToken> &tokens, const Signer &signer,
                                                const QList<UInt256> &receiverStarkKeys,
                                                const QJsonObject &signable);

//! POST /v3/signable-order-details: a limit order (with fee when fee_info is present).
WalletResult<PreparedItem> order(const OrderRequest &request, const ResolvedToken &sell,
                                 const ResolvedToken &buy, const Signer &signer, const QJsonObject &signable);

//! POST /v3/signable-trade-details: the taker side of `order` (read with GET /v3/orders/{id}).
//! `sell` is what the taker gives (the order's buy side), `buy` what the taker gets.
WalletResult<PreparedItem> trade(const TradeRequest &request, const api::Order &order,
                                 const ResolvedToken &sell, const ResolvedToken &buy, const Signer &signer,
                                 const QJsonObject &signable);

//! POST /v3/signable-cancel-order-details.
WalletResult<PreparedItem> cancel(qint64 orderId, const QJsonObject &signable);

//! POST /v1/signable-registration-offchain: returns the verified payload hash to stark-sign; the
//! signable_message is what the Ethereum signer signs (checked to be IMX's exact key-linking text).
//! `signer.ethAddress` is the ether_key sent (Passport: the TEE admin address, passport-sdk.md 3.3).
WalletResult<PreparedItem> registration(const Signer &signer, const QJsonObject &signable);

//! Constant-time equality of two 256-bit values.
bool equalConstantTime(const UInt256 &a, const UInt256 &b);

} // namespace stardeck::wallet::check
