// SPDX-License-Identifier: MIT
#include "crypto/StarkEcdsa.h"

#include "crypto/Hex.h"
#include "crypto/detail/ConstantTime.h"
#include "crypto/detail/HmacSha256.h"
#include "crypto/detail/StarkGroup.h"

#include <cstring>

namespace stardeck::crypto::stark {

using namespace detail;

namespace {

constexpr int kGWindows = 63; // 4-bit windows cover 252 bits; every scalar is below n < 2^252
constexpr int kGBits = 4;

//! A larger table for public multiples of G (verification): 8-bit windows, half the additions.
const FixedBaseTable &generatorTableWide()
{
    static const FixedBaseTable table(Affine{Fp::toMont(generator().x.limb), Fp::toMont(generator().y.limb)},
                                      32, 8);
    return table;
}

const FixedBaseTable &generatorTable()
{
    static const FixedBaseTable table(Affine{Fp::toMont(generator().x.limb), Fp::toMont(generator().y.limb)},
                                      kGWindows, kGBits);
    return table;
}

//! 1 when a < b, else 0; branch-free.
std::uint64_t ctLess(const Limbs &a, const Limbs &b)
{
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 d = u128(a[i]) - b[i] - borrow;
        borrow = std::uint64_t(d >> 64) & 1;
    }
    return borrow;
}

//! d*G in constant time (d < 2^252). Returns the projective result.
Projective mulGeneratorCt(const Limbs &d)
{
    const FixedBaseTable &table = generatorTable();
    Projective acc{Limbs{}, Fp::one(), Limbs{}};
    Projective sum;
    Affine t;
    for (int w = 0; w < kGWindows; ++w) {
        const std::uint64_t digit = scalarDigit(d, w, kGBits);
        table.lookupCt(t, w, digit);
        projAddAffine(sum, acc, t);
        const std::uint64_t mask = 0 - (1 ^ ct::isZero64(digit));
        Fp::cmov(acc.x, sum.x, mask);
        Fp::cmov(acc.y, sum.y, mask);
        Fp::cmov(acc.z, sum.z, mask);
    }
    secureWipe(&t, sizeof t);
    secureWipe(&sum, sizeof sum);
    return acc;
}

//! Loads a 32-byte big-endian key and checks 1 <= d < n without branching on d.
bool loadPrivateKey(Limbs &d, const SecureBytes &key)
{
    if (key.size() != 32)
        return false;
    d = UInt256::fromBytesBE(key.data(), 32).limb;
    std::uint64_t ok = ctLess(d, kOrder.limb) & (1 ^ Fp::isZero(d));
    ct::declassify(&ok, sizeof ok); // validity of the key is not a secret
    return ok != 0;
}

//! x mod n for x < p (< 2n), constant time.
Limbs reduceModOrder(const Limbs &x)
{
    Limbs r;
    Fn::reduceOnce(r, x);
    return r;
}

//! The "k" candidate from a DRBG block: elliptic's _truncateToN shifts right by 4 only when the
//! block's top byte is non-zero (it measures the byte length of the number).
Limbs truncateCandidate(const std::uint8_t block[32])
{
    const Limbs t = UInt256::fromBytesBE(block, 32).limb;
    const Limbs shifted = (UInt256::fromBytesBE(block, 32) >> 4).limb;
    const std::uint64_t topNonZero = 1 ^ ct::isZero64(block[0]);
    Limbs k = t;
    Fn::cmov(k, shifted, 0 - topNonZero);
    return k;
}

} // namespace

std::string Signature::toHex() const
{
    return r.toHex() + s.toHex().substr(2);
}

Expected<Signature> Signature::fromHex(std::string_view text)
{
    text = stripHexPrefix(text);
    if (text.size() != 128)
        return makeError(ErrorCode::InvalidLength, "stark signature must be 128 hex digits (r || s)");
    auto r = UInt256::fromHex(text.substr(0, 64));
    auto s = UInt256::fromHex(text.substr(64));
    if (!r || !s)
        return makeError(ErrorCode::InvalidFormat, "stark signature is not hex");
    return Signature{*r, *s};
}

Expected<SecureBytes> parsePrivateKey(std::string_view hex)
{
    auto v = UInt256::fromHex(hex);
    if (!v)
        return makeError(v.error().code, "private key: " + v.error().message);
    SecureBytes key(32);
    v->toBytesBE(key.data());
    secureWipe(&*v, sizeof(UInt256));
    if (auto st = checkPrivateKey(key); !st)
        return st.error();
    return key;
}

