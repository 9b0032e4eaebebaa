// SPDX-License-Identifier: MIT
// ProviderPrepare: transfers (single, exchange, batch) and the shared helpers.
#include "crypto/EthAddress.h"
#include "wallet/AssetResolver.h"
#include "wallet/ImxProvider.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderPrepare.h"
#include "wallet/SignableCheck.h"
#include "wallet/StarkSigner.h"

#include <memory>

namespace stardeck::wallet {

QJsonObject ProviderPrepare::signableToken(const TokenRef &token)
{
    switch (token.type) {
    case TokenRef::Type::Eth:
        return {{QStringLiteral("type"), QStringLiteral("ETH")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("decimals"), 18}}}};
    case TokenRef::Type::Erc20:
        return {{QStringLiteral("type"), QStringLiteral("ERC20")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("token_address"), token.tokenAddress}}}};
    case TokenRef::Type::Erc721:
        return {{QStringLiteral("type"), QStringLiteral("ERC721")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("token_id"), token.tokenId},
                                                     {QStringLiteral("token_address"), token.tokenAddress}}}};
    }
    return {};
}

QJsonArray ProviderPrepare::feesJson(const QList<FeeEntry> &fees, QString *error)
{
    QJsonArray out;
    for (const FeeEntry &fee : fees) {
        bool ok = false;
        const double percentage = fee.percentage.toDouble(&ok);
        const QString address = normalizeAddress(fee.address);
        if (!ok || percentage < 0 || percentage > 100 || address.isEmpty()) {
            *error = QStringLiteral("invalid fee {%1, %2}: expected an address and a percentage 0..100")
                         .arg(fee.address, fee.percentage);
            return {};
        }
        out.append(QJsonObject{{QStringLiteral("address"), address},
                               {QStringLiteral("fee_percentage"), percentage}});
    }
    return out;
}

QString ProviderPrepare::normalizeAddress(const QString &address)
{
    const auto parsed = crypto::EthAddress::parse(address.toStdString());
    return parsed ? QString::fromStdString(parsed->toLowerHex()) : QString();
}

void ProviderPrepare::copyFields(const QJsonObject &from, QJsonObject &to,
                                 std::initializer_list<const char *> fields)
{
    for (const char *field : fields) {
        const QString name = QLatin1String(field);
        if (from.contains(name))
            to.insert(name, from.value(name));
    }
}

