// SPDX-License-Identifier: MIT
#pragma once

#include "services/AssetIndex.h"
#include "services/ImxJson.h"
#include "services/Service.h"

#include <QUrl>

#include <memory>

namespace stardeck::sandbox {

//! /imx: the catalogue reads of imx-api.md 3 (balances v2, assets, collections, metadata schema,
//! users, tokens, orders v3; ImxHistoryService serves trades, transfers, deposits, withdrawals,
//! mints and exchanges). All GET, no auth. Lists page with page_size/cursor/remaining (tokens:
//! no remaining) and take order_by/direction; bad query values are 400 with the IMX error body,
//! unknown ids 404.
//!
//! Default orders (the spec has none): time-like and id-like keys newest first, names,
//! symbols and addresses A to Z.
class ImxReadService : public Service {
public:
    explicit ImxReadService(SandboxContext &context);
    void registerRoutes(Router &router) override;

private:
    HttpResponse listBalances(const HttpRequest &request) const;
    HttpResponse getBalance(const HttpRequest &request) const;
    HttpResponse listAssets(const HttpRequest &request);
    HttpResponse getAsset(const HttpRequest &request) const;
    HttpResponse listCollections(const HttpRequest &request) const;
    HttpResponse getCollection(const HttpRequest &request) const;
    HttpResponse getMetadataSchema(const HttpRequest &request) const;
    HttpResponse summarizeCollections(const HttpRequest &request);
    HttpResponse getUser(const HttpRequest &request) const;
    HttpResponse listTokens(const HttpRequest &request) const;
    HttpResponse getToken(const HttpRequest &request) const;
    HttpResponse listOrders(const HttpRequest &request) const;
    HttpResponse getOrder(const HttpRequest &request) const;

    //! The asset's JSON with its orders/fees when asked for.
    QJsonObject assetWithExtras(const AssetRecord &asset, bool sellOrders, bool buyOrders, bool fees) const;
    //! The asset's compact JSON, cached per asset state.
    const QByteArray &cachedAssetJson(AssetIndex::Index i) const;

    ImxJson m_json;
    AssetIndex m_assets;
    QUrl m_cachedBase;            //!< the base URL cached asset JSON was made with
    quint64 m_baseGeneration = 0; //!< bumped when it changes
};

} // namespace stardeck::sandbox
