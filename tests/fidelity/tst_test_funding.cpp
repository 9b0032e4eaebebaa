// SPDX-License-Identifier: MIT
// The test-only funding routes (/__sandbox/fund, /__sandbox/mint) that the fidelity test uses to
// give new wallets something to move: what they add shows up in the IMX reads exactly like real
// state (balances, deposits, assets, mints, valid against imx-openapi.json), and every bad request
// is a 4xx IMX error that changes nothing.
#include "ImxSchema.h"
#include "SandboxFixture.h"
#include "world/Seed.h"

#include <QTest>

#include <memory>

using namespace stardeck;
using stardeck::test::HttpResult;
using stardeck::test::ImxSchema;
using stardeck::test::SandboxFixture;

class TestTestFunding : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_f;
    ImxSchema m_schema;
    QString m_demo;       // a registered account
    QString m_usds;       // 6 decimals, quantum 1
    QString m_collection; // an NFT collection
    QString m_seededId;   // an NFT of it

    sandbox::World &world() { return m_f->sandbox().world(); }

    HttpResult post(const QString &route, const QByteArray &body)
    {
        return m_f->post(QStringLiteral("/__sandbox/") + route, body);
    }

    //! A GET that must be 200 and valid against the spec.
    QJsonObject read(const QString &pathTemplate, const QString &path)
    {
        const HttpResult r = m_f->get(QStringLiteral("/imx") + path);
        [&] { QVERIFY2(r.status == 200, qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(r.body))); }();
        const QStringList errors = m_schema.validateResponse(pathTemplate, 200, r.object());
        [&] { QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n')))); }();
        return r.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_schema.isValid());
        sandbox::SandboxOptions options;
        options.nfts = 50;
        m_f = std::make_unique<SandboxFixture>(options);
        const sandbox::UserRecord *demo = world().userByEmail(sandbox::seed::demoEmail);
        QVERIFY(demo);
        m_demo = demo->ethAddress;
        for (const auto &[address, token] : world().tokens) {
            if (token.symbol == sandbox::seed::stableSymbol)
                m_usds = address;
        }
        QVERIFY(!m_usds.isEmpty());
        // A collection with a seeded NFT (whose id a mint must not take again).
        m_collection = world().assets.begin()->first.first;
        m_seededId = world().assets.begin()->first.second;
    }

    void fundCreditsTheBalanceAndRecordsADeposit()
    {
        const QString before = read(QStringLiteral("/v2/balances/{owner}/{address}"),
                                    QStringLiteral("/v2/balances/%1/%2").arg(m_demo, m_usds))
                                   .value(QStringLiteral("balance"))
                                   .toString();
        const HttpResult r =
            post(QStringLiteral("fund"),
                 QStringLiteral(R"({"address":"%1","token_address":"%2","amount":"1234567"})")
                     .arg(m_demo.toUpper().replace(QLatin1String("0X"), QLatin1String("0x")), m_usds)
                     .toUtf8());
        QCOMPARE(r.status, 200);
        const QString after = QString::number(before.toLongLong() + 1234567);
        QCOMPARE(r.object().value(QStringLiteral("balance")).toString(), after);
        QCOMPARE(read(QStringLiteral("/v2/balances/{owner}/{address}"),
                      QStringLiteral("/v2/balances/%1/%2").arg(m_demo, m_usds))
                     .value(QStringLiteral("balance"))
                     .toString(),
                 after);
        const qint64 id = r.object().value(QStringLiteral("deposit_id")).toInteger();
        const QJsonObject deposit =
            read(QStringLiteral("/v1/deposits/{id}"), QStringLiteral("/v1/deposits/%1").arg(id));
        QCOMPARE(deposit.value(QStringLiteral("user")).toString(), m_demo);
        QCOMPARE(deposit.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("quantity"))
                     .toString(),
                 QStringLiteral("1234567"));

        // ETH ("" token address) in whole quanta (1e8 wei).
        const HttpResult eth =
            post(QStringLiteral("fund"),
                 QStringLiteral(R"({"address":"%1","token_address":"","amount":"300000000"})")
                     .arg(m_demo)
                     .toUtf8());
        QCOMPARE(eth.status, 200);
        QCOMPARE(eth.object().value(QStringLiteral("token_address")).toString(), QString());
    }

    void mintCreatesAnOwnedAssetAndAMintRecord()
    {
        const HttpResult r = post(
            QStringLiteral("mint"),
            QStringLiteral(R"({"address":"%1","token_address":"%2"})").arg(m_demo, m_collection).toUtf8());
        QCOMPARE(r.status, 200);
        const QString id = r.object().value(QStringLiteral("token_id")).toString();
        QVERIFY(!world().assets.contains({m_collection, QString::number(id.toLongLong() + 1)}));
        const QJsonObject asset = read(QStringLiteral("/v1/assets/{token_address}/{token_id}"),
                                       QStringLiteral("/v1/assets/%1/%2").arg(m_collection, id));
        QCOMPARE(asset.value(QStringLiteral("user")).toString(), m_demo);
        QCOMPARE(asset.value(QStringLiteral("status")).toString(), QStringLiteral("imx"));
        const qint64 mintId = r.object().value(QStringLiteral("mint_id")).toInteger();
        QCOMPARE(m_f->get(QStringLiteral("/imx/v1/mints/%1").arg(mintId)).status, 200);
        // The new NFT is listed with its owner's others (the asset index picks it up).
        const QJsonObject owned =
            read(QStringLiteral("/v1/assets"),
                 QStringLiteral("/v1/assets?user=%1&collection=%2&page_size=200").arg(m_demo, m_collection));
        bool listed = false;
        for (const QJsonValue &a : owned.value(QStringLiteral("result")).toArray())
            listed = listed || a.toObject().value(QStringLiteral("token_id")).toString() == id;
        QVERIFY(listed);

        // An explicit id, canonicalised; taking it twice is a conflict.
        const QByteArray explicitId =
            QStringLiteral(R"({"address":"%1","token_address":"%2","token_id":"0900001"})")
                .arg(m_demo, m_collection)
                .toUtf8();
        const HttpResult first = post(QStringLiteral("mint"), explicitId);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value(QStringLiteral("token_id")).toString(), QStringLiteral("900001"));
        const HttpResult second = post(QStringLiteral("mint"), explicitId);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("asset_already_exists"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_request");
        const QString unregistered = QStringLiteral("0x00000000000000000000000000000000000000aa");
        QTest::newRow("fund: not JSON") << "fund"
                                        << "{" << 400 << bad;
        QTest::newRow("fund: an array") << "fund"
                                        << "[]" << 400 << bad;
        QTest::newRow("fund: no address") << "fund"
                                          << R"({"token_address":"","amount":"1"})" << 400 << bad;
        QTest::newRow("fund: bad address")
            << "fund"
            << R"({"address":"0x12","token_address":"","amount":"100000000"})" << 400 << bad;
        QTest::newRow("fund: no token_address") << "fund"
                                                << R"({"address":"DEMO","amount":"100000000"})" << 400 << bad;
        QTest::newRow("fund: token_address a number")
            << "fund"
            << R"({"address":"DEMO","token_address":1,"amount":"100000000"})" << 400 << bad;
        QTest::newRow("fund: amount a number")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":100000000})" << 400 << bad;
        QTest::newRow("fund: amount negative")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":"-100000000"})" << 400 << bad;
        QTest::newRow("fund: amount decimal point")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":"1.5"})" << 400 << bad;
        QTest::newRow("fund: unknown field")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":"100000000","token":"x"})" << 400 << bad;
        QTest::newRow("fund: amount zero")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":"0"})" << 400 << "invalid_amount";
        QTest::newRow("fund: not whole quanta")
            << "fund"
            << R"({"address":"DEMO","token_address":"","amount":"100000001"})" << 400 << "invalid_amount";
        QTest::newRow("fund: 2^63 quanta")
            << "fund"
            << R"({"address":"DEMO","token_address":"USDS","amount":"9223372036854775808"})" << 400
            << "invalid_amount";
        QTest::newRow("fund: beyond 256 bits")
            << "fund"
            << QStringLiteral(R"({"address":"DEMO","token_address":"USDS","amount":"1%1"})")
                   .arg(QString(80, QLatin1Char('0')))
            << 400 << bad;
        QTest::newRow("fund: unknown token")
            << "fund"
            << R"({"address":"DEMO","token_address":"0x00000000000000000000000000000000000000bb","amount":"1"})"
            << 400 << "token_not_found";
        QTest::newRow("fund: unregistered")
            << "fund"
            << QStringLiteral(R"({"address":"%1","token_address":"","amount":"100000000"})").arg(unregistered)
            << 400 << "user_not_registered";
        QTest::newRow("mint: not JSON") << "mint"
                                        << "nope" << 400 << bad;
        QTest::newRow("mint: no collection") << "mint"
                                             << R"({"address":"DEMO"})" << 400 << bad;
        QTest::newRow("mint: token_id a number")
            << "mint"
            << R"({"address":"DEMO","token_address":"COLLECTION","token_id":7})" << 400 << bad;
        QTest::newRow("mint: token_id hex")
            << "mint"
            << R"({"address":"DEMO","token_address":"COLLECTION","token_id":"0x7"})" << 400 << bad;
        QTest::newRow("mint: unknown field")
            << "mint"
            << R"({"address":"DEMO","token_address":"COLLECTION","amount":"1"})" << 400 << bad;
        QTest::newRow("mint: unknown collection")
            << "mint"
            << R"({"address":"DEMO","token_address":"0x00000000000000000000000000000000000000cc"})" << 400
            << "token_not_found";
        QTest::newRow("mint: unregistered")
            << "mint" << QStringLiteral(R"({"address":"%1","token_address":"COLLECTION"})").arg(unregistered)
            << 400 << "user_not_registered";
        QTest::newRow("mint: existing seeded NFT")
            << "mint"
            << R"({"address":"DEMO","token_address":"COLLECTION","token_id":"SEEDED"})" << 409
            << "asset_already_exists";
    }

    void badRequests()
    {
        QFETCH(QString, route);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        body.replace(QLatin1String("DEMO"), m_demo)
            .replace(QLatin1String("USDS"), m_usds)
            .replace(QLatin1String("COLLECTION"), m_collection)
            .replace(QLatin1String("SEEDED"), m_seededId);
        const auto balances = world().balances;
        const auto assets = world().assets.size();
        const auto deposits = world().deposits.size();
        const auto mints = world().mints.size();
        const HttpResult r = post(route, body.toUtf8());
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), code);
        QVERIFY(!r.object().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(world().balances == balances);
        QCOMPARE(world().assets.size(), assets);
        QCOMPARE(world().deposits.size(), deposits);
        QCOMPARE(world().mints.size(), mints);
    }
};

QTEST_GUILESS_MAIN(TestTestFunding)
#include "tst_test_funding.moc"
