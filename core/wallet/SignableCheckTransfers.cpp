// SPDX-License-Identifier: MIT
// Transfers: POST /v1/signable-transfer-details (and the exchange variant) and the v2 batch.
// The API signs plain StarkEx transfers (instruction 1, no fee; the sandbox, faithful to the JS
// client, does the same): H(H(asset_id, receiver_stark_key), packed word).
#include "starkex/MessageHash.h"
#include "wallet/SignableCheck.h"
#include "wallet/SignableCheckInternal.h"

namespace stardeck::wallet::check {

using namespace detail;

namespace {

//! The fields one transfer signable carries (v1 body, or one item of v2's signable_responses).
struct TransferFields {
    UInt256 amount; //!< quantized
    UInt256 assetId;
    UInt256 expiration;
    UInt256 nonce;
    UInt256 payloadHash;
    UInt256 receiverStarkKey;
    UInt256 receiverVaultId;
    UInt256 senderVaultId;
};

//! Reads the fields every transfer signable has (the reader keeps the first failure).
TransferFields readTransfer(SignableReader &in)
{
    TransferFields t;
    t.amount = in.decimal(QStringLiteral("amount"));
    t.assetId = in.hex(QStringLiteral("asset_id"));
    t.expiration = in.integer(QStringLiteral("expiration_timestamp"));
    t.nonce = in.integer(QStringLiteral("nonce"));
    t.payloadHash = in.hex(QStringLiteral("payload_hash"));
    t.receiverStarkKey = in.hex(QStringLiteral("receiver_stark_key"));
    t.receiverVaultId = in.integer(QStringLiteral("receiver_vault_id"));
    t.senderVaultId = in.integer(QStringLiteral("sender_vault_id"));
    return t;
}

//! Checks one transfer's echoed fields and hash; `prefix` is "" or "signable_responses[i].".
WalletResult<PreparedItem> checkTransfer(const TransferFields &t, const TokenRef &asked,
                                         const UInt256 &baseAmount, const QString &receiver,
                                         const ResolvedToken &token, const UInt256 &receiverStarkKey,
                                         PassportErrorType type, const QString &prefix, qint64 windowHours)
{
    const auto assetId = localAssetId(asked, token, type, prefix + QStringLiteral("token"));
    if (!assetId)
        return assetId.error();
    const auto quantized = quantizeAmount(token, baseAmount, type, prefix + QStringLiteral("amount"));
    if (!quantized)
        return quantized.error();
    if (t.amount != quantized.value())
        return mismatch(type, prefix + QStringLiteral("amount"),
                        QStringLiteral("the requested amount in quanta of the token"));
    if (t.assetId != assetId.value())
        return mismatch(type, prefix + QStringLiteral("asset_id"), QStringLiteral("the requested token"));
    if (t.receiverStarkKey != receiverStarkKey)
        return mismatch(type, prefix + QStringLiteral("receiver_stark_key"),
                        QStringLiteral("the receiver's registered stark key"));
    if (auto bad = checkExpiration(t.expiration, std::nullopt, type,
                                   prefix + QStringLiteral("expiration_timestamp"), windowHours))
        return *bad;

    starkex::TransferParams params;
    params.amount = quantized.value();
    params.nonce = t.nonce;
    params.senderVaultId = t.senderVaultId;
    params.token = assetId.value();
    params.receiverVaultId = t.receiverVaultId;
    params.receiverStarkKey = receiverStarkKey;
    params.expirationTimestamp = t.expiration;
    const auto hash = starkex::transferMsgHash(params);
    if (!hash)
        return hashFailure(type, hash.error(), prefix);
    if (auto bad = checkPayloadHash(hash->hash, t.payloadHash, type, prefix + QStringLiteral("payload_hash")))
        return *bad;

    PreparedItem item;
    item.receiver = receiver.toLower();
    item.receiverStarkKey = receiverStarkKey;
    item.token = asked;
    item.token.tokenAddress = asked.tokenAddress.toLower();
    item.display = token.display;
    item.amount = baseAmount;
    item.quantizedAmount = quantized.value();
    item.assetId = assetId.value();
    item.vaultIdSell = t.senderVaultId;
    item.vaultIdBuy = t.receiverVaultId;
    item.nonce = t.nonce;
    item.expirationHours = t.expiration;
    item.payloadHash = hash->hash;
    return item;
}

//! The SignableToken echo of a batch item: {"type":"ERC721","data":{"token_address","token_id"}}.
std::optional<WalletError> checkNftEcho(const QJsonObject &echo, const NftTransferItem &item,
                                        const QString &path)
{
    const PassportErrorType type = PassportErrorType::TransferError;
    SignableReader in(echo, type, path);
    const QString tokenType = in.string(QStringLiteral("type"));
    const QJsonObject data = in.object(QStringLiteral("data"));
    if (!in.ok())
        return in.error();
    SignableReader dataIn(data, type, path + QStringLiteral(".data"));
    const QString address = dataIn.string(QStringLiteral("token_address"));
    const QString tokenId = dataIn.string(QStringLiteral("token_id"));
    if (!dataIn.ok())
        return dataIn.error();
    if (tokenType != QLatin1String("ERC721"))
        return mismatch(type, path + QStringLiteral(".type"), QStringLiteral("the requested ERC721 token"));
    if (address.compare(item.tokenAddress, Qt::CaseInsensitive) != 0)
        return mismatch(type, path + QStringLiteral(".data.token_address"),
                        QStringLiteral("the requested token"));
    if (tokenId != item.tokenId)
        return mismatch(type, path + QStringLiteral(".data.token_id"), QStringLiteral("the requested token"));
    return std::nullopt;
}

} // namespace

WalletResult<PreparedItem> transfer(const TransferRequest &request, const ResolvedToken &token,
                                    const Signer &signer, const UInt256 &receiverStarkKey,
                                    const QJsonObject &signable, PassportErrorType type)
{
    SignableReader in(signable, type);
    const TransferFields fields = readTransfer(in);
    // Optional in the spec (the SDK falls back to its own key); when present it must be ours.
    const bool hasSender = in.has(QStringLiteral("sender_stark_key"));
    const UInt256 senderKey = hasSender ? in.hex(QStringLiteral("sender_stark_key")) : UInt256();
    if (!in.ok())
        return in.error();
    if (hasSender && senderKey != signer.starkKey)
        return mismatch(type, QStringLiteral("sender_stark_key"), QStringLiteral("the signer's stark key"));
    const UInt256 baseAmount = request.token.type == TokenRef::Type::Erc721 ? UInt256(1) : request.amount;
    return checkTransfer(fields, request.token, baseAmount, request.receiver, token, receiverStarkKey, type,
                         {}, signer.expirationWindowHours);
}

WalletResult<QList<PreparedItem>> batchTransfer(const QList<NftTransferItem> &items,
                                                const QList<ResolvedToken> &tokens, const Signer &signer,
                                                const QList<UInt256> &receiverStarkKeys,
                                                const QJsonObject &signable)
{
    const PassportErrorType type = PassportErrorType::TransferError;
    if (items.isEmpty() || tokens.size() != items.size() || receiverStarkKeys.size() != items.size())
        return invalidRequest(type, QStringLiteral("a batch needs one token and one receiver key per item"));
    SignableReader in(signable, type);
    const UInt256 senderKey = in.hex(QStringLiteral("sender_stark_key"));
    const QJsonArray responses = in.array(QStringLiteral("signable_responses"));
    if (!in.ok())
        return in.error();
    if (senderKey != signer.starkKey)
        return mismatch(type, QStringLiteral("sender_stark_key"), QStringLiteral("the signer's stark key"));
    if (responses.size() != items.size())
        return security(type, QStringLiteral("signable_responses has %1 items for %2 requested transfers")
                                  .arg(responses.size())
                                  .arg(items.size()));
    QList<PreparedItem> prepared;
    prepared.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("signable_responses[%1]").arg(i);
        if (!responses[i].isObject())
            return walletError(type, WalletFailure::InvalidResponse,
                               QStringLiteral("the signable response's %1 is not an object").arg(path));
        SignableReader item(responses[i].toObject(), type, path);
        const TransferFields fields = readTransfer(item);
        const QJsonObject echo = item.object(QStringLiteral("token"));
        if (!item.ok())
            return item.error();
        if (auto bad = checkNftEcho(echo, items[i], path + QStringLiteral(".token")))
            return *bad;
        TokenRef asked;
        asked.type = TokenRef::Type::Erc721;
        asked.tokenAddress = items[i].tokenAddress;
        asked.tokenId = items[i].tokenId;
        auto one =
            checkTransfer(fields, asked, UInt256(1), items[i].receiver, tokens[i], receiverStarkKeys[i], type,
                          path + QLatin1Char('.'), signer.expirationWindowHours);
        if (!one)
            return one.error();
        prepared.append(std::move(one).value());
    }
    return prepared;
}

} // namespace stardeck::wallet::check
