// SPDX-License-Identifier: MIT
// The action dialogs' input checks with bad input: addresses (length, characters, EIP-55 checksum
// from the EIP-55 spec's own vectors, the user's own address) and amounts (format, too many
// decimals, zero, not a multiple of the quantum with the nearest valid amounts, above the balance).
#include "actions/InputValidation.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::ui;
using crypto::UInt256;

Q_DECLARE_METATYPE(stardeck::ui::AmountRules)

namespace {

// EIP-55's published test vectors (https://eips.ethereum.org/EIPS/eip-55).
const QString kChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kOwn = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");

UInt256 dec(const char *text)
{
    return *UInt256::fromDecimal(text);
}

AmountRules ethRules(const char *available = "1000000000000000000")
{
    return {18, dec("100000000"), dec(available), QStringLiteral("ETH")};
}

} // namespace

class TestInputValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("eip55") << kChecksummed << true << kChecksummed.toLower() << QString();
        QTest::newRow("eip55 2") << QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB") << true
                                 << QStringLiteral("0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb") << QString();
        QTest::newRow("lower") << kChecksummed.toLower() << true << kChecksummed.toLower() << QString();
        QTest::newRow("upper digits") << QStringLiteral("0x") + kChecksummed.mid(2).toUpper() << true
                                      << kChecksummed.toLower() << QString();
        QTest::newRow("spaces trimmed") << QStringLiteral("  ") + kChecksummed + QStringLiteral(" ") << true
                                        << kChecksummed.toLower() << QString();
        QString flipped = kChecksummed;
        flipped[3] = u'A'; // 0x5a -> 0x5A: the checksum no longer matches
        QTest::newRow("eip55 failure") << flipped << false << QString() << QStringLiteral("EIP-55");
        QTest::newRow("no 0x") << kChecksummed.mid(2) << false << QString() << QStringLiteral("0x");
        QTest::newRow("short") << kChecksummed.left(41) << false << QString()
                               << QStringLiteral("this one has 39");
        QTest::newRow("long") << kChecksummed + QStringLiteral("a") << false << QString()
                              << QStringLiteral("this one has 41");
        QTest::newRow("non hex") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg") << false
                                 << QString() << QStringLiteral("0-9");
        QTest::newRow("0X prefix") << QStringLiteral("0X") + kChecksummed.mid(2) << false << QString()
                                   << QStringLiteral("0x");
        QTest::newRow("own address") << kOwn << false << QString() << QStringLiteral("your own");
        QTest::newRow("own address lower")
            << kOwn.toLower() << false << QString() << QStringLiteral("your own");
    }

    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, lower);
        QFETCH(QString, messagePart);
        const AddressCheck check = validateAddress(text, kOwn.toLower());
        QCOMPARE(check.ok, ok);
        QCOMPARE(check.address, lower);
        if (ok)
            QVERIFY(check.message.isEmpty());
        else
            QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    }

    void emptyAddressHasNoMessage()
    {
        const AddressCheck check = validateAddress(QStringLiteral("   "));
        QVERIFY(!check.ok);
        QVERIFY(check.empty);
        QVERIFY(check.message.isEmpty());
    }

    void ownAddressAllowedWhenAsked() { QVERIFY(validateAddress(kOwn, kOwn, false).ok); }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<AmountRules>("rules");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("baseUnits");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("0.25 ETH") << QStringLiteral("0.25") << ethRules() << true
                                  << QStringLiteral("250000000000000000") << QString();
        QTest::newRow("whole balance") << QStringLiteral("1") << ethRules() << true
                                       << QStringLiteral("1000000000000000000") << QString();
        QTest::newRow("one quantum") << QStringLiteral("0.0000000001") << ethRules() << true
                                     << QStringLiteral("100000000") << QString();
        QTest::newRow("too many decimals") << QStringLiteral("0.0000000000000000001") << ethRules() << false
                                           << QString() << QStringLiteral("at most 18 decimals");
        QTest::newRow("no decimals allowed")
            << QStringLiteral("1.5") << AmountRules{0, UInt256(1), std::nullopt, QStringLiteral("TKN")}
            << false << QString() << QStringLiteral("whole number");
        QTest::newRow("between quanta")
            << QStringLiteral("0.00000000015") << ethRules() << false << QString()
            << QStringLiteral("nearest valid amounts are 0.0000000001 and 0.0000000002");
        QTest::newRow("below one quantum")
            << QStringLiteral("0.000000000000000001") << ethRules() << false << QString()
            << QStringLiteral("nearest valid amount is 0.0000000001");
        QTest::newRow("above balance") << QStringLiteral("1.0000000001") << ethRules() << false << QString()
                                       << QStringLiteral("available balance (1 ETH)");
        QTest::newRow("zero") << QStringLiteral("0") << ethRules() << false << QString()
                              << QStringLiteral("more than zero");
        QTest::newRow("zero decimals") << QStringLiteral("0.000") << ethRules() << false << QString()
                                       << QStringLiteral("more than zero");
        QTest::newRow("negative") << QStringLiteral("-1") << ethRules() << false << QString()
                                  << QStringLiteral("Enter an amount");
        QTest::newRow("comma") << QStringLiteral("0,25") << ethRules() << false << QString()
                               << QStringLiteral("Enter an amount");
        QTest::newRow("exponent") << QStringLiteral("1e-3") << ethRules() << false << QString()
                                  << QStringLiteral("Enter an amount");
        QTest::newRow("trailing dot")
            << QStringLiteral("1.") << ethRules() << false << QString() << QStringLiteral("Enter an amount");
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << ethRules() << false << QString()
                                  << QStringLiteral("Enter an amount");
        QTest::newRow("inner space") << QStringLiteral("1 000") << ethRules() << false << QString()
                                     << QStringLiteral("Enter an amount");
        QTest::newRow("6 decimals quantum 1")
            << QStringLiteral("12.345678")
            << AmountRules{6, UInt256(1), dec("20000000"), QStringLiteral("USDS")} << true
            << QStringLiteral("12345678") << QString();
        QTest::newRow("no balance check")
            << QStringLiteral("5000") << AmountRules{6, UInt256(1), std::nullopt, QStringLiteral("USDS")}
            << true << QStringLiteral("5000000000") << QString();
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(AmountRules, rules);
        QFETCH(bool, ok);
        QFETCH(QString, baseUnits);
        QFETCH(QString, messagePart);
        const AmountCheck check = validateAmount(text, rules);
        QVERIFY2(check.ok == ok, qPrintable(check.message));
        if (ok) {
            QCOMPARE(QString::fromStdString(check.baseUnits.toDecimal()), baseUnits);
            QVERIFY(check.message.isEmpty());
        } else {
            QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
        }
    }

    void emptyAmountHasNoMessage()
    {
        const AmountCheck check = validateAmount(QString(), ethRules());
        QVERIFY(!check.ok);
        QVERIFY(check.empty);
        QVERIFY(check.message.isEmpty());
    }

    void checksumForm()
    {
        QCOMPARE(checksumAddress(kChecksummed.toLower()), kChecksummed);
        QCOMPARE(checksumAddress(QStringLiteral("nonsense")), QStringLiteral("nonsense"));
        QCOMPARE(formatBaseUnits(dec("250000000000000000"), 18), QStringLiteral("0.25"));
    }
};

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_ui_input_validation.moc"
