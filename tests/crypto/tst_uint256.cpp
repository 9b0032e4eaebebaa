// SPDX-License-Identifier: MIT
#include "crypto/UInt256.h"

#include <QTest>

using stardeck::crypto::ErrorCode;
using stardeck::crypto::UInt256;

class TestUInt256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hexRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("zero") << QByteArray("0") << QByteArray("0x" + QByteArray(64, '0'));
        QTest::newRow("prefixed") << QByteArray("0x1") << QByteArray("0x" + QByteArray(63, '0') + "1");
        QTest::newRow("upper") << QByteArray("0XABCDEF") << QByteArray("0x" + QByteArray(58, '0') + "abcdef");
        QTest::newRow("leading zeros beyond 64")
            << QByteArray("0x" + QByteArray(70, '0') + "ff") << QByteArray("0x" + QByteArray(62, '0') + "ff");
        QTest::newRow("max") << QByteArray(64, 'f') << QByteArray("0x" + QByteArray(64, 'f'));
    }
    void hexRoundTrip()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const auto v = UInt256::fromHex(input.toStdString());
        QVERIFY(v.ok());
        QCOMPARE(QByteArray::fromStdString(v->toHex()), canonical);
    }

    void hexRejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray("") << int(ErrorCode::InvalidFormat);
        QTest::newRow("bare prefix") << QByteArray("0x") << int(ErrorCode::InvalidFormat);
        QTest::newRow("bad digit") << QByteArray("0x12g4") << int(ErrorCode::InvalidFormat);
        QTest::newRow("space") << QByteArray(" 0x12") << int(ErrorCode::InvalidFormat);
        QTest::newRow("sign") << QByteArray("-1") << int(ErrorCode::InvalidFormat);
        QTest::newRow("double prefix") << QByteArray("0x0x1") << int(ErrorCode::InvalidFormat);
        QTest::newRow("257 bits") << QByteArray(QByteArray("1") + QByteArray(64, '0'))
                                  << int(ErrorCode::OutOfRange);
    }
    void hexRejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        const auto v = UInt256::fromHex(input.toStdString());
        QVERIFY(!v.ok());
        QCOMPARE(int(v.error().code), code);
        QVERIFY(!v.error().message.empty());
    }

    void decimal()
    {
        const std::string max =
            "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        auto v = UInt256::fromDecimal(max);
        QVERIFY(v.ok());
        QCOMPARE(v->toHex(), "0x" + std::string(64, 'f'));
        QCOMPARE(v->toDecimal(), max);
        QCOMPARE(UInt256::fromDecimal("0")->toDecimal(), std::string("0"));
        QCOMPARE(UInt256::fromDecimal("000123")->toDecimal(), std::string("123"));
        // one more than 2^256 - 1 overflows
        auto over = UInt256::fromDecimal(
            "115792089237316195423570985008687907853269984665640564039457584007913129639936");
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::OutOfRange);
        for (const char *bad : {"", "1.5", "-1", "+1", "1e5", " 1", "0x10", "12a"})
            QVERIFY2(!UInt256::fromDecimal(bad).ok(), bad);
    }

    void shiftsAndBits()
    {
        const UInt256 one(1);
        QCOMPARE((one << 255).bitLength(), 256U);
        QCOMPARE(((one << 255) >> 255), one);
        QCOMPARE((one << 256), UInt256{});
        QCOMPARE(UInt256::powerOfTwo(200), one << 200);
        UInt256 x = *UInt256::fromHex("0x123456789abcdef0fedcba9876543210");
        QCOMPARE((x << 68) >> 68, x);
        QCOMPARE((x >> 4).toHexMinimal(), std::string("123456789abcdef0fedcba987654321"));
        QCOMPARE(UInt256{}.bitLength(), 0U);
    }

    void arithmetic()
    {
        UInt256 a = *UInt256::fromHex("0x" + std::string(64, 'f'));
        QCOMPARE(a.addInPlace(UInt256(1)), std::uint64_t(1));
        QVERIFY(a.isZero());
        QCOMPARE(a.subInPlace(UInt256(1)), std::uint64_t(1));
        QCOMPARE(a.toHex(), "0x" + std::string(64, 'f'));
        UInt256 b(1000);
        QCOMPARE(b.divSmall(7), std::uint64_t(1000 % 7));
        QCOMPARE(b, UInt256(1000 / 7));
    }

    void bytes()
    {
        const std::uint8_t raw[3] = {0x01, 0x02, 0x03};
        const UInt256 v = UInt256::fromBytesBE(raw, 3);
        QCOMPARE(v, UInt256(0x010203));
        const auto be = v.toBytesBE();
        QCOMPARE(be[29], std::uint8_t(1));
        QCOMPARE(be[31], std::uint8_t(3));
    }
};

QTEST_GUILESS_MAIN(TestUInt256)
#include "tst_uint256.moc"