namespace {

//! The StarkEx fields of one transfer as the submit endpoints take them (copied from the verified signable).
QJsonObject transferFields(const QJsonObject &signable, const crypto::stark::Signature &signature)
{
    QJsonObject out;
    ProviderPrepare::copyFields(signable, out,
                                {"sender_vault_id", "receiver_stark_key", "receiver_vault_id", "asset_id",
                                 "amount", "nonce", "expiration_timestamp"});
    out.insert(QStringLiteral("stark_signature"), QString::fromStdString(signature.toHex()));
    return out;
}

WalletError invalid(PassportErrorType type, const QString &message)
{
    return walletError(type, WalletFailure::InvalidRequest, message);
}

//! transfer() and exchangeTransfer(): the same v1 signable shape under different paths.
ProviderSignedFlow::Preparer singleTransfer(TransferRequest request, qint64 exchangeId)
{
    return [request, exchangeId](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) mutable {
        const PassportErrorType type = flow.type();
        request.receiver = ProviderPrepare::normalizeAddress(request.receiver);
        if (request.receiver.isEmpty())
            return next(invalid(type, QStringLiteral("the receiver is not a valid Ethereum address")));
        if (request.token.type == TokenRef::Type::Erc721)
            request.amount = UInt256(1);
        else if (request.amount.isZero())
            return next(invalid(type, QStringLiteral("the amount must be greater than zero")));
        if (request.token.type != TokenRef::Type::Eth) {
            request.token.tokenAddress = ProviderPrepare::normalizeAddress(request.token.tokenAddress);
            if (request.token.tokenAddress.isEmpty())
                return next(
                    invalid(type, QStringLiteral("the token address is not a valid Ethereum address")));
        }
        QPointer<ProviderSignedFlow> guard(&flow);
        flow.resolveToken(request.token, [guard, request, exchangeId,
                                          next](WalletResult<ResolvedToken> token) {
            if (!guard)
                return;
            if (!token.ok())
                return next(token.error());
            guard->receiverStarkKey(request.receiver, [guard, request, exchangeId, next,
                                                       token =
                                                           token.value()](WalletResult<UInt256> receiverKey) {
                if (!guard)
                    return;
                if (!receiverKey.ok())
                    return next(receiverKey.error());
                const QJsonObject body{
                    {QStringLiteral("sender"), guard->signer().ethAddress},
                    {QStringLiteral("token"), ProviderPrepare::signableToken(request.token)},
                    {QStringLiteral("amount"), QString::fromStdString(request.amount.toDecimal())},
                    {QStringLiteral("receiver"), request.receiver}};
                const QString path =
                    exchangeId == 0
                        ? QStringLiteral("/v1/signable-transfer-details")
                        : QStringLiteral("/v2/exchanges/%1/signable-transfer-details").arg(exchangeId);
                // The SDK sends the exchange signable without Authorization.
                guard->postSignable(
                    path, body, exchangeId == 0,
                    [guard, request, exchangeId, next, token,
                     key = receiverKey.value()](WalletResult<QJsonObject> signable) {
                        if (!guard)
                            return;
                        if (!signable.ok())
                            return next(signable.error());
                        guard->progress(ActionState::Checking);
                        auto item = check::transfer(request, token, guard->signer(), key, signable.value(),
                                                    guard->type());
                        if (!item.ok())
                            return next(item.error());
                        SignedDraft draft;
                        draft.action.sender = guard->signer().ethAddress;
                        draft.action.senderStarkKey = guard->signer().starkKey;
                        draft.action.exchangeId = exchangeId;
                        draft.action.items = {item.value()};
                        draft.action.readableTransaction =
                            signable->value(QStringLiteral("readable_transaction")).toString();
                        draft.action.signable = signable.value();
                        if (exchangeId == 0)
                            draft.guardianHash = signable->value(QStringLiteral("payload_hash")).toString();
                        draft.method = QByteArrayLiteral("POST");
                        draft.path = exchangeId == 0
                                         ? QStringLiteral("/v1/transfers")
                                         : QStringLiteral("/v2/exchanges/%1/transfers").arg(exchangeId);
                        const QJsonObject verified = signable.value();
                        const QString ownKey = guard->provider().account().starkSigner->starkKeyHex();
                        draft.body = [verified, ownKey](const QList<crypto::stark::Signature> &signatures) {
                            QJsonObject out = transferFields(verified, signatures.value(0));
                            const QString senderKey =
                                verified.value(QStringLiteral("sender_stark_key")).toString();
                            out.insert(QStringLiteral("sender_stark_key"),
                                       senderKey.isEmpty() ? ownKey : senderKey);
                            return compactJson(out);
                        };
                        next(std::move(draft));
                    });
            });
        });
    };
}

} // namespace

ProviderSignedFlow::Preparer ProviderPrepare::transfer(TransferRequest request)
{
    return singleTransfer(std::move(request), 0);
}

ProviderSignedFlow::Preparer ProviderPrepare::exchangeTransfer(ExchangeTransferRequest request)
{
    return [request](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) {
        if (request.exchangeId <= 0)
            return next(invalid(flow.type(), QStringLiteral("the exchange id must be positive")));
        if (request.token.type == TokenRef::Type::Erc721)
            return next(
                invalid(flow.type(), QStringLiteral("an exchange transfer moves ETH or an ERC20 token")));
        TransferRequest transfer{request.token, request.amount, request.receiver};
        singleTransfer(transfer, request.exchangeId)(flow, std::move(next));
    };
}

