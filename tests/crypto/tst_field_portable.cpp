// SPDX-License-Identifier: MIT
// The x86-64 assembly field arithmetic against the portable C++ versions of the same
// functions, on random and edge inputs. The portable copy is compiled in this file under a
// different namespace so both can live in one program.
#include "crypto/detail/Montgomery.h"
#include "crypto/detail/StarkField.h"

#undef STARDECK_X86_64_ASM
#define STARDECK_X86_64_ASM 0
#define stardeck stardeck_portable
#include "crypto/detail/MontgomeryImpl.inc"
#undef stardeck

#include <QRandomGenerator>
#include <QTest>

namespace fast = stardeck::crypto::detail;
namespace slow = stardeck_portable::crypto::detail;

struct SlowPrime {
    static constexpr slow::Limbs modulus = fast::PrimeParams::modulus;
};
struct SlowOrder {
    static constexpr slow::Limbs modulus = fast::OrderParams::modulus;
};

class TestFieldPortable : public QObject {
    Q_OBJECT

    template <class Fast, class Slow>
    void compare(const fast::Limbs &modulus)
    {
        QRandomGenerator rng(2024);
        std::vector<fast::Limbs> values = {{0, 0, 0, 0}, {1, 0, 0, 0}, modulus};
        values[2][0] -= 1; // M - 1
        for (int i = 0; i < 2000; ++i) {
            fast::Limbs v{rng.generate64(), rng.generate64(), rng.generate64(), rng.generate64() >> 5};
            values.push_back(Fast::toMont(v)); // reduced below M
        }
        for (std::size_t i = 0; i + 1 < values.size(); ++i) {
            const auto &a = values[i], &b = values[i + 1];
            fast::Limbs f;
            slow::Limbs s;
            Fast::mul(f, a, b);
            Slow::mul(s, a, b);
            QCOMPARE(f, s);
            Fast::sqr(f, a);
            Slow::sqr(s, a);
            QCOMPARE(f, s);
            Fast::add(f, a, b);
            Slow::add(s, a, b);
            QCOMPARE(f, s);
            Fast::sub(f, a, b);
            Slow::sub(s, a, b);
            QCOMPARE(f, s);
        }
    }

private Q_SLOTS:
    void primeField() { compare<fast::Fp, slow::MontField<SlowPrime>>(fast::PrimeParams::modulus); }
    void scalarField() { compare<fast::Fn, slow::MontField<SlowOrder>>(fast::OrderParams::modulus); }
};

QTEST_GUILESS_MAIN(TestFieldPortable)
#include "tst_field_portable.moc"
