// SPDX-License-Identifier: MIT
#include "crypto/Bip32.h"

#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

#include <vector>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::loadJsonObject;
using stardeck::test::vectorCases;

using Path = std::vector<std::uint32_t>;

class TestBip32 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imxAccountChild_data();
    void imxAccountChild();
    void officialMainnetPath();
    void parseGoodPaths_data();
    void parseGoodPaths();
    void parseBadPaths_data();
    void parseBadPaths();
    void badSeeds();
    void badParents();
};

void TestBip32::imxAccountChild_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_stark_key_derivation.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestBip32::imxAccountChild()
{
    QFETCH(QJsonObject, c);
    // Path text and seed come straight from the vector: this checks BIP-32 on its own.
    const auto path = bip32::parsePath(str(field(c, "account_path")));
    QVERIFY2(path.ok(), path.ok() ? "" : path.error().message.c_str());
    QCOMPARE(path->size(), std::size_t(6));
    QCOMPARE(QString::fromStdString(bip32::formatPath(*path)), field(c, "account_path"));
    const SecureBytes seed = secretFromHex(field(c, "seed_s"));
    const auto node = bip32::derivePath(seed.span(), *path);
    QVERIFY(node.ok());
    QCOMPARE(hex(node->key), field(c, "bip32_child_private_key"));
    QCOMPARE(node->chainCode.size(), std::size_t(32));

    // Step by step gives the same key.
    auto step = bip32::masterFromSeed(seed.span());
    QVERIFY(step.ok());
    for (std::uint32_t index : *path) {
        step = bip32::deriveChild(*step, index);
        QVERIFY(step.ok());
    }
    QCOMPARE(hex(step->key), field(c, "bip32_child_private_key"));
    QVERIFY(step->chainCode.equals(node->chainCode));
}

void TestBip32::officialMainnetPath()
{
    const QJsonObject m =
        officialGroupMember(loadJsonObject(QStringLiteral("official/imx_sdk_official_test_vectors.json")),
                            "mainnet_account")
            .toObject();
    const auto path = bip32::parsePath(str(field(m, "account_path")));
    QVERIFY(path.ok());
    QCOMPARE(QString::fromStdString(bip32::formatPath(*path)), field(m, "account_path"));
}

void TestBip32::parseGoodPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Path>("expected");
    QTest::addColumn<QString>("canonical");
    const std::uint32_t h = bip32::kHardened;
    QTest::newRow("master") << QStringLiteral("m") << Path{} << QStringLiteral("m");
    QTest::newRow("zero") << QStringLiteral("m/0") << Path{0} << QStringLiteral("m/0");
    QTest::newRow("hardened zero") << QStringLiteral("m/0'") << Path{h} << QStringLiteral("m/0'");
    QTest::newRow("h suffix") << QStringLiteral("m/44h/60h/0h/0/7") << Path{44 | h, 60 | h, h, 0, 7}
                              << QStringLiteral("m/44'/60'/0'/0/7");
    QTest::newRow("max index") << QStringLiteral("m/2147483647'/2147483647") << Path{0xffffffffU, 0x7fffffffU}
                               << QStringLiteral("m/2147483647'/2147483647");
}

void TestBip32::parseGoodPaths()
{
    QFETCH(QString, text);
    QFETCH(Path, expected);
    QFETCH(QString, canonical);
    const auto path = bip32::parsePath(str(text));
    QVERIFY2(path.ok(), path.ok() ? "" : path.error().message.c_str());
    QVERIFY(*path == expected);
    QCOMPARE(QString::fromStdString(bip32::formatPath(*path)), canonical);
}

void TestBip32::parseBadPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("capital M") << QStringLiteral("M/0");
    QTest::newRow("no m") << QStringLiteral("/0");
    QTest::newRow("bare index") << QStringLiteral("44'/60'");
    QTest::newRow("trailing slash") << QStringLiteral("m/0/");
    QTest::newRow("only slash") << QStringLiteral("m/");
    QTest::newRow("double slash") << QStringLiteral("m//1");
    QTest::newRow("leading zero") << QStringLiteral("m/01");
    QTest::newRow("2^31") << QStringLiteral("m/2147483648");
    QTest::newRow("2^31 hardened") << QStringLiteral("m/2147483648'");
    QTest::newRow("huge") << QStringLiteral("m/99999999999999999999999");
    QTest::newRow("negative") << QStringLiteral("m/-1");
    QTest::newRow("plus") << QStringLiteral("m/+1");
    QTest::newRow("double quote mark") << QStringLiteral("m/1''");
    QTest::newRow("H suffix") << QStringLiteral("m/1H");
    QTest::newRow("space") << QStringLiteral("m/ 1");
    QTest::newRow("trailing space") << QStringLiteral("m/1 ");
    QTest::newRow("letters") << QStringLiteral("m/1x");
    QTest::newRow("hex") << QStringLiteral("m/0x10");
    QTest::newRow("m0") << QStringLiteral("m0");
    QTest::newRow("backslash") << QStringLiteral("m\\0");
    QString deep = QStringLiteral("m");
    for (int i = 0; i < 256; ++i)
        deep += QStringLiteral("/0");
    QTest::newRow("256 levels") << deep;
}

void TestBip32::parseBadPaths()
{
    QFETCH(QString, text);
    const auto path = bip32::parsePath(str(text));
    QVERIFY(!path.ok());
    QCOMPARE(path.error().code, ErrorCode::InvalidFormat);
    QVERIFY2(path.error().message.find("derivation path") != std::string::npos, path.error().message.c_str());
}

void TestBip32::badSeeds()
{
    const SecureBytes tooShort(15);
    const SecureBytes tooLong(65);
    QCOMPARE(bip32::masterFromSeed(tooShort.span()).error().code, ErrorCode::InvalidLength);
    QCOMPARE(bip32::masterFromSeed(tooLong.span()).error().code, ErrorCode::InvalidLength);
    QVERIFY(bip32::masterFromSeed(SecureBytes(16).span()).ok());
    QVERIFY(bip32::masterFromSeed(SecureBytes(64).span()).ok());
    const Path deep(256, 0);
    QVERIFY(!bip32::derivePath(SecureBytes(32).span(), deep).ok());
}

void TestBip32::badParents()
{
    auto master = bip32::masterFromSeed(SecureBytes(32).span());
    QVERIFY(master.ok());
    bip32::ExtendedPrivateKey zeroKey{SecureBytes(32), master->chainCode.clone()};
    QVERIFY(!bip32::deriveChild(zeroKey, 0).ok());
    bip32::ExtendedPrivateKey shortChain{master->key.clone(), SecureBytes(31)};
    QCOMPARE(bip32::deriveChild(shortChain, 0).error().code, ErrorCode::InvalidLength);
}

QTEST_GUILESS_MAIN(TestBip32)
#include "tst_Bip32.moc"
