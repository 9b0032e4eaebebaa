// SPDX-License-Identifier: MIT
#pragma once

// Montgomery arithmetic modulo a fixed odd modulus below 2^252, four 64-bit limbs. Every
// operation is branch-free and indexes no memory by value, so it may run on secrets. The
// modulus is a compile-time constant: for the Stark prime p = 2^251 + 17*2^192 + 1 the
// compiler folds its zero limbs away, which makes multiplication mod p about twice as cheap.

#include <array>
#include <cstdint>

namespace stardeck::crypto::detail {

using Limbs = std::array<std::uint64_t, 4>;
using u128 = unsigned __int128;

namespace mont {

constexpr bool lessThan(const Limbs &a, const Limbs &b)
{
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i])
            return a[i] < b[i];
    }
    return false;
}

constexpr Limbs subtract(const Limbs &a, const Limbs &b)
{
    Limbs r{};
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 d = u128(a[i]) - b[i] - borrow;
        r[i] = std::uint64_t(d);
        borrow = std::uint64_t(d >> 64) & 1;
    }
    return r;
}

//! 2^k mod m, for the compile-time constants R and R^2 (m < 2^255).
constexpr Limbs powerOfTwoMod(unsigned k, const Limbs &m)
{
    Limbs r{1, 0, 0, 0};
    for (unsigned i = 0; i < k; ++i) {
        Limbs d{};
        std::uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            d[j] = (r[j] << 1) | carry;
            carry = r[j] >> 63;
        }
        r = lessThan(d, m) ? d : subtract(d, m);
    }
    return r;
}

//! -m0^-1 mod 2^64 by Newton iteration.
constexpr std::uint64_t negInverse64(std::uint64_t m0)
{
    std::uint64_t x = 1;
    for (int i = 0; i < 7; ++i)
        x *= 2 - m0 * x;
    return 0 - x;
}

} // namespace mont

//! Arithmetic modulo Params::modulus in Montgomery form (values are a*R mod m, R = 2^256).
template <class Params>
struct MontField {
    static constexpr Limbs M = Params::modulus;
    static constexpr std::uint64_t MInv = mont::negInverse64(M[0]);
    static constexpr Limbs R1 = mont::powerOfTwoMod(256, M);
    static constexpr Limbs R2 = mont::powerOfTwoMod(512, M);

    static_assert(M[3] < (std::uint64_t(1) << 60), "modulus must be below 2^252");

    //! r = a - M if a >= M else a (a < 2M).
    static inline void reduceOnce(Limbs &r, const Limbs &a)
    {
        Limbs s;
        std::uint64_t borrow = 0;
        for (int i = 0; i < 4; ++i) {
            const u128 d = u128(a[i]) - M[i] - borrow;
            s[i] = std::uint64_t(d);
            borrow = std::uint64_t(d >> 64) & 1;
        }
        const std::uint64_t keep = 0 - borrow; // a < M: keep a
        for (int i = 0; i < 4; ++i)
            r[i] = (a[i] & keep) | (s[i] & ~keep);
    }

    //! True for moduli of the form 1 + c*2^192 (the Stark prime): then -M^-1 = -1 mod 2^64 and
    //! each reduction step costs one multiplication instead of four.
    static constexpr bool kSparse = M[0] == 1 && M[1] == 0 && M[2] == 0;

    static inline void mul(Limbs &r, const Limbs &a, const Limbs &b)
    {
        if constexpr (kSparse)
            mulSparse(r, a, b);
        else
            mulGeneric(r, a, b);
    }

    static inline void mulSparse(Limbs &r, const Limbs &a, const Limbs &b)
    {
        const std::uint64_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        std::uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0;
#pragma GCC unroll 4
        for (int i = 0; i < 4; ++i) {
            const std::uint64_t bi = b[i];
            u128 c = u128(a0) * bi + t0;
            t0 = std::uint64_t(c);
            c = (c >> 64) + u128(a1) * bi + t1;
            t1 = std::uint64_t(c);
            c = (c >> 64) + u128(a2) * bi + t2;
            t2 = std::uint64_t(c);
            c = (c >> 64) + u128(a3) * bi + t3;
            t3 = std::uint64_t(c);
            const std::uint64_t t4 = std::uint64_t(c >> 64);
            // t += m*M with m = -t0: the low limb becomes zero with a carry iff t0 != 0,
            // and m*M[3] lands on limb 3. Then shift right by one limb.
            const std::uint64_t m = 0 - t0;
            c = u128(t1) + (t0 != 0);
            t0 = std::uint64_t(c);
            c = (c >> 64) + t2;
            t1 = std::uint64_t(c);
            c = (c >> 64) + u128(m) * M[3] + t3;
            t2 = std::uint64_t(c);
            t3 = std::uint64_t(c >> 64) + t4;
        }
        reduceOnce(r, Limbs{t0, t1, t2, t3});
    }

