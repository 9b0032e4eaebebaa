// SPDX-License-Identifier: MIT
#pragma once

// The two prime fields of the Stark curve: coordinates mod p, scalars mod n.

#include "crypto/UInt256.h"
#include "crypto/detail/Montgomery.h"

#include <optional>

namespace stardeck::crypto::detail {

struct PrimeParams {
    static constexpr Limbs modulus = {1, 0, 0, 0x0800000000000011ULL};
};
struct OrderParams {
    static constexpr Limbs modulus = {0x1e66a241adc64d2fULL, 0xb781126dcae7b232ULL, 0xffffffffffffffffULL,
                                      0x0800000000000010ULL};
};

using Fp = MontField<PrimeParams>;
using Fn = MontField<OrderParams>;

inline Limbs toLimbs(const UInt256 &v)
{
    return v.limb;
}
inline UInt256 fromLimbs(const Limbs &l)
{
    UInt256 r;
    r.limb = l;
    return r;
}

//! a^-1 mod p (Montgomery form in and out; constant time; 0 maps to 0).
Limbs fpInvert(const Limbs &a);
//! Legendre symbol of a (Montgomery form): 1 residue, 0 zero, -1 non-residue. Constant time.
int fpLegendre(const Limbs &a);
//! A square root of a (Montgomery form), if one exists (Tonelli-Shanks; variable time).
std::optional<Limbs> fpSqrt(const Limbs &a);
//! a^-1 mod n (Montgomery form in and out; constant time; 0 maps to 0).
Limbs fnInvert(const Limbs &a);

} // namespace stardeck::crypto::detail
