// SPDX-License-Identifier: MIT
#include "crypto/Secp256k1.h"

#include "crypto/EthHex.h"

#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstring>

namespace stardeck::crypto::secp256k1 {

namespace {

struct ContextHolder {
    secp256k1_context *ctx = nullptr;

    ContextHolder()
    {
        secp256k1_selftest();
        ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Randomization blinds the signing/keygen multiplications against side channels. If the
        // RNG fails the context still works correctly, only without that extra protection.
        unsigned char seed[32];
        if (ctx != nullptr && RAND_bytes(seed, sizeof seed) == 1) {
            const int randomized = secp256k1_context_randomize(ctx, seed);
            (void)randomized; // always 1 for a context that is not the static one
        }
        secureWipe(seed, sizeof seed);
    }
    ~ContextHolder()
    {
        if (ctx != nullptr)
            secp256k1_context_destroy(ctx);
    }
    ContextHolder(const ContextHolder &) = delete;
    ContextHolder &operator=(const ContextHolder &) = delete;
};

//! The process-wide context: created once (thread-safe static initialization) and afterwards
//! only passed as const, which libsecp256k1 allows from any number of threads.
const secp256k1_context *context()
{
    static const ContextHolder holder;
    return holder.ctx;
}

Error contextError()
{
    return makeError(ErrorCode::CryptoFailure, "secp256k1: context creation failed");
}

Expected<secp256k1_pubkey> createPublicKey(const SecureBytes &privateKey)
{
    if (Status s = checkPrivateKey(privateKey); !s)
        return s.error();
    const secp256k1_context *ctx = context();
    if (ctx == nullptr)
        return contextError();
    secp256k1_pubkey pubkey;
    if (secp256k1_ec_pubkey_create(ctx, &pubkey, privateKey.data()) != 1)
        return makeError(ErrorCode::CryptoFailure, "secp256k1: public key creation failed");
    return pubkey;
}

template <std::size_t N>
Expected<std::array<std::uint8_t, N>> serializePublicKey(const SecureBytes &privateKey, unsigned flags)
{
    Expected<secp256k1_pubkey> pubkey = createPublicKey(privateKey);
    if (!pubkey)
        return pubkey.error();
    std::array<std::uint8_t, N> out{};
    std::size_t size = out.size();
    if (secp256k1_ec_pubkey_serialize(context(), out.data(), &size, &*pubkey, flags) != 1 || size != N)
        return makeError(ErrorCode::CryptoFailure, "secp256k1: public key serialization failed");
    return out;
}

} // namespace

Status checkPrivateKey(const SecureBytes &privateKey)
{
    if (privateKey.size() != 32)
        return makeError(ErrorCode::InvalidLength, "secp256k1 private key: expected 32 bytes, got " +
                                                       std::to_string(privateKey.size()));
    const secp256k1_context *ctx = context();
    if (ctx == nullptr)
        return contextError();
    if (secp256k1_ec_seckey_verify(ctx, privateKey.data()) != 1)
        return makeError(ErrorCode::OutOfRange, "secp256k1 private key: must be in [1, n)");
    return {};
}

Expected<SecureBytes> parsePrivateKey(std::string_view hex)
{
    SecureBytes key(32);
    if (Status s = ethhex::decode(ethhex::stripPrefix(hex), std::span(key.data(), key.size()),
                                  "secp256k1 private key");
        !s)
        return s.error();
    if (Status s = checkPrivateKey(key); !s)
        return s.error();
    return key;
}

Expected<CompressedPublicKey> compressedPublicKey(const SecureBytes &privateKey)
{
    return serializePublicKey<33>(privateKey, SECP256K1_EC_COMPRESSED);
}

Expected<UncompressedPublicKey> uncompressedPublicKey(const SecureBytes &privateKey)
{
    return serializePublicKey<65>(privateKey, SECP256K1_EC_UNCOMPRESSED);
}

Expected<EthAddress> addressFromPrivateKey(const SecureBytes &privateKey)
{
    Expected<UncompressedPublicKey> pub = uncompressedPublicKey(privateKey);
    if (!pub)
        return pub.error();
    return EthAddress::fromUncompressedPublicKey(*pub);
}

Status tweakAddPrivateKey(SecureBytes &privateKey, std::span<const std::uint8_t, 32> tweak)
{
    if (Status s = checkPrivateKey(privateKey); !s)
        return s;
    // Work on a copy: libsecp256k1 leaves the key unspecified on failure.
    SecureBytes sum = privateKey.clone();
    if (secp256k1_ec_seckey_tweak_add(context(), sum.data(), tweak.data()) != 1)
        return makeError(ErrorCode::OutOfRange, "secp256k1 tweak: tweak >= n or the sum is zero");
    privateKey = std::move(sum);
    return {};
}

Expected<EthSignature> signDigest(const SecureBytes &privateKey, const Hash256 &digest)
{
    if (Status s = checkPrivateKey(privateKey); !s)
        return s.error();
    const secp256k1_context *ctx = context();
    secp256k1_ecdsa_recoverable_signature sig;
    // Null nonce function = RFC 6979 with HMAC-SHA256 and no extra data; libsecp256k1 always
    // returns low s (adjusting the recovery id), exactly like ethers.
    if (secp256k1_ecdsa_sign_recoverable(ctx, &sig, digest.data(), privateKey.data(), nullptr, nullptr) != 1)
        return makeError(ErrorCode::CryptoFailure, "secp256k1: signing failed");
    std::uint8_t compact[64];
    int recid = 0;
    const int serialized =
        secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, compact, &recid, &sig);
    (void)serialized; // always 1
    EthSignature out;
    out.r = UInt256::fromBytesBE(compact, 32);
    out.s = UInt256::fromBytesBE(compact + 32, 32);
    out.v = static_cast<std::uint8_t>(27 + recid);
    // The signature may be a key-derivation seed (IMX), so do not leave copies behind.
    secureWipe(compact, sizeof compact);
    secureWipe(&sig, sizeof sig);
    return out;
}

