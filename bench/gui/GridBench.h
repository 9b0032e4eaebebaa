// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QUrl>

namespace stardeck::bench {

//! The Assets grid under load, in a process of its own (so that its peak memory is the wallet's):
//! the wallet restores the cached session, the Assets page is opened as the account appears, and
//! the figures are: time until every NFT is in the model and the grid painted, peak RSS, then the
//! longest GUI-thread stall (a 1 ms heartbeat timer's longest gap) while the grid is scrolled from
//! top to bottom with images loading.
class GridBench {
public:
    //! Runs against the sandbox at `sandboxUrl`; expects at least `expectedNfts` rows. The figures
    //! as JSON ("error" set on failure).
    static QJsonObject run(const QUrl &sandboxUrl, int expectedNfts, int timeoutMs);
};

} // namespace stardeck::bench
