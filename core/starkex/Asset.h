// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/UInt256.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stardeck::starkex {

using crypto::Expected;
using crypto::UInt256;

//! The StarkEx asset kinds (names as in StarkWare's and Immutable's APIs).
enum class AssetKind {
    Eth,
    Erc20,
    Erc721,
    MintableErc20,
    MintableErc721
};

//! Parses "ETH", "ERC20", "ERC721", "MINTABLE_ERC20", "MINTABLE_ERC721" (exact, upper case).
Expected<AssetKind> parseAssetKind(std::string_view name);
//! The API name of a kind ("MINTABLE_ERC20", ...).
std::string_view assetKindName(AssetKind kind);
//! The 4-byte selector keccak256(signature)[0:4], e.g. 0xf47261b0 for "ERC20Token(address)".
std::uint32_t assetSelector(AssetKind kind);

//! Exclusive upper bound of a quantum: 2^128 (quantum is in [1, 2^128)).
inline constexpr UInt256 kQuantumBound = UInt256::powerOfTwo(128);

//! Parses an Ethereum address: "0x" + exactly 40 hex digits, any case (checksum not checked).
//! Returns its 160-bit value.
Expected<UInt256> parseAddress(std::string_view text);

//! Everything that identifies a StarkEx asset. Which fields apply depends on the kind:
//! ETH: quantum; ERC20: tokenAddress, quantum; ERC721: tokenAddress, tokenId (quantum 1);
//! MINTABLE_ERC20: tokenAddress, quantum, blob; MINTABLE_ERC721: tokenAddress, blob (quantum 1).
struct AssetSpec {
    AssetKind kind = AssetKind::Eth;
    UInt256 quantum{1};              //!< [1, 2^128); must be 1 for ERC721 / MINTABLE_ERC721
    std::string tokenAddress;        //!< "0x" + 40 hex; empty for ETH
    std::optional<UInt256> tokenId;  //!< ERC721 only: any uint256
    std::optional<std::string> blob; //!< MINTABLE_* only: minting blob as UTF-8 (IMX: "{id}:{blueprint}")
};

//! asset_type = keccak256(selector || [address as 32 bytes] || quantum as uint256) & (2^250 - 1).
//! Checks only the fields asset_type uses (kind, quantum, tokenAddress).
Expected<UInt256> assetType(const AssetSpec &spec);

//! asset_id: asset_type for ETH/ERC20; keccak("NFT:" || type || tokenId) & (2^250 - 1) for
//! ERC721; (keccak("MINTABLE:" || type || keccak(blob)) & (2^240 - 1)) | 2^250 for MINTABLE_*.
//! Errors when a field the kind needs is missing or malformed, or one it does not use is set.
Expected<UInt256> assetId(const AssetSpec &spec);

//! keccak256 of the minting blob's bytes (UTF-8 as given), as an integer.
UInt256 mintingBlobHash(std::string_view blob);

} // namespace stardeck::starkex
