// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <span>

namespace stardeck::crypto::stark {

//! Field prime p = 2^251 + 17*2^192 + 1.
inline constexpr UInt256 kPrime{0x0800000000000011ULL, 0, 0, 1};
//! Order n of the generator (the curve order; prime).
inline constexpr UInt256 kOrder{0x0800000000000010ULL, 0xffffffffffffffffULL, 0xb781126dcae7b232ULL,
                                0x1e66a241adc64d2fULL};
//! Curve coefficient beta (alpha = 1): y^2 = x^3 + x + beta.
inline constexpr UInt256 kBeta{0x06f21413efbe40deULL, 0x150e596d72f7a8c5ULL, 0x609ad26c15c915c1ULL,
                               0xf4cdfcb99cee9e89ULL};
//! 2^251: upper bound (exclusive) for signed message hashes, r and w.
inline constexpr UInt256 kTwo251 = UInt256::powerOfTwo(251);

//! An affine point given by public coordinates (no point at infinity here).
struct AffinePoint {
    UInt256 x;
    UInt256 y;
    bool operator==(const AffinePoint &) const = default;
};

//! The shift point, the generator and the Pedersen base points P0..P3 (StarkWare's constants).
AffinePoint shiftPoint();
AffinePoint generator();
AffinePoint pedersenPoint(int index); // 0..3

//! True when (x, y) satisfies the curve equation with coordinates < p.
bool isOnCurve(const AffinePoint &p);

//! Pedersen hash H(a, b) (StarkWare definition); a and b must be < p, else OutOfRange.
Expected<UInt256> pedersenHash(const UInt256 &a, const UInt256 &b);
//! One-input Pedersen H(a) = H(a, 0), as used by IMX registration/cancel payloads.
Expected<UInt256> pedersenHash(const UInt256 &a);
//! Chained hash H(...H(H(e0, e1), e2)..., ek) of two or more elements.
Expected<UInt256> pedersenHashChain(std::span<const UInt256> elements);

//! Reference doubling chain check used by tests: the 506-point table StarkWare publishes
//! (shift, G, 2^j * P0, ...), computed from our embedded base points.
AffinePoint constantPoint(int index); // 0..505

} // namespace stardeck::crypto::stark
