// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace stardeck::bench {

//! The first collection the sandbox lists ("" on failure).
QString firstCollection(const QUrl &sandboxUrl, int timeoutMs);

//! Mints `count` NFTs of `collection` to `address` through the sandbox's test API
//! (POST /__sandbox/mint, token ids from `firstTokenId` up), a few requests in flight. The number
//! minted; *error says why it stopped early.
int mintNfts(const QUrl &sandboxUrl, const QString &address, const QString &collection, int count,
             qint64 firstTokenId, int timeoutMs, QString *error);

} // namespace stardeck::bench
