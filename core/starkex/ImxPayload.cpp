// SPDX-License-Identifier: MIT
#include "starkex/ImxPayload.h"

#include "crypto/StarkCurve.h"
#include "starkex/Asset.h"

#include <string>
#include <utility>

namespace stardeck::starkex {

using crypto::ErrorCode;
using crypto::makeError;
using crypto::Status;
namespace stark = crypto::stark;

namespace {

// IMX's legacy message tags; wider than the 4-bit StarkEx instructions.
constexpr std::uint64_t kRegistrationTag = 1000;
constexpr std::uint64_t kWithdrawalTag = 1002;
constexpr std::uint64_t kCancelOrderTag = 1003;

Status checkField(std::string_view field, const UInt256 &v)
{
    if (v >= stark::kPrime)
        return makeError(ErrorCode::OutOfRange, std::string(field) + ": " + v.toHex() +
                                                    " is out of range (must be < the field prime p)");
    return {};
}

Status checkBits(std::string_view field, const UInt256 &v, unsigned bits)
{
    if (v.bitLength() > bits)
        return makeError(ErrorCode::OutOfRange, std::string(field) + ": " + v.toDecimal() +
                                                    " is out of range (must be < 2^" + std::to_string(bits) +
                                                    ")");
    return {};
}

} // namespace

Expected<UInt256> registrationPayloadHash(const UInt256 &starkKey, std::string_view ethAddress)
{
    if (const Status s = checkField("stark_key", starkKey); !s)
        return s.error();
    const auto address = parseAddress(ethAddress);
    if (!address)
        return makeError(address.error().code, "ether_key: " + address.error().message);
    auto keyHash = stark::pedersenHash(starkKey);
    if (!keyHash)
        return keyHash;
    // The address is < 2^160, so adding it fills the bits below the tag.
    UInt256 word = UInt256(kRegistrationTag) << 160;
    word.addInPlace(*address);
    return stark::pedersenHash(*keyHash, word);
}

Expected<UInt256> cancelOrderPayloadHash(const UInt256 &orderId)
{
    if (const Status s = checkBits("order_id", orderId, 64); !s)
        return s.error();
    UInt256 word = UInt256(kCancelOrderTag) << 64;
    word.addInPlace(orderId);
    return stark::pedersenHash(word);
}

Expected<LegacyWithdrawalHash> legacyWithdrawalPayloadHash(const LegacyWithdrawalParams &w)
{
    for (const Status &s : {checkField("asset_id", w.assetId), checkField("stark_key", w.starkKey),
                            checkBits("vault_id", w.vaultId, 31), checkBits("amount", w.amount, 63),
                            checkBits("nonce", w.nonce, 31)}) {
        if (!s)
            return s.error();
    }
    // pack(1002, vault_id, 0, amount, 0, nonce, 0) in the transfer layout (§3.1 of the spec).
    UInt256 word(kWithdrawalTag);
    for (const auto &[bits, value] :
         {std::pair{31U, w.vaultId}, std::pair{31U, UInt256{}}, std::pair{63U, w.amount},
          std::pair{63U, UInt256{}}, std::pair{31U, w.nonce}, std::pair{22U, UInt256{}}}) {
        word = word << bits;
        word.addInPlace(value);
    }
    const auto inner = stark::pedersenHash(w.assetId, w.starkKey);
    if (!inner)
        return inner.error();
    const auto hash = stark::pedersenHash(*inner, word);
    if (!hash)
        return hash.error();
    return LegacyWithdrawalHash{*hash, word};
}

} // namespace stardeck::starkex