Status checkPrivateKey(const SecureBytes &privateKey)
{
    if (privateKey.size() != 32)
        return makeError(ErrorCode::InvalidLength, "stark private key must be 32 bytes");
    Limbs d;
    const bool ok = loadPrivateKey(d, privateKey);
    secureWipe(&d, sizeof d);
    if (!ok)
        return makeError(ErrorCode::OutOfRange, "stark private key must be in [1, n)");
    return {};
}

Expected<PublicKey> publicKey(const SecureBytes &privateKey)
{
    Limbs d;
    if (!loadPrivateKey(d, privateKey)) {
        secureWipe(&d, sizeof d);
        return checkPrivateKey(privateKey).error();
    }
    const Projective q = mulGeneratorCt(d);
    secureWipe(&d, sizeof d);
    Affine a;
    projToAffine(a, q);
    PublicKey pk{fromLimbs(Fp::fromMont(a.x)), fromLimbs(Fp::fromMont(a.y))};
    ct::declassify(&pk, sizeof pk); // the public key is public
    return pk;
}

Expected<Signature> sign(const SecureBytes &privateKey, const UInt256 &msgHash)
{
    if (!(msgHash < kTwo251))
        return makeError(ErrorCode::Unsignable, "message hash must be below 2^251");
    Limbs d;
    if (!loadPrivateKey(d, privateKey)) {
        secureWipe(&d, sizeof d);
        return checkPrivateKey(privateKey).error();
    }

    // HMAC-DRBG(SHA-256) seeded with key || hash, as elliptic's HmacDRBG (see starkex-crypto.md 2.3).
    std::uint8_t seed[64];
    std::memcpy(seed, privateKey.data(), 32);
    msgHash.toBytesBE(seed + 32);
    HmacDrbg drbg(seed, sizeof seed);
    secureWipe(seed, sizeof seed);

    const Limbs nMinus1 = {kOrder.limb[0] - 1, kOrder.limb[1], kOrder.limb[2], kOrder.limb[3]};
    const Limbs one = {1, 0, 0, 0};
    Limbs k{}, dM = Fn::toMont(d), zM = Fn::toMont(msgHash.limb);
    Signature sig;
    UInt256 wOut;
    bool found = false;
    for (int iteration = 0; iteration < 1000 && !found; ++iteration) {
        if (iteration > 0)
            drbg.reseedEmpty();
        std::uint8_t block[32];
        drbg.generate(block);
        k = truncateCandidate(block);
        secureWipe(block, sizeof block);

        std::uint64_t accept = ctLess(one, k) & ctLess(k, nMinus1);
        ct::declassify(&accept, sizeof accept); // the retry decision is revealed by timing anyway
        if (!accept)
            continue;

        Affine rPoint;
        projToAffine(rPoint, mulGeneratorCt(k));
        const Limbs r = reduceModOrder(Fp::fromMont(rPoint.x));
        secureWipe(&rPoint, sizeof rPoint);
        sig.r = fromLimbs(r);
        ct::declassify(&sig.r, sizeof sig.r); // r is part of the signature
        if (sig.r.isZero())
            continue;

        // One inversion serves both s and w: with B = z + r*d and inv = (k*B)^-1,
        // s = k^-1 * B = inv * B^2 and w = s^-1 = inv * k^2.
        Limbs b, kM = Fn::toMont(k), inv, s, w;
        Fn::mul(b, Fn::toMont(r), dM);
        Fn::add(b, b, zM);
        Fn::mul(inv, kM, b);
        inv = fnInvert(inv);
        Fn::sqr(s, b);
        Fn::mul(s, s, inv);
        Fn::sqr(w, kM);
        Fn::mul(w, w, inv);
        sig.s = fromLimbs(Fn::fromMont(s));
        wOut = fromLimbs(Fn::fromMont(w));
        secureWipe(&b, sizeof b);
        secureWipe(&kM, sizeof kM);
        secureWipe(&inv, sizeof inv);
        secureWipe(&s, sizeof s);
        secureWipe(&w, sizeof w);
        ct::declassify(&sig.s, sizeof sig.s); // s and w = s^-1 are public
        ct::declassify(&wOut, sizeof wOut);
        if (sig.s.isZero())
            continue;
        found = true;
    }
    secureWipe(&k, sizeof k);
    secureWipe(&d, sizeof d);
    secureWipe(&dM, sizeof dM);
    if (!found)
        return makeError(ErrorCode::CryptoFailure, "no valid nonce found");

    // starkware-crypto-utils refuses (throws) rather than retrying when r or w is too large.
    if (!(sig.r < kTwo251) || !(wOut < kTwo251))
        return makeError(ErrorCode::Unsignable, "signature out of StarkEx range (r or w >= 2^251)");
    return sig;
}

