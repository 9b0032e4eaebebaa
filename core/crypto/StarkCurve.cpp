// SPDX-License-Identifier: MIT
#include "crypto/StarkCurve.h"

#include "crypto/detail/StarkGroup.h"

namespace stardeck::crypto::stark {

using namespace detail;

namespace {

// StarkWare's "nothing up my sleeve" points (pedersen_params.json / constant_points.json).
constexpr const char *kPointHex[6][2] = {
    {"049ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804",
     "03ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a"}, // shift point
    {"01ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca",
     "005668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f"}, // generator
    {"0234287dcbaffe7f969c748655fca9e58fa8120b6d56eb0c1080d17957ebe47b",
     "03b056f100f96fb21e889527d41f4e39940135dd7a6c94cc6ed0268ee89e5615"}, // P0
    {"04fa56f376c83db33f9dab2656558f3399099ec1de5e3018b7a6932dba8aa378",
     "03fa0984c931c9e38113e0c0e47e4401562761f92a7a23b45168f4e80ff5b54d"}, // P1
    {"04ba4cc166be8dec764910f75b45f74b40c690c74709e90f3aa372f0bd2d6997",
     "0040301cf5c1751f4b971e46c4ede85fcac5c59a5ce5ae7c48151f27b24b219c"}, // P2
    {"054302dcb0e6cc1c6e44cca8f61a63bb2ca65048d53fb325d36ff12c49a58202",
     "01b77b3e37d13504b348046268d8ae25ce98ad783c25561a879dcc77e99c2426"}, // P3
};

AffinePoint basePoint(int i)
{
    return AffinePoint{*UInt256::fromHex(kPointHex[i][0]), *UInt256::fromHex(kPointHex[i][1])};
}

Affine toMontPoint(const AffinePoint &p)
{
    return Affine{Fp::toMont(p.x.limb), Fp::toMont(p.y.limb)};
}

AffinePoint fromMontPoint(const Affine &p)
{
    return AffinePoint{fromLimbs(Fp::fromMont(p.x)), fromLimbs(Fp::fromMont(p.y))};
}

constexpr int kLowBits = 248;

// Pedersen tables: 8-bit windows over the low 248 bits (31 windows) of each input, one 4-bit
// window for the high bits. Built once, on first use (~1 MB, a few milliseconds).
struct PedersenTables {
    FixedBaseTable low0{toMontPoint(basePoint(2)), kLowBits / 8, 8};
    FixedBaseTable high0{toMontPoint(basePoint(3)), 1, 4};
    FixedBaseTable low1{toMontPoint(basePoint(4)), kLowBits / 8, 8};
    FixedBaseTable high1{toMontPoint(basePoint(5)), 1, 4};
    Affine shift = toMontPoint(basePoint(0));
};

const PedersenTables &pedersenTables()
{
    static const PedersenTables tables;
    return tables;
}

} // namespace

AffinePoint shiftPoint()
{
    return basePoint(0);
}

AffinePoint generator()
{
    return basePoint(1);
}

AffinePoint pedersenPoint(int index)
{
    return basePoint(2 + index);
}

bool isOnCurve(const AffinePoint &p)
{
    if (!(p.x < kPrime) || !(p.y < kPrime))
        return false;
    const Limbs x = Fp::toMont(p.x.limb), y = Fp::toMont(p.y.limb);
    Limbs lhs;
    Fp::sqr(lhs, y);
    return Fp::equal(lhs, curveRhs(x));
}

Expected<UInt256> pedersenHash(const UInt256 &a, const UInt256 &b)
{
    if (!(a < kPrime))
        return makeError(ErrorCode::OutOfRange, "pedersen input a is not below the field prime");
    if (!(b < kPrime))
        return makeError(ErrorCode::OutOfRange, "pedersen input b is not below the field prime");
    const PedersenTables &t = pedersenTables();
    static const UInt256 lowMask = [] {
        UInt256 m = UInt256::powerOfTwo(kLowBits);
        m.subInPlace(UInt256(1));
        return m;
    }();
    Jacobian acc = Jacobian::fromAffine(t.shift);
    t.low0.addMultipleVt(acc, (a & lowMask).limb);
    t.high0.addMultipleVt(acc, (a >> kLowBits).limb);
    t.low1.addMultipleVt(acc, (b & lowMask).limb);
    t.high1.addMultipleVt(acc, (b >> kLowBits).limb);
    Affine out;
    if (!jacToAffine(out, acc))
        return makeError(ErrorCode::CryptoFailure, "unhashable pedersen input");
    return fromLimbs(Fp::fromMont(out.x));
}

Expected<UInt256> pedersenHash(const UInt256 &a)
{
    return pedersenHash(a, UInt256{});
}

Expected<UInt256> pedersenHashChain(std::span<const UInt256> elements)
{
    if (elements.size() < 2)
        return makeError(ErrorCode::InvalidLength, "pedersen chain needs at least two elements");
    Expected<UInt256> acc = pedersenHash(elements[0], elements[1]);
    for (std::size_t i = 2; i < elements.size() && acc.ok(); ++i)
        acc = pedersenHash(*acc, elements[i]);
    return acc;
}

AffinePoint constantPoint(int index)
{
    if (index < 2)
        return basePoint(index);
    // 2 + j: 2^j P0 (j < 248); 250 + j: 2^j P1 (j < 4); 254 + j: 2^j P2; 502 + j: 2^j P3.
    int rel = index - 2;
    int block = rel / 252, within = rel % 252;
    int base = 2 + block * 2, exponent = within;
    if (within >= 248) {
        base += 1;
        exponent = within - 248;
    }
    Jacobian p = Jacobian::fromAffine(toMontPoint(basePoint(base)));
    for (int i = 0; i < exponent; ++i)
        jacDouble(p, p, Fp::one());
    Affine out;
    jacToAffine(out, p);
    return fromMontPoint(out);
}

} // namespace stardeck::crypto::stark
