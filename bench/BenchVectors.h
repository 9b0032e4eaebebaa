// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/Keccak.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

//! The benchmark inputs: the public test vectors under tests/data/vectors, the same files
//! bench/js/bench.cjs reads, so both sides time the same work. Expected outputs come along so
//! every implementation is checked before it is timed.
namespace stardeck::bench {

using crypto::Expected;
using crypto::Hash256;
using crypto::SecureBytes;
using crypto::UInt256;

struct PedersenCase {
    UInt256 a;
    UInt256 b;
    UInt256 hash;
};

struct StarkKeyCase {
    SecureBytes privateKey; //!< 32 bytes big-endian
    UInt256 starkKey;
};

struct SignCase {
    SecureBytes privateKey;
    UInt256 msgHash;
    UInt256 r;
    UInt256 s;
};

//! A signature the official library accepts (ecdsa_verify.json cases with valid = true).
struct VerifyCase {
    UInt256 starkKey;
    UInt256 msgHash;
    UInt256 r;
    UInt256 s;
};

struct KeyDerivationCase {
    SecureBytes ethPrivateKey;
    std::string ethAddress;
    UInt256 starkPrivateKey;
    UInt256 starkKey;
};

struct KeccakCase {
    std::vector<std::uint8_t> message;
    Hash256 digest;
};

//! An asset as the vector file spells it (text fields, null -> nullopt).
struct AssetCase {
    std::string type;
    UInt256 quantum;
    std::optional<std::string> tokenAddress;
    std::optional<UInt256> tokenId;
    std::optional<std::string> blob;
    UInt256 assetId;
};

//! A transfer in any of the four variants (transfer, conditional, with fee, conditional with fee).
struct TransferCase {
    std::string variant;
    UInt256 amount;
    UInt256 nonce;
    UInt256 senderVaultId;
    UInt256 token;
    UInt256 receiverVaultId;
    UInt256 receiverStarkKey;
    UInt256 expirationTimestamp;
    std::optional<UInt256> condition;
    std::optional<UInt256> feeToken;
    std::optional<UInt256> feeVaultId;
    std::optional<UInt256> feeLimit;
    UInt256 msgHash;
};

//! Every input set, loaded once.
struct BenchInputs {
    std::vector<PedersenCase> pedersen;
    std::vector<StarkKeyCase> starkKeys;
    std::vector<SignCase> sign;
    std::vector<VerifyCase> verify;
    std::vector<KeyDerivationCase> keyDerivation;
    std::vector<KeccakCase> keccak;
    std::vector<AssetCase> assets;
    std::vector<TransferCase> transfers;
};

//! Loads all input sets from a vectors directory (tests/data/vectors); an error names the
//! file and field that could not be read.
Expected<BenchInputs> loadBenchInputs(const QString &vectorDir);

//! Decodes hex (optional 0x, even length) into bytes; nullopt when malformed.
std::optional<std::vector<std::uint8_t>> decodeHex(std::string_view hex);

} // namespace stardeck::bench
