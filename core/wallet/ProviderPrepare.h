// SPDX-License-Identifier: MIT
#pragma once
// The kind-specific half of each signed action (passport-sdk.md 4.2): the signable request, the
// reads it needs (tokens, receivers, the order being filled), the check:: verification and the
// exact submit body built from the verified signable plus the stark signatures.

#include "wallet/ProviderSignedFlow.h"
#include "wallet/WalletAction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace stardeck::wallet {

//! Preparers for ProviderSignedFlow.
class ProviderPrepare {
public:
    //! POST /v1/signable-transfer-details -> POST /v1/transfers.
    static ProviderSignedFlow::Preparer transfer(TransferRequest request);
    //! POST /v2/exchanges/{id}/signable-transfer-details (no Authorization, no Guardian) ->
    //! POST /v2/exchanges/{id}/transfers.
    static ProviderSignedFlow::Preparer exchangeTransfer(ExchangeTransferRequest request);
    //! POST /v2/signable-transfer-details -> POST /v2/transfers.
    static ProviderSignedFlow::Preparer batchNftTransfer(QList<NftTransferItem> items);
    //! POST /v3/signable-order-details -> POST /v3/orders.
    static ProviderSignedFlow::Preparer createOrder(OrderRequest request);
    //! POST /v3/signable-cancel-order-details -> DELETE /v3/orders/{id} with a JSON body.
    static ProviderSignedFlow::Preparer cancelOrder(qint64 orderId);
    //! GET /v3/orders/{id}, POST /v3/signable-trade-details -> POST /v3/trades.
    static ProviderSignedFlow::Preparer createTrade(TradeRequest request);

    //! The API's SignableToken for a token ({"type":"ETH","data":{"decimals":18}}, ...).
    static QJsonObject signableToken(const TokenRef &token);
    //! [{"address","fee_percentage"}]; an unparsable percentage is an error message.
    static QJsonArray feesJson(const QList<FeeEntry> &fees, QString *error);
    //! Lower-case 0x address, or empty when `address` is not a valid Ethereum address.
    static QString normalizeAddress(const QString &address);
    //! Copies `fields` of `from` into `to`.
    static void copyFields(const QJsonObject &from, QJsonObject &to,
                           std::initializer_list<const char *> fields);
};

} // namespace stardeck::wallet
