// SPDX-License-Identifier: MIT
#include "crypto/StarkKeyDerivation.h"

#include "crypto/Bip32.h"
#include "crypto/Eip191.h"
#include "crypto/EthSigner.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkCurve.h"
#include "crypto/UInt256.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <cstring>

namespace stardeck::crypto::imx {

namespace {

//! LIMIT = 2^256 - (2^256 mod n) = 31 * n: digests below it reduce mod n without bias.
constexpr UInt256 kGrindLimit{0xf80000000000020eULL, 0xfffffffffffffff7ULL, 0x38a13b4b920e9411ULL,
                              0xae6da5f40b0358b1ULL};

//! Rounds after which grindKey gives up (each round passes with probability 31/32, so this is
//! never reached; the bound keeps the loop finite and every index a single byte).
constexpr int kMaxGrindRounds = 256;

//! sha256(b || byte(index)) as an integer. b is secret; the buffer is wiped.
Expected<UInt256> hashWithIndex(const std::uint8_t b[32], int index)
{
    std::uint8_t buffer[33];
    std::memcpy(buffer, b, 32);
    buffer[32] = static_cast<std::uint8_t>(index);
    std::uint8_t digest[32];
    unsigned int size = 0;
    const int ok = EVP_Digest(buffer, sizeof buffer, digest, &size, EVP_sha256(), nullptr);
    secureWipe(buffer, sizeof buffer);
    if (ok != 1 || size != 32) {
        secureWipe(digest, sizeof digest);
        return makeError(ErrorCode::CryptoFailure, "grindKey: SHA-256 failed");
    }
    const UInt256 value = UInt256::fromBytesBE(digest, sizeof digest);
    secureWipe(digest, sizeof digest);
    return value;
}

//! Constant-time select: a if mask is all ones, b if zero.
UInt256 select(std::uint64_t mask, const UInt256 &a, const UInt256 &b)
{
    UInt256 r;
    for (int i = 0; i < 4; ++i)
        r.limb[i] = (a.limb[i] & mask) | (b.limb[i] & ~mask);
    return r;
}

//! k mod n for k < 32n by conditional subtraction of 16n, 8n, 4n, 2n, n; no secret branches.
UInt256 reduceModStarkOrder(UInt256 k)
{
    for (int shift = 4; shift >= 0; --shift) {
        UInt256 t = k;
        const std::uint64_t borrow = t.subInPlace(stark::kOrder << unsigned(shift));
        k = select(borrow - 1, t, k);
        secureWipe(&t, sizeof t);
    }
    return k;
}

//! The 0-based index appended at hash number `round` (round 0 is the first hash of the seed).
int indexForRound(GrindVariant variant, int round)
{
    switch (variant) {
    case GrindVariant::Current:
    case GrindVariant::StarkWareReference:
        return round;
    case GrindVariant::CoreSdkV201:
        return round == 0 ? 0 : round - 1;
    case GrindVariant::LegacyImxSdkJs:
        return 0;
    }
    return round;
}

} // namespace

Expected<GrindResult> grindKey(const SecureBytes &seed, GrindVariant variant)
{
    if (seed.size() != 32)
        return makeError(ErrorCode::InvalidLength,
                         "grindKey: seed must be 32 bytes, got " + std::to_string(seed.size()));
    GrindResult result;
    UInt256 k;
    std::uint8_t previous[32];
    int round = 0;
    for (; round < kMaxGrindRounds; ++round) {
        // The IMX variants re-hash the previous digest; StarkWare's re-hashes the seed.
        const bool hashSeed = round == 0 || variant == GrindVariant::StarkWareReference;
        if (!hashSeed)
            k.toBytesBE(previous);
        Expected<UInt256> h = hashWithIndex(hashSeed ? seed.data() : previous, indexForRound(variant, round));
        if (!h) {
            secureWipe(previous, sizeof previous);
            return h.error();
        }
        k = *h;
        secureWipe(&h.value(), sizeof(UInt256));
        // The outcome is public (it sets the round count); the comparison itself is branch-free.
        UInt256 difference = k;
        const bool belowLimit = difference.subInPlace(kGrindLimit) == 1;
        secureWipe(&difference, sizeof difference);
        if (round == 0)
            result.firstHashAboveLimit = !belowLimit;
        if (belowLimit)
            break;
    }
    secureWipe(previous, sizeof previous);
    if (round == kMaxGrindRounds) {
        secureWipe(&k, sizeof k);
        return makeError(ErrorCode::CryptoFailure, "grindKey: no digest below LIMIT in 256 rounds");
    }
    result.rounds = round + 1;
    UInt256 reduced = reduceModStarkOrder(k);
    secureWipe(&k, sizeof k);
    if (reduced.isZero())
        return makeError(ErrorCode::OutOfRange, "grindKey: the key reduces to zero");
    result.key = SecureBytes(32);
    reduced.toBytesBE(result.key.data());
    secureWipe(&reduced, sizeof reduced);
    return result;
}

std::vector<std::uint32_t> accountPath(const EthAddress &address)
{
    const UInt256 a = address.toUInt256();
    const auto low31 = [](const UInt256 &v) { return static_cast<std::uint32_t>(v.limb[0] & 0x7fffffffU); };
    return {
        2645U | bip32::kHardened,    kLayerIndex | bip32::kHardened,    kApplicationIndex | bip32::kHardened,
        low31(a) | bip32::kHardened, low31(a >> 31) | bip32::kHardened, 1U};
}

std::string accountPathString(const EthAddress &address)
{
    return bip32::formatPath(accountPath(address));
}

Expected<DerivedStarkKey> deriveStarkKeyFromSeed(const EthAddress &address,
                                                 std::span<const std::uint8_t> seed, GrindVariant variant)
{
    if (seed.size() != 32)
        return makeError(ErrorCode::InvalidLength,
                         "stark key seed: expected 32 bytes, got " + std::to_string(seed.size()));
    const std::vector<std::uint32_t> path = accountPath(address);
    Expected<bip32::ExtendedPrivateKey> child = bip32::derivePath(seed, path);
    if (!child)
        return child.error();
    Expected<GrindResult> ground = grindKey(child->key, variant);
    if (!ground)
        return ground.error();
    DerivedStarkKey out;
    out.privateKey = std::move(ground->key);
    out.bip32Child = std::move(child->key);
    out.accountPath = bip32::formatPath(path);
    out.firstHashAboveLimit = ground->firstHashAboveLimit;
    out.grindRounds = ground->rounds;
    return out;
}

Expected<DerivedStarkKey> deriveStarkKey(const EthAddress &address, const EthSignature &seedSignature,
                                         GrindVariant variant)
{
    // A high-s or foreign signature would still "work" but yield a key no other wallet derives.
    if (!seedSignature.isLowS())
        return makeError(ErrorCode::OutOfRange,
                         "seed signature: s is not low (non-canonical); IMX keys derive from the low-s form");
    const Hash256 digest = eip191::personalMessageDigest(
        std::span(reinterpret_cast<const std::uint8_t *>(kSeedMessage.data()), kSeedMessage.size()));
    Expected<EthAddress> signer = secp256k1::recoverAddress(digest, seedSignature);
    if (!signer)
        return signer.error();
    if (*signer != address)
        return makeError(ErrorCode::InvalidFormat, "seed signature: signed by " + signer->toChecksumHex() +
                                                       ", not by " + address.toChecksumHex());
    SecureBytes seed(32);
    seedSignature.s.toBytesBE(seed.data());
    return deriveStarkKeyFromSeed(address, seed.span(), variant);
}

void deriveStarkKeyAsync(EthSigner &signer, QObject *context, DerivedStarkKeyCallback done,
                         GrindVariant variant)
{
    const EthAddress address = signer.address();
    signer.signPersonalMessage(QByteArray(kSeedMessage.data(), qsizetype(kSeedMessage.size())), context,
                               [address, variant, done = std::move(done)](Expected<EthSignature> signature) {
                                   if (!signature) {
                                       done(signature.error());
                                       return;
                                   }
                                   Expected<DerivedStarkKey> derived =
                                       deriveStarkKey(address, *signature, variant);
                                   secureWipe(&signature.value(), sizeof(EthSignature));
                                   done(std::move(derived));
                               });
}

} // namespace stardeck::crypto::imx