namespace {

//! Width-5 NAF digits of a public scalar, least significant first.
int wnaf5(int digits[260], Limbs k)
{
    int len = 0;
    UInt256 v = fromLimbs(k);
    while (!v.isZero()) {
        int d = 0;
        if (v.limb[0] & 1) {
            d = int(v.limb[0] & 31);
            if (d > 15)
                d -= 32;
            if (d > 0)
                v.subInPlace(UInt256(std::uint64_t(d)));
            else
                v.addInPlace(UInt256(std::uint64_t(-d)));
        }
        digits[len++] = d;
        v = v >> 1;
    }
    return len;
}

//! k*Q for public k and affine Q on y^2 = x^3 + a x + b (variable time).
Jacobian mulVt(const Limbs &k, const Affine &q, const Limbs &a)
{
    std::vector<Jacobian> multiples;
    multiples.reserve(15);
    Jacobian acc = Jacobian::fromAffine(q);
    multiples.push_back(acc);
    for (int i = 2; i <= 15; ++i) {
        jacAddAffine(acc, acc, q, a);
        multiples.push_back(acc);
    }
    std::vector<Jacobian> odd;
    for (int i = 0; i < 15; i += 2)
        odd.push_back(multiples[std::size_t(i)]);
    std::vector<Affine> table;
    batchToAffine(table, odd);

    int digits[260];
    const int len = wnaf5(digits, k);
    Jacobian r{Fp::one(), Fp::one(), Limbs{}};
    for (int i = len - 1; i >= 0; --i) {
        if (!r.isInfinity())
            jacDouble(r, r, a);
        const int d = digits[i];
        if (d > 0) {
            jacAddAffine(r, r, table[std::size_t(d / 2)], a);
        } else if (d < 0) {
            Affine negated = table[std::size_t(-d / 2)];
            Fp::neg(negated.y, negated.y);
            jacAddAffine(r, r, negated, a);
        }
    }
    return r;
}

} // namespace

