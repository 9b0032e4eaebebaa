// SPDX-License-Identifier: MIT
#include "crypto/detail/StarkGroup.h"

#include "crypto/StarkCurve.h"

namespace stardeck::crypto::detail {

const CurveConstants &curve()
{
    static const CurveConstants c = [] {
        CurveConstants k{};
        k.beta = Fp::toMont(stark::kBeta.limb);
        Fp::add(k.b3, k.beta, k.beta);
        Fp::add(k.b3, k.b3, k.beta);
        return k;
    }();
    return c;
}

Limbs curveRhs(const Limbs &x)
{
    Limbs t;
    Fp::sqr(t, x);
    Fp::mul(t, t, x);
    Fp::add(t, t, x);
    Fp::add(t, t, curve().beta);
    return t;
}

void jacDouble(Jacobian &r, const Jacobian &p, const Limbs &a)
{
    // dbl-2007-bl: 1M + 8S (+1M for a != 1).
    Limbs xx, yy, yyyy, zz, s, m, t, u;
    Fp::sqr(xx, p.x);
    Fp::sqr(yy, p.y);
    Fp::sqr(yyyy, yy);
    Fp::sqr(zz, p.z);
    Fp::add(t, p.x, yy);
    Fp::sqr(t, t);
    Fp::sub(t, t, xx);
    Fp::sub(t, t, yyyy);
    Fp::add(s, t, t);
    Fp::sqr(u, zz);
    if (!Fp::equal(a, Fp::one()))
        Fp::mul(u, u, a);
    Fp::add(m, xx, xx);
    Fp::add(m, m, xx);
    Fp::add(m, m, u);
    Limbs z3;
    Fp::add(z3, p.y, p.z);
    Fp::sqr(z3, z3);
    Fp::sub(z3, z3, yy);
    Fp::sub(z3, z3, zz);
    Fp::sqr(t, m);
    Fp::sub(t, t, s);
    Fp::sub(t, t, s);
    r.x = t;
    Fp::sub(u, s, t);
    Fp::mul(u, m, u);
    Limbs y8;
    Fp::add(y8, yyyy, yyyy);
    Fp::add(y8, y8, y8);
    Fp::add(y8, y8, y8);
    Fp::sub(r.y, u, y8);
    r.z = z3;
}

void jacAddAffine(Jacobian &r, const Jacobian &p, const Affine &q, const Limbs &a)
{
    if (p.isInfinity()) {
        r = Jacobian::fromAffine(q);
        return;
    }
    // madd-2007-bl: 7M + 4S.
    Limbs z1z1, u2, s2, h, hh, i, j, rr, v;
    Fp::sqr(z1z1, p.z);
    Fp::mul(u2, q.x, z1z1);
    Fp::mul(s2, q.y, p.z);
    Fp::mul(s2, s2, z1z1);
    Fp::sub(h, u2, p.x);
    Fp::sub(rr, s2, p.y);
    if (Fp::isZero(h)) {
        if (Fp::isZero(rr))
            jacDouble(r, Jacobian::fromAffine(q), a);
        else
            r = Jacobian{Fp::one(), Fp::one(), Limbs{}};
        return;
    }
    Fp::add(rr, rr, rr);
    Fp::sqr(hh, h);
    Fp::add(i, hh, hh);
    Fp::add(i, i, i);
    Fp::mul(j, h, i);
    Fp::mul(v, p.x, i);
    Limbs x3, y3, z3, t;
    Fp::sqr(x3, rr);
    Fp::sub(x3, x3, j);
    Fp::sub(x3, x3, v);
    Fp::sub(x3, x3, v);
    Fp::sub(t, v, x3);
    Fp::mul(y3, rr, t);
    Fp::mul(t, p.y, j);
    Fp::add(t, t, t);
    Fp::sub(y3, y3, t);
    Fp::add(z3, p.z, h);
    Fp::sqr(z3, z3);
    Fp::sub(z3, z3, z1z1);
    Fp::sub(z3, z3, hh);
    r.x = x3;
    r.y = y3;
    r.z = z3;
}

bool jacToAffine(Affine &out, const Jacobian &p)
{
    if (p.isInfinity())
        return false;
    Limbs zi, zi2, zi3;
    zi = fpInvert(p.z);
    Fp::sqr(zi2, zi);
    Fp::mul(zi3, zi2, zi);
    Fp::mul(out.x, p.x, zi2);
    Fp::mul(out.y, p.y, zi3);
    return true;
}

void batchToAffine(std::vector<Affine> &out, const std::vector<Jacobian> &in)
{
    const std::size_t n = in.size();
    out.resize(n);
    if (n == 0)
        return;
    std::vector<Limbs> prefix(n);
    prefix[0] = in[0].z;
    for (std::size_t i = 1; i < n; ++i)
        Fp::mul(prefix[i], prefix[i - 1], in[i].z);
    Limbs inv = fpInvert(prefix[n - 1]);
    for (std::size_t i = n; i-- > 0;) {
        Limbs zi;
        if (i > 0) {
            Fp::mul(zi, inv, prefix[i - 1]);
            Fp::mul(inv, inv, in[i].z);
        } else {
            zi = inv;
        }
        Limbs zi2, zi3;
        Fp::sqr(zi2, zi);
        Fp::mul(zi3, zi2, zi);
        Fp::mul(out[i].x, in[i].x, zi2);
        Fp::mul(out[i].y, in[i].y, zi3);
    }
}

void projAddAffine(Projective &r, const Projective &p, const Affine &q)
{
    // Renes-Costello-Batina 2016, Algorithm 1 specialised to Z2 = 1 and a = 1: 13M.
    const Limbs &b3 = curve().b3;
    Limbs t0, t1, t2, t3, t4, t5, x3, y3, z3;
    Fp::mul(t0, p.x, q.x);
    Fp::mul(t1, p.y, q.y);
    Fp::add(t3, q.x, q.y);
    Fp::add(t4, p.x, p.y);
    Fp::mul(t3, t3, t4);
    Fp::add(t4, t0, t1);
    Fp::sub(t3, t3, t4);
    Fp::mul(t4, q.x, p.z);
    Fp::add(t4, t4, p.x);
    Fp::mul(t5, q.y, p.z);
    Fp::add(t5, t5, p.y);
    t2 = p.z;
    z3 = t4; // a * t4
    Fp::mul(x3, b3, t2);
    Fp::add(z3, x3, z3);
    Fp::sub(x3, t1, z3);
    Fp::add(z3, t1, z3);
    Fp::mul(y3, x3, z3);
    Fp::add(t1, t0, t0);
    Fp::add(t1, t1, t0);
    // t2 = a * t2 = t2
    Fp::mul(t4, b3, t4);
    Fp::add(t1, t1, t2);
    Fp::sub(t2, t0, t2);
    // t2 = a * t2 = t2
    Fp::add(t4, t4, t2);
    Fp::mul(t0, t1, t4);
    Fp::add(y3, y3, t0);
    Fp::mul(t0, t5, t4);
    Fp::mul(x3, t3, x3);
    Fp::sub(x3, x3, t0);
    Fp::mul(t0, t3, t1);
    Fp::mul(z3, z3, t5);
    Fp::add(z3, z3, t0);
    r.x = x3;
    r.y = y3;
    r.z = z3;
}

void projToAffine(Affine &out, const Projective &p)
{
    const Limbs zi = fpInvert(p.z);
    Fp::mul(out.x, p.x, zi);
    Fp::mul(out.y, p.y, zi);
}

FixedBaseTable::FixedBaseTable(const Affine &base, int windows, int bits)
    : m_windows(windows), m_bits(bits), m_perWindow((1U << bits) - 1)
{
    std::vector<Jacobian> jac;
    jac.reserve(std::size_t(windows) * m_perWindow);
    const Limbs one = Fp::one();
    Affine windowBase = base;
    for (int w = 0; w < windows; ++w) {
        Jacobian acc = Jacobian::fromAffine(windowBase);
        jac.push_back(acc);
        for (unsigned d = 2; d <= m_perWindow; ++d) {
            jacAddAffine(acc, acc, windowBase, one);
            jac.push_back(acc);
        }
        // next window base = 2^bits * windowBase = (entry 2^(bits-1)) doubled
        Jacobian next = jac[std::size_t(w) * m_perWindow + (1U << (bits - 1)) - 1];
        jacDouble(next, next, one);
        jacToAffine(windowBase, next);
    }
    batchToAffine(m_points, jac);
}

void FixedBaseTable::lookupCt(Affine &out, int window, std::uint64_t digit) const
{
    out = Affine{};
    const Affine *row = &m_points[std::size_t(window) * m_perWindow];
    for (unsigned j = 0; j < m_perWindow; ++j) {
        // mask = all ones iff digit == j + 1, computed without branches
        const std::uint64_t mask = 0 - (1 ^ (((digit ^ (j + 1)) | (0 - (digit ^ (j + 1)))) >> 63));
        for (int l = 0; l < 4; ++l) {
            out.x[l] |= row[j].x[l] & mask;
            out.y[l] |= row[j].y[l] & mask;
        }
    }
}

void FixedBaseTable::addMultipleVt(Jacobian &acc, const Limbs &scalar) const
{
    const Limbs one = Fp::one();
    for (int w = 0; w < m_windows; ++w) {
        const auto d = unsigned(scalarDigit(scalar, w, m_bits));
        if (d)
            jacAddAffine(acc, acc, entry(w, d), one);
    }
}

} // namespace stardeck::crypto::detail
