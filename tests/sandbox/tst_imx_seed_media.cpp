// SPDX-License-Identifier: MIT
// The seeded worlds (deterministic, complete, real keys, fast at 100k NFTs) and the media
// service (PNG decodes, SVG is well-formed XML, correct types, 404s). Also reports seeding
// time and the in-process 200-item asset page rate (figures only, no timing assertion).
#include "SandboxFixture.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"
#include "http/SandboxServer.h"
#include "world/Seed.h"

#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace stardeck;
using sandbox::SandboxOptions;
using sandbox::World;
using stardeck::test::SandboxFixture;

namespace {

SandboxOptions demo(int nfts)
{
    SandboxOptions options;
    options.nfts = nfts;
    return options;
}

//! A fingerprint of everything seeded, to compare two runs.
QStringList fingerprint(const World &w)
{
    QStringList out;
    for (const auto &[key, a] : w.assets)
        out << a.tokenAddress + a.tokenId + a.owner + a.name + a.updatedAt.toString(Qt::ISODateWithMs);
    for (const auto &[id, o] : w.orders)
        out << QString::number(id) + o.user + o.status + QString::fromStdString(o.amountBuy.toDecimal());
    for (const auto &[id, t] : w.transfers)
        out << QString::number(id) + t.sender + t.receiver + QString::fromStdString(t.quantity.toDecimal());
    for (const auto &[id, u] : w.users)
        out << id + u.ethAddress + u.starkKey + u.adminAddress;
    return out;
}

bool wellFormedXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

} // namespace

