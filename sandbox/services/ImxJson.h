// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxContext.h"
#include "world/World.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace stardeck::sandbox {

//! The IMX API's response objects (imx-api.md 3, imx-openapi.json definitions) for world
//! records. Image paths become absolute media URLs here, at response time.
class ImxJson {
public:
    explicit ImxJson(const SandboxContext &context) : m_context(context) {}

    //! An absolute media URL for a stored media path (absolute URLs pass through; "" -> "").
    QString mediaUrl(const QString &path) const;

    //! Balance (v2).
    QJsonObject balance(const TokenRecord &token, const UInt256 &amount) const;
    //! TokenDetails: decimals and quantum are strings.
    QJsonObject tokenDetails(const TokenRecord &token) const;
    //! Asset / AssetWithOrders without the optional orders and fees.
    QJsonObject asset(const AssetRecord &asset) const;
    //! asset() as compact JSON, written directly: the hot path of GET /v1/assets. Same
    //! content as QJsonDocument(asset(a)).toJson(Compact).
    QByteArray assetBytes(const AssetRecord &asset) const;
    //! Fee[] (royalties) of a collection.
    QJsonArray royalties(const QString &collectionAddress) const;
    //! Collection.
    QJsonObject collection(const CollectionRecord &collection) const;
    //! CollectionDetails {name, icon_url} of a token address (unknown collection: its address).
    QJsonObject collectionDetails(const QString &address) const;
    //! Token {type, data: TokenData} for an amount of a token.
    QJsonObject token(const TokenSpec &spec, const UInt256 &quantity) const;
    //! OrderV3.
    QJsonObject order(const OrderRecord &order, bool includeFees) const;
    //! Trade.
    QJsonObject trade(const TradeRecord &trade) const;
    //! Transfer.
    QJsonObject transfer(const TransferRecord &transfer) const;
    //! Deposit.
    QJsonObject deposit(const DepositRecord &deposit) const;
    //! Withdrawal.
    QJsonObject withdrawal(const WithdrawalRecord &withdrawal) const;
    //! Mint (MintToken has no properties).
    QJsonObject mint(const MintRecord &mint) const;
    //! Exchange.
    QJsonObject exchange(const ExchangeRecord &exchange) const;

private:
    const TokenRecord *fungible(const TokenSpec &spec) const;

    const SandboxContext &m_context;
    mutable QUrl m_mediaBaseFor;
    mutable QString m_mediaBase; //!< serviceUrl(prefix::media) for m_mediaBaseFor
};

} // namespace stardeck::sandbox
