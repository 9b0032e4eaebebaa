// SPDX-License-Identifier: MIT
#include "starkex/MessageHash.h"

#include "crypto/StarkCurve.h"
#include "starkex/Amount.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace stardeck::starkex {

using crypto::ErrorCode;
using crypto::makeError;
using crypto::Status;
namespace stark = crypto::stark;

namespace {

constexpr UInt256 kTwo31 = UInt256::powerOfTwo(31);
constexpr UInt256 kTwo22 = UInt256::powerOfTwo(22);
// The second vault id range of the fee variants: [2^63, 2^63 + 2^31).
constexpr UInt256 kSecondVaultStart = UInt256::powerOfTwo(63);
constexpr UInt256 kSecondVaultEnd{0, 0, 0, 0x8000000080000000ULL};

Status outOfRange(std::string_view field, const UInt256 &value, std::string_view rule)
{
    return makeError(ErrorCode::OutOfRange, std::string(field) + ": " + value.toDecimal() +
                                                " is out of range (" + std::string(rule) + ")");
}

Status checkBelow(std::string_view field, const UInt256 &value, const UInt256 &bound, std::string_view rule)
{
    return value < bound ? Status{} : outOfRange(field, value, rule);
}

Status checkVault(std::string_view field, const UInt256 &v)
{
    return checkBelow(field, v, kTwo31, "must be < 2^31");
}

// The fee variants pack vault ids into 64-bit fields and accept a second range at 2^63.
Status checkFeeVault(std::string_view field, const UInt256 &v)
{
    if (v < kTwo31 || (v >= kSecondVaultStart && v < kSecondVaultEnd))
        return {};
    return outOfRange(field, v, "must be in [0, 2^31) or [2^63, 2^63 + 2^31)");
}

Status checkNonce(const UInt256 &v)
{
    return checkBelow("nonce", v, kTwo31, "must be < 2^31");
}

Status checkExpiration(const UInt256 &v)
{
    return checkBelow("expiration_timestamp", v, kTwo22, "must be < 2^22 hours");
}

Status checkField(std::string_view field, const UInt256 &v)
{
    return checkBelow(field, v, stark::kPrime, "must be < the field prime p");
}

// Runs checks in order and returns the first failure.
template <class... Checks>
Status firstError(const Checks &...checks)
{
    Status result;
    ((result.ok() ? void(result = checks) : void()), ...);
    return result;
}

// MSB-first shift-and-add packing; callers have range-checked every value beforehand.
class Packer {
public:
    explicit Packer(const UInt256 &first) : m_word(first) {}
    Packer &add(unsigned bits, const UInt256 &value)
    {
        m_word = m_word << bits;
        m_word.addInPlace(value);
        return *this;
    }
    Packer &shift(unsigned bits)
    {
        m_word = m_word << bits;
        return *this;
    }
    UInt256 word() const { return m_word; }

private:
    UInt256 m_word;
};

UInt256 instructionWord(Instruction instruction)
{
    return UInt256(static_cast<std::uint64_t>(instruction));
}

// The §3.1 layout shared by transfers and limit orders without fee.
UInt256 packNoFee(Instruction instruction, const UInt256 &vaultA, const UInt256 &vaultB,
                  const UInt256 &amountA, const UInt256 &amountB, const UInt256 &nonce,
                  const UInt256 &expiration)
{
    return Packer(instructionWord(instruction))
        .add(31, vaultA)
        .add(31, vaultB)
        .add(63, amountA)
        .add(63, amountB)
        .add(31, nonce)
        .add(22, expiration)
        .word();
}

// Left-folds Pedersen over the elements: H(...H(H(e0, e1), e2)..., ek).
Expected<UInt256> hashChain(std::initializer_list<UInt256> elements)
{
    auto it = elements.begin();
    UInt256 acc = *it++;
    for (; it != elements.end(); ++it) {
        auto h = stark::pedersenHash(acc, *it);
        if (!h)
            return h;
        acc = *h;
    }
    return acc;
}

Expected<MessageHash> finish(Instruction instruction, Expected<UInt256> hash, const UInt256 &word,
                             std::optional<UInt256> word2 = std::nullopt)
{
    if (!hash)
        return hash.error();
    if (*hash >= stark::kTwo251)
        return makeError(ErrorCode::OutOfRange,
                         "message hash " + hash->toHex() + " is >= 2^251 and cannot be signed");
    return MessageHash{instruction, *hash, word, word2};
}

Status checkTransfer(const TransferParams &t, bool feeVariant)
{
    const auto vault = feeVariant ? checkFeeVault : checkVault;
    return firstError(
        checkStarkAmount(t.amount, "amount"), checkNonce(t.nonce), vault("sender_vault_id", t.senderVaultId),
        vault("receiver_vault_id", t.receiverVaultId), checkField("token", t.token),
        checkField("receiver_stark_key", t.receiverStarkKey), checkExpiration(t.expirationTimestamp),
        t.condition ? checkField("condition", *t.condition) : Status{});
}

Status checkOrder(const LimitOrderParams &o, bool feeVariant)
{
    const auto vault = feeVariant ? checkFeeVault : checkVault;
    return firstError(vault("vault_id_sell", o.vaultIdSell), vault("vault_id_buy", o.vaultIdBuy),
                      checkStarkAmount(o.amountSell, "amount_sell"),
                      checkStarkAmount(o.amountBuy, "amount_buy"), checkField("token_sell", o.tokenSell),
                      checkField("token_buy", o.tokenBuy), checkNonce(o.nonce),
                      checkExpiration(o.expirationTimestamp));
}

Status checkFee(const FeeParams &f)
{
    return firstError(checkField("fee_token", f.feeToken), checkFeeVault("fee_vault_id", f.feeVaultId),
                      checkStarkAmount(f.feeLimit, "fee_limit"));
}

} // namespace

