// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpMessage.h"
#include "world/World.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

namespace stardeck::sandbox {

//! A token named in a request, resolved against the world.
struct ResolvedToken {
    TokenSpec spec;
    UInt256 assetId;
    UInt256 quantum{1};
    int decimals = 0;
    bool fungible() const { return spec.type != QLatin1String("ERC721"); }
    //! The request's SignableToken form ({type, data}).
    QJsonObject signableToken() const;
};

//! Token resolution, amount checks and the balance/ownership moves of IMX writes. Amounts are
//! base units (wei, token units; 1 for an NFT). Failures come back as IMX error responses.
class AssetLedger {
public:
    explicit AssetLedger(World &world) : m_world(world) {}

    //! Resolves a SignableToken ({type, data}); 400 token_not_found / asset_not_found / bad_request.
    std::optional<ResolvedToken> resolve(const QJsonObject &signableToken, HttpResponse *error);
    //! Resolves a token already recorded on an order.
    std::optional<ResolvedToken> resolve(const TokenSpec &spec, HttpResponse *error);
    //! Checks a base-unit amount for a token and returns it quantized: "1" for an NFT, a
    //! non-zero multiple of the quantum below 2^63 quanta otherwise (400 invalid_amount).
    std::optional<UInt256> quantize(const ResolvedToken &token, const UInt256 &baseAmount,
                                    const QString &field, HttpResponse *error) const;
    //! True when owner holds `baseAmount` of the token (balance, or NFT ownership on IMX).
    bool holds(const QString &owner, const TokenSpec &token, const UInt256 &baseAmount) const;
    //! 400 insufficient_balance / asset_not_owned unless owner holds the amount.
    std::optional<HttpResponse> checkHolding(const QString &owner, const TokenSpec &token,
                                             const UInt256 &baseAmount) const;
    //! Moves an amount between two L1 addresses; callers check holds() first.
    void move(const QString &from, const QString &to, const TokenSpec &token, const UInt256 &baseAmount,
              const QDateTime &now);

private:
    std::optional<UInt256> fungibleAssetId(const TokenRecord &token, HttpResponse *error);

    World &m_world;
    std::map<QString, UInt256>
        m_assetIds; //!< fungible asset ids by token address (quantum is fixed per token)
};

} // namespace stardeck::sandbox
