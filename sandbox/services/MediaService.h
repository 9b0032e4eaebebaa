// SPDX-License-Identifier: MIT
#pragma once

#include "services/Service.h"

#include <QByteArray>
#include <QCache>
#include <QString>

namespace stardeck::sandbox {

//! /media: generated pictures so wallet grids have something to show. Paths:
//!   /media/nft/{collection}/{token_id}.png|.svg     one per NFT, varied by collection and id
//!   /media/collection/{address}/icon|tile.png|.svg  collection icon and tile
//!   /media/token/{symbol}.png|.svg                  token icons (eth, usds, dust, ...)
//! Images are deterministic (a hash of the path picks colours and shapes), built on first
//! request and cached; anything not in the world is a 404.
class MediaService : public Service {
public:
    explicit MediaService(SandboxContext &context);
    void registerRoutes(Router &router) override;

private:
    HttpResponse nft(const HttpRequest &request);
    HttpResponse collectionImage(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    //! Serves `seed`'s picture in the requested format, through the cache.
    HttpResponse image(const QString &cacheKey, const QString &seed, const QString &label, bool png,
                       int style);

    QCache<QString, QByteArray> m_cache; //!< encoded images, cost = bytes
};

} // namespace stardeck::sandbox
