// SPDX-License-Identifier: MIT
#include "crypto/detail/StarkField.h"

namespace stardeck::crypto::detail {

Limbs fpInvert(const Limbs &a)
{
    // Fermat: a^(p-2) with p - 2 = (2^59 + 2^4) * 2^192 + (2^192 - 1): 282 squarings, 12 products.
    Limbs x2, x4, x8, x16, x32, t;
    Fp::sqr(t, a);
    Fp::mul(x2, t, a);
    Fp::sqrN(t, x2, 2);
    Fp::mul(x4, t, x2);
    Fp::sqrN(t, x4, 4);
    Fp::mul(x8, t, x4);
    Fp::sqrN(t, x8, 8);
    Fp::mul(x16, t, x8);
    Fp::sqrN(t, x16, 16);
    Fp::mul(x32, t, x16);

    Limbs a16, r;
    Fp::sqrN(a16, a, 4);
    Fp::sqrN(t, a16, 55);
    Fp::mul(r, t, a16);
    for (int i = 0; i < 6; ++i) {
        Fp::sqrN(t, r, 32);
        Fp::mul(r, t, x32);
    }
    return r;
}

int fpLegendre(const Limbs &a)
{
    // a^((p-1)/2) with (p-1)/2 = 2^250 + 2^195 + 2^191.
    Limbs e191, e195, e250, r;
    Fp::sqrN(e191, a, 191);
    Fp::sqrN(e195, e191, 4);
    Fp::sqrN(e250, e195, 55);
    Fp::mul(r, e191, e195);
    Fp::mul(r, r, e250);
    if (Fp::isZero(r))
        return 0;
    return Fp::equal(r, Fp::one()) ? 1 : -1;
}

std::optional<Limbs> fpSqrt(const Limbs &a)
{
    if (Fp::isZero(a))
        return Limbs{};
    if (fpLegendre(a) != 1)
        return std::nullopt;
    // Tonelli-Shanks: p - 1 = 2^192 * q, q = 2^59 + 17; 3 is a non-residue.
    constexpr Limbs q = {(std::uint64_t(1) << 59) + 17, 0, 0, 0};
    constexpr Limbs qPlus1Half = {((std::uint64_t(1) << 59) + 18) / 2, 0, 0, 0};
    Limbs c = Fp::pow(Fp::toMont(Limbs{3, 0, 0, 0}), q);
    Limbs t = Fp::pow(a, q);
    Limbs r = Fp::pow(a, qPlus1Half);
    int m = 192;
    while (!Fp::equal(t, Fp::one())) {
        int i = 0;
        Limbs t2 = t;
        while (!Fp::equal(t2, Fp::one())) {
            Fp::sqr(t2, t2);
            if (++i == m)
                return std::nullopt;
        }
        Limbs b = c;
        for (int j = 0; j < m - i - 1; ++j)
            Fp::sqr(b, b);
        Fp::mul(r, r, b);
        Fp::sqr(c, b);
        Fp::mul(t, t, c);
        m = i;
    }
    return r;
}

Limbs fnInvert(const Limbs &a)
{
    constexpr Limbs nMinus2 = {0x1e66a241adc64d2dULL, 0xb781126dcae7b232ULL, 0xffffffffffffffffULL,
                               0x0800000000000010ULL};
    return Fn::pow(a, nMinus2);
}

} // namespace stardeck::crypto::detail
