// SPDX-License-Identifier: MIT
// F19, address poisoning: AddressLookalike flags a recipient that shares the first and last four hex
// digits of an address the user already knows (history, address book) without being it.
#include "wallet/AddressLookalike.h"

#include <QTest>

using stardeck::wallet::AddressLookalike;

namespace {
// A known address and a poisoned one: same 0x1f2e... ...9a0b edges, different middle.
const QString kKnown = QStringLiteral("0x1f2e3d4c5b6a79880000000000000000aaaa9a0b");
const QString kPoisoned = QStringLiteral("0x1f2e77777777777777777777777777777777"
                                         "9a0b");
} // namespace

class TestReliabilityLookalike : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lookalikes_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("imitated"); // empty: not a look-alike
        QTest::newRow("poisoned") << kPoisoned << QStringList{kKnown} << kKnown;
        QTest::newRow("poisoned, other case")
            << kPoisoned.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")) << QStringList{kKnown}
            << kKnown;
        QTest::newRow("the address itself") << kKnown << QStringList{kKnown} << QString();
        QTest::newRow("itself, checksummed case")
            << kKnown.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")) << QStringList{kKnown}
            << QString();
        QTest::newRow("same prefix only") << QStringLiteral("0x1f2e777777777777777777777777777777770000")
                                          << QStringList{kKnown} << QString();
        QTest::newRow("same suffix only") << QStringLiteral("0x0000777777777777777777777777777777779a0b")
                                          << QStringList{kKnown} << QString();
        QTest::newRow("three digits each end") << QStringLiteral("0x1f27777777777777777777777777777777779a0c")
                                               << QStringList{kKnown} << QString();
        QTest::newRow("second entry imitated")
            << kPoisoned << QStringList{QStringLiteral("0x00000000000000000000000000000000000000aa"), kKnown}
            << kKnown;
        QTest::newRow("unrelated") << QStringLiteral("0xabcdef0123456789abcdef0123456789abcdef01")
                                   << QStringList{kKnown} << QString();
        QTest::newRow("bad recipient") << QStringLiteral("0x1f2e9a0b") << QStringList{kKnown} << QString();
        QTest::newRow("bad known entry")
            << kPoisoned << QStringList{QStringLiteral("0x1f2e...9a0b")} << QString();
        QTest::newRow("nothing known") << kPoisoned << QStringList{} << QString();
    }

    void lookalikes()
    {
        QFETCH(QString, recipient);
        QFETCH(QStringList, known);
        QFETCH(QString, imitated);
        const auto found = AddressLookalike::find(recipient, known);
        QCOMPARE(found.value_or(QString()), imitated);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityLookalike)
#include "tst_reliability_lookalike.moc"
