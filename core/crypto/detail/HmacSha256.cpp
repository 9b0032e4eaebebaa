// SPDX-License-Identifier: MIT
#include "crypto/detail/HmacSha256.h"

#include "crypto/SecureBytes.h"

// The one-shot EVP HMAC API fetches an implementation on every call (microseconds); the DRBG
// needs several HMACs per signature, so use the low-level SHA-256 functions directly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstring>

namespace stardeck::crypto::detail {

void hmacSha256(std::uint8_t out[32], const std::uint8_t key[32], const std::uint8_t *a, std::size_t aLen,
                const std::uint8_t *b, std::size_t bLen, const std::uint8_t *c, std::size_t cLen)
{
    std::uint8_t pad[64];
    std::uint8_t inner[32];
    SHA256_CTX ctx;

    for (int i = 0; i < 64; ++i)
        pad[i] = std::uint8_t((i < 32 ? key[i] : 0) ^ 0x36);
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, pad, 64);
    if (aLen)
        SHA256_Update(&ctx, a, aLen);
    if (bLen)
        SHA256_Update(&ctx, b, bLen);
    if (cLen)
        SHA256_Update(&ctx, c, cLen);
    SHA256_Final(inner, &ctx);

    for (int i = 0; i < 64; ++i)
        pad[i] = std::uint8_t((i < 32 ? key[i] : 0) ^ 0x5c);
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, pad, 64);
    SHA256_Update(&ctx, inner, 32);
    SHA256_Final(out, &ctx);

    secureWipe(pad, sizeof pad);
    secureWipe(inner, sizeof inner);
    secureWipe(&ctx, sizeof ctx);
}

HmacDrbg::HmacDrbg(const std::uint8_t *seed, std::size_t seedLen)
{
    std::memset(m_k, 0x00, sizeof m_k);
    std::memset(m_v, 0x01, sizeof m_v);
    update(seed, seedLen);
}

HmacDrbg::~HmacDrbg()
{
    secureWipe(m_k, sizeof m_k);
    secureWipe(m_v, sizeof m_v);
}

void HmacDrbg::update(const std::uint8_t *seed, std::size_t seedLen)
{
    const std::uint8_t zero = 0x00, one = 0x01;
    hmacSha256(m_k, m_k, m_v, 32, &zero, 1, seed, seedLen);
    hmacSha256(m_v, m_k, m_v, 32);
    if (seedLen == 0)
        return;
    hmacSha256(m_k, m_k, m_v, 32, &one, 1, seed, seedLen);
    hmacSha256(m_v, m_k, m_v, 32);
}

void HmacDrbg::generate(std::uint8_t out[32])
{
    hmacSha256(m_v, m_k, m_v, 32);
    std::memcpy(out, m_v, 32);
}

void HmacDrbg::reseedEmpty()
{
    update(nullptr, 0);
}

} // namespace stardeck::crypto::detail
