// SPDX-License-Identifier: MIT
// ProviderPrepare: orders (create, cancel) and trades.
#include "wallet/ImxProvider.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderPrepare.h"
#include "wallet/SignableCheck.h"

namespace stardeck::wallet {

namespace {

WalletError invalid(PassportErrorType type, const QString &message)
{
    return walletError(type, WalletFailure::InvalidRequest, message);
}

//! Normalizes a token's address; false when it is not a valid address (ETH has none).
bool normalizeToken(TokenRef &token)
{
    if (token.type == TokenRef::Type::Eth) {
        token.tokenAddress.clear();
        return true;
    }
    token.tokenAddress = ProviderPrepare::normalizeAddress(token.tokenAddress);
    return !token.tokenAddress.isEmpty() &&
           (token.type != TokenRef::Type::Erc721 || !token.tokenId.isEmpty());
}

//! The limit-order fields of a v3 order or trade submit body (copied from the verified signable).
QJsonObject orderFields(const QJsonObject &signable, const QJsonArray &fees,
                        const crypto::stark::Signature &signature)
{
    QJsonObject out;
    ProviderPrepare::copyFields(signable, out,
                                {"amount_buy", "amount_sell", "asset_id_buy", "asset_id_sell",
                                 "expiration_timestamp", "nonce", "stark_key", "vault_id_buy",
                                 "vault_id_sell"});
    out.insert(QStringLiteral("include_fees"), true);
    out.insert(QStringLiteral("fees"), fees);
    out.insert(QStringLiteral("stark_signature"), QString::fromStdString(signature.toHex()));
    return out;
}

//! The order's side as a TokenRef.
std::optional<TokenRef> tokenOf(const api::TokenAmount &side)
{
    TokenRef token;
    if (side.type == QLatin1String("ETH")) {
        token.type = TokenRef::Type::Eth;
    } else if (side.type == QLatin1String("ERC20")) {
        token.type = TokenRef::Type::Erc20;
        token.tokenAddress = side.tokenAddress.value_or(QString());
    } else if (side.type == QLatin1String("ERC721")) {
        token.type = TokenRef::Type::Erc721;
        token.tokenAddress = side.tokenAddress.value_or(QString());
        token.tokenId = side.tokenId.value_or(QString());
    } else {
        return std::nullopt;
    }
    if (!normalizeToken(token))
        return std::nullopt;
    return token;
}

//! Unix hours, as the v3 endpoints take expiration_timestamp.
qint64 hoursOf(const QDateTime &time)
{
    return time.toSecsSinceEpoch() / 3600;
}

} // namespace

ProviderSignedFlow::Preparer ProviderPrepare::createOrder(OrderRequest request)
{
    return [request](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) mutable {
        const PassportErrorType type = flow.type();
        if (!normalizeToken(request.sell) || !normalizeToken(request.buy))
            return next(invalid(
                type, QStringLiteral("the order's tokens need valid addresses (and a token id for NFTs)")));
        if (request.sell.type == TokenRef::Type::Erc721)
            request.sellAmount = UInt256(1);
        if (request.buy.type == TokenRef::Type::Erc721)
            request.buyAmount = UInt256(1);
        if (request.sellAmount.isZero() || request.buyAmount.isZero())
            return next(invalid(type, QStringLiteral("the order's amounts must be greater than zero")));
        QString feeError;
        const QJsonArray fees = feesJson(request.fees, &feeError);
        if (!feeError.isEmpty())
            return next(invalid(type, feeError));
        QPointer<ProviderSignedFlow> guard(&flow);
        flow.resolveToken(request.sell, [guard, request, fees, next](WalletResult<ResolvedToken> sell) {
            if (!guard)
                return;
            if (!sell.ok())
                return next(sell.error());
            guard->resolveToken(request.buy, [guard, request, fees, next,
                                              sell = sell.value()](WalletResult<ResolvedToken> buy) {
                if (!guard)
                    return;
                if (!buy.ok())
                    return next(buy.error());
                QJsonObject body{
                    {QStringLiteral("user"), guard->signer().ethAddress},
                    {QStringLiteral("amount_buy"), QString::fromStdString(request.buyAmount.toDecimal())},
                    {QStringLiteral("token_buy"), signableToken(request.buy)},
                    {QStringLiteral("amount_sell"), QString::fromStdString(request.sellAmount.toDecimal())},
                    {QStringLiteral("token_sell"), signableToken(request.sell)},
                    {QStringLiteral("fees"), fees},
                    {QStringLiteral("split_fees"), true}};
                if (request.expiration)
                    body.insert(QStringLiteral("expiration_timestamp"), hoursOf(*request.expiration));
                guard->postSignable(
                    QStringLiteral("/v3/signable-order-details"), body, true,
                    [guard, request, fees, next, sell,
                     buy = buy.value()](WalletResult<QJsonObject> signable) {
                        if (!guard)
                            return;
                        if (!signable.ok())
                            return next(signable.error());
                        guard->progress(ActionState::Checking);
                        auto item = check::order(request, sell, buy, guard->signer(), signable.value());
                        if (!item.ok())
                            return next(item.error());
                        SignedDraft draft;
                        draft.action.sender = guard->signer().ethAddress;
                        draft.action.senderStarkKey = guard->signer().starkKey;
                        draft.action.items = {item.value()};
                        draft.action.fees = request.fees;
                        draft.action.readableTransaction =
                            signable->value(QStringLiteral("readable_transaction")).toString();
                        draft.action.signable = signable.value();
                        draft.guardianHash = signable->value(QStringLiteral("payload_hash")).toString();
                        draft.method = QByteArrayLiteral("POST");
                        draft.path = QStringLiteral("/v3/orders");
                        const QJsonObject verified = signable.value();
                        draft.body = [verified, fees](const QList<crypto::stark::Signature> &signatures) {
                            return compactJson(orderFields(verified, fees, signatures.value(0)));
                        };
                        next(std::move(draft));
                    });
            });
        });
    };
}

ProviderSignedFlow::Preparer ProviderPrepare::cancelOrder(qint64 orderId)
{
    return [orderId](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) {
        if (orderId <= 0)
            return next(invalid(flow.type(), QStringLiteral("the order id must be positive")));
        QPointer<ProviderSignedFlow> guard(&flow);
        flow.postSignable(QStringLiteral("/v3/signable-cancel-order-details"),
                          QJsonObject{{QStringLiteral("order_id"), orderId}}, true,
                          [guard, orderId, next](WalletResult<QJsonObject> signable) {
                              if (!guard)
                                  return;
                              if (!signable.ok())
                                  return next(signable.error());
                              guard->progress(ActionState::Checking);
                              auto item = check::cancel(orderId, signable.value());
                              if (!item.ok())
                                  return next(item.error());
                              SignedDraft draft;
                              draft.action.sender = guard->signer().ethAddress;
                              draft.action.senderStarkKey = guard->signer().starkKey;
                              draft.action.orderId = orderId;
                              draft.action.items = {item.value()};
                              draft.action.readableTransaction =
                                  signable->value(QStringLiteral("readable_transaction")).toString();
                              draft.action.signable = signable.value();
                              draft.guardianHash = signable->value(QStringLiteral("payload_hash")).toString();
                              // DELETE with a JSON body (sendCustomRequest), as the SDK.
                              draft.method = QByteArrayLiteral("DELETE");
                              draft.path = QStringLiteral("/v3/orders/%1").arg(orderId);
                              draft.body = [orderId](const QList<crypto::stark::Signature> &signatures) {
                                  return compactJson({{QStringLiteral("order_id"), orderId},
                                                      {QStringLiteral("stark_signature"),
                                                       QString::fromStdString(signatures.value(0).toHex())}});
                              };
                              next(std::move(draft));
                          });
    };
}

ProviderSignedFlow::Preparer ProviderPrepare::createTrade(TradeRequest request)
{
    return [request](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) {
        const PassportErrorType type = flow.type();
        if (request.orderId <= 0)
            return next(invalid(type, QStringLiteral("the order id must be positive")));
        QString feeError;
        const QJsonArray fees = feesJson(request.fees, &feeError);
        if (!feeError.isEmpty())
            return next(invalid(type, feeError));
        QPointer<ProviderSignedFlow> guard(&flow);
        flow.readOrder(request.orderId, [guard, request, fees, next, type](WalletResult<api::Order> order) {
            if (!guard)
                return;
            if (!order.ok())
                return next(order.error());
            // The taker gives what the order buys and gets what it sells.
            const auto give = tokenOf(order->buy);
            const auto get = tokenOf(order->sell);
            if (!give || !get)
                return next(
                    walletError(type, WalletFailure::InvalidResponse,
                                QStringLiteral("order %1 has a token we cannot read").arg(request.orderId)));
            guard->resolveToken(*give, [guard, request, fees, next, get = *get,
                                        order = order.value()](WalletResult<ResolvedToken> sell) {
                if (!guard)
                    return;
                if (!sell.ok())
                    return next(sell.error());
                guard->resolveToken(get, [guard, request, fees, next, order,
                                          sell = sell.value()](WalletResult<ResolvedToken> buy) {
                    if (!guard)
                        return;
                    if (!buy.ok())
                        return next(buy.error());
                    QJsonObject body{{QStringLiteral("order_id"), request.orderId},
                                     {QStringLiteral("user"), guard->signer().ethAddress},
                                     {QStringLiteral("fees"), fees}};
                    if (request.expiration)
                        body.insert(QStringLiteral("expiration_timestamp"), hoursOf(*request.expiration));
                    guard->postSignable(
                        QStringLiteral("/v3/signable-trade-details"), body, true,
                        [guard, request, fees, next, order, sell,
                         buy = buy.value()](WalletResult<QJsonObject> signable) {
                            if (!guard)
                                return;
                            if (!signable.ok())
                                return next(signable.error());
                            guard->progress(ActionState::Checking);
                            auto item =
                                check::trade(request, order, sell, buy, guard->signer(), signable.value());
                            if (!item.ok())
                                return next(item.error());
                            SignedDraft draft;
                            draft.action.sender = guard->signer().ethAddress;
                            draft.action.senderStarkKey = guard->signer().starkKey;
                            draft.action.orderId = request.orderId;
                            draft.action.items = {item.value()};
                            draft.action.fees = request.fees;
                            draft.action.readableTransaction =
                                signable->value(QStringLiteral("readable_transaction")).toString();
                            draft.action.signable = signable.value();
                            draft.guardianHash = signable->value(QStringLiteral("payload_hash")).toString();
                            draft.method = QByteArrayLiteral("POST");
                            draft.path = QStringLiteral("/v3/trades");
                            const QJsonObject verified = signable.value();
                            const qint64 orderId = request.orderId;
                            draft.body = [verified, fees,
                                          orderId](const QList<crypto::stark::Signature> &signatures) {
                                QJsonObject out = orderFields(verified, fees, signatures.value(0));
                                out.insert(QStringLiteral("order_id"), orderId);
                                if (verified.contains(QStringLiteral("fee_info")))
                                    out.insert(QStringLiteral("fee_info"),
                                               verified.value(QStringLiteral("fee_info")));
                                return compactJson(out);
                            };
                            next(std::move(draft));
                        });
                });
            });
        });
    };
}

} // namespace stardeck::wallet
