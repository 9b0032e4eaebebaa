// SPDX-License-Identifier: MIT
#include "wallet/AssetResolver.h"

#include <QPointer>
#include <QRegularExpression>

namespace stardeck::wallet {

namespace {

//! "0x" + 40 hex digits, any case.
bool isAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    return pattern.match(text).hasMatch();
}

//! A read failure in wallet terms; `what` names the token for people.
WalletError fromApi(const api::ApiError &error, PassportErrorType type, const QString &what)
{
    switch (error.kind) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
        return walletError(type, WalletFailure::Network,
                           QStringLiteral("could not look up %1: %2").arg(what, error.message));
    case api::ApiError::Kind::Decode:
    case api::ApiError::Kind::TooLarge:
        return walletError(
            type, WalletFailure::InvalidResponse,
            QStringLiteral("the API's answer about %1 is malformed: %2").arg(what, error.toString()));
    case api::ApiError::Kind::HttpStatus:
        break;
    }
    WalletError out = walletError(
        type, error.httpStatus == 404 ? WalletFailure::InvalidRequest : WalletFailure::Api,
        error.httpStatus == 404 ? QStringLiteral("%1 is not known to Immutable X").arg(what)
                                : QStringLiteral("could not look up %1: %2").arg(what, error.message));
    out.httpStatus = error.httpStatus;
    out.apiCode = error.code;
    return out;
}

//! Runs `done(result)` later on `context`'s thread (never inside resolve(), like the client's callbacks).
void deliverLater(QObject *context, AssetResolver::Callback done, WalletResult<ResolvedToken> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace

AssetResolver::AssetResolver(api::ImxClient &client, QObject *parent) : QObject(parent), m_client(client) {}

void AssetResolver::resolve(const TokenRef &token, PassportErrorType type, QObject *context, Callback done)
{
    if (token.type == TokenRef::Type::Erc721) {
        if (!isAddress(token.tokenAddress) || token.tokenId.isEmpty() ||
            !UInt256::fromDecimal(token.tokenId.toStdString())) {
            deliverLater(context, std::move(done),
                         walletError(type, WalletFailure::InvalidRequest,
                                     QStringLiteral(
                                         "an ERC721 token needs a contract address and a decimal token id")));
            return;
        }
        const QString address = token.tokenAddress.toLower();
        const QString what = QStringLiteral("asset %1/%2").arg(address, token.tokenId);
        m_client.asset(address, token.tokenId, context,
                       [token, address, type, what, done = std::move(done)](api::ApiResult<api::Asset> r) {
                           if (!r) {
                               done(fromApi(r.error(), type, what));
                               return;
                           }
                           const api::Asset &asset = r.value();
                           if (asset.tokenAddress.compare(address, Qt::CaseInsensitive) != 0 ||
                               asset.tokenId != token.tokenId) {
                               done(walletError(
                                   type, WalletFailure::InvalidResponse,
                                   QStringLiteral("the API answered about another asset than %1").arg(what)));
                               return;
                           }
                           ResolvedToken out;
                           out.token = token;
                           out.token.tokenAddress = address;
                           // The sandbox (faithful to the API's asset ids for these assets) uses plain
                           // ERC721 ids: keccak("NFT:" || asset_type || token_id).
                           out.spec.kind = starkex::AssetKind::Erc721;
                           out.spec.quantum = UInt256(1);
                           out.spec.tokenAddress = address.toStdString();
                           out.spec.tokenId = *UInt256::fromDecimal(token.tokenId.toStdString());
                           const auto id = starkex::assetId(out.spec);
                           if (!id) {
                               done(walletError(type, WalletFailure::InvalidRequest,
                                                QStringLiteral("%1 has no valid StarkEx asset id: %2")
                                                    .arg(what, QString::fromStdString(id.error().message))));
                               return;
                           }
                           out.assetId = *id;
                           out.display.symbol = asset.collection.name;
                           out.display.decimals = 0;
                           out.display.name = asset.name.value_or(QString());
                           out.display.imageUrl = QUrl(asset.imageUrl.value_or(QString()));
                           out.display.collection = asset.collection.name;
                           done(std::move(out));
                       });
        return;
    }

    const bool eth = token.type == TokenRef::Type::Eth;
    if (!eth && !isAddress(token.tokenAddress)) {
        deliverLater(context, std::move(done),
                     walletError(type, WalletFailure::InvalidRequest,
                                 QStringLiteral("an ERC20 token needs a 0x-hex contract address")));
        return;
    }
    const QString key = eth ? QStringLiteral("eth") : token.tokenAddress.toLower();
    if (const auto cached = m_fungible.constFind(key); cached != m_fungible.constEnd()) {
        deliverLater(context, std::move(done), *cached);
        return;
    }
    const QString what = eth ? QStringLiteral("ETH") : QStringLiteral("token %1").arg(key);
    QPointer<AssetResolver> self(this);
    m_client.token(
        key, context,
        [self, eth, key, type, what, done = std::move(done)](api::ApiResult<api::TokenDetails> r) {
            if (!r) {
                done(fromApi(r.error(), type, what));
                return;
            }
            const api::TokenDetails &details = r.value();
            // ETH's token_address is "" (or the zero address); an ERC20's must be the one asked for.
            const bool addressOk =
                eth ? (details.tokenAddress.isEmpty() ||
                       details.tokenAddress == QLatin1String("0x0000000000000000000000000000000000000000"))
                    : details.tokenAddress.compare(key, Qt::CaseInsensitive) == 0;
            if (!addressOk) {
                done(walletError(type, WalletFailure::InvalidResponse,
                                 QStringLiteral("the API answered about another token than %1").arg(what)));
                return;
            }
            ResolvedToken out;
            out.token.type = eth ? TokenRef::Type::Eth : TokenRef::Type::Erc20;
            out.token.tokenAddress = eth ? QString() : key;
            out.spec.kind = eth ? starkex::AssetKind::Eth : starkex::AssetKind::Erc20;
            out.spec.quantum = details.quantum;
            if (!eth)
                out.spec.tokenAddress = key.toStdString();
            const auto id = starkex::assetId(out.spec);
            if (!id) {
                done(walletError(type, WalletFailure::InvalidResponse,
                                 QStringLiteral("%1 has no valid StarkEx asset (quantum %2): %3")
                                     .arg(what, QString::fromStdString(details.quantum.toDecimal()),
                                          QString::fromStdString(id.error().message))));
                return;
            }
            out.assetId = *id;
            out.display.symbol = details.symbol;
            out.display.decimals = details.decimals;
            out.display.name = details.name;
            out.display.imageUrl = QUrl(details.imageUrl);
            if (self)
                self->m_fungible.insert(key, out);
            done(std::move(out));
        });
}

} // namespace stardeck::wallet
