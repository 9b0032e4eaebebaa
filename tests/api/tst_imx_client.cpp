// SPDX-License-Identifier: MIT
// ImxClient against an in-process sandbox with its seeded demo world: every read decoded from real
// answers, pagination, retries, timeouts, the size cap, faults and callback lifetime.

#include "ApiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ImxClient.h"
#include "api/ImxDecode.h"
#include "world/Seed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace stardeck;
using namespace stardeck::api;
using test::await;
using test::SandboxFixture;
using test::why;

namespace {

UInt256 dec(const char *text)
{
    return *UInt256::fromDecimal(text);
}

} // namespace

class TestImxClient : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_f;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ImxClient> m_client;
    QString m_demo;
    QString m_demoStarkKey;
    QString m_usds;
    QString m_ships;

    sandbox::World &world() { return m_f->sandbox().world(); }

    //! A client with short timings for tests; `tweak` adjusts the configuration.
    std::unique_ptr<ImxClient> makeClient(const std::function<void(ImxClientConfig &)> &tweak = {})
    {
        ImxClientConfig config;
        config.baseUrl = m_f->url(QStringLiteral("/imx"));
        config.timeoutMs = 5000;
        config.retry.maxAttempts = 4;
        config.retry.baseDelayMs = 10;
        config.retry.maxDelayMs = 50;
        if (tweak)
            tweak(config);
        return std::make_unique<ImxClient>(config, &m_nam);
    }

    void addFault(const QJsonObject &rule)
    {
        const auto r = m_f->postJson(QStringLiteral("/__sandbox/faults"), rule);
        QCOMPARE(r.status, 200);
    }

    //! The `result` array of a raw sandbox answer, for cross-checking decoded lists.
    QJsonArray rawResult(const QString &path)
    {
        return m_f->get(path).object().value(QStringLiteral("result")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<SandboxFixture>();
        const sandbox::UserRecord *demo = world().userByEmail(sandbox::seed::demoEmail);
        QVERIFY(demo);
        m_demo = demo->ethAddress;
        m_demoStarkKey = demo->starkKey;
        for (const auto &[address, token] : world().tokens) {
            if (token.symbol == sandbox::seed::stableSymbol)
                m_usds = address;
        }
        m_ships = world().collections.begin()->first;
        QVERIFY(!m_usds.isEmpty() && !m_ships.isEmpty());
        m_client = makeClient();
    }

    void cleanup() { QCOMPARE(m_f->send("DELETE", QStringLiteral("/__sandbox/faults")).status, 204); }

    void balances()
    {
        const auto list =
            await<Page<Balance>>([&](QObject *c, auto cb) { m_client->balances(m_demo, {}, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QCOMPARE(qsizetype((*list)->items.size()),
                 rawResult(QStringLiteral("/imx/v2/balances/") + m_demo).size());
        bool sawEth = false;
        for (const Balance &b : (*list)->items) {
            if (b.symbol == QLatin1String("ETH")) {
                sawEth = true;
                QCOMPARE(b.balance, dec("12500000000000000000")); // 12.5 ETH in wei, per the seed
            }
        }
        QVERIFY(sawEth);

        const auto eth = await<Balance>(
            [&](QObject *c, auto cb) { m_client->balance(m_demo, QStringLiteral("eth"), c, cb); });
        QVERIFY(eth && *eth);
        QCOMPARE((*eth)->balance, dec("12500000000000000000"));
        const auto usds =
            await<Balance>([&](QObject *c, auto cb) { m_client->balance(m_demo, m_usds, c, cb); });
        QVERIFY(usds && *usds);
        QCOMPARE((*usds)->balance, dec("2500000000")); // 2,500 USDS at 6 decimals
        QCOMPARE((*usds)->symbol, sandbox::seed::stableSymbol);
    }

    void tokens()
    {
        const auto list =
            await<Page<TokenDetails>>([&](QObject *c, auto cb) { m_client->tokens({}, c, cb); });
        QVERIFY(list && *list);
        QCOMPARE((*list)->items.size(), std::size_t(3));
        const auto usds = await<TokenDetails>([&](QObject *c, auto cb) { m_client->token(m_usds, c, cb); });
        QVERIFY(usds && *usds);
        QCOMPARE((*usds)->decimals, 6);
        QCOMPARE((*usds)->quantum, UInt256(1));
        for (const TokenDetails &t : (*list)->items) {
            if (t.symbol == QLatin1String("ETH")) {
                QCOMPARE(t.decimals, 18);
                QCOMPARE(t.quantum, dec("100000000"));
            }
        }
    }

    void collections()
    {
        const auto list =
            await<Page<Collection>>([&](QObject *c, auto cb) { m_client->collections({}, c, cb); });
        QVERIFY(list && *list);
        QCOMPARE((*list)->items.size(), std::size_t(5));
        const auto one =
            await<Collection>([&](QObject *c, auto cb) { m_client->collection(m_ships, c, cb); });
        QVERIFY(one && *one);
        QCOMPARE((*one)->name, world().collections.at(m_ships).name);
        QCOMPARE((*one)->address.toLower(), m_ships.toLower());

        const auto schema = await<std::vector<MetadataSchemaProperty>>(
            [&](QObject *c, auto cb) { m_client->metadataSchema(m_ships, c, cb); });
        QVERIFY(schema);
        QVERIFY2(*schema, qPrintable(why(*schema)));
        const QJsonArray raw =
            m_f->get(QStringLiteral("/imx/v1/collections/%1/metadata-schema").arg(m_ships)).json().array();
        QVERIFY(!raw.isEmpty());
        QCOMPARE(qsizetype((*schema)->size()), raw.size());
        QCOMPARE((*schema)->front().name, raw.first().toObject().value(QStringLiteral("name")).toString());
    }

    void assets()
    {
        AssetQuery query;
        query.user = m_demo;
        query.list.pageSize = 20;
        const auto list = await<Page<Asset>>([&](QObject *c, auto cb) { m_client->assets(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QCOMPARE((*list)->items.size(), std::size_t(20));
        QVERIFY((*list)->hasMore && !(*list)->cursor.isEmpty());
        for (const Asset &a : (*list)->items)
            QCOMPARE(a.user.toLower(), m_demo.toLower());

        const Asset &first = (*list)->items.front();
        const auto one = await<Asset>(
            [&](QObject *c, auto cb) { m_client->asset(first.tokenAddress, first.tokenId, c, cb); });
        QVERIFY(one && *one);
        QCOMPARE((*one)->tokenId, first.tokenId);
        QCOMPARE((*one)->user, first.user);
        QCOMPARE((*one)->collection.name, first.collection.name);
    }

    void ordersAndTrades()
    {
        ListQuery query;
        query.filters = {{QStringLiteral("user"), m_demo},
                         {QStringLiteral("status"), QStringLiteral("active")}};
        const auto list = await<Page<Order>>([&](QObject *c, auto cb) { m_client->orders(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QVERIFY(!(*list)->items.empty());
        for (const Order &o : (*list)->items) {
            QCOMPARE(o.user.toLower(), m_demo.toLower());
            QCOMPARE(o.status, QStringLiteral("active"));
        }
        const Order &first = (*list)->items.front();
        const auto one = await<Order>([&](QObject *c, auto cb) { m_client->order(first.orderId, c, cb); });
        QVERIFY(one && *one);
        QCOMPARE((*one)->orderId, first.orderId);
        QCOMPARE((*one)->buy.quantity, first.buy.quantity);
        QCOMPARE((*one)->buy.quantity, world().orders.at(first.orderId).amountBuy);
        QCOMPARE((*one)->sell.quantity, world().orders.at(first.orderId).amountSell);

        const auto trades = await<Page<Trade>>([&](QObject *c, auto cb) { m_client->trades({}, c, cb); });
        QVERIFY(trades);
        QVERIFY2(*trades, qPrintable(why(*trades)));
        QCOMPARE(qsizetype((*trades)->items.size()), rawResult(QStringLiteral("/imx/v3/trades")).size());
        QVERIFY(!(*trades)->items.empty());
        const Trade &t = (*trades)->items.front();
        QCOMPARE(t.a.sold, world().trades.at(t.transactionId).soldA);
    }

    void transfers()
    {
        ListQuery query;
        query.filters = {{QStringLiteral("user"), m_demo}};
        const auto list =
            await<Page<Transfer>>([&](QObject *c, auto cb) { m_client->transfers(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QVERIFY(!(*list)->items.empty());
        const Transfer &first = (*list)->items.front();
        const auto one =
            await<Transfer>([&](QObject *c, auto cb) { m_client->transfer(first.transactionId, c, cb); });
        QVERIFY(one && *one);
        QCOMPARE((*one)->receiver, first.receiver);
        QCOMPARE((*one)->token.quantity, world().transfers.at(first.transactionId).quantity);
    }

    void user()
    {
        const auto demo =
            await<UserRegistration>([&](QObject *c, auto cb) { m_client->user(m_demo, c, cb); });
        QVERIFY(demo && *demo);
        QVERIFY((*demo)->registered);
        QCOMPARE((*demo)->accounts, std::vector<QString>{m_demoStarkKey});

        const QString stranger = QStringLiteral("0x00000000000000000000000000000000000000aa");
        const auto none =
            await<UserRegistration>([&](QObject *c, auto cb) { m_client->user(stranger, c, cb); });
        QVERIFY(none);
        QVERIFY2(*none, qPrintable(why(*none)));
        QVERIFY(!(*none)->registered);
        QVERIFY((*none)->accounts.empty());

        // Any other error stays an error: a malformed address is a 400, not "not registered".
        const auto bad = await<UserRegistration>(
            [&](QObject *c, auto cb) { m_client->user(QStringLiteral("nope"), c, cb); });
        QVERIFY(bad && !*bad);
        QCOMPARE(bad->error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(bad->error().httpStatus, 400);
    }

    void httpErrorCarriesImxBody()
    {
        const auto missing = await<Asset>(
            [&](QObject *c, auto cb) { m_client->asset(m_ships, QStringLiteral("999999999"), c, cb); });
        QVERIFY(missing && !*missing);
        QCOMPARE(missing->error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(missing->error().httpStatus, 404);
        QVERIFY(!missing->error().code.isEmpty());
        QVERIFY(!missing->error().message.isEmpty());
        QCOMPARE(missing->error().attempts, 1); // a 404 is not retried
    }

    void streamAllPagesOfFilteredAssets()
    {
        AssetQuery query;
        query.user = m_demo;
        query.list.pageSize = 37;
        qsizetype expected = 0;
        for (const auto &[key, a] : world().assets)
            expected += a.owner == m_demo;
        QVERIFY(expected > 2 * query.list.pageSize);

        QSet<QString> seen;
        int pages = 0;
        bool duplicate = false;
        std::optional<ApiResult<qint64>> done;
        QObject context;
        m_client->streamAssets(
            query, &context,
            [&](const Page<Asset> &page) {
                ++pages;
                for (const Asset &a : page.items) {
                    const QString key = a.tokenAddress.toLower() + QLatin1Char('/') + a.tokenId;
                    duplicate |= seen.contains(key);
                    seen.insert(key);
                    if (a.user.toLower() != m_demo.toLower())
                        duplicate = true;
                }
                return true;
            },
            [&](ApiResult<qint64> r) { done.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20'000);
        QVERIFY2(*done, qPrintable(why(*done)));
        QVERIFY(!duplicate);
        QCOMPARE(seen.size(), expected);
        QCOMPARE(done->value(), qint64(expected));
        QCOMPARE(pages, int((expected + query.list.pageSize - 1) / query.list.pageSize));
    }

    void streamAllOrdersOfUser()
    {
        ListQuery query;
        query.pageSize = 7;
        query.filters = {{QStringLiteral("user"), m_demo}};
        qsizetype expected = 0;
        for (const auto &[id, o] : world().orders)
            expected += o.user.toLower() == m_demo.toLower();
        QVERIFY(expected > query.pageSize);
        QSet<qint64> seen;
        bool duplicate = false;
        std::optional<ApiResult<qint64>> done;
        QObject context;
        m_client->streamOrders(
            query, &context,
            [&](const Page<Order> &page) {
                for (const Order &o : page.items) {
                    duplicate |= seen.contains(o.orderId);
                    seen.insert(o.orderId);
                }
                return true;
            },
            [&](ApiResult<qint64> r) { done.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20'000);
        QVERIFY2(*done, qPrintable(why(*done)));
        QVERIFY(!duplicate);
        QCOMPARE(seen.size(), expected);
    }

    void streamStopsEarly()
    {
        AssetQuery query;
        query.list.pageSize = 10;
        int pages = 0;
        std::optional<ApiResult<qint64>> done;
        QObject context;
        m_client->streamAssets(
            query, &context, [&](const Page<Asset> &) { return ++pages < 2; },
            [&](ApiResult<qint64> r) { done.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10'000);
        QVERIFY(*done);
        QCOMPARE(pages, 2);
        QCOMPARE(done->value(), qint64(20));
    }

    void malformedAndTruncatedBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }

    void malformedAndTruncatedBodies()
    {
        QFETCH(QString, body);
        addFault({{QStringLiteral("route"), QStringLiteral("imx.balances.list")},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("times"), 1}});
        const auto r =
            await<Page<Balance>>([&](QObject *c, auto cb) { m_client->balances(m_demo, {}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, ApiError::Kind::Decode);
        QVERIFY(!r->error().message.isEmpty());
    }

    void streamEndsOnDecodeError()
    {
        AssetQuery query;
        query.list.pageSize = 10;
        // The route fault hits the first page; the stream must end with the error, not skip it.
        addFault({{QStringLiteral("route"), QStringLiteral("imx.assets.list")},
                  {QStringLiteral("body"), QStringLiteral("truncated")},
                  {QStringLiteral("times"), 1}});
        int pages = 0;
        std::optional<ApiResult<qint64>> done;
        QObject context;
        m_client->streamAssets(
            query, &context,
            [&](const Page<Asset> &) {
                ++pages;
                return true;
            },
            [&](ApiResult<qint64> r) { done.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10'000);
        QVERIFY(!*done);
        QCOMPARE(done->error().kind, ApiError::Kind::Decode);
        QCOMPARE(pages, 0);
    }

    void retries503ThenSucceeds()
    {
        addFault({{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("times"), 2}});
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { m_client->tokens({}, c, cb); });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(why(*r)));
        QCOMPARE((*r)->items.size(), std::size_t(3));
    }

    void honoursRetryAfter()
    {
        addFault({{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                  {QStringLiteral("status"), 429},
                  {QStringLiteral("retry_after"), 1},
                  {QStringLiteral("times"), 1}});
        QElapsedTimer timer;
        timer.start();
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { m_client->tokens({}, c, cb); });
        QVERIFY(r && *r);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void retryAfterBeyondLimitGivesUp()
    {
        auto client = makeClient([](ImxClientConfig &c) { c.retry.maxRetryAfterMs = 500; });
        addFault({{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                  {QStringLiteral("status"), 429},
                  {QStringLiteral("retry_after"), 30},
                  {QStringLiteral("times"), 1}});
        QElapsedTimer timer;
        timer.start();
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().httpStatus, 429);
        QVERIFY(timer.elapsed() < 5000);
    }

    // Timeouts abort a request the sandbox is still holding back. A delayed answer written after
    // the client went away crashes this sandbox build (SandboxServer::dispatch keeps a responder
    // whose socket is gone), so these tests use their own sandbox with a delay far longer than
    // the test: the pending answer is discarded with that sandbox, never written.
    void timeoutThenSucceeds()
    {
        SandboxFixture local;
        auto client = makeClient([&local](ImxClientConfig &c) {
            c.baseUrl = local.url(QStringLiteral("/imx"));
            c.timeoutMs = 200;
        });
        QCOMPARE(local
                     .postJson(QStringLiteral("/__sandbox/faults"),
                               {{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                                {QStringLiteral("latency_ms"), 60'000},
                                {QStringLiteral("times"), 1}})
                     .status,
                 200);
        QElapsedTimer timer;
        timer.start();
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(why(*r)));
        QVERIFY(timer.elapsed() >= 200);
    }

    void timeoutGivesUp()
    {
        SandboxFixture local;
        auto client = makeClient([&local](ImxClientConfig &c) {
            c.baseUrl = local.url(QStringLiteral("/imx"));
            c.timeoutMs = 150;
            c.retry.maxAttempts = 2;
        });
        QCOMPARE(local
                     .postJson(QStringLiteral("/__sandbox/faults"),
                               {{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                                {QStringLiteral("latency_ms"), 60'000}})
                     .status,
                 200);
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(r->error().attempts, 2);
        QVERIFY2(r->error().toString().contains(QStringLiteral("gave up after 2 attempts")),
                 qPrintable(r->error().toString()));
    }

    void contextDeathMidFlightDropsCallback()
    {
        SandboxFixture local;
        auto client =
            makeClient([&local](ImxClientConfig &c) { c.baseUrl = local.url(QStringLiteral("/imx")); });
        QCOMPARE(local
                     .postJson(QStringLiteral("/__sandbox/faults"),
                               {{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                                {QStringLiteral("latency_ms"), 60'000},
                                {QStringLiteral("times"), 1}})
                     .status,
                 200);
        bool fired = false;
        auto context = std::make_unique<QObject>();
        client->tokens({}, context.get(), [&fired](ApiResult<Page<TokenDetails>>) { fired = true; });
        QTest::qWait(100);
        context.reset();
        QTest::qWait(200);
        QVERIFY(!fired);
    }

    void givesUpAfterMaxAttempts()
    {
        auto client = makeClient([](ImxClientConfig &c) { c.retry.maxAttempts = 3; });
        addFault({{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("times"), 5}});
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(r->error().attempts, 3);
        QVERIFY2(r->error().toString().contains(QStringLiteral("gave up after 3 attempts")),
                 qPrintable(why(*r)));
        // Exactly three of the five faulted answers were consumed: two remain for the next reads.
        const QJsonArray faults =
            m_f->get(QStringLiteral("/__sandbox/faults")).object().value(QStringLiteral("faults")).toArray();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.first().toObject().value(QStringLiteral("times")).toInt(), 2);
    }

    void sizeCap()
    {
        auto client = makeClient([](ImxClientConfig &c) { c.maxResponseBytes = 64 * 1024; });
        addFault({{QStringLiteral("route"), QStringLiteral("imx.assets.list")},
                  {QStringLiteral("body"), QStringLiteral("huge")},
                  {QStringLiteral("huge_bytes"), 8 << 20},
                  {QStringLiteral("times"), 1}});
        const auto r = await<Page<Asset>>([&](QObject *c, auto cb) { client->assets({}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, ApiError::Kind::TooLarge);
        QCOMPARE(r->error().attempts, 1);
        // A small page fits under the same cap.
        AssetQuery small;
        small.list.pageSize = 5;
        const auto ok = await<Page<Asset>>([&](QObject *c, auto cb) { client->assets(small, c, cb); });
        QVERIFY(ok);
        QVERIFY2(*ok, qPrintable(why(*ok)));
    }

    void contextDeathDuringBackoffDropsCallback()
    {
        // Deterministic: the context dies from the client's retry observer, i.e. right after the
        // first 503 was answered and the back-off timer started, before the event loop runs again.
        auto context = std::make_unique<QObject>();
        QList<int> scheduled;
        QList<qint64> delays;
        auto client = makeClient([&](ImxClientConfig &c) {
            c.retry.baseDelayMs = 20;
            c.retry.jitter = 0;
            c.onRetryScheduled = [&](int nextAttempt, qint64 delayMs) {
                scheduled.append(nextAttempt);
                delays.append(delayMs);
                context.reset();
            };
        });
        addFault({{QStringLiteral("route"), QStringLiteral("imx.tokens.list")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("times"), 2}});
        bool fired = false;
        client->tokens({}, context.get(), [&fired](ApiResult<Page<TokenDetails>>) { fired = true; });
        QCOMPARE(client->children().size(), 1); // the pending request, which owns the back-off timer
        QTRY_VERIFY(!context);
        QCOMPARE(scheduled, QList<int>{2});
        QCOMPARE(delays, QList<qint64>{20});
        // The cancelled request is deleted with its timer, so no retry can be sent any more ...
        QTRY_COMPARE(client->children().size(), 0);
        // ... and none was: ten back-offs later the second fault is still unused.
        QTest::qWait(200);
        QVERIFY(!fired);
        QCOMPARE(scheduled, QList<int>{2});
        const QJsonArray faults =
            m_f->get(QStringLiteral("/__sandbox/faults")).object().value(QStringLiteral("faults")).toArray();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.first().toObject().value(QStringLiteral("times")).toInt(), 1);
    }

    void contextDeathBeforeSendDropsCallback()
    {
        bool fired = false;
        auto context = std::make_unique<QObject>();
        m_client->tokens({}, context.get(), [&fired](ApiResult<Page<TokenDetails>>) { fired = true; });
        context.reset();
        QTest::qWait(200);
        QVERIFY(!fired);
    }

    void callbackIsNeverSynchronous()
    {
        bool called = false;
        QObject alive;
        m_client->tokens({}, &alive, [&called](ApiResult<Page<TokenDetails>>) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void clientDeathDropsCallback()
    {
        auto client = makeClient();
        bool fired = false;
        QObject alive;
        client->tokens({}, &alive, [&fired](ApiResult<Page<TokenDetails>>) { fired = true; });
        client.reset();
        QTest::qWait(200);
        QVERIFY(!fired);
    }

    void baseUrlIsConfiguration()
    {
        auto client =
            makeClient([this](ImxClientConfig &c) { c.baseUrl = m_f->url(QStringLiteral("/imx/")); });
        const auto r = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(r && *r);
        auto wrong =
            makeClient([this](ImxClientConfig &c) { c.baseUrl = m_f->url(QStringLiteral("/nowhere")); });
        const auto e = await<Page<TokenDetails>>([&](QObject *c, auto cb) { wrong->tokens({}, c, cb); });
        QVERIFY(e && !*e);
        QCOMPARE(e->error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(e->error().httpStatus, 404);
    }

    void connectionRefusedIsNetworkError()
    {
        auto client = makeClient(
            [](ImxClientConfig &c) { c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/imx")); });
        const auto e = await<Page<TokenDetails>>([&](QObject *c, auto cb) { client->tokens({}, c, cb); });
        QVERIFY(e && !*e);
        QCOMPARE(e->error().kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestImxClient)
#include "tst_imx_client.moc"