Expected<bool> verify(const UInt256 &starkKey, const UInt256 &msgHash, const Signature &sig)
{
    if (!(msgHash < kTwo251))
        return makeError(ErrorCode::OutOfRange, "message hash must be below 2^251");
    if (sig.r.isZero() || !(sig.r < kTwo251))
        return makeError(ErrorCode::OutOfRange, "r must be in [1, 2^251)");
    if (sig.s.isZero() || !(sig.s < kOrder))
        return makeError(ErrorCode::OutOfRange, "s must be in [1, n)");
    const Limbs wM = fnInvert(Fn::toMont(sig.s.limb)); // s is public
    if (!(fromLimbs(Fn::fromMont(wM)) < kTwo251))
        return makeError(ErrorCode::OutOfRange, "w = s^-1 must be below 2^251");
    if (!(starkKey < kPrime))
        return makeError(ErrorCode::NotOnCurve, "stark key is not a field element");

    // t = x^3 + x + beta must be a square for the key to be on the curve.
    const Limbs x0 = Fp::toMont(starkKey.limb);
    const Limbs t = curveRhs(x0);
    if (fpLegendre(t) != 1)
        return makeError(ErrorCode::NotOnCurve, "stark key is not the x coordinate of a curve point");

    Limbs u1, u2;
    Fn::mul(u1, Fn::toMont(msgHash.limb), wM);
    Fn::mul(u2, Fn::toMont(sig.r.limb), wM);
    u1 = Fn::fromMont(u1);
    u2 = Fn::fromMont(u2);

    // A = u1*G. B = u2*Q needs Q's y, which an x-only key does not give. Instead of a square
    // root (p - 1 has 2-adicity 192, so Tonelli-Shanks is slow) work on the isomorphic curve
    // Y^2 = X^3 + t^2 X + t^3 beta, where Q maps to (t*x0, t^2) and (X, Y) maps back to
    // x = X/t, y^2 = Y^2/t^3. Then test whether r is x(A + B) or x(A - B) from squares only.
    Jacobian aJ{Fp::one(), Fp::one(), Limbs{}};
    generatorTableWide().addMultipleVt(aJ, u1);
    Limbs a2, qx;
    Fp::sqr(a2, t);
    Fp::mul(qx, t, x0);
    const Jacobian bJ = mulVt(u2, Affine{qx, a2}, a2);
    if (bJ.isInfinity())
        return false;

    // One inversion for 1/t, 1/Z_B (and 1/Z_A).
    const bool aIsInfinity = aJ.isInfinity();
    std::vector<Jacobian> batch{bJ, Jacobian{t, t, t}};
    if (!aIsInfinity)
        batch.push_back(aJ);
    std::vector<Affine> aff;
    batchToAffine(aff, batch);
    // Jacobian{t, t, t} maps to (t/t^2, t/t^3) = (1/t, 1/t^2).
    const Limbs tInv = aff[1].x, tInv2 = aff[1].y;
    Limbs xB, yB2, tInv3;
    Fp::mul(xB, aff[0].x, tInv);
    Fp::mul(tInv3, tInv2, tInv);
    Fp::sqr(yB2, aff[0].y);
    Fp::mul(yB2, yB2, tInv3);

    // Candidate x values: r, and r + n when that is still a field element.
    Limbs candidates[2];
    int count = 0;
    candidates[count++] = Fp::toMont(sig.r.limb);
    UInt256 rn = sig.r;
    rn.addInPlace(kOrder);
    if (rn < kPrime)
        candidates[count++] = Fp::toMont(rn.limb);

    if (aIsInfinity) { // msgHash == 0: the result is +-B
        for (int i = 0; i < count; ++i) {
            if (Fp::equal(candidates[i], xB))
                return true;
        }
        return false;
    }
    const Affine &pa = aff[2];
    if (Fp::equal(pa.x, xB)) { // A = +-B: the sum is 2A or the point at infinity
        Jacobian dbl;
        jacDouble(dbl, Jacobian::fromAffine(pa), Fp::one());
        Affine d2;
        if (!jacToAffine(d2, dbl))
            return false;
        for (int i = 0; i < count; ++i) {
            if (Fp::equal(candidates[i], d2.x))
                return true;
        }
        return false;
    }
    // (x3 + xA + xB)(xB - xA)^2 - yB^2 - yA^2 = -+2 yA yB; square both sides.
    Limbs dx2, yA2, rhs;
    Fp::sub(dx2, xB, pa.x);
    Fp::sqr(dx2, dx2);
    Fp::sqr(yA2, pa.y);
    Fp::mul(rhs, yA2, yB2);
    Fp::add(rhs, rhs, rhs);
    Fp::add(rhs, rhs, rhs);
    for (int i = 0; i < count; ++i) {
        Limbs lhs;
        Fp::add(lhs, candidates[i], pa.x);
        Fp::add(lhs, lhs, xB);
        Fp::mul(lhs, lhs, dx2);
        Fp::sub(lhs, lhs, yB2);
        Fp::sub(lhs, lhs, yA2);
        Fp::sqr(lhs, lhs);
        if (Fp::equal(lhs, rhs))
            return true;
    }
    return false;
}

bool isStarkKey(const UInt256 &starkKey)
{
    // x^3 + x + beta is never 0 on this curve (no point of order 2), so a root exists iff it is a QR.
    return starkKey < kPrime && fpLegendre(curveRhs(Fp::toMont(starkKey.limb))) == 1;
}

Expected<UInt256> recoverY(const UInt256 &starkKey)
{
    if (!(starkKey < kPrime))
        return makeError(ErrorCode::NotOnCurve, "stark key is not a field element");
    const auto root = fpSqrt(curveRhs(Fp::toMont(starkKey.limb)));
    if (!root)
        return makeError(ErrorCode::NotOnCurve, "stark key is not the x coordinate of a curve point");
    UInt256 y = fromLimbs(Fp::fromMont(*root));
    UInt256 other = kPrime;
    other.subInPlace(y);
    if (!y.isZero() && other < y)
        y = other; // the smaller root, for a deterministic answer
    return y;
}

} // namespace stardeck::crypto::stark
