// SPDX-License-Identifier: MIT
#include "crypto/StarkCurve.h"
#include "support/Vectors.h"

#include <QTest>

using namespace stardeck::crypto;
using stardeck::test::vectorCases;

namespace {
UInt256 hex(const QJsonValue &v)
{
    const auto r = UInt256::fromHex(v.toString().toStdString());
    if (!r)
        qFatal("bad hex in vector: %s", qPrintable(v.toString()));
    return *r;
}
} // namespace

class TestPedersen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoInputs_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = vectorCases(QStringLiteral("pedersen.json"));
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(stardeck::test::caseLabel(i, cases[i].toObject()).constData())
                << cases[i].toObject();
    }
    void twoInputs()
    {
        QFETCH(QJsonObject, c);
        const auto h = stark::pedersenHash(hex(c[u"a"]), hex(c[u"b"]));
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().message.c_str());
        QCOMPARE(h->toHex(), c[u"hash"].toString().toStdString());
    }

    void singleInput_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases =
            vectorCases(QStringLiteral("pedersen.json"), QStringLiteral("single_input_cases"));
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(QByteArray::number(i).constData()) << cases[i].toObject();
    }
    void singleInput()
    {
        QFETCH(QJsonObject, c);
        const auto h = stark::pedersenHash(hex(c[u"a"]));
        QVERIFY(h.ok());
        QCOMPARE(h->toHex(), c[u"hash"].toString().toStdString());
    }

    void starkwareHashTest()
    {
        const QJsonObject tests = stardeck::test::loadJsonObject(QStringLiteral(
            "official/starkware-crypto-utils_v0.2.1_signature_test_data.json"))[u"hash_test"]
                                      .toObject();
        QVERIFY(tests.size() >= 2);
        for (const auto &v : tests) {
            const QJsonObject t = v.toObject();
            const auto h = stark::pedersenHash(hex(t[u"input_1"]), hex(t[u"input_2"]));
            QVERIFY(h.ok());
            QCOMPARE(*h, hex(t[u"output"]));
        }
    }

    void rejectsInputsNotBelowPrime()
    {
        const UInt256 p = stark::kPrime;
        UInt256 pMinus1 = p;
        pMinus1.subInPlace(UInt256(1));
        QVERIFY(stark::pedersenHash(pMinus1, pMinus1).ok());
        for (const UInt256 &bad : {p, UInt256::powerOfTwo(252), *UInt256::fromHex(std::string(64, 'f'))}) {
            auto h = stark::pedersenHash(bad, UInt256{});
            QVERIFY(!h.ok());
            QCOMPARE(h.error().code, ErrorCode::OutOfRange);
            h = stark::pedersenHash(UInt256{}, bad);
            QVERIFY(!h.ok());
            QCOMPARE(h.error().code, ErrorCode::OutOfRange);
        }
    }

    void chain()
    {
        const UInt256 a(1), b(2), c(3);
        const UInt256 expected = *stark::pedersenHash(*stark::pedersenHash(a, b), c);
        const UInt256 elems[] = {a, b, c};
        QCOMPARE(*stark::pedersenHashChain(elems), expected);
        QVERIFY(!stark::pedersenHashChain(std::span<const UInt256>(elems, 1)).ok());
    }
};

QTEST_GUILESS_MAIN(TestPedersen)
#include "tst_pedersen.moc"