namespace {

//! What a batch collects before its signable request.
struct BatchState {
    QList<NftTransferItem> items;
    QList<ResolvedToken> tokens;
    QList<UInt256> receiverKeys;
    ProviderSignedFlow::DraftCallback next;
};

void collectBatch(QPointer<ProviderSignedFlow> flow, std::shared_ptr<BatchState> state);
void requestBatch(QPointer<ProviderSignedFlow> flow, std::shared_ptr<BatchState> state);

void collectBatch(QPointer<ProviderSignedFlow> flow, std::shared_ptr<BatchState> state)
{
    if (!flow)
        return;
    const qsizetype index = state->tokens.size();
    if (index == state->items.size())
        return requestBatch(flow, state);
    const NftTransferItem &item = state->items[index];
    TokenRef token{TokenRef::Type::Erc721, item.tokenAddress, item.tokenId};
    flow->resolveToken(token, [flow, state](WalletResult<ResolvedToken> resolved) {
        if (!flow)
            return;
        if (!resolved.ok())
            return state->next(resolved.error());
        state->tokens.append(resolved.value());
        const QString receiver = state->items[state->tokens.size() - 1].receiver;
        flow->receiverStarkKey(receiver, [flow, state](WalletResult<UInt256> key) {
            if (!flow)
                return;
            if (!key.ok())
                return state->next(key.error());
            state->receiverKeys.append(key.value());
            collectBatch(flow, state);
        });
    });
}

void requestBatch(QPointer<ProviderSignedFlow> flow, std::shared_ptr<BatchState> state)
{
    QJsonArray requests;
    for (const NftTransferItem &item : std::as_const(state->items)) {
        const TokenRef token{TokenRef::Type::Erc721, item.tokenAddress, item.tokenId};
        requests.append(QJsonObject{{QStringLiteral("amount"), QStringLiteral("1")},
                                    {QStringLiteral("token"), ProviderPrepare::signableToken(token)},
                                    {QStringLiteral("receiver"), item.receiver}});
    }
    const QJsonObject body{{QStringLiteral("sender_ether_key"), flow->signer().ethAddress},
                           {QStringLiteral("signable_requests"), requests}};
    flow->postSignable(
        QStringLiteral("/v2/signable-transfer-details"), body, true,
        [flow, state](WalletResult<QJsonObject> signable) {
            if (!flow)
                return;
            if (!signable.ok())
                return state->next(signable.error());
            flow->progress(ActionState::Checking);
            auto items = check::batchTransfer(state->items, state->tokens, flow->signer(),
                                              state->receiverKeys, signable.value());
            if (!items.ok())
                return state->next(items.error());
            const QJsonArray responses = signable->value(QStringLiteral("signable_responses")).toArray();
            SignedDraft draft;
            draft.action.sender = flow->signer().ethAddress;
            draft.action.senderStarkKey = flow->signer().starkKey;
            draft.action.items = items.value();
            draft.action.signable = signable.value();
            draft.action.readableTransaction =
                responses.first().toObject().value(QStringLiteral("readable_transaction")).toString();
            // The SDK asks Guardian once, about the first item, for the whole batch.
            draft.guardianHash =
                responses.first().toObject().value(QStringLiteral("payload_hash")).toString();
            draft.method = QByteArrayLiteral("POST");
            draft.path = QStringLiteral("/v2/transfers");
            const QJsonObject verified = signable.value();
            draft.body = [verified](const QList<crypto::stark::Signature> &signatures) {
                const QJsonArray entries = verified.value(QStringLiteral("signable_responses")).toArray();
                QJsonArray out;
                for (qsizetype i = 0; i < entries.size(); ++i)
                    out.append(transferFields(entries[i].toObject(), signatures.value(i)));
                return compactJson(
                    {{QStringLiteral("sender_stark_key"), verified.value(QStringLiteral("sender_stark_key"))},
                     {QStringLiteral("requests"), out}});
            };
            state->next(std::move(draft));
        });
}

} // namespace

ProviderSignedFlow::Preparer ProviderPrepare::batchNftTransfer(QList<NftTransferItem> items)
{
    return [items](ProviderSignedFlow &flow, ProviderSignedFlow::DraftCallback next) {
        if (items.isEmpty() || items.size() > 40)
            return next(invalid(flow.type(),
                                QStringLiteral("a batch holds 1 to 40 NFTs (got %1)").arg(items.size())));
        auto state = std::make_shared<BatchState>();
        state->next = std::move(next);
        for (NftTransferItem item : items) {
            item.receiver = normalizeAddress(item.receiver);
            item.tokenAddress = normalizeAddress(item.tokenAddress);
            if (item.receiver.isEmpty() || item.tokenAddress.isEmpty() || item.tokenId.isEmpty())
                return state->next(invalid(
                    flow.type(), QStringLiteral("every batch item needs a valid receiver, token address and "
                                                "token id")));
            state->items.append(item);
        }
        collectBatch(QPointer<ProviderSignedFlow>(&flow), state);
    };
}

} // namespace stardeck::wallet