Expected<MessageHash> transferMsgHash(const TransferParams &t)
{
    if (const Status s = checkTransfer(t, false); !s)
        return s.error();
    const Instruction instruction = t.condition ? Instruction::ConditionalTransfer : Instruction::Transfer;
    const UInt256 w = packNoFee(instruction, t.senderVaultId, t.receiverVaultId, t.amount, UInt256{}, t.nonce,
                                t.expirationTimestamp);
    if (t.condition)
        return finish(instruction, hashChain({t.token, t.receiverStarkKey, *t.condition, w}), w);
    return finish(instruction, hashChain({t.token, t.receiverStarkKey, w}), w);
}

Expected<MessageHash> transferWithFeeMsgHash(const TransferParams &t, const FeeParams &fee)
{
    if (const Status s = firstError(checkTransfer(t, true), checkFee(fee)); !s)
        return s.error();
    const Instruction instruction =
        t.condition ? Instruction::ConditionalTransferWithFee : Instruction::TransferWithFee;
    const UInt256 w1 =
        Packer(t.senderVaultId).add(64, t.receiverVaultId).add(64, fee.feeVaultId).add(32, t.nonce).word();
    const UInt256 w2 = Packer(instructionWord(instruction))
                           .add(64, t.amount)
                           .add(64, fee.feeLimit)
                           .add(32, t.expirationTimestamp)
                           .shift(81)
                           .word();
    if (t.condition)
        return finish(instruction,
                      hashChain({t.token, fee.feeToken, t.receiverStarkKey, *t.condition, w1, w2}), w1, w2);
    return finish(instruction, hashChain({t.token, fee.feeToken, t.receiverStarkKey, w1, w2}), w1, w2);
}

Expected<MessageHash> limitOrderMsgHash(const LimitOrderParams &o)
{
    if (const Status s = checkOrder(o, false); !s)
        return s.error();
    const UInt256 w = packNoFee(Instruction::LimitOrder, o.vaultIdSell, o.vaultIdBuy, o.amountSell,
                                o.amountBuy, o.nonce, o.expirationTimestamp);
    return finish(Instruction::LimitOrder, hashChain({o.tokenSell, o.tokenBuy, w}), w);
}

Expected<MessageHash> limitOrderWithFeeMsgHash(const LimitOrderParams &o, const FeeParams &fee)
{
    if (const Status s = firstError(checkOrder(o, true), checkFee(fee)); !s)
        return s.error();
    const UInt256 w1 =
        Packer(o.amountSell).add(64, o.amountBuy).add(64, fee.feeLimit).add(32, o.nonce).word();
    const UInt256 w2 = Packer(instructionWord(Instruction::LimitOrderWithFee))
                           .add(64, fee.feeVaultId)
                           .add(64, o.vaultIdSell)
                           .add(64, o.vaultIdBuy)
                           .add(32, o.expirationTimestamp)
                           .shift(17)
                           .word();
    return finish(Instruction::LimitOrderWithFee, hashChain({o.tokenSell, o.tokenBuy, fee.feeToken, w1, w2}),
                  w1, w2);
}

} // namespace stardeck::starkex
