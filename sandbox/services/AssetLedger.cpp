// SPDX-License-Identifier: MIT
#include "services/AssetLedger.h"

#include "starkex/Amount.h"
#include "starkex/Asset.h"

namespace stardeck::sandbox {

namespace {

HttpResponse badRequest(const QString &code, const QString &message)
{
    return imxError(400, code, message);
}

QString eth(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QJsonObject ResolvedToken::signableToken() const
{
    QJsonObject data;
    if (spec.type == QLatin1String("ETH")) {
        data.insert(QStringLiteral("decimals"), decimals);
    } else {
        data.insert(QStringLiteral("token_address"), spec.tokenAddress);
        if (spec.type == QLatin1String("ERC721"))
            data.insert(QStringLiteral("token_id"), spec.tokenId);
    }
    return QJsonObject{{QStringLiteral("type"), spec.type}, {QStringLiteral("data"), data}};
}

std::optional<UInt256> AssetLedger::fungibleAssetId(const TokenRecord &token, HttpResponse *error)
{
    const QString key = token.tokenAddress.toLower();
    if (const auto it = m_assetIds.find(key); it != m_assetIds.end())
        return it->second;
    starkex::AssetSpec spec;
    spec.kind = key.isEmpty() ? starkex::AssetKind::Eth : starkex::AssetKind::Erc20;
    spec.quantum = token.quantum;
    if (!key.isEmpty())
        spec.tokenAddress = key.toStdString();
    const auto id = starkex::assetId(spec);
    if (!id) {
        *error = imxError(500, eth("internal_error"),
                          QStringLiteral("token %1 has no valid asset id: %2")
                              .arg(token.symbol, QString::fromStdString(id.error().message)));
        return std::nullopt;
    }
    m_assetIds.emplace(key, *id);
    return *id;
}

std::optional<ResolvedToken> AssetLedger::resolve(const QJsonObject &signableToken, HttpResponse *error)
{
    const QString type = signableToken.value(QStringLiteral("type")).toString();
    const QJsonValue dataValue = signableToken.value(QStringLiteral("data"));
    if (!dataValue.isUndefined() && !dataValue.isNull() && !dataValue.isObject()) {
        *error = badRequest(eth("bad_request"), QStringLiteral("token.data: expected an object"));
        return std::nullopt;
    }
    const QJsonObject data = dataValue.toObject();
    TokenSpec spec;
    spec.type = type;
    if (type == QLatin1String("ETH")) {
        // ETH carries no address; data.decimals is informational
    } else if (type == QLatin1String("ERC20") || type == QLatin1String("ERC721")) {
        const QJsonValue address = data.value(QStringLiteral("token_address"));
        if (!address.isString() || address.toString().size() != 42 ||
            !address.toString().startsWith(QLatin1String("0x"))) {
            *error = badRequest(eth("bad_request"),
                                QStringLiteral("token.data.token_address: expected an address"));
            return std::nullopt;
        }
        spec.tokenAddress = address.toString().toLower();
        if (type == QLatin1String("ERC721")) {
            const QJsonValue id = data.value(QStringLiteral("token_id"));
            if (!id.isString() || !UInt256::fromDecimal(id.toString().toStdString())) {
                *error = badRequest(eth("bad_request"),
                                    QStringLiteral("token.data.token_id: expected a decimal string"));
                return std::nullopt;
            }
            spec.tokenId = id.toString();
        }
    } else {
        *error = badRequest(eth("bad_request"), QStringLiteral("token.type: expected ETH, ERC20 or ERC721"));
        return std::nullopt;
    }
    return resolve(spec, error);
}

std::optional<ResolvedToken> AssetLedger::resolve(const TokenSpec &spec, HttpResponse *error)
{
    ResolvedToken resolved;
    resolved.spec = spec;
    if (spec.type == QLatin1String("ERC721")) {
        if (m_world.assets.find({spec.tokenAddress, spec.tokenId}) == m_world.assets.end()) {
            *error = imxError(400, eth("asset_not_found"),
                              QStringLiteral("asset %1/%2 not found").arg(spec.tokenAddress, spec.tokenId));
            return std::nullopt;
        }
        starkex::AssetSpec asset;
        asset.kind = starkex::AssetKind::Erc721;
        asset.tokenAddress = spec.tokenAddress.toStdString();
        asset.tokenId = *UInt256::fromDecimal(spec.tokenId.toStdString());
        const auto id = starkex::assetId(asset);
        if (!id) {
            *error = badRequest(eth("bad_request"), QString::fromStdString(id.error().message));
            return std::nullopt;
        }
        resolved.assetId = *id;
        return resolved;
    }
    const auto it = m_world.tokens.find(spec.tokenAddress);
    if (it == m_world.tokens.end()) {
        *error = imxError(400, eth("token_not_found"),
                          spec.tokenAddress.isEmpty()
                              ? QStringLiteral("ETH is not available")
                              : QStringLiteral("token %1 not found").arg(spec.tokenAddress));
        return std::nullopt;
    }
    const auto id = fungibleAssetId(it->second, error);
    if (!id)
        return std::nullopt;
    resolved.assetId = *id;
    resolved.quantum = it->second.quantum;
    resolved.decimals = it->second.decimals;
    return resolved;
}

std::optional<UInt256> AssetLedger::quantize(const ResolvedToken &token, const UInt256 &baseAmount,
                                             const QString &field, HttpResponse *error) const
{
    if (!token.fungible()) {
        if (baseAmount != UInt256(1)) {
            *error = badRequest(eth("invalid_amount"),
                                field + QStringLiteral(": must be \"1\" for an ERC721 token"));
            return std::nullopt;
        }
        return UInt256(1);
    }
    if (baseAmount.isZero()) {
        *error = badRequest(eth("invalid_amount"), field + QStringLiteral(": must be greater than zero"));
        return std::nullopt;
    }
    const auto quantized = starkex::quantize(baseAmount, token.quantum);
    if (!quantized) {
        *error = badRequest(
            eth("invalid_amount"),
            field + QStringLiteral(": error quantizing amount: amount not multiple of token quantum ") +
                QString::fromStdString(token.quantum.toDecimal()));
        return std::nullopt;
    }
    if (!starkex::checkStarkAmount(*quantized)) {
        *error =
            badRequest(eth("invalid_amount"), field + QStringLiteral(": too large (2^63 quanta or more)"));
        return std::nullopt;
    }
    return *quantized;
}

bool AssetLedger::holds(const QString &owner, const TokenSpec &token, const UInt256 &baseAmount) const
{
    if (token.type == QLatin1String("ERC721")) {
        const auto it = m_world.assets.find({token.tokenAddress, token.tokenId});
        return it != m_world.assets.end() && it->second.owner == owner &&
               it->second.status == QLatin1String("imx");
    }
    return m_world.balance(owner, token.tokenAddress) >= baseAmount;
}

std::optional<HttpResponse> AssetLedger::checkHolding(const QString &owner, const TokenSpec &token,
                                                      const UInt256 &baseAmount) const
{
    if (holds(owner, token, baseAmount))
        return std::nullopt;
    if (token.type == QLatin1String("ERC721"))
        return badRequest(eth("asset_not_owned"), QStringLiteral("%1 does not own asset %2/%3 on IMX")
                                                      .arg(owner, token.tokenAddress, token.tokenId));
    return badRequest(eth("insufficient_balance"),
                      QStringLiteral("%1 has insufficient balance: %2 available, %3 needed")
                          .arg(owner,
                               QString::fromStdString(m_world.balance(owner, token.tokenAddress).toDecimal()),
                               QString::fromStdString(baseAmount.toDecimal())));
}

void AssetLedger::move(const QString &from, const QString &to, const TokenSpec &token,
                       const UInt256 &baseAmount, const QDateTime &now)
{
    if (token.type == QLatin1String("ERC721")) {
        AssetRecord &asset = m_world.assets.at({token.tokenAddress, token.tokenId});
        asset.owner = to;
        asset.updatedAt = now;
        return;
    }
    m_world.balances[{from, token.tokenAddress}].subInPlace(baseAmount);
    m_world.balances[{to, token.tokenAddress}].addInPlace(baseAmount);
}

} // namespace stardeck::sandbox