    static inline void mulGeneric(Limbs &r, const Limbs &a, const Limbs &b)
    {
        const std::uint64_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        std::uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
#pragma GCC unroll 4
        for (int i = 0; i < 4; ++i) {
            const std::uint64_t bi = b[i];
            u128 c = u128(a0) * bi + t0;
            t0 = std::uint64_t(c);
            c = (c >> 64) + u128(a1) * bi + t1;
            t1 = std::uint64_t(c);
            c = (c >> 64) + u128(a2) * bi + t2;
            t2 = std::uint64_t(c);
            c = (c >> 64) + u128(a3) * bi + t3;
            t3 = std::uint64_t(c);
            t4 = std::uint64_t(c >> 64);

            const std::uint64_t m = t0 * MInv;
            c = (u128(m) * M[0] + t0) >> 64;
            c += u128(m) * M[1] + t1;
            t0 = std::uint64_t(c);
            c = (c >> 64) + u128(m) * M[2] + t2;
            t1 = std::uint64_t(c);
            c = (c >> 64) + u128(m) * M[3] + t3;
            t2 = std::uint64_t(c);
            t3 = std::uint64_t(c >> 64) + t4;
        }
        // t < 2M < 2^253 (M < 2^252), so nothing is left above limb 3.
        reduceOnce(r, Limbs{t0, t1, t2, t3});
    }

    static inline void sqr(Limbs &r, const Limbs &a) { mul(r, a, a); }

    static inline void add(Limbs &r, const Limbs &a, const Limbs &b)
    {
        Limbs s;
        u128 c = 0;
        for (int i = 0; i < 4; ++i) {
            c += u128(a[i]) + b[i];
            s[i] = std::uint64_t(c);
            c >>= 64;
        }
        reduceOnce(r, s);
    }

    static inline void sub(Limbs &r, const Limbs &a, const Limbs &b)
    {
        Limbs d;
        std::uint64_t borrow = 0;
        for (int i = 0; i < 4; ++i) {
            const u128 x = u128(a[i]) - b[i] - borrow;
            d[i] = std::uint64_t(x);
            borrow = std::uint64_t(x >> 64) & 1;
        }
        const std::uint64_t mask = 0 - borrow;
        u128 c = 0;
        for (int i = 0; i < 4; ++i) {
            c += u128(d[i]) + (M[i] & mask);
            r[i] = std::uint64_t(c);
            c >>= 64;
        }
    }

    static inline void neg(Limbs &r, const Limbs &a) { sub(r, Limbs{}, a); }

    //! Any a < 2^256 into Montgomery form (reduced mod M).
    static inline Limbs toMont(const Limbs &a)
    {
        Limbs r;
        mul(r, a, R2);
        return r;
    }
    static inline Limbs fromMont(const Limbs &a)
    {
        Limbs r;
        mul(r, a, Limbs{1, 0, 0, 0});
        return r;
    }
    static constexpr Limbs one() { return R1; }

    static inline std::uint64_t isZero(const Limbs &a)
    {
        return 1 ^ (((a[0] | a[1] | a[2] | a[3]) | (0 - (a[0] | a[1] | a[2] | a[3]))) >> 63);
    }
    static inline bool equal(const Limbs &a, const Limbs &b)
    {
        return ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2]) | (a[3] ^ b[3])) == 0;
    }
    //! r = mask ? a : r (mask all-ones or zero).
    static inline void cmov(Limbs &r, const Limbs &a, std::uint64_t mask)
    {
        for (int i = 0; i < 4; ++i)
            r[i] = (r[i] & ~mask) | (a[i] & mask);
    }

    //! r = a^(2^k) by repeated squaring.
    static inline void sqrN(Limbs &r, const Limbs &a, int k)
    {
        r = a;
        for (int i = 0; i < k; ++i)
            sqr(r, r);
    }

    //! a^e for a PUBLIC exponent e (fixed 4-bit windows; constant time in a).
    static Limbs pow(const Limbs &a, const Limbs &e)
    {
        Limbs table[16];
        table[0] = one();
        table[1] = a;
        for (int i = 2; i < 16; ++i)
            mul(table[i], table[i - 1], a);
        Limbs r = one();
        for (int w = 63; w >= 0; --w) {
            for (int j = 0; j < 4; ++j)
                sqr(r, r);
            const unsigned digit = unsigned(e[w / 16] >> ((w % 16) * 4)) & 0xF;
            if (digit) // the exponent is public
                mul(r, r, table[digit]);
        }
        return r;
    }
};

} // namespace stardeck::crypto::detail
