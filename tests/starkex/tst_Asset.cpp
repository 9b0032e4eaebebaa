// SPDX-License-Identifier: MIT
#include "starkex/Asset.h"

#include "starkex/StarkexTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace stardeck;
using namespace stardeck::starkex;
using stardeck::crypto::ErrorCode;
using stardeck::test::pow2Plus;
using stardeck::test::u256;

namespace {

const std::string kToken = "0xdAC17F958D2ee523a2206206994597C13D831ec7";

AssetKind kindOf(const QJsonValue &name)
{
    const auto kind = parseAssetKind(name.toString().toStdString());
    if (!kind)
        qFatal("unknown asset type in vector: %s", qPrintable(name.toString()));
    return *kind;
}

//! Builds a spec from a vector's fields; absent/null fields stay unset.
AssetSpec specFrom(const QJsonValue &type, const QJsonObject &fields, const QString &addressKey,
                   const QString &tokenIdKey)
{
    AssetSpec spec;
    spec.kind = kindOf(type);
    if (fields.value(QLatin1String("quantum")).isString())
        spec.quantum = u256(fields.value(QLatin1String("quantum")));
    if (fields.value(addressKey).isString())
        spec.tokenAddress = fields.value(addressKey).toString().toStdString();
    if (fields.value(tokenIdKey).isString())
        spec.tokenId = u256(fields.value(tokenIdKey));
    if (fields.value(QLatin1String("blob")).isString())
        spec.blob = fields.value(QLatin1String("blob")).toString().toUtf8().toStdString();
    return spec;
}

AssetSpec erc20()
{
    AssetSpec spec;
    spec.kind = AssetKind::Erc20;
    spec.quantum = crypto::UInt256(10000);
    spec.tokenAddress = kToken;
    return spec;
}

} // namespace

class TestAsset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void scuPrecomputed_data();
    void scuPrecomputed();
    void kindNames();
    void quantumRange();
    void nftQuantumMustBeOne();
    void addresses_data();
    void addresses();
    void fieldsPerKind();
};

void TestAsset::vectors_data()
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray cases = test::vectorCases(QStringLiteral("assets.json"));
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(test::caseLabel(i, cases[i].toObject()).constData()) << cases[i].toObject();
}

void TestAsset::vectors()
{
    QFETCH(QJsonObject, c);
    const AssetSpec spec = specFrom(c.value(QLatin1String("type")), c, QStringLiteral("token_address"),
                                    QStringLiteral("token_id"));

    QCOMPARE(crypto::UInt256(assetSelector(spec.kind)), u256(c.value(QLatin1String("selector"))));
    const auto type = assetType(spec);
    QVERIFY2(type.ok(), type.ok() ? "" : type.error().message.c_str());
    QCOMPARE(*type, u256(c.value(QLatin1String("asset_type"))));
    const auto id = assetId(spec);
    QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
    QCOMPARE(*id, u256(c.value(QLatin1String("asset_id"))));
    if (c.contains(QLatin1String("blob_hash"))) {
        QVERIFY(spec.blob.has_value());
        QCOMPARE(mintingBlobHash(*spec.blob), u256(c.value(QLatin1String("blob_hash"))));
    }
}

void TestAsset::scuPrecomputed_data()
{
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QJsonObject>("asset");
    const QJsonObject file =
        test::loadJsonObject(QStringLiteral("official/starkware-crypto-utils_0.2.1_assets_precomputed.json"));
    int rows = 0;
    for (const QString &map : {QStringLiteral("assetId"), QStringLiteral("assetType")}) {
        const QJsonObject entries = file.value(map).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QJsonObject asset = it.value().toObject();
            const QByteArray label = map.toUtf8() + ' ' +
                                     asset.value(QLatin1String("type")).toString().toUtf8() + ' ' +
                                     it.key().left(12).toUtf8();
            QTest::newRow(label.constData()) << map << it.key() << asset;
            ++rows;
        }
    }
    QCOMPARE(rows, 12);
}

void TestAsset::scuPrecomputed()
{
    QFETCH(QString, map);
    QFETCH(QString, expected);
    QFETCH(QJsonObject, asset);
    AssetSpec spec =
        specFrom(asset.value(QLatin1String("type")), asset.value(QLatin1String("data")).toObject(),
                 QStringLiteral("tokenAddress"), QStringLiteral("tokenId"));
    // SCU's assetType ignores the token id; ours refuses fields a computation does not use.
    if (map == QLatin1String("assetType"))
        spec.tokenId.reset();
    const auto value = map == QLatin1String("assetId") ? assetId(spec) : assetType(spec);
    QVERIFY2(value.ok(), value.ok() ? "" : value.error().message.c_str());
    QCOMPARE(*value, u256(expected));
}

