// SPDX-License-Identifier: MIT
#pragma once

// Point arithmetic on the Stark curve y^2 = x^3 + x + beta. Coordinates are in Montgomery
// form. Two families:
//  - Jacobian formulas with special-case branches: fast, variable time, for public data only
//    (Pedersen, verification, building tables).
//  - Homogeneous projective complete addition (Renes-Costello-Batina 2016): no exceptional
//    cases, so k*G runs without branches on k (signing, public keys).

#include "crypto/detail/StarkField.h"

#include <vector>

namespace stardeck::crypto::detail {

struct Affine {
    Limbs x{};
    Limbs y{};
};

//! (X, Y, Z) with x = X/Z^2, y = Y/Z^3; Z == 0 is the point at infinity.
struct Jacobian {
    Limbs x{};
    Limbs y{};
    Limbs z{};
    bool isInfinity() const { return Fp::isZero(z) != 0; }
    static Jacobian fromAffine(const Affine &a) { return Jacobian{a.x, a.y, Fp::one()}; }
};

//! (X : Y : Z) with x = X/Z, y = Y/Z; the identity is (0 : 1 : 0).
struct Projective {
    Limbs x{};
    Limbs y{};
    Limbs z{};
};

//! Curve constants in Montgomery form.
struct CurveConstants {
    Limbs beta;
    Limbs b3; // 3 * beta
};
const CurveConstants &curve();
//! x^3 + x + beta (Montgomery form): y^2 for a point with this x.
Limbs curveRhs(const Limbs &x);

// --- variable time (public data only) ---
//! r = 2p on a curve with coefficient a (Montgomery form); the Stark curve has a = 1.
void jacDouble(Jacobian &r, const Jacobian &p, const Limbs &a);
//! r = p + q (q affine, not infinity); handles p == q, p == -q and p at infinity.
void jacAddAffine(Jacobian &r, const Jacobian &p, const Affine &q, const Limbs &a);
//! Affine form; false for the point at infinity.
bool jacToAffine(Affine &out, const Jacobian &p);
//! Affine forms of many finite points with one inversion (Montgomery's trick).
void batchToAffine(std::vector<Affine> &out, const std::vector<Jacobian> &in);

// --- constant time ---
//! r = p + q for any p (identity allowed) and affine q; complete, branch-free.
void projAddAffine(Projective &r, const Projective &p, const Affine &q);
//! Affine x and y of a finite projective point (constant-time inversion).
void projToAffine(Affine &out, const Projective &p);

//! A fixed-base table: entry(w, d) = d * 2^(bits*w) * base for d in 1..2^bits-1.
class FixedBaseTable {
public:
    FixedBaseTable(const Affine &base, int windows, int bits);
    const Affine &entry(int window, unsigned digit) const
    {
        return m_points[std::size_t(window) * m_perWindow + digit - 1];
    }
    int windows() const { return m_windows; }
    int bits() const { return m_bits; }
    unsigned perWindow() const { return m_perWindow; }
    //! Constant-time selection of entry(window, digit) (digit 0 yields entry 1; callers mask it).
    void lookupCt(Affine &out, int window, std::uint64_t digit) const;
    //! acc += scalar * base, variable time; scalar must fit in windows*bits bits.
    void addMultipleVt(Jacobian &acc, const Limbs &scalar) const;

private:
    std::vector<Affine> m_points;
    int m_windows;
    int m_bits;
    unsigned m_perWindow;
};

//! Digit `index` of width `bits` (bits <= 8) of a little-endian limb array.
inline std::uint64_t scalarDigit(const Limbs &s, int index, int bits)
{
    const auto pos = unsigned(index * bits);
    const unsigned limb = pos / 64, shift = pos % 64;
    std::uint64_t v = s[limb] >> shift;
    if (shift + unsigned(bits) > 64 && limb + 1 < 4)
        v |= s[limb + 1] << (64 - shift);
    return v & ((std::uint64_t(1) << bits) - 1);
}

} // namespace stardeck::crypto::detail
