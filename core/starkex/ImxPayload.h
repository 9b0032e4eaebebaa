// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <string_view>

namespace stardeck::starkex {

using crypto::Expected;
using crypto::UInt256;

// Immutable X payload hashes that are not plain StarkEx orders/transfers. The results are raw
// Pedersen outputs (< p); signing them is left to stark::sign, which refuses values >= 2^251.

//! Off-chain registration: H(H(starkKey), (1000 << 160) + ethAddress). Confirmed against real
//! IMX API payload_hash values. starkKey < p; ethAddress is "0x" + 40 hex digits, any case.
Expected<UInt256> registrationPayloadHash(const UInt256 &starkKey, std::string_view ethAddress);

//! Cancel order: one-input Pedersen H((1003 << 64) + orderId), orderId < 2^64.
//! Medium confidence (from @imtbl/imx-sdk 1.43.7 getCancelOrderMsg, not checked against the API).
Expected<UInt256> cancelOrderPayloadHash(const UInt256 &orderId);

//! The fields of the legacy IMX withdrawal message.
struct LegacyWithdrawalParams {
    UInt256 assetId;  //!< < p
    UInt256 starkKey; //!< < p
    UInt256 vaultId;  //!< < 2^31
    UInt256 amount;   //!< quantized, < 2^63
    UInt256 nonce;    //!< < 2^31
};

//! The legacy withdrawal hash and its packed word.
struct LegacyWithdrawalHash {
    UInt256 hash;
    UInt256 packedWord; //!< pack(1002, vaultId, 0, amount, 0, nonce, 0)
};

//! LEGACY, LOW CONFIDENCE: H(H(assetId, starkKey), pack(1002, vaultId, 0, amount, 0, nonce, 0)),
//! from @imtbl/imx-sdk 1.43.7 getWithdrawMsg only; never checked against the IMX API.
Expected<LegacyWithdrawalHash> legacyWithdrawalPayloadHash(const LegacyWithdrawalParams &withdrawal);

} // namespace stardeck::starkex
