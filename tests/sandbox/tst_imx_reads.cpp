// SPDX-License-Identifier: MIT
// IMX API reads over HTTP against the seeded demo world: every endpoint validates against
// imx-openapi.json, pagination serves each item exactly once in order both ways, each filter
// narrows correctly, unknown ids are 404 and bad query values 400 with the IMX error body.
#include "ImxSchema.h"
#include "SandboxFixture.h"
#include "services/ImxJson.h"
#include "world/Seed.h"

#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <set>

using namespace stardeck;
using stardeck::test::HttpResult;
using stardeck::test::ImxSchema;
using stardeck::test::SandboxFixture;

namespace {

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestImxReads : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_f;
    ImxSchema m_schema;
    QString m_demo;  // the demo user's IMX address
    QString m_usds;  // the stablecoin's address
    QString m_ships; // a collection address
    QString m_shipsName;

    sandbox::World &world() { return m_f->sandbox().world(); }

    HttpResult get(const QString &path) { return m_f->get(QStringLiteral("/imx") + path); }

    //! GET that must be 200 and validate against the spec; returns the body.
    QJsonValue getValid(const QString &pathTemplate, const QString &path)
    {
        const HttpResult r = get(path);
        [&] {
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1 -> %2 %3")
                                                     .arg(path)
                                                     .arg(r.status)
                                                     .arg(QString::fromUtf8(r.body.left(300)))));
        }();
        const QJsonDocument doc = r.json();
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const QStringList errors = m_schema.validateResponse(pathTemplate, 200, value);
        [&] {
            QVERIFY2(errors.isEmpty(), qPrintable(path + QLatin1Char('\n') + errors.join(QLatin1Char('\n'))));
        }();
        return value;
    }

    //! Every item of a list query, following cursors; checks remaining and the page sizes.
    QJsonArray walk(const QString &pathTemplate, const QString &path, int pageSize, int *pages = nullptr)
    {
        QJsonArray all;
        QString cursor;
        int count = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            QString url = path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                          QStringLiteral("page_size=%1").arg(pageSize);
            if (!cursor.isEmpty())
                url += QStringLiteral("&cursor=") + enc(cursor);
            const QJsonObject body = getValid(pathTemplate, url).toObject();
            const QJsonArray result = body.value(QStringLiteral("result")).toArray();
            ++count;
            for (const QJsonValue &v : result)
                all.append(v);
            const int remaining = body.value(QStringLiteral("remaining")).toInt(-1);
            if (remaining == 0)
                break;
            if (remaining != 1 || result.size() != pageSize) {
                qWarning("bad page: remaining %d with %lld items", remaining, qlonglong(result.size()));
                return {};
            }
            cursor = body.value(QStringLiteral("cursor")).toString();
        }
        if (pages)
            *pages = count;
        return all;
    }

    void expectError(const QString &path, int status, const QString &code = {})
    {
        const HttpResult r = get(path);
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1 -> %2 %3")
                                                    .arg(path)
                                                    .arg(r.status)
                                                    .arg(QString::fromUtf8(r.body.left(200)))));
        const QJsonObject body = r.object();
        QVERIFY2(!body.value(QStringLiteral("code")).toString().isEmpty(), r.body.constData());
        QVERIFY2(!body.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
        QVERIFY(m_schema.validateDefinition(QStringLiteral("APIError"), body).isEmpty());
        if (!code.isEmpty())
            QCOMPARE(body.value(QStringLiteral("code")).toString(), code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_schema.isValid());
        m_f = std::make_unique<SandboxFixture>();
        const sandbox::UserRecord *demo = world().userByEmail(sandbox::seed::demoEmail);
        QVERIFY(demo);
        m_demo = demo->ethAddress;
        for (const auto &[address, token] : world().tokens) {
            if (token.symbol == sandbox::seed::stableSymbol)
                m_usds = address;
        }
        QVERIFY(!m_usds.isEmpty());
        for (const auto &[address, c] : world().collections) {
            if (c.name == QLatin1String("Starship Fleet")) {
                m_ships = address;
                m_shipsName = c.name;
            }
        }
        QVERIFY(!m_ships.isEmpty());
    }

    void schemaCheckerCatchesMistakes()
    {
        // The checker itself: wrong types, missing required fields, undeclared fields, bad nulls.
        const QJsonObject good{{QStringLiteral("decimals"), QStringLiteral("18")},
                               {QStringLiteral("image_url"), QStringLiteral("x")},
                               {QStringLiteral("name"), QStringLiteral("Ether")},
                               {QStringLiteral("quantum"), QStringLiteral("1")},
                               {QStringLiteral("symbol"), QStringLiteral("ETH")},
                               {QStringLiteral("token_address"), QString()}};
        QVERIFY(m_schema.validateDefinition(QStringLiteral("TokenDetails"), good).isEmpty());
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("decimals"), 18);
        QCOMPARE(m_schema.validateDefinition(QStringLiteral("TokenDetails"), wrongType).size(), 1);
        QJsonObject missing = good;
        missing.remove(QStringLiteral("quantum"));
        QCOMPARE(m_schema.validateDefinition(QStringLiteral("TokenDetails"), missing).size(), 1);
        QJsonObject extra = good;
        extra.insert(QStringLiteral("quantom"), QStringLiteral("1"));
        QCOMPARE(m_schema.validateDefinition(QStringLiteral("TokenDetails"), extra).size(), 1);
        QJsonObject nulled = good;
        nulled.insert(QStringLiteral("name"), QJsonValue::Null);
        QCOMPARE(m_schema.validateDefinition(QStringLiteral("TokenDetails"), nulled).size(), 1);
        // Through $ref + allOf: a Transfer whose token data lacks its required quantity.
        const QJsonObject transfer{
            {QStringLiteral("receiver"), QStringLiteral("0x")},
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("timestamp"), QJsonValue::Null},
            {QStringLiteral("transaction_id"), 1},
            {QStringLiteral("user"), QStringLiteral("0x")},
            {QStringLiteral("token"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("ETH")},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("quantity_with_fees"), QStringLiteral("1")}}}}}};
        const QStringList errors = m_schema.validateDefinition(QStringLiteral("Transfer"), transfer);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].contains(QLatin1String("quantity")));
    }

    void fastAssetJsonMatchesQJson()
    {
        // The hand-written asset JSON (the list's hot path) reads exactly like the QJsonObject form,
        // for every seeded asset and for text that needs escaping.
        const sandbox::ImxJson json(m_f->sandbox().context());
        auto same = [&](const sandbox::AssetRecord &a) {
            QJsonParseError error{};
            const QJsonDocument fast = QJsonDocument::fromJson(json.assetBytes(a), &error);
            return error.error == QJsonParseError::NoError && fast.object() == json.asset(a);
        };
        for (const auto &[key, a] : world().assets)
            QVERIFY2(same(a), qPrintable(a.tokenId));
        sandbox::AssetRecord odd = world().assets.begin()->second;
        odd.name = QStringLiteral(
            "quote \" backslash \\ newline \n tab \t bell \a nul-ish \x01 \u00e9\u2019\U0001F680");
        odd.description.clear();
        odd.uri = QStringLiteral("ipfs://x");
        odd.internalId = QStringLiteral("0xabc");
        odd.metadata = QJsonObject();
        odd.tokenAddress = QStringLiteral("0x000000000000000000000000000000000000beef"); // no collection
        QVERIFY(same(odd));
    }

    // ---- shapes: every endpoint against imx-openapi.json ----

    void schemas_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("path");
        const sandbox::World &w = m_f->sandbox().world();
        const auto &asset = w.assets.begin()->second;
        auto row = [](const QString &t, const QString &p) { QTest::newRow(qPrintable(p)) << t << p; };
        row(QStringLiteral("/v2/balances/{owner}"), QStringLiteral("/v2/balances/") + m_demo);
        row(QStringLiteral("/v2/balances/{owner}/{address}"),
            QStringLiteral("/v2/balances/%1/eth").arg(m_demo));
        row(QStringLiteral("/v2/balances/{owner}/{address}"),
            QStringLiteral("/v2/balances/%1/%2").arg(m_demo, m_usds));
        row(QStringLiteral("/v1/assets"), QStringLiteral("/v1/assets"));
        row(QStringLiteral("/v1/assets"),
            QStringLiteral("/v1/assets?user=%1&sell_orders=true&buy_orders=true&"
                           "include_fees=true&order_by=name")
                .arg(m_demo));
        row(QStringLiteral("/v1/assets/{token_address}/{token_id}"),
            QStringLiteral("/v1/assets/%1/%2?include_fees=true").arg(asset.tokenAddress, asset.tokenId));
        row(QStringLiteral("/v1/collections"), QStringLiteral("/v1/collections"));
        row(QStringLiteral("/v1/collections/{address}"), QStringLiteral("/v1/collections/") + m_ships);
        row(QStringLiteral("/v1/collections/{address}/metadata-schema"),
            QStringLiteral("/v1/collections/%1/metadata-schema").arg(m_ships));
        row(QStringLiteral("/v1/collections-summary"),
            QStringLiteral("/v1/collections-summary?user=") + m_demo);
        row(QStringLiteral("/v1/users/{user}"), QStringLiteral("/v1/users/") + m_demo);
        row(QStringLiteral("/v1/tokens"), QStringLiteral("/v1/tokens"));
        row(QStringLiteral("/v1/tokens/{address}"), QStringLiteral("/v1/tokens/") + m_usds);
        row(QStringLiteral("/v3/orders"), QStringLiteral("/v3/orders"));
        row(QStringLiteral("/v3/orders"), QStringLiteral("/v3/orders?include_fees=true&status=filled"));
        row(QStringLiteral("/v3/orders/{id}"), QStringLiteral("/v3/orders/%1").arg(w.orders.begin()->first));
        row(QStringLiteral("/v3/trades"), QStringLiteral("/v3/trades"));
        row(QStringLiteral("/v3/trades/{id}"), QStringLiteral("/v3/trades/%1").arg(w.trades.begin()->first));
        row(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers"));
        row(QStringLiteral("/v1/transfers/{id}"),
            QStringLiteral("/v1/transfers/%1").arg(w.transfers.begin()->first));
        row(QStringLiteral("/v1/deposits"), QStringLiteral("/v1/deposits"));
        row(QStringLiteral("/v1/deposits/{id}"),
            QStringLiteral("/v1/deposits/%1").arg(w.deposits.begin()->first));
        row(QStringLiteral("/v1/withdrawals"), QStringLiteral("/v1/withdrawals"));
        row(QStringLiteral("/v1/withdrawals/{id}"),
            QStringLiteral("/v1/withdrawals/%1").arg(w.withdrawals.begin()->first));
        row(QStringLiteral("/v1/mints"), QStringLiteral("/v1/mints"));
        row(QStringLiteral("/v1/mints/{id}"), QStringLiteral("/v1/mints/%1").arg(w.mints.begin()->first));
        row(QStringLiteral("/v3/exchanges"), QStringLiteral("/v3/exchanges"));
        row(QStringLiteral("/v3/exchanges/{id}"),
            QStringLiteral("/v3/exchanges/%1").arg(w.exchanges.begin()->first));
    }

    void schemas()
    {
        QFETCH(QString, pathTemplate);
        QFETCH(QString, path);
        const QJsonValue body = getValid(pathTemplate, path);
        // The demo world is worth looking at: no list and no array is empty.
        if (body.isObject() && body.toObject().contains(QStringLiteral("result")))
            QVERIFY2(!body.toObject().value(QStringLiteral("result")).toArray().isEmpty(), qPrintable(path));
        if (body.isArray())
            QVERIFY(!body.toArray().isEmpty());
    }

    void tokenDetailsUseStringsAndNoRemaining()
    {
        const QJsonObject list =
            getValid(QStringLiteral("/v1/tokens"), QStringLiteral("/v1/tokens")).toObject();
        QVERIFY(!list.contains(QStringLiteral("remaining")));
        QCOMPARE(list.value(QStringLiteral("result")).toArray().size(), 3);
        const QJsonObject eth =
            getValid(QStringLiteral("/v1/tokens/{address}"), QStringLiteral("/v1/tokens/eth")).toObject();
        QCOMPARE(eth.value(QStringLiteral("decimals")), QJsonValue(QStringLiteral("18")));
        QCOMPARE(eth.value(QStringLiteral("quantum")), QJsonValue(QStringLiteral("100000000")));
        QCOMPARE(eth.value(QStringLiteral("token_address")), QJsonValue(QString()));
        const QJsonObject usds =
            getValid(QStringLiteral("/v1/tokens/{address}"), QStringLiteral("/v1/tokens/") + m_usds)
                .toObject();
        QCOMPARE(usds.value(QStringLiteral("decimals")), QJsonValue(QStringLiteral("6")));
        QCOMPARE(usds.value(QStringLiteral("symbol")), QJsonValue(QStringLiteral("USDS")));
        QVERIFY(usds.value(QStringLiteral("image_url"))
                    .toString()
                    .startsWith(m_f->sandbox().baseUrl().toString()));
        // symbols filter (csv, any case) and address filter
        const QJsonObject some =
            getValid(QStringLiteral("/v1/tokens"), QStringLiteral("/v1/tokens?symbols=eth,USDS")).toObject();
        QCOMPARE(some.value(QStringLiteral("result")).toArray().size(), 2);
        const QJsonObject one =
            getValid(QStringLiteral("/v1/tokens"), QStringLiteral("/v1/tokens?address=") + m_usds).toObject();
        QCOMPARE(one.value(QStringLiteral("result")).toArray().size(), 1);
    }

    void balances()
    {
        const QJsonObject list =
            getValid(QStringLiteral("/v2/balances/{owner}"), QStringLiteral("/v2/balances/") + m_demo)
                .toObject();
        QCOMPARE(list.value(QStringLiteral("result")).toArray().size(), 3);
        const QJsonObject eth =
            getValid(QStringLiteral("/v2/balances/{owner}/{address}"),
                     QStringLiteral("/v2/balances/%1/eth")
                         .arg(m_demo.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))))
                .toObject();
        QCOMPARE(eth.value(QStringLiteral("balance")).toString(), QStringLiteral("12500000000000000000"));
        QCOMPARE(eth.value(QStringLiteral("symbol")).toString(), QStringLiteral("ETH"));
        QCOMPARE(eth.value(QStringLiteral("token_address")).toString(), QString());
        // Someone with nothing: an empty list and zero balances, not errors.
        const QString nobody = QStringLiteral("0x000000000000000000000000000000000000dead");
        QCOMPARE(getValid(QStringLiteral("/v2/balances/{owner}"), QStringLiteral("/v2/balances/") + nobody)
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(getValid(QStringLiteral("/v2/balances/{owner}/{address}"),
                          QStringLiteral("/v2/balances/%1/%2").arg(nobody, m_usds))
                     .toObject()
                     .value(QStringLiteral("balance"))
                     .toString(),
                 QStringLiteral("0"));
    }

    // ---- pagination ----

    void assetPagination_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("byName");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        for (const bool byName : {false, true}) {
            for (const bool desc : {false, true}) {
                const QString order = QStringLiteral("order_by=%1&direction=%2")
                                          .arg(byName ? QStringLiteral("name") : QStringLiteral("updated_at"),
                                               desc ? QStringLiteral("desc") : QStringLiteral("asc"));
                const QString tag =
                    QLatin1String(byName ? "name " : "updated ") + QLatin1String(desc ? "desc" : "asc");
                QTest::newRow(qPrintable(QStringLiteral("user, ") + tag))
                    << QStringLiteral("user=%1&%2").arg(m_demo, order) << byName << desc << 7;
                QTest::newRow(qPrintable(QStringLiteral("collection, ") + tag))
                    << QStringLiteral("collection=%1&%2").arg(m_ships, order) << byName << desc << 50;
                QTest::newRow(qPrintable(QStringLiteral("everything, ") + tag))
                    << order << byName << desc << 200;
                QTest::newRow(qPrintable(QStringLiteral("user+metadata, ") + tag))
                    << QStringLiteral("user=%1&collection=%2&metadata=%3&%4")
                           .arg(m_demo, m_ships, enc(QStringLiteral("{\"warp_capable\":[\"true\"]}")), order)
                    << byName << desc << 3;
            }
        }
    }

    void assetPagination()
    {
        QFETCH(QString, query);
        QFETCH(bool, byName);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        // Expected: the world's assets that match, sorted by (key, token address, token id).
        const QUrlQuery q(query);
        const QString user = q.queryItemValue(QStringLiteral("user"));
        const QString collection = q.queryItemValue(QStringLiteral("collection"));
        const bool warpOnly = q.hasQueryItem(QStringLiteral("metadata"));
        std::vector<const sandbox::AssetRecord *> expected;
        for (const auto &[key, a] : world().assets) {
            if ((!user.isEmpty() && a.owner != user) ||
                (!collection.isEmpty() && a.tokenAddress != collection))
                continue;
            if (warpOnly && !a.metadata.value(QStringLiteral("warp_capable")).toBool())
                continue;
            expected.push_back(&a);
        }
        std::stable_sort(expected.begin(), expected.end(), [&](const auto *a, const auto *b) {
            if (byName)
                return a->name < b->name;
            return a->updatedAt.toMSecsSinceEpoch() < b->updatedAt.toMSecsSinceEpoch();
        });
        if (descending)
            std::reverse(expected.begin(), expected.end());
        QVERIFY(expected.size() > std::size_t(pageSize)); // several pages

        int pages = 0;
        const QJsonArray got =
            walk(QStringLiteral("/v1/assets"), QStringLiteral("/v1/assets?") + query, pageSize, &pages);
        QCOMPARE(std::size_t(got.size()), expected.size());
        QCOMPARE(pages, int((expected.size() + std::size_t(pageSize) - 1) / std::size_t(pageSize)));
        std::set<QString> seen;
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject item = got[i].toObject();
            const QString id = item.value(QStringLiteral("token_address")).toString() + QLatin1Char('/') +
                               item.value(QStringLiteral("token_id")).toString();
            QVERIFY2(seen.insert(id).second, qPrintable(QStringLiteral("served twice: ") + id));
            const auto *want = expected[std::size_t(i)];
            QCOMPARE(id, want->tokenAddress + QLatin1Char('/') + want->tokenId);
        }
    }

    void listPagination_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("idField");
        QTest::addColumn<int>("total");
        const sandbox::World &w = m_f->sandbox().world();
        for (const QString &dir : QStringList{QStringLiteral("asc"), QStringLiteral("desc")}) {
            QTest::newRow(qPrintable(QStringLiteral("transfers ") + dir))
                << QStringLiteral("/v1/transfers") << QStringLiteral("/v1/transfers?direction=") + dir
                << QStringLiteral("transaction_id") << int(w.transfers.size());
            QTest::newRow(qPrintable(QStringLiteral("transfers by time ") + dir))
                << QStringLiteral("/v1/transfers")
                << QStringLiteral("/v1/transfers?order_by=created_at&direction=") + dir
                << QStringLiteral("transaction_id") << int(w.transfers.size());
            QTest::newRow(qPrintable(QStringLiteral("orders ") + dir))
                << QStringLiteral("/v3/orders")
                << QStringLiteral("/v3/orders?order_by=buy_quantity&direction=") + dir
                << QStringLiteral("order_id") << int(w.orders.size());
            QTest::newRow(qPrintable(QStringLiteral("trades ") + dir))
                << QStringLiteral("/v3/trades") << QStringLiteral("/v3/trades?direction=") + dir
                << QStringLiteral("transaction_id") << int(w.trades.size());
            QTest::newRow(qPrintable(QStringLiteral("mints ") + dir))
                << QStringLiteral("/v1/mints") << QStringLiteral("/v1/mints?direction=") + dir
                << QStringLiteral("transaction_id") << int(w.mints.size());
            QTest::newRow(qPrintable(QStringLiteral("deposits ") + dir))
                << QStringLiteral("/v1/deposits") << QStringLiteral("/v1/deposits?direction=") + dir
                << QStringLiteral("transaction_id") << int(w.deposits.size());
            QTest::newRow(qPrintable(QStringLiteral("collections ") + dir))
                << QStringLiteral("/v1/collections") << QStringLiteral("/v1/collections?direction=") + dir
                << QStringLiteral("address") << int(w.collections.size());
        }
    }

    void listPagination()
    {
        QFETCH(QString, pathTemplate);
        QFETCH(QString, path);
        QFETCH(QString, idField);
        QFETCH(int, total);
        QVERIFY(total > 3);
        // A page size that never divides evenly, and one that serves everything at once.
        const QJsonArray small = walk(pathTemplate, path, 3);
        const QJsonArray whole = walk(pathTemplate, path, 200);
        QCOMPARE(small.size(), qsizetype(total));
        QCOMPARE(whole.size(), qsizetype(total));
        std::set<QString> seen;
        for (qsizetype i = 0; i < small.size(); ++i) {
            QCOMPARE(small[i], whole[i]);
            QVERIFY(seen.insert(small[i].toObject().value(idField).toVariant().toString()).second);
        }
        // Transfers, mints and deposits are ordered by transaction id by default.
        const bool byId = !path.contains(QLatin1String("order_by")) &&
                          idField == QLatin1String("transaction_id") &&
                          !path.startsWith(QLatin1String("/v3/trades"));
        const bool desc = path.contains(QLatin1String("desc"));
        for (qsizetype i = 1; byId && i < small.size(); ++i) {
            const qint64 a = small[i - 1].toObject().value(idField).toInteger();
            const qint64 b = small[i].toObject().value(idField).toInteger();
            QVERIFY(desc ? a > b : a < b);
        }
    }

    // ---- filters ----

    void assetFilters()
    {
        auto count = [&](const QString &query) {
            return walk(QStringLiteral("/v1/assets"), QStringLiteral("/v1/assets?") + query, 200);
        };
        qsizetype demoOwned = 0, ships = 0, scouts = 0;
        for (const auto &[key, a] : world().assets) {
            demoOwned += a.owner == m_demo;
            ships += a.tokenAddress == m_ships;
            scouts += a.tokenAddress == m_ships &&
                      a.metadata.value(QStringLiteral("class")).toString() == QLatin1String("Scout");
        }
        QCOMPARE(count(QStringLiteral("user=") + m_demo).size(), demoOwned);
        QCOMPARE(count(QStringLiteral("user=") +
                       m_demo.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")))
                     .size(),
                 demoOwned);
        QCOMPARE(count(QStringLiteral("collection=") + m_ships).size(), ships);
        QCOMPARE(count(QStringLiteral("collection=%1&metadata=%2")
                           .arg(m_ships, enc(QStringLiteral("{\"class\":[\"Scout\"]}"))))
                     .size(),
                 scouts);
        QCOMPARE(count(QStringLiteral("status=imx")).size(), qsizetype(world().assets.size()));
        QCOMPARE(count(QStringLiteral("status=burned")).size(), 0);
        // Two owners, two collections (csv).
        const QString other = world().assets.begin()->second.owner == m_demo
                                  ? std::next(world().assets.begin())->second.owner
                                  : world().assets.begin()->second.owner;
        qsizetype both = 0;
        for (const auto &[key, a] : world().assets)
            both += a.owner == m_demo || a.owner == other;
        QCOMPARE(count(QStringLiteral("user=%1,%2").arg(m_demo, other)).size(), both);
        // Name search is a case-insensitive substring match.
        const QJsonArray named = count(QStringLiteral("name=") + enc(QStringLiteral("vanguard")));
        QVERIFY(!named.isEmpty());
        for (const QJsonValue &v : named)
            QVERIFY(
                v.toObject().value(QStringLiteral("name")).toString().contains(QLatin1String("Vanguard")));
        // updated_at window: bounds are inclusive.
        const QJsonArray page =
            walk(QStringLiteral("/v1/assets"),
                 QStringLiteral("/v1/assets?order_by=updated_at&direction=asc&page_size=200"), 200);
        const QString from = page[100].toObject().value(QStringLiteral("updated_at")).toString();
        const QString to = page[300].toObject().value(QStringLiteral("updated_at")).toString();
        const QJsonArray window =
            count(QStringLiteral("updated_min_timestamp=%1&updated_max_timestamp=%2&direction=asc")
                      .arg(enc(from), enc(to)));
        QVERIFY(window.size() >= 201);
        for (const QJsonValue &v : window) {
            const QString at = v.toObject().value(QStringLiteral("updated_at")).toString();
            QVERIFY(at >= from && at <= to);
        }
        // sell_orders attaches the active listings; include_fees the royalties.
        QString listed;
        for (const auto &[id, o] : world().orders) {
            if (o.status == QLatin1String("active") && o.user == m_demo &&
                o.sell.type == QLatin1String("ERC721")) {
                listed = o.sell.tokenId;
                const QJsonArray found =
                    getValid(
                        QStringLiteral("/v1/assets"),
                        QStringLiteral(
                            "/v1/assets?user=%1&collection=%2&sell_orders=true&include_fees=true&name=%3")
                            .arg(m_demo, o.sell.tokenAddress,
                                 enc(world().assets.at({o.sell.tokenAddress, o.sell.tokenId}).name)))
                        .toObject()
                        .value(QStringLiteral("result"))
                        .toArray();
                QJsonObject asset;
                for (const QJsonValue &v : found) {
                    if (v.toObject().value(QStringLiteral("token_id")).toString() == o.sell.tokenId)
                        asset = v.toObject();
                }
                const QJsonArray sells = asset.value(QStringLiteral("orders"))
                                             .toObject()
                                             .value(QStringLiteral("sell_orders"))
                                             .toArray();
                QCOMPARE(sells.size(), 1);
                QCOMPARE(sells[0].toObject().value(QStringLiteral("order_id")).toInteger(), id);
                QCOMPARE(asset.value(QStringLiteral("fees")).toArray().size(), 1);
                break;
            }
        }
        QVERIFY(!listed.isEmpty());
    }

    void otherFilters()
    {
        auto items = [&](const QString &t, const QString &p) { return walk(t, p, 200); };
        // orders: user + status + sides
        qsizetype demoActive = 0;
        for (const auto &[id, o] : world().orders)
            demoActive += o.user == m_demo && o.status == QLatin1String("active");
        QVERIFY(demoActive > 0);
        const QJsonArray active = items(QStringLiteral("/v3/orders"),
                                        QStringLiteral("/v3/orders?user=%1&status=active").arg(m_demo));
        QCOMPARE(active.size(), demoActive);
        for (const QJsonValue &v : active)
            QCOMPARE(v.toObject().value(QStringLiteral("user")).toString(), m_demo);
        const QJsonArray inUsds =
            items(QStringLiteral("/v3/orders"),
                  QStringLiteral("/v3/orders?buy_token_address=%1&sell_token_type=ERC721").arg(m_usds));
        QVERIFY(!inUsds.isEmpty());
        for (const QJsonValue &v : inUsds) {
            const QJsonObject buy = v.toObject().value(QStringLiteral("buy")).toObject();
            QCOMPARE(buy.value(QStringLiteral("type")).toString(), QStringLiteral("ERC20"));
            QCOMPARE(buy.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("token_address"))
                         .toString(),
                     m_usds);
        }
        QCOMPARE(items(QStringLiteral("/v3/orders"),
                       QStringLiteral("/v3/orders?min_timestamp=2100-01-01T00:00:00Z"))
                     .size(),
                 0);
        // transfers: sent and received by the demo user, by token type
        qsizetype sent = 0, received = 0, nftTransfers = 0;
        for (const auto &[id, t] : world().transfers) {
            sent += t.sender == m_demo;
            received += t.receiver == m_demo;
            nftTransfers += t.token.type == QLatin1String("ERC721");
        }
        QVERIFY(sent > 0 && received > 0);
        QCOMPARE(
            items(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers?user=") + m_demo).size(),
            sent);
        QCOMPARE(
            items(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers?receiver=") + m_demo).size(),
            received);
        QCOMPARE(
            items(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers?token_type=ERC721")).size(),
            nftTransfers);
        QCOMPARE(
            items(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers?status=failure")).size(), 0);
        // trades: by the NFT side's collection
        qsizetype shipTrades = 0;
        for (const auto &[id, t] : world().trades)
            shipTrades += t.tokenB.tokenAddress == m_ships;
        QCOMPARE(
            items(QStringLiteral("/v3/trades"), QStringLiteral("/v3/trades?party_b_token_address=") + m_ships)
                .size(),
            shipTrades);
        // collections: keyword, whitelist, blacklist
        QCOMPARE(items(QStringLiteral("/v1/collections"), QStringLiteral("/v1/collections?keyword=starship"))
                     .size(),
                 1);
        QCOMPARE(
            items(QStringLiteral("/v1/collections"), QStringLiteral("/v1/collections?whitelist=") + m_ships)
                .size(),
            1);
        QCOMPARE(
            items(QStringLiteral("/v1/collections"), QStringLiteral("/v1/collections?blacklist=") + m_ships)
                .size(),
            qsizetype(world().collections.size()) - 1);
        // withdrawals, deposits, mints, exchanges
        QCOMPARE(items(QStringLiteral("/v1/withdrawals"),
                       QStringLiteral("/v1/withdrawals?withdrawn_to_wallet=true"))
                     .size(),
                 1);
        QCOMPARE(items(QStringLiteral("/v1/deposits"),
                       QStringLiteral("/v1/deposits?user=%1&token_type=ETH").arg(m_demo))
                     .size(),
                 1);
        QVERIFY(!items(QStringLiteral("/v1/mints"), QStringLiteral("/v1/mints?user=") + m_demo).isEmpty());
        QCOMPARE(
            items(QStringLiteral("/v3/exchanges"), QStringLiteral("/v3/exchanges?status=completed")).size(),
            1);
        // collections-summary counts the demo user's NFTs per collection
        const QJsonArray summary = items(QStringLiteral("/v1/collections-summary"),
                                         QStringLiteral("/v1/collections-summary?user=") + m_demo);
        qint64 total = 0;
        for (const QJsonValue &v : summary)
            total += v.toObject().value(QStringLiteral("owned_token_count")).toInteger();
        qint64 owned = 0;
        for (const auto &[key, a] : world().assets)
            owned += a.owner == m_demo;
        QCOMPARE(total, owned);
    }

    void orderingsAndMoreFilters()
    {
        auto items = [&](const QString &t, const QString &p) { return walk(t, p, 200); };
        // balances by amount, direction in any case
        const QJsonArray byBalance =
            items(QStringLiteral("/v2/balances/{owner}"),
                  QStringLiteral("/v2/balances/%1?order_by=balance&direction=DESC").arg(m_demo));
        QCOMPARE(byBalance.size(), 3);
        for (qsizetype i = 1; i < byBalance.size(); ++i) {
            const auto a = sandbox::UInt256::fromDecimal(
                byBalance[i - 1].toObject().value(QStringLiteral("balance")).toString().toStdString());
            const auto b = sandbox::UInt256::fromDecimal(
                byBalance[i].toObject().value(QStringLiteral("balance")).toString().toStdString());
            QVERIFY(a && b && *a >= *b);
        }
        // collections by project id
        const QJsonArray byProject =
            items(QStringLiteral("/v1/collections"),
                  QStringLiteral("/v1/collections?order_by=project_id&direction=asc"));
        for (qsizetype i = 1; i < byProject.size(); ++i)
            QVERIFY(byProject[i - 1].toObject().value(QStringLiteral("project_id")).toInteger() <
                    byProject[i].toObject().value(QStringLiteral("project_id")).toInteger());
        // orders whose NFT side has a metadata value, and a minimum price
        QString relics;
        for (const auto &[address, c] : world().collections) {
            if (c.name.startsWith(QLatin1String("Relics")))
                relics = address;
        }
        qsizetype legendary = 0;
        for (const auto &[id, o] : world().orders) {
            if (o.sell.type == QLatin1String("ERC721") && o.sell.tokenAddress == relics &&
                world().assets.at({o.sell.tokenAddress, o.sell.tokenId})
                        .metadata.value(QStringLiteral("rarity"))
                        .toString() == QLatin1String("Legendary"))
                ++legendary;
        }
        QVERIFY(legendary > 0);
        QCOMPARE(items(QStringLiteral("/v3/orders"),
                       QStringLiteral("/v3/orders?sell_token_address=%1&sell_metadata=%2")
                           .arg(relics, enc(QStringLiteral("{\"rarity\":[\"Legendary\"]}"))))
                     .size(),
                 legendary);
        const QJsonArray pricey =
            items(QStringLiteral("/v3/orders"),
                  QStringLiteral("/v3/orders?buy_token_type=ETH&buy_min_quantity=2000000000000000000"));
        QVERIFY(!pricey.isEmpty());
        for (const QJsonValue &v : pricey) {
            const auto q = sandbox::UInt256::fromDecimal(v.toObject()
                                                             .value(QStringLiteral("buy"))
                                                             .toObject()
                                                             .value(QStringLiteral("data"))
                                                             .toObject()
                                                             .value(QStringLiteral("quantity"))
                                                             .toString()
                                                             .toStdString());
            QVERIFY(q && *q >= sandbox::UInt256::fromDecimal("2000000000000000000").value());
        }
        // transfers of one token
        qsizetype usdsTransfers = 0;
        for (const auto &[id, t] : world().transfers)
            usdsTransfers += t.token.tokenAddress == m_usds;
        QCOMPARE(
            items(QStringLiteral("/v1/transfers"), QStringLiteral("/v1/transfers?token_address=") + m_usds)
                .size(),
            usdsTransfers);
        // mints by token id are numeric, not lexical
        const QJsonArray mints =
            items(QStringLiteral("/v1/mints"),
                  QStringLiteral("/v1/mints?order_by=token_id&direction=asc&token_address=") + m_ships);
        QVERIFY(mints.size() > 20);
        for (qsizetype i = 1; i < mints.size(); ++i) {
            const auto data = [&](qsizetype k) {
                return mints[k]
                    .toObject()
                    .value(QStringLiteral("token"))
                    .toObject()
                    .value(QStringLiteral("data"))
                    .toObject();
            };
            QVERIFY(data(i - 1).value(QStringLiteral("token_id")).toString().toLongLong() <
                    data(i).value(QStringLiteral("token_id")).toString().toLongLong());
        }
        // trades in a time window
        const auto &firstTrade = world().trades.begin()->second;
        const QString at = firstTrade.timestamp.toUTC().toString(Qt::ISODateWithMs);
        const QJsonArray exact =
            items(QStringLiteral("/v3/trades"),
                  QStringLiteral("/v3/trades?min_timestamp=%1&max_timestamp=%1").arg(enc(at)));
        QVERIFY(!exact.isEmpty());
        for (const QJsonValue &v : exact)
            QCOMPARE(v.toObject().value(QStringLiteral("timestamp")).toString(), at);
        // exchanges by id, wallet and provider
        QCOMPARE(items(QStringLiteral("/v3/exchanges"), QStringLiteral("/v3/exchanges?id=1")).size(), 1);
        QCOMPARE(
            items(QStringLiteral("/v3/exchanges"), QStringLiteral("/v3/exchanges?wallet_address=") + m_demo)
                .size(),
            qsizetype(world().exchanges.size()));
        QCOMPARE(
            items(QStringLiteral("/v3/exchanges"), QStringLiteral("/v3/exchanges?provider=layerswap")).size(),
            0);
        // the page size bounds themselves are fine
        QCOMPARE(get(QStringLiteral("/v1/assets?page_size=1"))
                     .object()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(get(QStringLiteral("/v1/assets?page_size=200"))
                     .object()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .size(),
                 200);
    }

    void usersAreNotFoundUntilRegistered()
    {
        sandbox::UserRecord fresh;
        fresh.userId = QStringLiteral("email|fresh");
        fresh.email = QStringLiteral("fresh@stardeck.test");
        fresh.ethAddress = QStringLiteral("0x1111111111111111111111111111111111111111");
        world().users[fresh.userId] = std::move(fresh);
        expectError(QStringLiteral("/v1/users/0x1111111111111111111111111111111111111111"), 404,
                    QStringLiteral("account_not_found"));
        sandbox::UserRecord &user = world().users[QStringLiteral("email|fresh")];
        user.starkKey = QStringLiteral("0x0123");
        user.registered = true;
        const QJsonObject body =
            getValid(QStringLiteral("/v1/users/{user}"),
                     QStringLiteral("/v1/users/0x1111111111111111111111111111111111111111"))
                .toObject();
        QCOMPARE(body.value(QStringLiteral("accounts")).toArray(), QJsonArray{QStringLiteral("0x0123")});
        world().users.erase(QStringLiteral("email|fresh"));
    }

    void assetsFollowWrites()
    {
        // A write elsewhere moves an NFT and records a transfer: the indexes follow.
        sandbox::World &w = world();
        sandbox::AssetRecord &asset = w.assets.begin()->second;
        const QString before = asset.owner;
        const QString to = QStringLiteral("0x2222222222222222222222222222222222222222");
        const QString query = QStringLiteral("/v1/assets?user=") + to;
        QCOMPARE(getValid(QStringLiteral("/v1/assets"), query)
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .size(),
                 0);
        asset.owner = to;
        asset.updatedAt = asset.updatedAt.addYears(5);
        sandbox::TransferRecord t;
        t.transactionId = w.nextTransactionId++;
        t.sender = before;
        t.receiver = to;
        t.token = sandbox::TokenSpec{QStringLiteral("ERC721"), asset.tokenAddress, asset.tokenId};
        t.quantity = sandbox::UInt256(1);
        t.timestamp = asset.updatedAt;
        w.transfers[t.transactionId] = t;
        const QJsonArray now = getValid(QStringLiteral("/v1/assets"), query)
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toArray();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now[0].toObject().value(QStringLiteral("user")).toString(), to);
        const QJsonObject newest =
            getValid(QStringLiteral("/v1/assets"), QStringLiteral("/v1/assets?page_size=1")).toObject();
        QCOMPARE(newest.value(QStringLiteral("result"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("token_id"))
                     .toString(),
                 asset.tokenId);
        // and back, so the other tests see the seeded world
        asset.owner = before;
        t.transactionId = w.nextTransactionId++;
        std::swap(t.sender, t.receiver);
        w.transfers[t.transactionId] = t;
        QCOMPARE(getValid(QStringLiteral("/v1/assets"), query)
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .size(),
                 0);
    }

    // ---- errors ----

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("asset") << QStringLiteral("/v1/assets/%1/99999999").arg(m_ships)
                               << QStringLiteral("asset_not_found");
        QTest::newRow("asset in unknown collection")
            << QStringLiteral("/v1/assets/0x000000000000000000000000000000000000beef/1")
            << QStringLiteral("asset_not_found");
        QTest::newRow("collection") << QStringLiteral(
                                           "/v1/collections/0x000000000000000000000000000000000000beef")
                                    << QStringLiteral("collection_not_found");
        QTest::newRow("schema")
            << QStringLiteral("/v1/collections/0x000000000000000000000000000000000000beef/metadata-schema")
            << QStringLiteral("collection_not_found");
        QTest::newRow("user") << QStringLiteral("/v1/users/0x000000000000000000000000000000000000beef")
                              << QStringLiteral("account_not_found");
        QTest::newRow("token") << QStringLiteral("/v1/tokens/0x000000000000000000000000000000000000beef")
                               << QStringLiteral("token_not_found");
        QTest::newRow("balance token")
            << QStringLiteral("/v2/balances/%1/0x000000000000000000000000000000000000beef").arg(m_demo)
            << QStringLiteral("token_not_found");
        QTest::newRow("order") << QStringLiteral("/v3/orders/987654321") << QStringLiteral("order_not_found");
        QTest::newRow("trade") << QStringLiteral("/v3/trades/987654321") << QStringLiteral("trade_not_found");
        QTest::newRow("transfer") << QStringLiteral("/v1/transfers/987654321")
                                  << QStringLiteral("transfer_not_found");
        QTest::newRow("deposit") << QStringLiteral("/v1/deposits/987654321")
                                 << QStringLiteral("deposit_not_found");
        QTest::newRow("withdrawal") << QStringLiteral("/v1/withdrawals/987654321")
                                    << QStringLiteral("withdrawal_not_found");
        QTest::newRow("mint") << QStringLiteral("/v1/mints/987654321") << QStringLiteral("mint_not_found");
        QTest::newRow("exchange") << QStringLiteral("/v3/exchanges/987654321")
                                  << QStringLiteral("exchange_not_found");
    }

    void notFound()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        expectError(path, 404, code);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("path");
        const QString notOurs =
            QString::fromLatin1(QByteArray("hello").toBase64(QByteArray::Base64UrlEncoding));
        for (const QString &list : QStringList{
                 QStringLiteral("/v1/assets"), QStringLiteral("/v3/orders"), QStringLiteral("/v3/trades"),
                 QStringLiteral("/v1/transfers"), QStringLiteral("/v1/collections"),
                 QStringLiteral("/v1/tokens"), QStringLiteral("/v1/mints"), QStringLiteral("/v1/deposits"),
                 QStringLiteral("/v1/withdrawals"), QStringLiteral("/v3/exchanges"),
                 QStringLiteral("/v2/balances/") + m_demo}) {
            for (const QString &bad :
                 QStringList{QStringLiteral("page_size=abc"), QStringLiteral("page_size=0"),
                             QStringLiteral("page_size=201"), QStringLiteral("page_size=-5"),
                             QStringLiteral("page_size=1.5"), QStringLiteral("order_by=bogus"),
                             QStringLiteral("direction=up"), QStringLiteral("cursor=%%%"),
                             QStringLiteral("cursor=") + notOurs})
                QTest::newRow(qPrintable(list + QLatin1Char('?') + bad)) << list + QLatin1Char('?') + bad;
        }
        for (const QString &bad : QStringList{QStringLiteral("/v1/assets?metadata=%7Bbad"),
                                              QStringLiteral("/v1/assets?metadata=%5B1%5D"),
                                              QStringLiteral("/v1/assets?metadata=%7B%22a%22%3A%7B%7D%7D"),
                                              QStringLiteral("/v1/assets?status=lost"),
                                              QStringLiteral("/v1/assets?updated_min_timestamp=yesterday"),
                                              QStringLiteral("/v1/assets?sell_orders=maybe"),
                                              QStringLiteral("/v1/assets?include_fees=1"),
                                              QStringLiteral("/v3/orders?status=open"),
                                              QStringLiteral("/v3/orders?min_timestamp=2022-13-45"),
                                              QStringLiteral("/v3/orders?sell_token_type=NFT"),
                                              QStringLiteral("/v3/orders?buy_min_quantity=-1"),
                                              QStringLiteral("/v3/orders/abc"),
                                              QStringLiteral("/v3/trades/abc"),
                                              QStringLiteral("/v1/transfers/abc"),
                                              QStringLiteral("/v1/transfers?status=ok"),
                                              QStringLiteral("/v1/deposits/abc"),
                                              QStringLiteral("/v1/withdrawals/abc"),
                                              QStringLiteral("/v1/mints/abc"),
                                              QStringLiteral("/v3/exchanges/abc"),
                                              QStringLiteral("/v3/exchanges?status=done"),
                                              QStringLiteral("/v3/exchanges?provider=acme"),
                                              QStringLiteral("/v3/exchanges?id=x"),
                                              QStringLiteral("/v1/withdrawals?withdrawn_to_wallet=yes"),
                                              QStringLiteral("/v1/collections-summary"),
                                              QStringLiteral("/v1/users/not-an-address"),
                                              QStringLiteral("/v2/balances/not-an-address"),
                                              QStringLiteral("/v2/balances/%1/usdc").arg(m_demo),
                                              QStringLiteral("/v1/assets/nope/1")})
            QTest::newRow(qPrintable(bad)) << bad;
    }

    void badParameters()
    {
        QFETCH(QString, path);
        expectError(path, 400);
    }
};

QTEST_GUILESS_MAIN(TestImxReads)
#include "tst_imx_reads.moc"
