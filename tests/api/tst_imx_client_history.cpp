// SPDX-License-Identifier: MIT
// ImxClient's history reads (deposits, withdrawals, mints, exchanges) against an in-process
// sandbox with its seeded demo world: every value is checked against the sandbox's own world
// state; filters, pagination and streaming; a mint created through the admin API shows up.

#include "ApiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ImxClient.h"
#include "world/Seed.h"

#include <QJsonObject>
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

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

//! What a stream delivered: ids in order of arrival, pages, and how it ended.
struct StreamResult {
    QList<qint64> ids;
    int pages = 0;
    std::optional<ApiResult<qint64>> done;
    bool duplicate() const { return QSet<qint64>(ids.cbegin(), ids.cend()).size() != ids.size(); }
};

//! Runs a stream* call to its end; `idOf` names each item.
template <class T, class Start, class IdOf>
StreamResult runStream(Start start, IdOf idOf)
{
    StreamResult out;
    QObject context;
    start(
        &context,
        [&out, idOf](const Page<T> &page) {
            ++out.pages;
            for (const T &item : page.items)
                out.ids.append(idOf(item));
            return true;
        },
        [&out](ApiResult<qint64> r) { out.done.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.done.has_value(); }, 20'000);
    return out;
}

} // namespace

class TestImxClientHistory : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_f;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ImxClient> m_client;
    QString m_demo;

    sandbox::World &world() { return m_f->sandbox().world(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<SandboxFixture>();
        const sandbox::UserRecord *demo = world().userByEmail(sandbox::seed::demoEmail);
        QVERIFY(demo);
        m_demo = demo->ethAddress;
        // The seed promises history of every kind; the tests below compare against it.
        QVERIFY(!world().deposits.empty() && !world().withdrawals.empty());
        QVERIFY(!world().mints.empty() && !world().exchanges.empty());
        ImxClientConfig config;
        config.baseUrl = m_f->url(QStringLiteral("/imx"));
        config.timeoutMs = 5000;
        m_client = std::make_unique<ImxClient>(config, &m_nam);
    }

    void depositsOfUser()
    {
        qsizetype expected = 0;
        for (const auto &[id, d] : world().deposits)
            expected += sameAddress(d.user, m_demo);
        QVERIFY(expected > 0);
        ListQuery query;
        query.filters = {{QStringLiteral("user"), m_demo}};
        const auto list =
            await<Page<Deposit>>([&](QObject *c, auto cb) { m_client->deposits(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QCOMPARE(qsizetype((*list)->items.size()), expected);
        QVERIFY(!(*list)->hasMore);
        for (const Deposit &d : (*list)->items) {
            const sandbox::DepositRecord &record = world().deposits.at(d.transactionId);
            QVERIFY(sameAddress(d.user, m_demo));
            QCOMPARE(d.token.quantity, record.quantity);
            QCOMPARE(d.token.type, record.token.type);
            QCOMPARE(d.status, record.status);
        }

        const Deposit &first = (*list)->items.front();
        const auto one =
            await<Deposit>([&](QObject *c, auto cb) { m_client->deposit(first.transactionId, c, cb); });
        QVERIFY(one);
        QVERIFY2(*one, qPrintable(why(*one)));
        QCOMPARE((*one)->transactionId, first.transactionId);
        QCOMPARE((*one)->token.quantity, world().deposits.at(first.transactionId).quantity);
        QCOMPARE((*one)->timestamp, first.timestamp);
    }

    void depositsFilteredByTokenType()
    {
        qsizetype expected = 0;
        for (const auto &[id, d] : world().deposits)
            expected += d.token.type == QLatin1String("ERC20");
        ListQuery query;
        query.pageSize = 200;
        query.filters = {{QStringLiteral("token_type"), QStringLiteral("ERC20")}};
        const auto list =
            await<Page<Deposit>>([&](QObject *c, auto cb) { m_client->deposits(query, c, cb); });
        QVERIFY(list && *list);
        QCOMPARE(qsizetype((*list)->items.size()), expected);
        for (const Deposit &d : (*list)->items)
            QCOMPARE(d.token.type, QStringLiteral("ERC20"));
    }

    void streamAllDeposits()
    {
        ListQuery query;
        query.pageSize = 4;
        const auto s = runStream<Deposit>(
            [&](QObject *c, auto onPage, auto done) { m_client->streamDeposits(query, c, onPage, done); },
            [](const Deposit &d) { return qint64(d.transactionId); });
        QVERIFY(s.done);
        QVERIFY2(*s.done, qPrintable(why(*s.done)));
        const qsizetype expected = qsizetype(world().deposits.size());
        QVERIFY(expected > 2 * query.pageSize);
        QCOMPARE(s.ids.size(), expected);
        QCOMPARE(s.done->value(), qint64(expected));
        QVERIFY(!s.duplicate());
        QCOMPARE(s.pages, int((expected + query.pageSize - 1) / query.pageSize));
    }

    void withdrawals()
    {
        qsizetype expected = 0;
        qsizetype toWallet = 0;
        for (const auto &[id, w] : world().withdrawals) {
            expected += sameAddress(w.sender, m_demo);
            toWallet += sameAddress(w.sender, m_demo) && w.withdrawnToWallet;
        }
        QVERIFY(expected > 0);
        ListQuery query;
        query.filters = {{QStringLiteral("user"), m_demo}};
        const auto list =
            await<Page<Withdrawal>>([&](QObject *c, auto cb) { m_client->withdrawals(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QCOMPARE(qsizetype((*list)->items.size()), expected);
        for (const Withdrawal &w : (*list)->items) {
            const sandbox::WithdrawalRecord &record = world().withdrawals.at(w.transactionId);
            QVERIFY(sameAddress(w.sender, m_demo));
            QCOMPARE(w.token.quantity, record.quantity);
            QCOMPARE(w.rollupStatus, record.rollupStatus);
            QCOMPARE(w.withdrawnToWallet, record.withdrawnToWallet);
        }

        query.filters.append({QStringLiteral("withdrawn_to_wallet"), QStringLiteral("true")});
        const auto filtered =
            await<Page<Withdrawal>>([&](QObject *c, auto cb) { m_client->withdrawals(query, c, cb); });
        QVERIFY(filtered && *filtered);
        QCOMPARE(qsizetype((*filtered)->items.size()), toWallet);

        const qint64 id = (*list)->items.back().transactionId;
        const auto one = await<Withdrawal>([&](QObject *c, auto cb) { m_client->withdrawal(id, c, cb); });
        QVERIFY(one);
        QVERIFY2(*one, qPrintable(why(*one)));
        QCOMPARE((*one)->transactionId, id);
        QCOMPARE((*one)->token.quantity, world().withdrawals.at(id).quantity);
        QVERIFY(sameAddress((*one)->sender, world().withdrawals.at(id).sender));

        ListQuery all;
        all.pageSize = 1;
        const auto s = runStream<Withdrawal>(
            [&](QObject *c, auto onPage, auto done) { m_client->streamWithdrawals(all, c, onPage, done); },
            [](const Withdrawal &w) { return qint64(w.transactionId); });
        QVERIFY(s.done && *s.done);
        QCOMPARE(s.ids.size(), qsizetype(world().withdrawals.size()));
        QVERIFY(!s.duplicate());
    }

    void mintsPaginateAndStream()
    {
        ListQuery query;
        query.pageSize = 5;
        const auto first = await<Page<Mint>>([&](QObject *c, auto cb) { m_client->mints(query, c, cb); });
        QVERIFY(first);
        QVERIFY2(*first, qPrintable(why(*first)));
        QCOMPARE((*first)->items.size(), std::size_t(5));
        QVERIFY((*first)->hasMore && !(*first)->cursor.isEmpty());
        query.cursor = (*first)->cursor;
        const auto second = await<Page<Mint>>([&](QObject *c, auto cb) { m_client->mints(query, c, cb); });
        QVERIFY(second && *second);
        for (const Mint &a : (*first)->items) {
            for (const Mint &b : (*second)->items)
                QVERIFY(a.transactionId != b.transactionId);
        }

        const Mint &m = (*first)->items.front();
        const sandbox::MintRecord &record = world().mints.at(m.transactionId);
        QVERIFY(sameAddress(m.user, record.user));
        QCOMPARE(m.token.tokenId, std::optional<QString>(record.token.tokenId));
        QCOMPARE(m.token.quantity, UInt256(1));
        QVERIFY(!m.fees.empty()); // the seed's collections all carry a royalty

        qsizetype expected = 0;
        for (const auto &[id, x] : world().mints)
            expected += sameAddress(x.user, m_demo);
        ListQuery mine;
        mine.pageSize = 20;
        mine.filters = {{QStringLiteral("user"), m_demo}};
        const auto s = runStream<Mint>(
            [&](QObject *c, auto onPage, auto done) { m_client->streamMints(mine, c, onPage, done); },
            [](const Mint &x) { return qint64(x.transactionId); });
        QVERIFY(s.done);
        QVERIFY2(*s.done, qPrintable(why(*s.done)));
        QVERIFY(expected > mine.pageSize);
        QCOMPARE(s.ids.size(), expected);
        QVERIFY(!s.duplicate());
    }

    void mintCreatedThroughAdminApi()
    {
        const sandbox::UserRecord *bob = world().userByEmail(QStringLiteral("bob@stardeck.test"));
        QVERIFY(bob);
        const QString collection = world().collections.begin()->first;
        const auto created =
            m_f->postJson(QStringLiteral("/__sandbox/mint"), {{QStringLiteral("address"), bob->ethAddress},
                                                              {QStringLiteral("token_address"), collection}});
        QCOMPARE(created.status, 200);
        const qint64 mintId = created.object().value(QStringLiteral("mint_id")).toInteger();
        const QString tokenId = created.object().value(QStringLiteral("token_id")).toString();
        QVERIFY(mintId > 0 && !tokenId.isEmpty());

        const auto one =
            await<std::vector<Mint>>([&](QObject *c, auto cb) { m_client->mint(mintId, c, cb); });
        QVERIFY(one);
        QVERIFY2(*one, qPrintable(why(*one)));
        QCOMPARE((*one)->size(), std::size_t(1));
        const Mint &m = (*one)->front();
        QCOMPARE(m.transactionId, mintId);
        QVERIFY(sameAddress(m.user, bob->ethAddress));
        QCOMPARE(m.token.type, QStringLiteral("ERC721"));
        QCOMPARE(m.token.tokenId, std::optional<QString>(tokenId));
        QVERIFY(sameAddress(m.token.tokenAddress.value_or(QString()), collection));

        ListQuery query;
        query.filters = {{QStringLiteral("user"), bob->ethAddress},
                         {QStringLiteral("token_address"), collection},
                         {QStringLiteral("token_id"), tokenId}};
        const auto list = await<Page<Mint>>([&](QObject *c, auto cb) { m_client->mints(query, c, cb); });
        QVERIFY(list && *list);
        QCOMPARE((*list)->items.size(), std::size_t(1));
        QCOMPARE((*list)->items.front().transactionId, mintId);
    }

    void exchanges()
    {
        qsizetype expected = 0;
        qsizetype completed = 0;
        for (const auto &[id, x] : world().exchanges) {
            expected += sameAddress(x.walletAddress, m_demo);
            completed += sameAddress(x.walletAddress, m_demo) && x.status == QLatin1String("completed");
        }
        QVERIFY(expected > 0);
        ListQuery query;
        query.filters = {{QStringLiteral("wallet_address"), m_demo}};
        const auto list =
            await<Page<Exchange>>([&](QObject *c, auto cb) { m_client->exchanges(query, c, cb); });
        QVERIFY(list);
        QVERIFY2(*list, qPrintable(why(*list)));
        QCOMPARE(qsizetype((*list)->items.size()), expected);
        for (const Exchange &x : (*list)->items) {
            QVERIFY(x.id);
            const sandbox::ExchangeRecord &record = world().exchanges.at(*x.id);
            QVERIFY(sameAddress(x.walletAddress.value_or(QString()), m_demo));
            QCOMPARE(x.status, std::optional<QString>(record.status));
            QCOMPARE(x.provider, std::optional<QString>(record.provider));
            QCOMPARE(x.type, std::optional<QString>(record.type));
            QVERIFY(x.data);
            QCOMPARE(x.data->fromAmount,
                     std::optional<double>(record.data.value(QStringLiteral("from_amount")).toDouble()));
            QCOMPARE(x.data->toCurrency,
                     std::optional<QString>(record.data.value(QStringLiteral("to_currency")).toString()));
        }

        query.filters.append({QStringLiteral("status"), QStringLiteral("completed")});
        const auto filtered =
            await<Page<Exchange>>([&](QObject *c, auto cb) { m_client->exchanges(query, c, cb); });
        QVERIFY(filtered && *filtered);
        QCOMPARE(qsizetype((*filtered)->items.size()), completed);

        const qint64 id = *(*list)->items.front().id;
        const auto one = await<Exchange>([&](QObject *c, auto cb) { m_client->exchange(id, c, cb); });
        QVERIFY(one);
        QVERIFY2(*one, qPrintable(why(*one)));
        QCOMPARE((*one)->id, std::optional<std::int64_t>(id));
        QCOMPARE((*one)->status, std::optional<QString>(world().exchanges.at(id).status));

        ListQuery all;
        all.pageSize = 1;
        const auto s = runStream<Exchange>(
            [&](QObject *c, auto onPage, auto done) { m_client->streamExchanges(all, c, onPage, done); },
            [](const Exchange &x) { return qint64(x.id.value_or(-1)); });
        QVERIFY(s.done);
        QVERIFY2(*s.done, qPrintable(why(*s.done)));
        QCOMPARE(s.ids.size(), qsizetype(world().exchanges.size()));
        QVERIFY(!s.duplicate() && !s.ids.contains(-1));
    }

    void unknownIdsAre404()
    {
        const qint64 missing = 999'999'999;
        const auto d = await<Deposit>([&](QObject *c, auto cb) { m_client->deposit(missing, c, cb); });
        const auto w = await<Withdrawal>([&](QObject *c, auto cb) { m_client->withdrawal(missing, c, cb); });
        const auto m = await<std::vector<Mint>>([&](QObject *c, auto cb) { m_client->mint(missing, c, cb); });
        const auto x = await<Exchange>([&](QObject *c, auto cb) { m_client->exchange(missing, c, cb); });
        QVERIFY(d && w && m && x);
        QVERIFY(!*d && !*w && !*m && !*x);
        for (const ApiError &e : {d->error(), w->error(), m->error(), x->error()}) {
            QCOMPARE(e.kind, ApiError::Kind::HttpStatus);
            QCOMPARE(e.httpStatus, 404);
            QVERIFY(!e.code.isEmpty());
        }
        QCOMPARE(m->error().code, QStringLiteral("mint_not_found"));
    }

    void malformedHistoryBodyIsDecodeError()
    {
        QCOMPARE(m_f->postJson(QStringLiteral("/__sandbox/faults"),
                               {{QStringLiteral("route"), QStringLiteral("imx.withdrawals.list")},
                                {QStringLiteral("body"), QStringLiteral("truncated")},
                                {QStringLiteral("times"), 1}})
                     .status,
                 200);
        const auto r =
            await<Page<Withdrawal>>([&](QObject *c, auto cb) { m_client->withdrawals({}, c, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, ApiError::Kind::Decode);
    }
};

QTEST_GUILESS_MAIN(TestImxClientHistory)
#include "tst_imx_client_history.moc"
