// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace stardeck::crypto::detail {

//! HMAC-SHA256 with a 32-byte key: out = HMAC(key, a || b || c) (any part may be empty).
void hmacSha256(std::uint8_t out[32], const std::uint8_t key[32], const std::uint8_t *a, std::size_t aLen,
                const std::uint8_t *b = nullptr, std::size_t bLen = 0, const std::uint8_t *c = nullptr,
                std::size_t cLen = 0);

//! HMAC-DRBG over SHA-256 exactly as elliptic's HmacDRBG (no personalization), which is what
//! starkware-crypto-utils uses for nonces. State is wiped on destruction.
class HmacDrbg {
public:
    HmacDrbg(const std::uint8_t *seed, std::size_t seedLen);
    ~HmacDrbg();
    HmacDrbg(const HmacDrbg &) = delete;
    HmacDrbg &operator=(const HmacDrbg &) = delete;

    //! One 32-byte block: V = HMAC(K, V); out = V.
    void generate(std::uint8_t out[32]);
    //! The update step elliptic runs after each generate (no additional input).
    void reseedEmpty();

private:
    void update(const std::uint8_t *seed, std::size_t seedLen);

    std::uint8_t m_k[32];
    std::uint8_t m_v[32];
};

} // namespace stardeck::crypto::detail
