// SPDX-License-Identifier: MIT
// The Stark fields and curve: our embedded constants against StarkWare's published tables,
// and the field/point arithmetic against independent identities.
#include "crypto/StarkCurve.h"
#include "crypto/detail/StarkGroup.h"
#include "support/Vectors.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace stardeck::crypto;
using namespace stardeck::crypto::detail;

namespace {

UInt256 hex(const QString &s)
{
    return *UInt256::fromHex(s.toStdString());
}

Limbs randomField(QRandomGenerator &rng)
{
    Limbs l;
    for (auto &x : l)
        x = rng.generate64();
    l[3] &= 0x07ffffffffffffffULL; // < 2^251 < p
    return Fp::toMont(l);
}

Affine randomPoint(QRandomGenerator &rng)
{
    // k*G for a random k via the public fixed base path
    Jacobian acc{Fp::one(), Fp::one(), Limbs{}};
    Limbs k = {rng.generate64(), rng.generate64(), rng.generate64(),
               rng.generate64() & 0x03ffffffffffffffULL};
    const Affine g{Fp::toMont(stark::generator().x.limb), Fp::toMont(stark::generator().y.limb)};
    FixedBaseTable t(g, 63, 4);
    t.addMultipleVt(acc, k);
    Affine out;
    jacToAffine(out, acc);
    return out;
}

} // namespace

