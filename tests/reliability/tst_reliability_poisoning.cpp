// SPDX-License-Identifier: MIT
// F19, address poisoning in the history: SuspiciousTransfer's rule, row by row. The expected verdicts
// follow the rule as written here, not the code: an incoming transfer is suspicious when its sender
// imitates (same first and last 4 hex digits, different address) a trusted address or the owner's,
// whatever the amount; or when its sender is neither trusted (sent to before, address book) nor the
// owner and it carries zero, or less than one millionth of a whole token (ETH: below 10^12 wei).
#include "wallet/SuspiciousTransfer.h"

#include <QTest>

using stardeck::crypto::UInt256;
using stardeck::wallet::SuspiciousTransfer;
using Reason = SuspiciousTransfer::Reason;

Q_DECLARE_METATYPE(Reason)
Q_DECLARE_METATYPE(UInt256)

namespace {
const QString kOwner = QStringLiteral("0x0123456789abcdef0123456789abcdef01234567");
const QString kBookEntry = QStringLiteral("0xb00cb00cb00cb00cb00cb00cb00cb00cb00cb00c");
const QString kSentTo = QStringLiteral("0x1f2e3d4c5b6a79880000000000000000aaaa9a0b");
const QString kStranger = QStringLiteral("0xabcdef0123456789abcdef0123456789abcdef01");
// Same first and last four hex digits as kSentTo / kOwner / kBookEntry, different middles.
const QString kLikeSentTo = QStringLiteral("0x1f2e7777777777777777777777777777777a9a0b");
const QString kLikeOwner = QStringLiteral("0x0123777777777777777777777777777777774567");
const QString kLikeBook = QStringLiteral("0xB00C7777777777777777777777777777777Bb00c");

UInt256 dec(const char *digits)
{
    return *UInt256::fromDecimal(digits);
}
} // namespace

class TestReliabilityPoisoning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("type");
        QTest::addColumn<UInt256>("quantity");
        QTest::addColumn<int>("decimals"); // -1: unknown
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("imitated");
        const QString eth = QStringLiteral("ETH"), erc20 = QStringLiteral("ERC20"),
                      nft = QStringLiteral("ERC721");
        // Amounts from someone the user does not know.
        QTest::newRow("zero from unknown")
            << kStranger << eth << UInt256(0) << 18 << Reason::ZeroAmount << QString();
        QTest::newRow("one quantum (1e8 wei) from unknown")
            << kStranger << eth << dec("100000000") << 18 << Reason::DustAmount << QString();
        QTest::newRow("just under 1e-6 ETH from unknown")
            << kStranger << eth << dec("999999999999") << 18 << Reason::DustAmount << QString();
        QTest::newRow("exactly 1e-6 ETH from unknown")
            << kStranger << eth << dec("1000000000000") << 18 << Reason::None << QString();
        QTest::newRow("normal amount (0.01 ETH) from unknown")
            << kStranger << eth << dec("10000000000000000") << 18 << Reason::None << QString();
        QTest::newRow("ERC20 8 decimals, 99 units (< 100 = 1e-6) from unknown")
            << kStranger << erc20 << UInt256(99) << 8 << Reason::DustAmount << QString();
        QTest::newRow("ERC20 8 decimals, 100 units from unknown")
            << kStranger << erc20 << UInt256(100) << 8 << Reason::None << QString();
        QTest::newRow("ERC20 6 decimals, 1 unit (= 1e-6) from unknown")
            << kStranger << erc20 << UInt256(1) << 6 << Reason::None << QString();
        QTest::newRow("ERC20 0 decimals, zero from unknown")
            << kStranger << erc20 << UInt256(0) << 0 << Reason::ZeroAmount << QString();
        QTest::newRow("ERC20 0 decimals, 1 unit from unknown")
            << kStranger << erc20 << UInt256(1) << 0 << Reason::None << QString();
        QTest::newRow("ERC20 unknown decimals, 1 unit from unknown")
            << kStranger << erc20 << UInt256(1) << -1 << Reason::None << QString();
        // Known senders are never suspicious, whatever they send.
        QTest::newRow("zero from an address-book entry")
            << kBookEntry << eth << UInt256(0) << 18 << Reason::None << QString();
        QTest::newRow("zero from an address-book entry, other case")
            << kBookEntry.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")) << eth << UInt256(0)
            << 18 << Reason::None << QString();
        QTest::newRow("dust from an address sent to before")
            << kSentTo << eth << dec("100000000") << 18 << Reason::None << QString();
        QTest::newRow("zero from the owner")
            << kOwner << eth << UInt256(0) << 18 << Reason::None << QString();
        // Look-alikes, whatever the amount.
        QTest::newRow("look-alike of a history address, normal amount")
            << kLikeSentTo << eth << dec("10000000000000000") << 18 << Reason::LookalikeSender << kSentTo;
        QTest::newRow("look-alike of a history address, zero")
            << kLikeSentTo << eth << UInt256(0) << 18 << Reason::LookalikeSender << kSentTo;
        QTest::newRow("look-alike of a book entry (mixed case), 5 ETH")
            << kLikeBook << eth << dec("5000000000000000000") << 18 << Reason::LookalikeSender << kBookEntry;
        QTest::newRow("look-alike of the owner, normal amount")
            << kLikeOwner << eth << dec("10000000000000000") << 18 << Reason::LookalikeSender << kOwner;
        // NFTs: one whole token, never dust; a look-alike sender still flags them.
        QTest::newRow("NFT from unknown")
            << kStranger << nft << UInt256(1) << -1 << Reason::None << QString();
        QTest::newRow("NFT from a look-alike of a history address")
            << kLikeSentTo << nft << UInt256(1) << -1 << Reason::LookalikeSender << kSentTo;
        QTest::newRow("NFT from an address-book entry")
            << kBookEntry << nft << UInt256(1) << -1 << Reason::None << QString();
    }

    void rule()
    {
        QFETCH(QString, sender);
        QFETCH(QString, type);
        QFETCH(UInt256, quantity);
        QFETCH(int, decimals);
        QFETCH(Reason, reason);
        QFETCH(QString, imitated);
        SuspiciousTransfer::Incoming incoming{sender, type, quantity,
                                              decimals < 0 ? std::nullopt : std::optional<int>(decimals)};
        const auto verdict = SuspiciousTransfer::classify(incoming, kOwner, {kBookEntry, kSentTo});
        QCOMPARE(int(verdict.reason), int(reason));
        QCOMPARE(verdict.suspicious(), reason != Reason::None);
        QCOMPARE(verdict.imitated, imitated);
    }

    void nothingTrustedStillFlagsDustAndZero()
    {
        const auto zero =
            SuspiciousTransfer::classify({kStranger, QStringLiteral("ETH"), UInt256(0), 18}, kOwner, {});
        QCOMPARE(int(zero.reason), int(Reason::ZeroAmount));
        const auto normal = SuspiciousTransfer::classify(
            {kStranger, QStringLiteral("ETH"), dec("10000000000000000"), 18}, kOwner, {});
        QVERIFY(!normal.suspicious());
    }
};

QTEST_GUILESS_MAIN(TestReliabilityPoisoning)
#include "tst_reliability_poisoning.moc"
