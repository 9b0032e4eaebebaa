// SPDX-License-Identifier: MIT
#pragma once
// What a token is in StarkEx terms, from API reads: the AssetSpec (kind, quantum, address, token id or
// minting blob) that gives its asset id, plus display data. The hash checks use only the spec (never
// the server's asset_id); the display data is for people.

#include "api/ImxClient.h"
#include "starkex/Asset.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace stardeck::wallet {

//! A token resolved to its StarkEx asset.
struct ResolvedToken {
    TokenRef token;
    starkex::AssetSpec spec;
    UInt256 assetId; //!< computed locally from spec
    TokenDisplay display;
};

//! Resolves tokens with ImxClient reads: ETH/ERC20 quantum and decimals from GET /v1/tokens/{address}
//! ("eth" for ETH); ERC721 from GET /v1/assets/{address}/{id} (an asset minted on L2 is
//! MINTABLE_ERC721 with blob "{id}:{blueprint}"). ETH/ERC20 results are cached per client.
class AssetResolver : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(WalletResult<ResolvedToken>)>;

    //! `client` must outlive the resolver.
    explicit AssetResolver(api::ImxClient &client, QObject *parent = nullptr);
    //! Resolves `token`; errors carry `type` (the caller's operation) and a clear message.
    void resolve(const TokenRef &token, PassportErrorType type, QObject *context, Callback done);

private:
    api::ImxClient &m_client;
    QHash<QString, ResolvedToken> m_fungible; //!< by lower-case address ("eth" for ETH)
};

} // namespace stardeck::wallet
