// SPDX-License-Identifier: MIT
#include "starkex/Asset.h"

#include "crypto/Hex.h"

#include "crypto/Keccak.h"

#include <array>
#include <vector>

namespace stardeck::starkex {

using crypto::ErrorCode;
using crypto::keccak256;
using crypto::makeError;

namespace {

struct KindInfo {
    AssetKind kind;
    std::string_view name;
    std::string_view signature; // Solidity signature whose keccak prefix is the selector
};

constexpr std::array<KindInfo, 5> kKinds{{
    {AssetKind::Eth, "ETH", "ETH()"},
    {AssetKind::Erc20, "ERC20", "ERC20Token(address)"},
    {AssetKind::Erc721, "ERC721", "ERC721Token(address,uint256)"},
    {AssetKind::MintableErc20, "MINTABLE_ERC20", "MintableERC20Token(address)"},
    {AssetKind::MintableErc721, "MINTABLE_ERC721", "MintableERC721Token(address,uint256)"},
}};

const KindInfo &info(AssetKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0]; // unreachable for valid enumerators
}

bool isNft(AssetKind kind)
{
    return kind == AssetKind::Erc721 || kind == AssetKind::MintableErc721;
}

bool isMintable(AssetKind kind)
{
    return kind == AssetKind::MintableErc20 || kind == AssetKind::MintableErc721;
}

void append(std::vector<std::uint8_t> &out, const UInt256 &v)
{
    const auto bytes = v.toBytesBE();
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void append(std::vector<std::uint8_t> &out, std::string_view text)
{
    out.insert(out.end(), text.begin(), text.end());
}

UInt256 keccakInt(const std::vector<std::uint8_t> &bytes)
{
    return crypto::keccak256AsInt(bytes);
}

// Low 250 bits: asset types and ids live below 2^250 so that they are field elements.
UInt256 mask250(const UInt256 &v)
{
    UInt256 r = v;
    r.limb[3] &= (std::uint64_t(1) << 58) - 1;
    return r;
}

UInt256 mask240(const UInt256 &v)
{
    UInt256 r = v;
    r.limb[3] &= (std::uint64_t(1) << 48) - 1;
    return r;
}

} // namespace

Expected<AssetKind> parseAssetKind(std::string_view name)
{
    for (const auto &k : kKinds) {
        if (k.name == name)
            return k.kind;
    }
    return makeError(ErrorCode::InvalidFormat,
                     "asset type: unknown '" + std::string(name) +
                         "' (expected ETH, ERC20, ERC721, MINTABLE_ERC20 or MINTABLE_ERC721)");
}

std::string_view assetKindName(AssetKind kind)
{
    return info(kind).name;
}

std::uint32_t assetSelector(AssetKind kind)
{
    const crypto::Hash256 h = keccak256(info(kind).signature);
    return (std::uint32_t(h[0]) << 24) | (std::uint32_t(h[1]) << 16) | (std::uint32_t(h[2]) << 8) | h[3];
}

Expected<UInt256> parseAddress(std::string_view text)
{
    if (text.size() != 42 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return makeError(ErrorCode::InvalidFormat, "address: expected 0x followed by 40 hex digits");
    UInt256 value;
    for (char c : text.substr(2)) {
        const int d = crypto::hexDigitValue(c);
        if (d < 0)
            return makeError(ErrorCode::InvalidFormat, "address: invalid hex digit");
        value = value << 4;
        value.limb[0] |= std::uint64_t(d);
    }
    return value;
}

Expected<UInt256> assetType(const AssetSpec &spec)
{
    const std::string_view name = assetKindName(spec.kind);
    if (spec.quantum.isZero() || spec.quantum >= kQuantumBound)
        return makeError(ErrorCode::OutOfRange,
                         "quantum: " + spec.quantum.toDecimal() + " is out of range (must be in [1, 2^128))");
    if (isNft(spec.kind) && spec.quantum != UInt256(1))
        return makeError(ErrorCode::OutOfRange, "quantum: must be 1 for " + std::string(name));

    std::vector<std::uint8_t> info;
    const std::uint32_t selector = assetSelector(spec.kind);
    for (int shift = 24; shift >= 0; shift -= 8)
        info.push_back(std::uint8_t(selector >> shift));
    if (spec.kind == AssetKind::Eth) {
        if (!spec.tokenAddress.empty())
            return makeError(ErrorCode::InvalidFormat, "token address: ETH has none");
    } else {
        const auto address = parseAddress(spec.tokenAddress);
        if (!address)
            return makeError(address.error().code, "token " + address.error().message);
        append(info, *address);
    }
    append(info, spec.quantum);
    return mask250(keccakInt(info));
}

Expected<UInt256> assetId(const AssetSpec &spec)
{
    const std::string name(assetKindName(spec.kind));
    if (spec.kind == AssetKind::Erc721 && !spec.tokenId)
        return makeError(ErrorCode::InvalidFormat, "token id: required for ERC721");
    if (spec.kind != AssetKind::Erc721 && spec.tokenId)
        return makeError(ErrorCode::InvalidFormat,
                         "token id: not used by " + name +
                             (isMintable(spec.kind) ? " (it is part of the minting blob)" : ""));
    if (isMintable(spec.kind) && !spec.blob)
        return makeError(ErrorCode::InvalidFormat, "blob: required for " + name);
    if (!isMintable(spec.kind) && spec.blob)
        return makeError(ErrorCode::InvalidFormat, "blob: not used by " + name);

    auto type = assetType(spec);
    if (!type)
        return type;
    std::vector<std::uint8_t> data;
    switch (spec.kind) {
    case AssetKind::Eth:
    case AssetKind::Erc20:
        return type;
    case AssetKind::Erc721:
        append(data, "NFT:");
        append(data, *type);
        append(data, *spec.tokenId);
        return mask250(keccakInt(data));
    case AssetKind::MintableErc20:
    case AssetKind::MintableErc721: {
        append(data, "MINTABLE:");
        append(data, *type);
        append(data, mintingBlobHash(*spec.blob));
        return mask240(keccakInt(data)) | UInt256::powerOfTwo(250);
    }
    }
    return makeError(ErrorCode::InvalidFormat, "asset type: invalid kind");
}

UInt256 mintingBlobHash(std::string_view blob)
{
    const crypto::Hash256 h = keccak256(blob);
    return UInt256::fromBytesBE(h.data(), h.size());
}

} // namespace stardeck::starkex
