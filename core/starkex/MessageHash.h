// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <optional>

namespace stardeck::starkex {

using crypto::Expected;
using crypto::UInt256;

// Every numeric field is a UInt256 so that any parsed value can be range-checked here instead
// of being truncated on the way in. Ranges (all checked; an error names the offending field):
//   amounts, fee limit: [0, 2^63) and QUANTIZED;  nonce: [0, 2^31);
//   expiration timestamp: [0, 2^22), in HOURS since the Unix epoch;
//   vault ids: [0, 2^31), and in the fee variants also [2^63, 2^63 + 2^31);
//   tokens (asset ids), stark keys, condition: [0, p).
// The resulting message hash must be < 2^251 (signable), otherwise OutOfRange.

//! StarkEx instruction numbers that start the packed word.
enum class Instruction : unsigned {
    LimitOrder = 0,
    Transfer = 1,
    ConditionalTransfer = 2,
    LimitOrderWithFee = 3,
    TransferWithFee = 4,
    ConditionalTransferWithFee = 5,
};

//! A transfer (instruction 1) or, when `condition` is set, a conditional transfer (2).
struct TransferParams {
    UInt256 amount;
    UInt256 nonce;
    UInt256 senderVaultId;
    UInt256 token; //!< the asset id
    UInt256 receiverVaultId;
    UInt256 receiverStarkKey;
    UInt256 expirationTimestamp;
    std::optional<UInt256> condition;
};

//! A limit order: sell amountSell of tokenSell for amountBuy of tokenBuy.
struct LimitOrderParams {
    UInt256 vaultIdSell;
    UInt256 vaultIdBuy;
    UInt256 amountSell;
    UInt256 amountBuy;
    UInt256 tokenSell;
    UInt256 tokenBuy;
    UInt256 nonce;
    UInt256 expirationTimestamp;
};

//! The fee part of the fee variants (IMX v3: fee_info.asset_id, source_vault_id, fee_limit).
struct FeeParams {
    UInt256 feeToken;
    UInt256 feeVaultId;
    UInt256 feeLimit;
};

//! A message hash and the packed integer words that went into it.
struct MessageHash {
    Instruction instruction = Instruction::Transfer;
    UInt256 hash;                       //!< the value to stark-sign, < 2^251
    UInt256 packedWord;                 //!< w (no-fee variants) or w1 (fee variants)
    std::optional<UInt256> packedWord2; //!< w2, fee variants only
};

//! Transfer (1) or conditional transfer (2): H(H(token, receiverKey)[, condition], w).
Expected<MessageHash> transferMsgHash(const TransferParams &transfer);
//! Transfer with fee (4) or conditional transfer with fee (5).
Expected<MessageHash> transferWithFeeMsgHash(const TransferParams &transfer, const FeeParams &fee);
//! Limit order without fee (0): H(H(tokenSell, tokenBuy), w).
Expected<MessageHash> limitOrderMsgHash(const LimitOrderParams &order);
//! Limit order with fee (3), used by IMX v3 orders and trades.
Expected<MessageHash> limitOrderWithFeeMsgHash(const LimitOrderParams &order, const FeeParams &fee);

} // namespace stardeck::starkex
