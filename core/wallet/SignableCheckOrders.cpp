// SPDX-License-Identifier: MIT
// Limit orders: POST /v3/signable-order-details (maker) and /v3/signable-trade-details (taker).
// With fee_info the API signs a limit order with fee (instruction 3); the fee is paid in the buy
// token when that is fungible (or when neither side is), otherwise in the sell token, and
// fee_limit = floor(quantized fee-side amount * summed fee basis points / 10000) (the sandbox's
// rule, proven against the JS client). Without fee_info it is a plain limit order (instruction 0).
#include "api/ImxModels.h"
#include "starkex/MessageHash.h"
#include "wallet/SignableCheck.h"
#include "wallet/SignableCheckInternal.h"

namespace stardeck::wallet::check {

using namespace detail;

namespace {

//! One side of an order as the user (or the book) asked for it.
struct Side {
    TokenRef token;
    UInt256 baseAmount;
    const ResolvedToken *resolved = nullptr;
};

//! What the checks compare against.
struct Wanted {
    Side sell;
    Side buy;
    std::optional<QDateTime> expiration;
    QList<FeeEntry> fees;
};

//! ETH and ERC20 are fungible; an ERC721 is not.
bool fungible(const TokenRef &token)
{
    return token.type != TokenRef::Type::Erc721;
}

//! The shared order/trade check: echoes, fee_info, expiration, then the recomputed hash.
WalletResult<PreparedItem> checkLimitOrder(const Wanted &want, const Signer &signer,
                                           const QJsonObject &signable, PassportErrorType type)
{
    SignableReader in(signable, type);
    const UInt256 amountBuy = in.decimal(QStringLiteral("amount_buy"));
    const UInt256 amountSell = in.decimal(QStringLiteral("amount_sell"));
    const UInt256 assetIdBuy = in.hex(QStringLiteral("asset_id_buy"));
    const UInt256 assetIdSell = in.hex(QStringLiteral("asset_id_sell"));
    const UInt256 expiration = in.integer(QStringLiteral("expiration_timestamp"));
    const UInt256 nonce = in.integer(QStringLiteral("nonce"));
    const UInt256 payloadHash = in.hex(QStringLiteral("payload_hash"));
    const UInt256 starkKey = in.hex(QStringLiteral("stark_key"));
    const UInt256 vaultIdBuy = in.integer(QStringLiteral("vault_id_buy"));
    const UInt256 vaultIdSell = in.integer(QStringLiteral("vault_id_sell"));
    const bool withFee = in.has(QStringLiteral("fee_info"));
    const QJsonObject feeInfo = withFee ? in.object(QStringLiteral("fee_info")) : QJsonObject();
    if (!in.ok())
        return in.error();
    starkex::FeeParams fee;
    if (withFee) {
        SignableReader feeIn(feeInfo, type, QStringLiteral("fee_info"));
        fee.feeToken = feeIn.hex(QStringLiteral("asset_id"));
        fee.feeLimit = feeIn.decimal(QStringLiteral("fee_limit"));
        fee.feeVaultId = feeIn.integer(QStringLiteral("source_vault_id"));
        if (!feeIn.ok())
            return feeIn.error();
    }

    const auto sellId =
        localAssetId(want.sell.token, *want.sell.resolved, type, QStringLiteral("token_sell"));
    if (!sellId)
        return sellId.error();
    const auto buyId = localAssetId(want.buy.token, *want.buy.resolved, type, QStringLiteral("token_buy"));
    if (!buyId)
        return buyId.error();
    if (sellId.value() == buyId.value())
        return invalidRequest(type, QStringLiteral("the sell and buy tokens must differ"));
    const auto quantSell =
        quantizeAmount(*want.sell.resolved, want.sell.baseAmount, type, QStringLiteral("amount_sell"));
    if (!quantSell)
        return quantSell.error();
    const auto quantBuy =
        quantizeAmount(*want.buy.resolved, want.buy.baseAmount, type, QStringLiteral("amount_buy"));
    if (!quantBuy)
        return quantBuy.error();
    const auto basisPoints = feeBasisPoints(want.fees, type);
    if (!basisPoints)
        return basisPoints.error();

    if (starkKey != signer.starkKey)
        return mismatch(type, QStringLiteral("stark_key"), QStringLiteral("the signer's stark key"));
    if (amountSell != quantSell.value())
        return mismatch(type, QStringLiteral("amount_sell"), QStringLiteral("the sell amount in quanta"));
    if (amountBuy != quantBuy.value())
        return mismatch(type, QStringLiteral("amount_buy"), QStringLiteral("the buy amount in quanta"));
    if (assetIdSell != sellId.value())
        return mismatch(type, QStringLiteral("asset_id_sell"), QStringLiteral("the sell token"));
    if (assetIdBuy != buyId.value())
        return mismatch(type, QStringLiteral("asset_id_buy"), QStringLiteral("the buy token"));
    if (auto bad = checkExpiration(expiration, want.expiration, type, QStringLiteral("expiration_timestamp"),
                                   signer.expirationWindowHours))
        return *bad;

    if (withFee) {
        const bool feeOnBuy = fungible(want.buy.token) || !fungible(want.sell.token);
        if (fee.feeToken != (feeOnBuy ? buyId.value() : sellId.value()))
            return mismatch(type, QStringLiteral("fee_info.asset_id"),
                            feeOnBuy ? QStringLiteral("the buy token (the fee token)")
                                     : QStringLiteral("the sell token (the fee token)"));
        UInt256 limit = feeOnBuy ? quantBuy.value() : quantSell.value();
        limit.mulAddSmall(basisPoints.value(), 0); // < 2^63 * 10^4: no overflow
        limit.divSmall(10000);
        if (fee.feeLimit != limit)
            return mismatch(type, QStringLiteral("fee_info.fee_limit"), QStringLiteral("the requested fees"));
    } else if (basisPoints.value() != 0) {
        return security(type, QStringLiteral("fee_info is missing although fees were requested"));
    }

    starkex::LimitOrderParams params;
    params.vaultIdSell = vaultIdSell;
    params.vaultIdBuy = vaultIdBuy;
    params.amountSell = quantSell.value();
    params.amountBuy = quantBuy.value();
    params.tokenSell = sellId.value();
    params.tokenBuy = buyId.value();
    params.nonce = nonce;
    params.expirationTimestamp = expiration;
    const auto hash =
        withFee ? starkex::limitOrderWithFeeMsgHash(params, fee) : starkex::limitOrderMsgHash(params);
    if (!hash)
        return hashFailure(type, hash.error());
    if (auto bad = checkPayloadHash(hash->hash, payloadHash, type, QStringLiteral("payload_hash")))
        return *bad;

    PreparedItem item;
    item.token = want.sell.token;
    item.token.tokenAddress = item.token.tokenAddress.toLower();
    item.display = want.sell.resolved->display;
    item.amount = want.sell.baseAmount;
    item.quantizedAmount = quantSell.value();
    item.assetId = sellId.value();
    item.buyToken = want.buy.token;
    item.buyToken->tokenAddress = item.buyToken->tokenAddress.toLower();
    item.buyDisplay = want.buy.resolved->display;
    item.buyAmount = want.buy.baseAmount;
    item.vaultIdSell = vaultIdSell;
    item.vaultIdBuy = vaultIdBuy;
    item.nonce = nonce;
    item.expirationHours = expiration;
    if (withFee) {
        item.feeLimit = fee.feeLimit;
        item.feeAssetId = fee.feeToken;
    }
    item.payloadHash = hash->hash;
    return item;
}

//! An ERC721 amount is always one token.
UInt256 baseAmountOf(const TokenRef &token, const UInt256 &amount)
{
    return token.type == TokenRef::Type::Erc721 ? UInt256(1) : amount;
}

//! The TokenRef an order's side names (GET /v3/orders: type "ETH"/"ERC20"/"ERC721" and its data).
std::optional<TokenRef> orderSideToken(const api::TokenAmount &side)
{
    TokenRef token;
    if (side.type == QLatin1String("ETH"))
        token.type = TokenRef::Type::Eth;
    else if (side.type == QLatin1String("ERC20"))
        token.type = TokenRef::Type::Erc20;
    else if (side.type == QLatin1String("ERC721"))
        token.type = TokenRef::Type::Erc721;
    else
        return std::nullopt;
    if (token.type != TokenRef::Type::Eth) {
        if (!side.tokenAddress || side.tokenAddress->isEmpty())
            return std::nullopt;
        token.tokenAddress = side.tokenAddress->toLower();
    }
    if (token.type == TokenRef::Type::Erc721) {
        if (!side.tokenId || side.tokenId->isEmpty())
            return std::nullopt;
        token.tokenId = *side.tokenId;
    }
    return token;
}

} // namespace

WalletResult<PreparedItem> order(const OrderRequest &request, const ResolvedToken &sell,
                                 const ResolvedToken &buy, const Signer &signer, const QJsonObject &signable)
{
    Wanted want;
    want.sell = Side{request.sell, baseAmountOf(request.sell, request.sellAmount), &sell};
    want.buy = Side{request.buy, baseAmountOf(request.buy, request.buyAmount), &buy};
    want.expiration = request.expiration;
    want.fees = request.fees;
    return checkLimitOrder(want, signer, signable, PassportErrorType::CreateOrderError);
}

WalletResult<PreparedItem> trade(const TradeRequest &request, const api::Order &order,
                                 const ResolvedToken &sell, const ResolvedToken &buy, const Signer &signer,
                                 const QJsonObject &signable)
{
    const PassportErrorType type = PassportErrorType::CreateTradeError;
    if (request.orderId != order.orderId)
        return invalidRequest(type, QStringLiteral("the order read is not the order to fill"));
    // The taker gives what the maker buys and gets what the maker sells, in the order's amounts.
    const auto gives = orderSideToken(order.buy);
    const auto gets = orderSideToken(order.sell);
    if (!gives || !gets)
        return walletError(
            type, WalletFailure::InvalidResponse,
            QStringLiteral("order %1 names a token this wallet cannot trade").arg(order.orderId));
    // Optional in the spec; when echoed it must be the order being filled.
    if (signable.contains(QStringLiteral("order_id"))) {
        SignableReader in(signable, type);
        const UInt256 echoed = in.integer(QStringLiteral("order_id"));
        if (!in.ok())
            return in.error();
        if (echoed != UInt256(quint64(order.orderId)))
            return mismatch(type, QStringLiteral("order_id"), QStringLiteral("the order to fill"));
    }
    Wanted want;
    want.sell = Side{*gives, baseAmountOf(*gives, order.buy.quantity), &sell};
    want.buy = Side{*gets, baseAmountOf(*gets, order.sell.quantity), &buy};
    want.expiration = request.expiration;
    want.fees = request.fees;
    return checkLimitOrder(want, signer, signable, type);
}

} // namespace stardeck::wallet::check