class TestImxSeedMedia : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rejectsBadOptions_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("nfts");
        QTest::newRow("unknown seed") << QStringLiteral("demos") << 10;
        QTest::newRow("seed case") << QStringLiteral("Demo") << 10;
        QTest::newRow("negative") << QStringLiteral("demo") << -1;
        QTest::newRow("too many") << QStringLiteral("demo") << sandbox::seed::kMaxNfts + 1;
    }

    void rejectsBadOptions()
    {
        QFETCH(QString, seed);
        QFETCH(int, nfts);
        SandboxOptions options;
        options.seed = seed;
        options.nfts = nfts;
        World world;
        QString error;
        QVERIFY(!sandbox::seedWorld(world, options, &error));
        QVERIFY(!error.isEmpty());
        sandbox::Sandbox s(options);
        QVERIFY(!s.start(&error));
    }

    void cliValidatesSeedOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("bogus")}
                                  << QStringLiteral("unknown seed 'bogus'");
        QTest::newRow("non-numeric") << QStringList{QStringLiteral("--nfts"), QStringLiteral("many")}
                                     << QStringLiteral("--nfts wants a whole number");
        QTest::newRow("too many") << QStringList{QStringLiteral("--nfts"), QStringLiteral("100001")}
                                  << QStringLiteral("between 0 and 100000");
        QTest::newRow("negative") << QStringList{QStringLiteral("--nfts=-3")}
                                  << QStringLiteral("between 0 and 100000");
    }

    void cliValidatesSeedOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(QStringLiteral(STARDECK_SANDBOX_EXE), arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void cliStartsWithChosenSeed()
    {
        QProcess process;
        process.start(QStringLiteral(STARDECK_SANDBOX_EXE), {QStringLiteral("--seed"), QStringLiteral("demo"),
                                                             QStringLiteral("--nfts"), QStringLiteral("25")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(first.startsWith(QLatin1String("stardeck-sandbox listening on http://127.0.0.1:")),
                 qPrintable(first));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void emptySeedIsEmpty()
    {
        SandboxOptions options;
        options.seed = QStringLiteral("empty");
        World world;
        QVERIFY(sandbox::seedWorld(world, options, nullptr));
        QVERIFY(world.assets.empty() && world.users.empty() && world.tokens.empty() && world.orders.empty());
    }

    void demoIsDeterministic()
    {
        World a, b;
        QVERIFY(sandbox::seedWorld(a, demo(500), nullptr));
        QVERIFY(sandbox::seedWorld(b, demo(500), nullptr));
        QCOMPARE(fingerprint(a), fingerprint(b));
        World c;
        QVERIFY(sandbox::seedWorld(c, demo(501), nullptr));
        QVERIFY(fingerprint(a) != fingerprint(c));
    }

    void demoWorldHasEverything()
    {
        World w;
        QVERIFY(sandbox::seedWorld(w, demo(sandbox::seed::kDefaultNfts), nullptr));
        QCOMPARE(int(w.assets.size()), sandbox::seed::kDefaultNfts);
        QCOMPARE(int(w.tokens.size()), 3);
        const auto &eth = w.tokens.at(QString());
        QCOMPARE(eth.decimals, 18);
        QCOMPARE(eth.quantum, sandbox::UInt256(100000000));
        QVERIFY(w.collections.size() >= 4);
        std::set<QString> names, types;
        for (const auto &[address, c] : w.collections) {
            QVERIFY(names.insert(c.name).second);
            QVERIFY(!c.description.isEmpty());
            for (const QJsonValue &p : c.metadataSchema)
                types.insert(p.toObject().value(QStringLiteral("type")).toString());
        }
        for (const char *type : {"enum", "text", "discrete", "boolean"})
            QVERIFY2(types.count(QString::fromLatin1(type)), type);
        const sandbox::UserRecord *user = w.userByEmail(sandbox::seed::demoEmail);
        QVERIFY(user && user->registered);
        const QString me = user->ethAddress;
        for (const auto &[address, token] : w.tokens)
            QVERIFY2(!w.balance(me, address).isZero(), qPrintable(token.symbol));
        int mine = 0, openOrders = 0, history = 0, trades = 0;
        for (const auto &[key, a] : w.assets)
            mine += a.owner == me;
        for (const auto &[id, o] : w.orders)
            openOrders += o.user == me && o.status == QLatin1String("active");
        for (const auto &[id, t] : w.transfers)
            history += t.sender == me || t.receiver == me;
        for (const auto &[id, t] : w.trades)
            trades += w.orders.at(t.orderIdA).user == me || w.orders.at(t.orderIdB).user == me;
        QVERIFY(mine > 100);
        QVERIFY(openOrders > 10);
        QVERIFY(history > 5);
        QVERIFY(trades > 3);
        QVERIFY(w.users.size() >= 5);
        QVERIFY(!w.deposits.empty() && !w.withdrawals.empty() && !w.mints.empty() && !w.exchanges.empty());
        // Listings sell NFTs their makers still own, for ETH or USDS.
        for (const auto &[id, o] : w.orders) {
            if (o.status == QLatin1String("active") && o.sell.type == QLatin1String("ERC721"))
                QCOMPARE(w.assets.at({o.sell.tokenAddress, o.sell.tokenId}).owner, o.user);
        }
    }

    void activeSeededOrdersAreTradableToday()
    {
        // The seed clock is fixed in the past; a listing that expired relative to it would be
        // untradable on every machine after that date.
        SandboxFixture f(demo(200));
        const qint64 nowHours = QDateTime::currentSecsSinceEpoch() / 3600;
        int active = 0;
        for (const auto &[id, order] : f.sandbox().world().orders) {
            if (order.status != QLatin1String("active"))
                continue;
            ++active;
            QVERIFY2(order.expirationHours > nowHours + 24 * 365, qPrintable(QString::number(id)));
            QVERIFY(order.expirationHours < (qint64(1) << 22)); // StarkEx: 22-bit hours
        }
        QVERIFY(active > 0);
    }

    void seededUsersHaveRealKeys()
    {
        // Each account is the Passport triple: the admin key signs the stark-key seed message
        // and the stark key derives from it (crypto::imx), as the official SDK would.
        World w;
        QVERIFY(sandbox::seedWorld(w, demo(10), nullptr));
        for (const auto &[id, user] : w.users) {
            QCOMPARE(id, sandbox::userIdForEmail(user.email));
            auto signer = crypto::LocalEthSigner::create(user.adminKey.clone());
            QVERIFY(signer);
            QCOMPARE(user.adminAddress, QString::fromStdString((*signer)->address().toLowerHex()));
            const auto signature = (*signer)->signPersonalMessageNow(
                QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
            QVERIFY(signature);
            const auto derived = crypto::imx::deriveStarkKey((*signer)->address(), *signature);
            QVERIFY(derived);
            const auto pub = crypto::stark::publicKey(derived->privateKey);
            QVERIFY(pub);
            const auto stored = sandbox::UInt256::fromHex(user.starkKey.toStdString());
            QVERIFY(stored);
            QCOMPARE(*stored, pub->x);
            QCOMPARE(user.starkKey.size() % 2, 0);
            // The IMX account is a distinct, deterministic address.
            QCOMPARE(user.ethAddress, sandbox::counterfactualEthAddress((*signer)->address()));
            QVERIFY(user.ethAddress != user.adminAddress);
            QCOMPARE(user.adminKey.span().size(), std::size_t(32));
        }
        // Keys come from the e-mail only.
        const crypto::SecureBytes a = sandbox::adminKeyForEmail(QStringLiteral("Demo@Stardeck.test"));
        const crypto::SecureBytes b = sandbox::adminKeyForEmail(sandbox::seed::demoEmail);
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(sandbox::adminKeyForEmail(QStringLiteral("alice@stardeck.test"))));
    }

    void seedsOneHundredThousandQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        World w;
        QVERIFY(sandbox::seedWorld(w, demo(sandbox::seed::kMaxNfts), nullptr));
        const qint64 ms = timer.elapsed();
        QCOMPARE(int(w.assets.size()), sandbox::seed::kMaxNfts);
        qInfo("seeded %d NFTs, %zu orders, %zu trades, %zu transfers, %zu mints in %lld ms",
              sandbox::seed::kMaxNfts, w.orders.size(), w.trades.size(), w.transfers.size(), w.mints.size(),
              ms);
    }

    void pageReadRate()
    {
        // Handler cost of a 200-item asset page over 100k NFTs, bypassing the socket (the
        // loopback figure comes from the bench).
        SandboxFixture f(demo(sandbox::seed::kMaxNfts));
        const QString me = f.sandbox().world().userByEmail(sandbox::seed::demoEmail)->ethAddress;
        for (const QString &query :
             QStringList{QStringLiteral("page_size=200"), QStringLiteral("page_size=200&user=") + me,
                         QStringLiteral("page_size=200&order_by=name&direction=asc")}) {
            sandbox::HttpRequest request;
            request.method = "GET";
            request.path = QStringLiteral("/imx/v1/assets");
            request.query = QUrlQuery(query);
            request.headers.insert("host", f.sandbox().baseUrl().authority().toLatin1());
            // Walk every page twice, following cursors: the first pass builds the per-asset JSON
            // cache (cold), the second serves from it (warm).
            for (const char *pass : {"cold", "warm"}) {
                QElapsedTimer timer;
                timer.start();
                int pages = 0;
                qsizetype bytes = 0;
                QString cursor;
                do {
                    sandbox::HttpRequest page = request;
                    if (!cursor.isEmpty())
                        page.query.addQueryItem(QStringLiteral("cursor"), cursor);
                    const sandbox::HttpResponse r = f.sandbox().server().handle(page);
                    QCOMPARE(r.status, 200);
                    // The tail is ...],"cursor":"<c>","remaining":<0|1>} (parsing 140 kB would dominate).
                    const qsizetype at = r.body.lastIndexOf("\"cursor\":\"") + 10;
                    cursor = r.body.endsWith("\"remaining\":1}")
                                 ? QString::fromLatin1(r.body.mid(at, r.body.indexOf('"', at) - at))
                                 : QString();
                    bytes += r.body.size();
                    ++pages;
                } while (!cursor.isEmpty());
                const double seconds = double(timer.nsecsElapsed()) / 1e9;
                qInfo("GET /imx/v1/assets?%s, %d pages (%s): %.0f pages/s in-process, %lld bytes/page",
                      qPrintable(query), pages, pass, pages / seconds, qlonglong(bytes / pages));
            }
        }
    }

    // ---- media ----

    void nftImages()
    {
        SandboxFixture f(demo(50));
        const auto &assets = f.sandbox().world().assets;
        const auto &first = assets.begin()->second;
        const auto &second = std::next(assets.begin())->second;
        // The API's image_url is an absolute sandbox URL that serves a PNG.
        const auto api = f.get(QStringLiteral("/imx/v1/assets/%1/%2").arg(first.tokenAddress, first.tokenId));
        const QString imageUrl = api.object().value(QStringLiteral("image_url")).toString();
        QVERIFY(imageUrl.startsWith(f.sandbox().baseUrl().toString() + QStringLiteral("/media/")));
        const auto png = f.get(imageUrl.mid(f.sandbox().baseUrl().toString().size()));
        QCOMPARE(png.status, 200);
        QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
        QImage image;
        QVERIFY(image.loadFromData(png.body, "PNG"));
        QCOMPARE(image.size(), QSize(256, 256));
        // Deterministic per NFT, different between NFTs.
        QCOMPARE(f.get(imageUrl.mid(f.sandbox().baseUrl().toString().size())).body, png.body);
        const auto other =
            f.get(QStringLiteral("/media/nft/%1/%2.png").arg(second.tokenAddress, second.tokenId));
        QCOMPARE(other.status, 200);
        QVERIFY(other.body != png.body);
        QImage otherImage;
        QVERIFY(otherImage.loadFromData(other.body, "PNG"));
        QVERIFY(otherImage != image);
        // The same picture as SVG: well-formed XML with an <svg> root.
        const auto svg = f.get(QStringLiteral("/media/nft/%1/%2.svg").arg(first.tokenAddress, first.tokenId));
        QCOMPARE(svg.status, 200);
        QCOMPARE(svg.header("Content-Type"), QByteArray("image/svg+xml"));
        QVERIFY(svg.body.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        QVERIFY(wellFormedXml(svg.body));
        QVERIFY(svg.body.contains(QStringLiteral("#%1").arg(first.tokenId).toUtf8()));
    }

    void collectionAndTokenImages()
    {
        SandboxFixture f(demo(10));
        const auto collections =
            f.get(QStringLiteral("/imx/v1/collections")).object().value(QStringLiteral("result")).toArray();
        QVERIFY(!collections.isEmpty());
        const QString base = f.sandbox().baseUrl().toString();
        for (const QJsonValue &c : collections) {
            for (const char *field : {"icon_url", "collection_image_url"}) {
                const QString url = c.toObject().value(QLatin1String(field)).toString();
                QVERIFY(url.startsWith(base));
                const auto r = f.get(url.mid(base.size()));
                QCOMPARE(r.status, 200);
                if (url.endsWith(QLatin1String(".svg")))
                    QVERIFY(wellFormedXml(r.body));
                else
                    QVERIFY(!QImage::fromData(r.body, "PNG").isNull());
            }
        }
        const auto tokens =
            f.get(QStringLiteral("/imx/v1/tokens")).object().value(QStringLiteral("result")).toArray();
        QCOMPARE(tokens.size(), 3);
        for (const QJsonValue &t : tokens) {
            const QString url = t.toObject().value(QStringLiteral("image_url")).toString();
            const auto r = f.get(url.mid(base.size()));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("image/svg+xml"));
            QVERIFY(wellFormedXml(r.body));
            QVERIFY(
                !QImage::fromData(
                     f.get(url.mid(base.size()).replace(QLatin1String(".svg"), QLatin1String(".png"))).body,
                     "PNG")
                     .isNull());
        }
    }

    void unknownImagesAre404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown nft") << QStringLiteral(
            "/media/nft/0x000000000000000000000000000000000000beef/1.png");
        QTest::newRow("unknown id") << QStringLiteral("/media/nft/%1/99999.png");
        QTest::newRow("bad extension") << QStringLiteral("/media/nft/%1/1.gif");
        QTest::newRow("no extension") << QStringLiteral("/media/nft/%1/1");
        QTest::newRow("unknown token") << QStringLiteral("/media/token/doge.png");
        QTest::newRow("unknown collection")
            << QStringLiteral("/media/collection/0x000000000000000000000000000000000000beef/icon.png");
        QTest::newRow("unknown collection image") << QStringLiteral("/media/collection/%1/banner.png");
        QTest::newRow("no such route") << QStringLiteral("/media/whatever.png");
    }

    void unknownImagesAre404()
    {
        QFETCH(QString, path);
        SandboxFixture f(demo(5));
        const QString collection = f.sandbox().world().assets.begin()->second.tokenAddress;
        if (path.contains(QLatin1String("%1")))
            path = path.arg(collection);
        QCOMPARE(f.get(path).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestImxSeedMedia)
#include "tst_imx_seed_media.moc"
