// SPDX-License-Identifier: MIT
#include "CryptoOps.h"

#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkCurve.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"
#include "starkex/Asset.h"
#include "starkex/ImxPayload.h"
#include "starkex/MessageHash.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>
#include <string>
#include <utility>

namespace stardeck::cli {

using crypto::ErrorCode;
using crypto::makeError;
using crypto::SecureBytes;
namespace stark = crypto::stark;

namespace {

void put(QJsonObject &out, const char *key, const QJsonValue &value)
{
    out.insert(QLatin1String(key), value);
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

//! Secret bytes as "0x" + lowercase hex, written straight into the answer's QString.
QString secretHexField(const SecureBytes &bytes)
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    QString out(2 + 2 * qsizetype(bytes.size()), Qt::Uninitialized);
    QChar *p = out.data();
    *p++ = u'0';
    *p++ = u'x';
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        *p++ = QChar(kDigits[bytes[i] >> 4]);
        *p++ = QChar(kDigits[bytes[i] & 0xF]);
    }
    return out;
}

//! Reads fields in turn and keeps the first error, so a handler reads all of its inputs and
//! checks once.
class FieldReader {
public:
    explicit FieldReader(const Request &request) : m_request(request) {}

    bool ok() const { return !m_error.has_value(); }
    const crypto::Error &error() const { return *m_error; }
    void fail(crypto::Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    UInt256 hex(const char *field) { return take(m_request.hex(field)); }
    UInt256 integer(const char *field) { return take(m_request.integer(field)); }
    QString string(const char *field) { return take(m_request.string(field)); }
    std::optional<UInt256> optionalHex(const char *field) { return take(m_request.optionalHex(field)); }
    std::optional<UInt256> optionalInteger(const char *field)
    {
        return take(m_request.optionalInteger(field));
    }
    std::optional<QString> optionalString(const char *field) { return take(m_request.optionalString(field)); }
    crypto::EthAddress address(const char *field) { return take(m_request.address(field)); }

    //! A field that the chosen variant does not use must be absent: a typo in the variant
    //! would otherwise silently drop it from the hash.
    void forbid(const char *field, const QString &variant)
    {
        if (ok() && m_request.has(field))
            fail(makeError(ErrorCode::InvalidFormat, std::string("field \"") + field +
                                                         "\" does not apply to variant \"" +
                                                         variant.toStdString() + '"'));
    }

private:
    template <class T>
    T take(Expected<T> value)
    {
        if (!value) {
            fail(value.error());
            return T{};
        }
        return std::move(*value);
    }

    const Request &m_request;
    std::optional<crypto::Error> m_error;
};

Expected<SecureBytes> starkPrivateKey(const Request &request, const char *field)
{
    auto key = request.secret32(field);
    if (!key)
        return key.error();
    const crypto::Status range = stark::checkPrivateKey(*key);
    if (!range)
        return fieldError(field, range.error());
    return key;
}

Expected<std::unique_ptr<crypto::LocalEthSigner>> ethSigner(const Request &request, const char *field)
{
    auto key = request.secret32(field);
    if (!key)
        return key.error();
    const crypto::Status range = crypto::secp256k1::checkPrivateKey(*key);
    if (!range)
        return fieldError(field, range.error());
    auto signer = crypto::LocalEthSigner::create(std::move(*key));
    if (!signer)
        return fieldError(field, signer.error());
    return signer;
}

Expected<QJsonObject> pedersen(const Request &request)
{
    FieldReader in(request);
    const UInt256 a = in.hex("a");
    const std::optional<UInt256> b = in.optionalHex("b");
    if (!in.ok())
        return in.error();
    const auto hash = b ? stark::pedersenHash(a, *b) : stark::pedersenHash(a);
    if (!hash)
        return hash.error();
    QJsonObject out;
    put(out, "hash", hexField(*hash));
    return out;
}

Expected<QJsonObject> starkPublicKey(const Request &request)
{
    const auto key = starkPrivateKey(request, "private_key");
    if (!key)
        return key.error();
    const auto pub = stark::publicKey(*key);
    if (!pub)
        return pub.error();
    QJsonObject out;
    put(out, "stark_key", hexField(pub->x));
    put(out, "public_key_y", hexField(pub->y));
    return out;
}

Expected<QJsonObject> starkSign(const Request &request)
{
    const auto key = starkPrivateKey(request, "private_key");
    if (!key)
        return key.error();
    const auto msgHash = request.hex("msg_hash");
    if (!msgHash)
        return msgHash.error();
    const auto sig = stark::sign(*key, *msgHash);
    if (!sig)
        return sig.error();
    QJsonObject out;
    put(out, "r", hexField(sig->r));
    put(out, "s", hexField(sig->s));
    put(out, "imx_stark_signature", latin1(sig->toHex()));
    return out;
}

Expected<QJsonObject> starkVerify(const Request &request)
{
    FieldReader in(request);
    const UInt256 starkKey = in.hex("stark_key");
    const UInt256 msgHash = in.hex("msg_hash");
    stark::Signature sig;
    if (request.has("signature")) {
        // The IMX wire form "0x" + r + s, as an alternative to separate r and s.
        if (request.has("r") || request.has("s"))
            in.fail(makeError(ErrorCode::InvalidFormat,
                              "give either \"signature\" or \"r\" and \"s\", not both"));
        const QByteArray text = in.string("signature").toLatin1();
        if (in.ok()) {
            auto parsed =
                stark::Signature::fromHex(std::string_view(text.constData(), std::size_t(text.size())));
            if (parsed)
                sig = *parsed;
            else
                in.fail(fieldError("signature", parsed.error()));
        }
    } else {
        sig.r = in.hex("r");
        sig.s = in.hex("s");
    }
    if (!in.ok())
        return in.error();

    QJsonObject out;
    const auto valid = stark::verify(starkKey, msgHash, sig);
    if (valid) {
        put(out, "valid", *valid);
        return out;
    }
    // Range violations and keys off the curve are invalid signatures, not failed requests
    // (the official library throws on them; the vectors record valid: false).
    switch (valid.error().code) {
    case ErrorCode::OutOfRange:
    case ErrorCode::NotOnCurve:
    case ErrorCode::Unsignable:
        put(out, "valid", false);
        put(out, "reason", latin1(valid.error().message));
        return out;
    default:
        return valid.error();
    }
}

//! Writes the hash and packed words of a StarkEx message under the vector files' names.
QJsonObject messageHashFields(const starkex::MessageHash &hash)
{
    QJsonObject out;
    put(out, "msg_hash", hexField(hash.hash));
    put(out, "instruction_type", int(hash.instruction));
    if (hash.packedWord2) {
        put(out, "packed_word_1", hexField(hash.packedWord));
        put(out, "packed_word_2", hexField(*hash.packedWord2));
    } else {
        put(out, "packed_word", hexField(hash.packedWord));
    }
    return out;
}

//! Reads fee_token, fee_vault_id and fee_limit for a fee variant, or checks they are absent.
starkex::FeeParams readFee(FieldReader &in, bool withFee, const QString &variant)
{
    starkex::FeeParams fee;
    if (withFee) {
        fee.feeToken = in.hex("fee_token");
        fee.feeVaultId = in.integer("fee_vault_id");
        fee.feeLimit = in.integer("fee_limit");
    } else {
        in.forbid("fee_token", variant);
        in.forbid("fee_vault_id", variant);
        in.forbid("fee_limit", variant);
    }
    return fee;
}

Expected<QJsonObject> transferMsgHash(const Request &request)
{
    FieldReader in(request);
    const QString variant = in.string("variant");
    if (!in.ok())
        return in.error();
    const bool conditional = variant.startsWith(QLatin1String("conditional_"));
    const bool withFee = variant.endsWith(QLatin1String("_with_fee"));
    if (variant != QLatin1String("transfer") && variant != QLatin1String("conditional_transfer") &&
        variant != QLatin1String("transfer_with_fee") &&
        variant != QLatin1String("conditional_transfer_with_fee"))
        return makeError(ErrorCode::InvalidFormat,
                         "field \"variant\": must be transfer, conditional_transfer, transfer_with_fee or "
                         "conditional_transfer_with_fee");

    starkex::TransferParams transfer;
    transfer.amount = in.integer("amount");
    transfer.nonce = in.integer("nonce");
    transfer.senderVaultId = in.integer("sender_vault_id");
    transfer.token = in.hex("token");
    transfer.receiverVaultId = in.integer("receiver_vault_id");
    transfer.receiverStarkKey = in.hex("receiver_stark_key");
    transfer.expirationTimestamp = in.integer("expiration_timestamp");
    if (conditional)
        transfer.condition = in.hex("condition");
    else
        in.forbid("condition", variant);
    const starkex::FeeParams fee = readFee(in, withFee, variant);
    if (!in.ok())
        return in.error();

    const auto hash =
        withFee ? starkex::transferWithFeeMsgHash(transfer, fee) : starkex::transferMsgHash(transfer);
    if (!hash)
        return hash.error();
    return messageHashFields(*hash);
}

Expected<QJsonObject> limitOrderMsgHash(const Request &request)
{
    FieldReader in(request);
    const QString variant = in.string("variant");
    if (!in.ok())
        return in.error();
    const bool withFee = variant == QLatin1String("limit_order_with_fee");
    if (!withFee && variant != QLatin1String("limit_order"))
        return makeError(ErrorCode::InvalidFormat,
                         "field \"variant\": must be limit_order or limit_order_with_fee");

    starkex::LimitOrderParams order;
    order.vaultIdSell = in.integer("vault_id_sell");
    order.vaultIdBuy = in.integer("vault_id_buy");
    order.amountSell = in.integer("amount_sell");
    order.amountBuy = in.integer("amount_buy");
    order.tokenSell = in.hex("token_sell");
    order.tokenBuy = in.hex("token_buy");
    order.nonce = in.integer("nonce");
    order.expirationTimestamp = in.integer("expiration_timestamp");
    const starkex::FeeParams fee = readFee(in, withFee, variant);
    if (!in.ok())
        return in.error();

    const auto hash =
        withFee ? starkex::limitOrderWithFeeMsgHash(order, fee) : starkex::limitOrderMsgHash(order);
    if (!hash)
        return hash.error();
    return messageHashFields(*hash);
}

Expected<QJsonObject> assetId(const Request &request)
{
    FieldReader in(request);
    const QByteArray typeName = in.string("type").toLatin1();
    if (!in.ok())
        return in.error();
    const auto kind =
        starkex::parseAssetKind(std::string_view(typeName.constData(), std::size_t(typeName.size())));
    if (!kind)
        return fieldError("type", kind.error());

    starkex::AssetSpec spec;
    spec.kind = *kind;
    const bool nft = *kind == starkex::AssetKind::Erc721 || *kind == starkex::AssetKind::MintableErc721;
    // Only NFTs have an implied quantum (1); a forgotten quantum must not silently become 1.
    if (nft && !request.has("quantum"))
        spec.quantum = UInt256(1);
    else
        spec.quantum = in.integer("quantum");
    if (request.has("token_address"))
        spec.tokenAddress = in.address("token_address").toLowerHex();
    spec.tokenId = in.optionalInteger("token_id");
    const std::optional<QString> blob = in.optionalString("blob");
    if (blob)
        spec.blob = blob->toStdString();
    if (!in.ok())
        return in.error();

    const auto type = starkex::assetType(spec);
    if (!type)
        return type.error();
    const auto id = starkex::assetId(spec);
    if (!id)
        return id.error();
    QJsonObject out;
    put(out, "asset_type", hexField(*type));
    put(out, "asset_id", hexField(*id));
    put(out, "selector", QStringLiteral("0x%1").arg(starkex::assetSelector(*kind), 8, 16, QLatin1Char('0')));
    if (spec.blob)
        put(out, "blob_hash", hexField(starkex::mintingBlobHash(*spec.blob)));
    return out;
}

Expected<QJsonObject> ethAddress(const Request &request)
{
    const auto signer = ethSigner(request, "private_key");
    if (!signer)
        return signer.error();
    QJsonObject out;
    put(out, "address", latin1((*signer)->address().toChecksumHex()));
    return out;
}

Expected<QJsonObject> ethPersonalSign(const Request &request)
{
    const auto signer = ethSigner(request, "private_key");
    if (!signer)
        return signer.error();
    const auto message = request.string("message");
    if (!message)
        return message.error();
    const auto sig = (*signer)->signPersonalMessageNow(message->toUtf8());
    if (!sig)
        return sig.error();
    QJsonObject out;
    put(out, "address", latin1((*signer)->address().toChecksumHex()));
    put(out, "signature_rsv", latin1(sig->toRsvHex()));
    put(out, "imx_signature", latin1(sig->toImxHex()));
    put(out, "r", hexField(sig->r));
    put(out, "s", hexField(sig->s));
    put(out, "v", int(sig->v));
    return out;
}

struct GrindVariantName {
    const char *name;
    crypto::imx::GrindVariant variant;
};

constexpr GrindVariantName kGrindVariants[] = {
    {"current", crypto::imx::GrindVariant::Current},
    {"core_sdk_v2_0_1", crypto::imx::GrindVariant::CoreSdkV201},
    {"imx_sdk_js_legacy", crypto::imx::GrindVariant::LegacyImxSdkJs},
    {"starkware_reference", crypto::imx::GrindVariant::StarkWareReference},
};

Expected<QJsonObject> starkKeyFromEth(const Request &request)
{
    FieldReader in(request);
    const std::optional<QString> variantName = in.optionalString("grind_variant");
    if (!in.ok())
        return in.error();
    auto variant = crypto::imx::GrindVariant::Current;
    if (variantName) {
        const GrindVariantName *match = nullptr;
        for (const auto &v : kGrindVariants) {
            if (*variantName == QLatin1String(v.name))
                match = &v;
        }
        if (!match)
            return makeError(
                ErrorCode::InvalidFormat,
                "field \"grind_variant\": must be current, core_sdk_v2_0_1, imx_sdk_js_legacy or "
                "starkware_reference");
        variant = match->variant;
    }

    const auto signer = ethSigner(request, "eth_private_key");
    if (!signer)
        return signer.error();
    const QByteArray seedMessage = QByteArray::fromRawData(crypto::imx::kSeedMessage.data(),
                                                           qsizetype(crypto::imx::kSeedMessage.size()));
    auto seedSignature = (*signer)->signPersonalMessageNow(seedMessage);
    if (!seedSignature)
        return seedSignature.error();
    auto derived = crypto::imx::deriveStarkKey((*signer)->address(), *seedSignature, variant);
    // The seed signature is as secret as the key it derives.
    crypto::secureWipe(&*seedSignature, sizeof(crypto::EthSignature));
    if (!derived)
        return derived.error();
    const auto pub = stark::publicKey(derived->privateKey);
    if (!pub)
        return pub.error();

    QJsonObject out;
    put(out, "eth_address", latin1((*signer)->address().toChecksumHex()));
    put(out, "stark_private_key", secretHexField(derived->privateKey));
    put(out, "stark_key", hexField(pub->x));
    put(out, "stark_key_y", hexField(pub->y));
    put(out, "account_path", latin1(derived->accountPath));
    put(out, "first_hash_above_limit", derived->firstHashAboveLimit);
    put(out, "grind_rounds", derived->grindRounds);
    return out;
}

Expected<QJsonObject> registrationPayloadHash(const Request &request)
{
    FieldReader in(request);
    const crypto::EthAddress ether = in.address("ether_key");
    const UInt256 starkKey = in.hex("stark_key");
    if (!in.ok())
        return in.error();
    const auto hash = starkex::registrationPayloadHash(starkKey, ether.toLowerHex());
    if (!hash)
        return hash.error();
    QJsonObject out;
    put(out, "payload_hash", hexField(*hash));
    return out;
}

Expected<QJsonObject> cancelOrderPayloadHash(const Request &request)
{
    const auto orderId = request.integer("order_id");
    if (!orderId)
        return orderId.error();
    const auto hash = starkex::cancelOrderPayloadHash(*orderId);
    if (!hash)
        return hash.error();
    QJsonObject out;
    put(out, "payload_hash", hexField(*hash));
    return out;
}

Expected<QJsonObject> legacyWithdrawalPayloadHash(const Request &request)
{
    FieldReader in(request);
    starkex::LegacyWithdrawalParams withdrawal;
    withdrawal.assetId = in.hex("asset_id");
    withdrawal.starkKey = in.hex("stark_key");
    withdrawal.vaultId = in.integer("vault_id");
    withdrawal.amount = in.integer("amount");
    withdrawal.nonce = in.integer("nonce");
    if (!in.ok())
        return in.error();
    const auto hash = starkex::legacyWithdrawalPayloadHash(withdrawal);
    if (!hash)
        return hash.error();
    QJsonObject out;
    put(out, "payload_hash", hexField(hash->hash));
    put(out, "packed_word", hexField(hash->packedWord));
    return out;
}

constexpr CryptoOp kOps[] = {
    {"pedersen", "a, b?", "hash (one-input H(a) = H(a, 0) when b is absent)", &pedersen},
    {"stark_public_key", "private_key", "stark_key, public_key_y", &starkPublicKey},
    {"stark_sign", "private_key, msg_hash", "r, s, imx_stark_signature", &starkSign},
    {"stark_verify", "stark_key, msg_hash, r, s (or signature = 0x r s)",
     "valid, reason? (when out of range)", &starkVerify},
    {"transfer_msg_hash",
     "variant (transfer | conditional_transfer | transfer_with_fee | conditional_transfer_with_fee), amount, "
     "nonce, sender_vault_id, token, receiver_vault_id, receiver_stark_key, expiration_timestamp, condition?, "
     "fee_token?, fee_vault_id?, fee_limit?",
     "msg_hash, instruction_type, packed_word | packed_word_1, packed_word_2", &transferMsgHash},
    {"limit_order_msg_hash",
     "variant (limit_order | limit_order_with_fee), vault_id_sell, vault_id_buy, amount_sell, amount_buy, "
     "token_sell, token_buy, nonce, expiration_timestamp, fee_token?, fee_vault_id?, fee_limit?",
     "msg_hash, instruction_type, packed_word | packed_word_1, packed_word_2", &limitOrderMsgHash},
    {"asset_id",
     "type (ETH | ERC20 | ERC721 | MINTABLE_ERC20 | MINTABLE_ERC721), quantum, token_address?, "
     "token_id?, blob?",
     "asset_type, asset_id, selector, blob_hash?", &assetId},
    {"eth_address", "private_key", "address", &ethAddress},
    {"eth_personal_sign", "private_key, message", "address, signature_rsv, imx_signature, r, s, v",
     &ethPersonalSign},
    {"stark_key_from_eth",
     "eth_private_key, grind_variant? (current | core_sdk_v2_0_1 | imx_sdk_js_legacy | starkware_reference)",
     "eth_address, stark_private_key, stark_key, stark_key_y, account_path, first_hash_above_limit, grind_rounds",
     &starkKeyFromEth},
    {"registration_payload_hash", "ether_key, stark_key", "payload_hash", &registrationPayloadHash},
    {"cancel_order_payload_hash", "order_id", "payload_hash", &cancelOrderPayloadHash},
    {"legacy_withdrawal_payload_hash", "asset_id, stark_key, vault_id, amount, nonce",
     "payload_hash, packed_word (legacy IMX SDK formula, low confidence)", &legacyWithdrawalPayloadHash},
};

} // namespace

std::span<const CryptoOp> cryptoOps()
{
    return kOps;
}

const CryptoOp *findCryptoOp(QStringView name)
{
    for (const CryptoOp &op : kOps) {
        if (name == QLatin1String(op.name))
            return &op;
    }
    return nullptr;
}

} // namespace stardeck::cli