class TestStarkCurve : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constantsMatchStarkExResources()
    {
        // starkex-resources pedersen_params.json keeps decimal big integers; QJsonDocument
        // would turn them into doubles, so parse the numbers out of the raw text.
        QFile f(stardeck::test::dataPath(QStringLiteral("official/starkex-resources_pedersen_params.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        auto number = [&](const char *key) {
            const qsizetype at = raw.indexOf(QByteArray(QByteArray("\"") + key + "\""));
            qsizetype i = raw.indexOf(':', at) + 1;
            while (raw[i] == ' ')
                ++i;
            qsizetype j = i;
            while (j < raw.size() && raw[j] >= '0' && raw[j] <= '9')
                ++j;
            return *UInt256::fromDecimal(raw.mid(i, j - i).toStdString());
        };
        QCOMPARE(number("FIELD_PRIME"), stark::kPrime);
        QCOMPARE(number("EC_ORDER"), stark::kOrder);
        QCOMPARE(number("BETA"), stark::kBeta);
        QCOMPARE(number("ALPHA"), UInt256(1));

        // CONSTANT_POINTS: 506 [x, y] pairs of decimal numbers.
        qsizetype pos = raw.indexOf("\"CONSTANT_POINTS\"");
        QVERIFY(pos > 0);
        int count = 0;
        for (int index = 0; index < 506; ++index) {
            UInt256 xy[2];
            for (auto &v : xy) {
                while (raw[pos] < '0' || raw[pos] > '9')
                    ++pos;
                qsizetype end = pos;
                while (raw[end] >= '0' && raw[end] <= '9')
                    ++end;
                v = *UInt256::fromDecimal(raw.mid(pos, end - pos).toStdString());
                pos = end;
            }
            const stark::AffinePoint ours = stark::constantPoint(index);
            QVERIFY2(ours.x == xy[0] && ours.y == xy[1], qPrintable(QStringLiteral("point %1").arg(index)));
            ++count;
        }
        QCOMPARE(count, 506);
    }

    void constantsMatchCryptoUtils()
    {
        QFile f(stardeck::test::dataPath(
            QStringLiteral("official/starkware-crypto-utils_0.2.1_constant_points.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray pts = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(pts.size(), 506);
        // every 7th point plus the ends keeps this quick; the test above checks all 506
        for (int i = 0; i < pts.size(); i += (i < 6 || i > 500) ? 1 : 7) {
            const auto p = stark::constantPoint(i);
            QCOMPARE(p.x, hex(pts[i].toArray()[0].toString()));
            QCOMPARE(p.y, hex(pts[i].toArray()[1].toString()));
            QVERIFY(stark::isOnCurve(p));
        }
    }

    void onCurveRejects()
    {
        auto g = stark::generator();
        QVERIFY(stark::isOnCurve(g));
        g.y.addInPlace(UInt256(1));
        QVERIFY(!stark::isOnCurve(g));
        auto big = stark::generator();
        big.x.addInPlace(stark::kPrime); // same residue, non-canonical
        QVERIFY(!stark::isOnCurve(big));
    }

    void fieldIdentities()
    {
        QRandomGenerator rng(12345);
        for (int i = 0; i < 200; ++i) {
            const Limbs a = randomField(rng), b = randomField(rng);
            Limbs t, u;
            // a * a^-1 = 1
            Fp::mul(t, a, fpInvert(a));
            QVERIFY(Fp::equal(t, Fp::one()));
            // (a + b) - b = a ; a - a = 0
            Fp::add(t, a, b);
            Fp::sub(t, t, b);
            QVERIFY(Fp::equal(t, a));
            Fp::neg(u, a);
            Fp::add(u, u, a);
            QVERIFY(Fp::isZero(u));
            // sqrt(a^2) = +-a and Legendre(a^2) = 1
            Fp::sqr(t, a);
            QCOMPARE(fpLegendre(t), 1);
            const auto r = fpSqrt(t);
            QVERIFY(r.has_value());
            Fp::neg(u, a);
            QVERIFY(Fp::equal(*r, a) || Fp::equal(*r, u));
            // scalar field: a * a^-1 = 1 mod n
            const Limbs an = Fn::toMont(Fp::fromMont(a));
            Fn::mul(t, an, fnInvert(an));
            QVERIFY(Fn::equal(t, Fn::one()));
        }
        // 3 is the documented non-residue
        QCOMPARE(fpLegendre(Fp::toMont(Limbs{3, 0, 0, 0})), -1);
        QVERIFY(!fpSqrt(Fp::toMont(Limbs{3, 0, 0, 0})).has_value());
        QCOMPARE(fpLegendre(Limbs{}), 0);
        // Montgomery conversion reduces any 256-bit input
        const Limbs pPlus5 = {6, 0, 0, 0x0800000000000011ULL};
        QVERIFY(Fp::equal(Fp::fromMont(Fp::toMont(pPlus5)), Limbs{5, 0, 0, 0}));
    }

    void completeAdditionAgreesWithJacobian()
    {
        QRandomGenerator rng(777);
        const Limbs one = Fp::one();
        for (int i = 0; i < 50; ++i) {
            const Affine p = randomPoint(rng), q = randomPoint(rng);
            // generic sum
            Jacobian j = Jacobian::fromAffine(p);
            jacAddAffine(j, j, q, one);
            Affine expect;
            QVERIFY(jacToAffine(expect, j));
            Projective pp{p.x, p.y, one}, sum;
            projAddAffine(sum, pp, q);
            Affine got;
            projToAffine(got, sum);
            QVERIFY(Fp::equal(got.x, expect.x) && Fp::equal(got.y, expect.y));
            // doubling through the same complete formula
            projAddAffine(sum, pp, p);
            projToAffine(got, sum);
            Jacobian d = Jacobian::fromAffine(p);
            jacDouble(d, d, one);
            QVERIFY(jacToAffine(expect, d));
            QVERIFY(Fp::equal(got.x, expect.x) && Fp::equal(got.y, expect.y));
            // identity + q = q
            Projective id{Limbs{}, one, Limbs{}};
            projAddAffine(sum, id, q);
            projToAffine(got, sum);
            QVERIFY(Fp::equal(got.x, q.x) && Fp::equal(got.y, q.y));
            // p + (-p) = identity (Z = 0)
            Affine negP = p;
            Fp::neg(negP.y, p.y);
            projAddAffine(sum, pp, negP);
            QVERIFY(Fp::isZero(sum.z));
            // Jacobian: p + (-p) is infinity too
            Jacobian jj = Jacobian::fromAffine(p);
            jacAddAffine(jj, jj, negP, one);
            QVERIFY(jj.isInfinity());
        }
    }

    void generatorHasOrderN()
    {
        // (n-1)*G = -G, i.e. n*G = O
        Jacobian acc{Fp::one(), Fp::one(), Limbs{}};
        const Affine g{Fp::toMont(stark::generator().x.limb), Fp::toMont(stark::generator().y.limb)};
        FixedBaseTable t(g, 63, 4);
        Limbs nm1 = stark::kOrder.limb;
        nm1[0] -= 1;
        t.addMultipleVt(acc, nm1);
        Affine r;
        QVERIFY(jacToAffine(r, acc));
        Limbs negY;
        Fp::neg(negY, g.y);
        QVERIFY(Fp::equal(r.x, g.x) && Fp::equal(r.y, negY));
    }
};

QTEST_GUILESS_MAIN(TestStarkCurve)
#include "tst_stark_curve.moc"
