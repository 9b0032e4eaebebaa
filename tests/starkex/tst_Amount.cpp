// SPDX-License-Identifier: MIT
#include "starkex/Amount.h"

#include "starkex/StarkexTestValues.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::starkex;
using stardeck::crypto::ErrorCode;
using stardeck::test::pow2Plus;
using stardeck::test::u256;

namespace {

const QString kMaxU256 =
    QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");

} // namespace

class TestAmount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void formatTooManyDecimals();
    void roundTrip();
    void quantizeValues_data();
    void quantizeValues();
    void quantizeErrors();
    void dequantizeValues_data();
    void dequantizeValues();
    void dequantizeErrors_data();
    void dequantizeErrors();
    void starkAmountRange();
};

void TestAmount::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<unsigned>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fraction") << "12.345" << 3u << "12345";
    QTest::newRow("eth") << "12.345" << 18u << "12345000000000000000";
    QTest::newRow("one wei") << "0.000000000000000001" << 18u << "1";
    QTest::newRow("zero") << "0" << 18u << "0";
    QTest::newRow("zero point zero") << "0.0" << 6u << "0";
    QTest::newRow("integer") << "7" << 0u << "7";
    QTest::newRow("leading zeros") << "007.5" << 1u << "75";
    QTest::newRow("trailing zeros within decimals") << "1.500000" << 6u << "1500000";
    QTest::newRow("max uint256") << kMaxU256 << 0u << kMaxU256;
    QTest::newRow("max uint256, 77 decimals")
        << "1.15792089237316195423570985008687907853269984665640564039457584007913129639935" << 77u
        << kMaxU256;
    QTest::newRow("2^63 - 1 base units") << "9.223372036854775807" << 18u << "9223372036854775807";
    QTest::newRow("80 decimals") << QStringLiteral("0.") + QString(79, QLatin1Char('0')) + QStringLiteral("1")
                                 << 80u << "1";
    QTest::newRow("255 decimals, zero") << "0.0" << 255u << "0";
}

void TestAmount::parseValid()
{
    QFETCH(QString, text);
    QFETCH(unsigned, decimals);
    QFETCH(QString, expected);
    const auto r = parseDecimalAmount(text.toStdString(), decimals);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(*r, u256(expected));
}

void TestAmount::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<unsigned>("decimals");
    QTest::addColumn<int>("code");
    const int fmt = int(ErrorCode::InvalidFormat);
    const int range = int(ErrorCode::OutOfRange);
    QTest::newRow("empty") << "" << 18u << fmt;
    QTest::newRow("trailing dot") << "1." << 18u << fmt;
    QTest::newRow("leading dot") << ".5" << 18u << fmt;
    QTest::newRow("dot only") << "." << 18u << fmt;
    QTest::newRow("two dots") << "1.2.3" << 18u << fmt;
    QTest::newRow("minus") << "-1" << 18u << fmt;
    QTest::newRow("plus") << "+1" << 18u << fmt;
    QTest::newRow("exponent") << "1e5" << 18u << fmt;
    QTest::newRow("leading space") << " 1" << 18u << fmt;
    QTest::newRow("trailing space") << "1 " << 18u << fmt;
    QTest::newRow("thousands separator") << "1,000" << 18u << fmt;
    QTest::newRow("decimal comma") << "1,5" << 18u << fmt;
    QTest::newRow("hex") << "0x10" << 18u << fmt;
    QTest::newRow("underscore") << "1_000" << 18u << fmt;
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0661)) << 18u << fmt;
    QTest::newRow("too many decimals") << "1.1234567" << 6u << range;
    QTest::newRow("too many decimals, zeros") << "1.0000000000000000000" << 18u << range;
    QTest::newRow("fraction with 0 decimals") << "1.5" << 0u << range;
    QTest::newRow("overflow")
        << "115792089237316195423570985008687907853269984665640564039457584007913129639936" << 0u << range;
    QTest::newRow("overflow via decimals")
        << "115792089237316195423570985008687907853269984665640564039458" << 18u << range;
    QTest::newRow("1 with 78 decimals overflows") << "1" << 78u << range;
    QTest::newRow("256 decimals") << "0" << 256u << range;
}

void TestAmount::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(unsigned, decimals);
    QFETCH(int, code);
    const QByteArray utf8 = text.toUtf8();
    const auto r = parseDecimalAmount(std::string_view(utf8.constData(), size_t(utf8.size())), decimals);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(r.error().message.rfind("amount", 0) == 0);
}

void TestAmount::format_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<unsigned>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.5") << "1500000" << 6u << "1.5";
    QTest::newRow("zero") << "0" << 18u << "0";
    QTest::newRow("small") << "5" << 3u << "0.005";
    QTest::newRow("whole") << "1000" << 3u << "1";
    QTest::newRow("no decimals") << "123" << 0u << "123";
    QTest::newRow("one wei") << "1" << 18u << "0.000000000000000001";
    QTest::newRow("exactly one digit short") << "12" << 2u << "0.12";
    QTest::newRow("max") << kMaxU256 << 18u
                         << "115792089237316195423570985008687907853269984665640564039457.584007913129639935";
    QTest::newRow("more decimals than digits")
        << "1" << 80u << QStringLiteral("0.") + QString(79, QLatin1Char('0')) + QStringLiteral("1");
}

void TestAmount::format()
{
    QFETCH(QString, baseUnits);
    QFETCH(unsigned, decimals);
    QFETCH(QString, expected);
    const auto text = formatAmount(u256(baseUnits), decimals);
    QVERIFY(text.ok());
    QCOMPARE(QString::fromStdString(*text), expected);
}