void TestAsset::kindNames()
{
    for (const char *name : {"ETH", "ERC20", "ERC721", "MINTABLE_ERC20", "MINTABLE_ERC721"}) {
        const auto kind = parseAssetKind(name);
        QVERIFY(kind.ok());
        QCOMPARE(assetKindName(*kind), std::string_view(name));
    }
    for (const char *bad : {"", "eth", "Erc20", "ERC1155", "MINTABLE-ERC20", " ETH", "ETH "}) {
        const auto kind = parseAssetKind(bad);
        QVERIFY2(!kind.ok(), bad);
        QCOMPARE(kind.error().code, ErrorCode::InvalidFormat);
    }
}

void TestAsset::quantumRange()
{
    AssetSpec spec = erc20();
    spec.quantum = crypto::UInt256{};
    auto r = assetType(spec);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
    QVERIFY(r.error().message.rfind("quantum", 0) == 0);

    spec.quantum = pow2Plus(128, 0);
    r = assetId(spec);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);

    spec.quantum = pow2Plus(128, -1);
    QVERIFY(assetId(spec).ok());
    spec.quantum = crypto::UInt256(1);
    QVERIFY(assetId(spec).ok());
}

void TestAsset::nftQuantumMustBeOne()
{
    AssetSpec nft;
    nft.kind = AssetKind::Erc721;
    nft.tokenAddress = kToken;
    nft.tokenId = crypto::UInt256(4100);
    nft.quantum = crypto::UInt256(2);
    QVERIFY(!assetId(nft).ok());
    QCOMPARE(assetId(nft).error().code, ErrorCode::OutOfRange);

    AssetSpec mintable;
    mintable.kind = AssetKind::MintableErc721;
    mintable.tokenAddress = kToken;
    mintable.blob = "{1}:{}";
    mintable.quantum = crypto::UInt256(100000000);
    QVERIFY(!assetId(mintable).ok());
}

void TestAsset::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("checksummed") << QString::fromStdString(kToken) << true;
    QTest::newRow("lower") << "0xdac17f958d2ee523a2206206994597c13d831ec7" << true;
    QTest::newRow("upper") << "0xDAC17F958D2EE523A2206206994597C13D831EC7" << true;
    QTest::newRow("zero address") << "0x0000000000000000000000000000000000000000" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no prefix") << "dac17f958d2ee523a2206206994597c13d831ec7" << false;
    QTest::newRow("39 digits") << "0xdac17f958d2ee523a2206206994597c13d831ec" << false;
    QTest::newRow("41 digits") << "0xdac17f958d2ee523a2206206994597c13d831ec70" << false;
    QTest::newRow("64 digits") << "0x000000000000000000000000dac17f958d2ee523a2206206994597c13d831ec7"
                               << false;
    QTest::newRow("non-hex") << "0xgac17f958d2ee523a2206206994597c13d831ec7" << false;
    QTest::newRow("leading space") << " 0xdac17f958d2ee523a2206206994597c13d831ec7" << false;
    QTest::newRow("trailing space") << "0xdac17f958d2ee523a2206206994597c13d831ec " << false;
    QTest::newRow("0x only") << "0x" << false;
}

void TestAsset::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const auto parsed = parseAddress(address.toStdString());
    QCOMPARE(parsed.ok(), valid);
    AssetSpec spec = erc20();
    spec.tokenAddress = address.toStdString();
    const auto id = assetId(spec);
    QCOMPARE(id.ok(), valid);
    if (valid) {
        QVERIFY(parsed->bitLength() <= 160);
        QCOMPARE(*parsed, u256(QStringLiteral("0x") + address.mid(2).toLower()));
    } else {
        QCOMPARE(id.error().code, ErrorCode::InvalidFormat);
    }
}

void TestAsset::fieldsPerKind()
{
    AssetSpec eth;
    eth.quantum = crypto::UInt256(100000000);
    QVERIFY(assetId(eth).ok());
    eth.tokenAddress = kToken;
    QVERIFY(!assetId(eth).ok()); // ETH has no token address
    eth.tokenAddress.clear();
    eth.blob = "{1}:{}";
    QVERIFY(!assetId(eth).ok());

    AssetSpec noAddress = erc20();
    noAddress.tokenAddress.clear();
    QVERIFY(!assetType(noAddress).ok());

    AssetSpec erc20WithId = erc20();
    erc20WithId.tokenId = crypto::UInt256(1);
    QVERIFY(!assetId(erc20WithId).ok());

    AssetSpec nft;
    nft.kind = AssetKind::Erc721;
    nft.tokenAddress = kToken;
    QVERIFY(!assetId(nft).ok()); // token id missing
    nft.tokenId = crypto::UInt256{};
    QVERIFY(assetId(nft).ok()); // 0 is a valid token id
    nft.blob = "x";
    QVERIFY(!assetId(nft).ok());

    AssetSpec mintable;
    mintable.kind = AssetKind::MintableErc20;
    mintable.tokenAddress = kToken;
    QVERIFY(!assetId(mintable).ok()); // blob missing
    mintable.blob = "{1}:{}";
    QVERIFY(assetId(mintable).ok());
    mintable.tokenId = crypto::UInt256(1);
    QVERIFY(!assetId(mintable).ok());
}

QTEST_GUILESS_MAIN(TestAsset)
#include "tst_Asset.moc"