Expected<EthAddress> recoverAddress(const Hash256 &digest, const EthSignature &signature)
{
    if (signature.v != 27 && signature.v != 28)
        return makeError(ErrorCode::OutOfRange, "signature: v must be 27 or 28");
    if (signature.r.isZero() || signature.r >= kOrder || signature.s.isZero() || signature.s >= kOrder)
        return makeError(ErrorCode::OutOfRange, "signature: r and s must be in [1, n)");
    const secp256k1_context *ctx = context();
    if (ctx == nullptr)
        return contextError();
    std::uint8_t compact[64];
    signature.r.toBytesBE(compact);
    signature.s.toBytesBE(compact + 32);
    secp256k1_ecdsa_recoverable_signature sig;
    const int parsed =
        secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, compact, signature.recoveryId());
    secureWipe(compact, sizeof compact);
    if (parsed != 1)
        return makeError(ErrorCode::InvalidFormat, "signature: not a valid secp256k1 signature");
    secp256k1_pubkey pubkey;
    const int recovered = secp256k1_ecdsa_recover(ctx, &pubkey, &sig, digest.data());
    secureWipe(&sig, sizeof sig);
    if (recovered != 1)
        return makeError(ErrorCode::InvalidFormat, "signature: no public key recovers from this signature");
    UncompressedPublicKey pub{};
    std::size_t size = pub.size();
    if (secp256k1_ec_pubkey_serialize(ctx, pub.data(), &size, &pubkey, SECP256K1_EC_UNCOMPRESSED) != 1)
        return makeError(ErrorCode::CryptoFailure, "secp256k1: public key serialization failed");
    return EthAddress::fromUncompressedPublicKey(pub);
}

} // namespace stardeck::crypto::secp256k1
