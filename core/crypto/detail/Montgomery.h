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

//! t[0..7] = a * b (full 512-bit product).
inline void mul4x4(std::uint64_t t[8], const Limbs &a, const Limbs &b)
{
#if defined(__x86_64__) && defined(__GNUC__)
    // Column-wise (Comba) schoolbook product with a three-register accumulator, baseline x86-64
    // only (mulq/adc). GCC's own code for unsigned __int128 chains spills heavily; this is
    // about twice as fast and has no data-dependent branches or memory indices.
    __asm__ volatile(
            "xorl %%r8d, %%r8d\n\t"
            "xorl %%r9d, %%r9d\n\t"
            "xorl %%r10d, %%r10d\n\t"
            "movq 0(%[a]), %%rax\n\t"
            "mulq 0(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq %%r8, 0(%[t])\n\t"
            "xorl %%r8d, %%r8d\n\t"
            "movq 0(%[a]), %%rax\n\t"
            "mulq 8(%[b])\n\t"
            "addq %%rax, %%r9\n\t"
            "adcq %%rdx, %%r10\n\t"
            "adcq $0, %%r8\n\t"
            "movq 8(%[a]), %%rax\n\t"
            "mulq 0(%[b])\n\t"
            "addq %%rax, %%r9\n\t"
            "adcq %%rdx, %%r10\n\t"
            "adcq $0, %%r8\n\t"
            "movq %%r9, 8(%[t])\n\t"
            "xorl %%r9d, %%r9d\n\t"
            "movq 0(%[a]), %%rax\n\t"
            "mulq 16(%[b])\n\t"
            "addq %%rax, %%r10\n\t"
            "adcq %%rdx, %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "movq 8(%[a]), %%rax\n\t"
            "mulq 8(%[b])\n\t"
            "addq %%rax, %%r10\n\t"
            "adcq %%rdx, %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "movq 16(%[a]), %%rax\n\t"
            "mulq 0(%[b])\n\t"
            "addq %%rax, %%r10\n\t"
            "adcq %%rdx, %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "movq %%r10, 16(%[t])\n\t"
            "xorl %%r10d, %%r10d\n\t"
            "movq 0(%[a]), %%rax\n\t"
            "mulq 24(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq 8(%[a]), %%rax\n\t"
            "mulq 16(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq 16(%[a]), %%rax\n\t"
            "mulq 8(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq 24(%[a]), %%rax\n\t"
            "mulq 0(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq %%r8, 24(%[t])\n\t"
            "xorl %%r8d, %%r8d\n\t"
            "movq 8(%[a]), %%rax\n\t"
            "mulq 24(%[b])\n\t"
            "addq %%rax, %%r9\n\t"
            "adcq %%rdx, %%r10\n\t"
            "adcq $0, %%r8\n\t"
            "movq 16(%[a]), %%rax\n\t"
            "mulq 16(%[b])\n\t"
            "addq %%rax, %%r9\n\t"
            "adcq %%rdx, %%r10\n\t"
            "adcq $0, %%r8\n\t"
            "movq 24(%[a]), %%rax\n\t"
            "mulq 8(%[b])\n\t"
            "addq %%rax, %%r9\n\t"
            "adcq %%rdx, %%r10\n\t"
            "adcq $0, %%r8\n\t"
            "movq %%r9, 32(%[t])\n\t"
            "xorl %%r9d, %%r9d\n\t"
            "movq 16(%[a]), %%rax\n\t"
            "mulq 24(%[b])\n\t"
            "addq %%rax, %%r10\n\t"
            "adcq %%rdx, %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "movq 24(%[a]), %%rax\n\t"
            "mulq 16(%[b])\n\t"
            "addq %%rax, %%r10\n\t"
            "adcq %%rdx, %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "movq %%r10, 40(%[t])\n\t"
            "xorl %%r10d, %%r10d\n\t"
            "movq 24(%[a]), %%rax\n\t"
            "mulq 24(%[b])\n\t"
            "addq %%rax, %%r8\n\t"
            "adcq %%rdx, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "movq %%r8, 48(%[t])\n\t"
            "xorl %%r8d, %%r8d\n\t"
            "movq %%r9, 56(%[t])\n\t"
        :
        : [a] "r"(a.data()), [b] "r"(b.data()), [t] "r"(t)
        : "rax", "rdx", "r8", "r9", "r10", "cc", "memory");
#else
    for (int i = 0; i < 8; ++i)
        t[i] = 0;
    for (int i = 0; i < 4; ++i) {
        u128 c = 0;
        for (int j = 0; j < 4; ++j) {
            c += u128(a[i]) * b[j] + t[i + j];
            t[i + j] = std::uint64_t(c);
            c >>= 64;
        }
        t[i + 4] = std::uint64_t(c);
    }
#endif
}

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
        std::uint64_t t[8];
        mul4x4(t, a, b);
        reduceSparse(r, t);
    }

    //! Montgomery reduction of a 512-bit t (< M*2^256) for M = 1 + M[3]*2^192: per limb,
    //! m = -t[i] makes limb i vanish (carrying 1 unless t[i] was 0), and m*M[3] lands three
    //! limbs up. The result is fully reduced (< M).
    static inline void reduceSparse(Limbs &r, std::uint64_t t[8])
    {
#if defined(__x86_64__) && defined(__GNUC__)
        // neg sets the carry exactly when t[i] != 0; the final subtraction uses cmov, so the
        // whole reduction is branch-free.
        __asm__ volatile(
            "movq 0(%[t]), %%r8\n\t"
            "movq 8(%[t]), %%r9\n\t"
            "movq 16(%[t]), %%r10\n\t"
            "movq 24(%[t]), %%r11\n\t"
            "movq 32(%[t]), %%r12\n\t"
            "movq 40(%[t]), %%r13\n\t"
            "movq 48(%[t]), %%r14\n\t"
            "movq 56(%[t]), %%r15\n\t"
            "negq %%r8\n\t"
            "adcq $0, %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "adcq $0, %%r11\n\t"
            "adcq $0, %%r12\n\t"
            "adcq $0, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "movq %%r8, %%rax\n\t"
            "mulq %[c]\n\t"
            "addq %%rax, %%r11\n\t"
            "adcq %%rdx, %%r12\n\t"
            "adcq $0, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "negq %%r9\n\t"
            "adcq $0, %%r10\n\t"
            "adcq $0, %%r11\n\t"
            "adcq $0, %%r12\n\t"
            "adcq $0, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "movq %%r9, %%rax\n\t"
            "mulq %[c]\n\t"
            "addq %%rax, %%r12\n\t"
            "adcq %%rdx, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "negq %%r10\n\t"
            "adcq $0, %%r11\n\t"
            "adcq $0, %%r12\n\t"
            "adcq $0, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "movq %%r10, %%rax\n\t"
            "mulq %[c]\n\t"
            "addq %%rax, %%r13\n\t"
            "adcq %%rdx, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "negq %%r11\n\t"
            "adcq $0, %%r12\n\t"
            "adcq $0, %%r13\n\t"
            "adcq $0, %%r14\n\t"
            "adcq $0, %%r15\n\t"
            "movq %%r11, %%rax\n\t"
            "mulq %[c]\n\t"
            "addq %%rax, %%r14\n\t"
            "adcq %%rdx, %%r15\n\t"
            "movq %%r12, %%r8\n\t"
            "movq %%r13, %%r9\n\t"
            "movq %%r14, %%r10\n\t"
            "movq %%r15, %%r11\n\t"
            "subq $1, %%r8\n\t"
            "sbbq $0, %%r9\n\t"
            "sbbq $0, %%r10\n\t"
            "sbbq %[c], %%r11\n\t"
            "cmovcq %%r12, %%r8\n\t"
            "cmovcq %%r13, %%r9\n\t"
            "cmovcq %%r14, %%r10\n\t"
            "cmovcq %%r15, %%r11\n\t"
            "movq %%r8, 0(%[r])\n\t"
            "movq %%r9, 8(%[r])\n\t"
            "movq %%r10, 16(%[r])\n\t"
            "movq %%r11, 24(%[r])\n\t"
            :
            : [t] "r"(t), [r] "r"(r.data()), [c] "r"(M[3])
            : "rax", "rdx", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "cc", "memory");
#else
#pragma GCC unroll 4
        for (int i = 0; i < 4; ++i) {
            const std::uint64_t m = 0 - t[i];
            u128 c = u128(t[i + 1]) + (t[i] != 0);
            t[i + 1] = std::uint64_t(c);
            c = (c >> 64) + t[i + 2];
            t[i + 2] = std::uint64_t(c);
            c = (c >> 64) + u128(m) * M[3] + t[i + 3];
            t[i + 3] = std::uint64_t(c);
            for (int j = i + 4; j < 8; ++j) {
                c = (c >> 64) + t[j];
                t[j] = std::uint64_t(c);
            }
        }
        reduceOnce(r, Limbs{t[4], t[5], t[6], t[7]});
#endif
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