void TestAmount::formatTooManyDecimals()
{
    QVERIFY(formatAmount(crypto::UInt256(1), 255).ok());
    const auto r = formatAmount(crypto::UInt256(1), 256);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
}

void TestAmount::roundTrip()
{
    for (const char *s : {"0", "1", "1500000", "12345678901234567890123", "100000000"}) {
        for (unsigned d : {0u, 1u, 6u, 8u, 18u, 30u}) {
            const crypto::UInt256 v = u256(QString::fromLatin1(s));
            const auto text = formatAmount(v, d);
            QVERIFY(text.ok());
            const auto back = parseDecimalAmount(*text, d);
            QVERIFY(back.ok());
            QCOMPARE(*back, v);
        }
    }
}

void TestAmount::quantizeValues_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<QString>("quantum");
    QTest::addColumn<QString>("expected");
    QTest::newRow("imx eth") << "1500000000000000000"
                             << "100000000"
                             << "15000000000";
    QTest::newRow("zero") << "0"
                          << "100000000"
                          << "0";
    QTest::newRow("quantum 1") << kMaxU256 << "1" << kMaxU256;
    QTest::newRow("max / max") << kMaxU256 << kMaxU256 << "1";
    QTest::newRow("2^255 / 2^128")
        << "57896044618658097711785492504343953926634992332820282019728792003956564819968"
        << "340282366920938463463374607431768211456"
        << "170141183460469231731687303715884105728";
    // (2^255 + 2^254) / (2^254 + 2^253) = 2: the divisor uses the top limb's high bits.
    QTest::newRow("top-bit divisor")
        << "86844066927987146567678238756515930889952488499230423029593188005934847229952"
        << "43422033463993573283839119378257965444976244249615211514796594002967423614976"
        << "2";
}

void TestAmount::quantizeValues()
{
    QFETCH(QString, baseUnits);
    QFETCH(QString, quantum);
    QFETCH(QString, expected);
    const auto r = quantize(u256(baseUnits), u256(quantum));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(*r, u256(expected));
}

void TestAmount::quantizeErrors()
{
    const auto zero = quantize(crypto::UInt256(100), crypto::UInt256{});
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, ErrorCode::OutOfRange);

    const auto notMultiple = quantize(u256(QStringLiteral("150000001")), crypto::UInt256(100000000));
    QVERIFY(!notMultiple.ok());
    QCOMPARE(notMultiple.error().code, ErrorCode::OutOfRange);
    QVERIFY(!quantize(crypto::UInt256(1), crypto::UInt256(100000000)).ok());
    QVERIFY(!quantize(crypto::UInt256::powerOfTwo(255), pow2Plus(128, -1)).ok());
}

void TestAmount::dequantizeValues_data()
{
    QTest::addColumn<QString>("quantized");
    QTest::addColumn<QString>("quantum");
    QTest::addColumn<QString>("expected");
    QTest::newRow("imx eth") << "15000000000"
                             << "100000000"
                             << "1500000000000000000";
    QTest::newRow("zero") << "0" << kMaxU256 << "0";
    QTest::newRow("limb carry") << "18446744073709551615"
                                << "18446744073709551615"
                                << "340282366920938463426481119284349108225";
    QTest::newRow("2^127 * 2") << "170141183460469231731687303715884105728"
                               << "2"
                               << "340282366920938463463374607431768211456";
    QTest::newRow("2^192 * 2^63 = 2^255")
        << "6277101735386680763835789423207666416102355444464034512896"
        << "9223372036854775808"
        << "57896044618658097711785492504343953926634992332820282019728792003956564819968";
    QTest::newRow("max * 1") << kMaxU256 << "1" << kMaxU256;
}

void TestAmount::dequantizeValues()
{
    QFETCH(QString, quantized);
    QFETCH(QString, quantum);
    QFETCH(QString, expected);
    const auto r = dequantize(u256(quantized), u256(quantum));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(*r, u256(expected));
}

void TestAmount::dequantizeErrors_data()
{
    QTest::addColumn<QString>("quantized");
    QTest::addColumn<QString>("quantum");
    QTest::newRow("quantum 0") << "5"
                               << "0";
    QTest::newRow("2^128 * 2^128") << "340282366920938463463374607431768211456"
                                   << "340282366920938463463374607431768211456";
    QTest::newRow("2^255 * 2")
        << "57896044618658097711785492504343953926634992332820282019728792003956564819968"
        << "2";
    QTest::newRow("2^192 * 2^64") << "6277101735386680763835789423207666416102355444464034512896"
                                  << "18446744073709551616";
    QTest::newRow("max * 2") << kMaxU256 << "2";
}

void TestAmount::dequantizeErrors()
{
    QFETCH(QString, quantized);
    QFETCH(QString, quantum);
    const auto r = dequantize(u256(quantized), u256(quantum));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
}

void TestAmount::starkAmountRange()
{
    QVERIFY(checkStarkAmount(crypto::UInt256{}).ok());
    QVERIFY(checkStarkAmount(pow2Plus(63, -1)).ok());
    const auto past = checkStarkAmount(pow2Plus(63, 0), "fee_limit");
    QVERIFY(!past.ok());
    QCOMPARE(past.error().code, ErrorCode::OutOfRange);
    QVERIFY(past.error().message.rfind("fee_limit", 0) == 0);
    QVERIFY(!checkStarkAmount(u256(kMaxU256)).ok());
}

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_Amount.moc"
