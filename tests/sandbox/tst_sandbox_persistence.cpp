// SPDX-License-Identifier: MIT
// --data DIR: a sandbox restarted on the same directory has exactly the state the first one left
// (world, payloads and their idempotent answers, vaults, Guardian, auth keys and tokens), bad
// database files are refused with a clear error, and without --data nothing touches the disk.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "WritesTestWorld.h"
#include "world/Persistence.h"
#include "world/Seed.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stardeck;
using test::HttpResult;
using test::SandboxFixture;
using test::TestAccount;
using test::WritesTestWorld;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers teeHeaders(const QString &idToken)
{
    return {{"Authorization", "Bearer " + idToken.toLatin1()},
            {"X-Magic-API-Key", "pk_live_10F423798A540ED7"},
            {"X-OIDC-Provider-ID", "aa80b860-8869-4f13-9000-6a6ad3d20017"},
            {"X-Magic-Chain", "ETH"}};
}

sandbox::SandboxOptions dataOptions(const QString &dir, int nfts = 40)
{
    sandbox::SandboxOptions options;
    options.nfts = nfts;
    options.dataDir = dir;
    return options;
}

//! Paths whose answers must be byte-identical before and after a restart.
QStringList comparedReads(const QString &demo, const QString &alice, const QString &l1, qint64 orderId,
                          const QString &nftPath)
{
    return {u"/__sandbox/state"_s,
            u"/__sandbox/writes"_s,
            u"/__sandbox/guardian/policy"_s,
            u"/auth/.well-known/jwks.json"_s,
            u"/imx/v2/balances/"_s + demo,
            u"/imx/v2/balances/"_s + alice,
            u"/imx/v2/balances/"_s + l1,
            u"/imx/v1/users/"_s + l1,
            u"/imx/v1/transfers?page_size=200"_s,
            u"/imx/v3/orders?page_size=200"_s,
            u"/imx/v3/trades?page_size=200"_s,
            u"/imx/v3/orders/"_s + QString::number(orderId),
            u"/imx/v1/assets?page_size=200&user="_s + alice,
            nftPath};
}

QString dec(const crypto::UInt256 &v)
{
    return QString::fromStdString(v.toDecimal());
}
QString spec(const sandbox::TokenSpec &t)
{
    return t.type + u'/' + t.tokenAddress + u'/' + t.tokenId;
}
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QString time(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs) + u'@' + QString::number(int(t.timeSpec()));
}

//! Every field of every world entity, one line each (the HTTP answers do not show them all).
QStringList dumpWorld(const sandbox::World &w)
{
    QStringList out;
    for (const auto &[k, t] : w.tokens)
        out << QStringList{u"token"_s,     k,
                           t.symbol,       t.name,
                           t.tokenAddress, QString::number(t.decimals),
                           dec(t.quantum), t.imageUrl}
                   .join(u'|');
    for (const auto &[k, c] : w.collections)
        out << QStringList{u"collection"_s,
                           k,
                           c.address,
                           c.name,
                           c.description,
                           c.iconUrl,
                           c.collectionImageUrl,
                           c.metadataApiUrl,
                           c.projectOwnerAddress,
                           QString::number(c.projectId),
                           json(c.metadataSchema),
                           time(c.createdAt),
                           time(c.updatedAt)}
                   .join(u'|');
    for (const auto &[k, a] : w.assets)
        out << QStringList{u"asset"_s,       k.first,           k.second,
                           a.tokenAddress,   a.tokenId,         a.internalId,
                           a.owner,          a.status,          a.uri,
                           a.name,           a.description,     a.imageUrl,
                           json(a.metadata), time(a.createdAt), time(a.updatedAt)}
                   .join(u'|');
    for (const auto &[k, u] : w.users)
        out << QStringList{u"user"_s,
                           k,
                           u.userId,
                           u.email,
                           u.ethAddress,
                           u.starkKey,
                           u.adminAddress,
                           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(u.adminKey.data()),
                                                          qsizetype(u.adminKey.size()))
                                                   .toHex()),
                           QString::number(u.registered),
                           time(u.createdAt)}
                   .join(u'|');
    for (const auto &[k, b] : w.balances)
        out << QStringList{u"balance"_s, k.first, k.second, dec(b)}.join(u'|');
    for (const auto &[k, o] : w.orders)
        out << QStringList{u"order"_s,
                           QString::number(k),
                           QString::number(o.orderId),
                           o.user,
                           o.status,
                           spec(o.sell),
                           spec(o.buy),
                           dec(o.amountSell),
                           dec(o.amountBuy),
                           dec(o.amountSold),
                           QString::number(o.expirationHours),
                           json(o.fees),
                           time(o.createdAt),
                           time(o.updatedAt)}
                   .join(u'|');
    for (const auto &[k, t] : w.trades)
        out << QStringList{u"trade"_s,
                           QString::number(k),
                           QString::number(t.orderIdA),
                           QString::number(t.orderIdB),
                           spec(t.tokenA),
                           spec(t.tokenB),
                           dec(t.soldA),
                           dec(t.soldB),
                           t.status,
                           time(t.timestamp)}
                   .join(u'|');
    for (const auto &[k, t] : w.transfers)
        out << QStringList{u"transfer"_s, QString::number(k), t.sender, t.receiver,
                           spec(t.token), dec(t.quantity),    t.status, time(t.timestamp)}
                   .join(u'|');
    for (const auto &[k, d] : w.deposits)
        out << QStringList{u"deposit"_s,    QString::number(k), d.user,           spec(d.token),
                           dec(d.quantity), d.status,           time(d.timestamp)}
                   .join(u'|');
    for (const auto &[k, x] : w.withdrawals)
        out << QStringList{u"withdrawal"_s,  QString::number(k),
                           x.sender,         spec(x.token),
                           dec(x.quantity),  x.status,
                           x.rollupStatus,   QString::number(x.withdrawnToWallet),
                           time(x.timestamp)}
                   .join(u'|');
    for (const auto &[k, m] : w.mints)
        out << QStringList{u"mint"_s, QString::number(k), m.user, spec(m.token), m.status, time(m.timestamp)}
                   .join(u'|');
    for (const auto &[k, e] : w.exchanges)
        out << QStringList{u"exchange"_s, QString::number(k), e.walletAddress,   e.provider,       e.type,
                           e.status,      json(e.data),       time(e.createdAt), time(e.updatedAt)}
                   .join(u'|');
    out << u"sequences|%1|%2|%3"_s.arg(w.nextOrderId).arg(w.nextTransactionId).arg(w.nextExchangeId);
    return out;
}

QString starkHex(const TestAccount &a)
{
    return QString::fromStdString(a.starkKey.toHex());
}

} // namespace

class TestSandboxPersistence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restartLosesNothing();
    void badDatabasesAreRefused();
    void withoutDataNothingIsWritten();
};

void TestSandboxPersistence::restartLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"state"_s); // created by the sandbox

    std::map<QString, QByteArray> before;
    QStringList worldBefore;
    QStringList paths;
    QJsonObject replayBody; // also names the vaults and the nonce the first transfer used
    qint64 transferId = 0;
    quint16 port = 0;
    QString accessToken, refreshToken, idToken, walletAddress, demoId, aliceId, l1Address, newbieId;
    crypto::SecureBytes newbieKey;
    {
        SandboxFixture f(dataOptions(data));
        port = quint16(f.sandbox().baseUrl().port());
        QVERIFY(QFile::exists(sandbox::Persistence::databasePath(data)));

        // Auth: a new user logs in (signing key, refresh-token family, browser session) and gets a
        // TEE wallet (a new admin key in the world).
        const QJsonObject tokens = test::loginTokens(f, u"newbie@example.test"_s);
        accessToken = tokens.value(u"access_token"_s).toString();
        refreshToken = tokens.value(u"refresh_token"_s).toString();
        idToken = tokens.value(u"id_token"_s).toString();
        QVERIFY(!accessToken.isEmpty() && !refreshToken.isEmpty() && !idToken.isEmpty());
        HttpResult r = f.post(u"/tee/v1/wallet"_s, {}, teeHeaders(idToken));
        QCOMPARE(r.status, 200);
        walletAddress = r.object().value(u"public_address"_s).toString();
        QVERIFY(!walletAddress.isEmpty());
        newbieId = test::jwtPart(idToken).value(u"sub"_s).toString();
        newbieKey = f.sandbox().world().users.at(newbieId).adminKey.clone();
        QCOMPARE(newbieKey.size(), std::size_t(32));

        WritesTestWorld w(f);
        QVERIFY(w.setGuardianPolicy(u"never"_s));
        sandbox::World &world = w.world();
        demoId = world.userByEmail(sandbox::seed::demoEmail)->userId;
        aliceId = world.userByEmail(u"alice@stardeck.test"_s)->userId;
        auto demo = w.adopt(demoId);
        auto alice = w.adopt(aliceId);

        // An L1 wallet registers over HTTP.
        TestAccount l1;
        l1.adminKey = WritesTestWorld::keyBytes(u"persist-l1-eth"_s);
        l1.ethAddress =
            QString::fromStdString(crypto::secp256k1::addressFromPrivateKey(l1.adminKey)->toLowerHex());
        l1.starkPrivateKey = WritesTestWorld::keyBytes(u"persist-l1-stark"_s);
        l1.starkKey = crypto::stark::publicKey(l1.starkPrivateKey)->x;
        l1Address = l1.ethAddress;
        r = f.postJson(u"/imx/v1/signable-registration-offchain"_s,
                       {{u"ether_key"_s, l1.ethAddress}, {u"stark_key"_s, starkHex(l1)}});
        QCOMPARE(r.status, 200);
        r = f.postJson(
            u"/imx/v1/users"_s,
            {{u"ether_key"_s, l1.ethAddress},
             {u"stark_key"_s, starkHex(l1)},
             {u"eth_signature"_s,
              WritesTestWorld::ethSign(l1.adminKey, r.object().value(u"signable_message"_s).toString())},
             {u"stark_signature"_s,
              WritesTestWorld::starkSign(l1, r.object().value(u"payload_hash"_s).toString())}});
        QCOMPARE(r.status, 200);

        // Transfers: ETH to alice and to the new account, one NFT to alice.
        const auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                         {{u"sender"_s, demo->ethAddress},
                                          {u"receiver"_s, alice->ethAddress},
                                          {u"amount"_s, u"10000000000000000"_s},
                                          {u"token"_s, WritesTestWorld::ethToken()}},
                                         WritesTestWorld::bearer(*demo));
        QCOMPARE(signable.status, 200);
        replayBody = WritesTestWorld::transferCreateBody(
            signable.object(),
            WritesTestWorld::starkSign(*demo, signable.object().value(u"payload_hash"_s).toString()));
        r = f.postJson(u"/imx/v1/transfers"_s, replayBody, WritesTestWorld::bearer(*demo));
        QCOMPARE(r.status, 200);
        transferId = r.object().value(u"transfer_id"_s).toInteger();
        QVERIFY(transferId > 0);
        QCOMPARE(w.transfer(*demo, l1, WritesTestWorld::ethToken(), u"20000000000000000"_s).status, 200);
        const sandbox::AssetRecord *owned = nullptr;
        const sandbox::AssetRecord *listed = nullptr;
        for (const auto &[key, asset] : world.assets) {
            if (asset.owner == demo->ethAddress && asset.status == u"imx"_s) {
                if (!owned)
                    owned = &asset;
                else if (!listed)
                    listed = &asset;
            }
        }
        QVERIFY(owned && listed);
        const auto nft = [](const sandbox::AssetRecord &a) {
            return QJsonObject{
                {u"type"_s, u"ERC721"_s},
                {u"data"_s, QJsonObject{{u"token_address"_s, a.tokenAddress}, {u"token_id"_s, a.tokenId}}}};
        };
        QCOMPARE(w.transfer(*demo, *alice, nft(*owned), u"1"_s).status, 200);
        QCOMPARE(owned->owner, alice->ethAddress);

        // Orders: demo lists an NFT and alice buys it; a second listing is cancelled.
        const auto listAndCreate = [&](const sandbox::AssetRecord &asset) -> qint64 {
            const auto s = f.postJson(u"/imx/v3/signable-order-details"_s,
                                      {{u"user"_s, demo->ethAddress},
                                       {u"amount_sell"_s, u"1"_s},
                                       {u"token_sell"_s, nft(asset)},
                                       {u"amount_buy"_s, u"1000000000000000"_s},
                                       {u"token_buy"_s, WritesTestWorld::ethToken()}},
                                      WritesTestWorld::bearer(*demo));
            if (s.status != 200)
                return 0;
            const auto created = f.postJson(
                u"/imx/v3/orders"_s,
                WritesTestWorld::orderCreateBody(
                    s.object(),
                    WritesTestWorld::starkSign(*demo, s.object().value(u"payload_hash"_s).toString())),
                WritesTestWorld::bearer(*demo));
            return created.status == 200 ? created.object().value(u"order_id"_s).toInteger() : 0;
        };
        const qint64 sold = listAndCreate(*listed);
        QVERIFY(sold > 0);
        r = f.postJson(u"/imx/v3/signable-trade-details"_s,
                       {{u"order_id"_s, sold}, {u"user"_s, alice->ethAddress}},
                       WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QJsonObject trade = WritesTestWorld::orderCreateBody(
            r.object(), WritesTestWorld::starkSign(*alice, r.object().value(u"payload_hash"_s).toString()));
        trade.insert(u"order_id"_s, sold);
        r = f.postJson(u"/imx/v3/trades"_s, trade, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QCOMPARE(world.orders.at(sold).status, u"filled"_s);
        QCOMPARE(listed->owner, alice->ethAddress);

        const sandbox::AssetRecord *third = nullptr;
        for (const auto &[key, asset] : world.assets) {
            if (asset.owner == demo->ethAddress && asset.status == u"imx"_s && &asset != owned &&
                &asset != listed)
                third = &asset;
        }
        QVERIFY(third);
        const qint64 cancelled = listAndCreate(*third);
        QVERIFY(cancelled > 0);
        r = f.postJson(u"/imx/v3/signable-cancel-order-details"_s, {{u"order_id"_s, cancelled}},
                       WritesTestWorld::bearer(*demo));
        QCOMPARE(r.status, 200);
        const QByteArray cancelBody =
            QJsonDocument(QJsonObject{{u"order_id"_s, cancelled},
                                      {u"stark_signature"_s,
                                       WritesTestWorld::starkSign(
                                           *demo, r.object().value(u"payload_hash"_s).toString())}})
                .toJson(QJsonDocument::Compact);
        r = f.send("DELETE", u"/imx/v3/orders/"_s + QString::number(cancelled), cancelBody,
                   WritesTestWorld::bearer(*demo));
        QCOMPARE(r.status, 200);
        QCOMPARE(world.orders.at(cancelled).status, u"cancelled"_s);

        // Guardian: a policy that is not the default, and a record for a pending transfer.
        r = f.postJson(u"/__sandbox/guardian/policy"_s,
                       {{u"mode"_s, u"default"_s}, {u"transfer_threshold"_s, u"0.005"_s}});
        QCOMPARE(r.status, 200);
        const auto pending = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                        {{u"sender"_s, demo->ethAddress},
                                         {u"receiver"_s, alice->ethAddress},
                                         {u"amount"_s, u"30000000000000000"_s},
                                         {u"token"_s, WritesTestWorld::ethToken()}},
                                        WritesTestWorld::bearer(*demo));
        QCOMPARE(pending.status, 200);
        paths = comparedReads(demo->ethAddress, alice->ethAddress, l1.ethAddress, sold,
                              u"/imx/v1/assets/"_s + listed->tokenAddress + u'/' + listed->tokenId);
        paths << u"/mr/guardian/v1/transactions/0x"_s + pending.object().value(u"payload_hash"_s).toString() +
                     u"?chainType=starkex"_s;
        for (const QString &path : paths) {
            const HttpResult read =
                f.get(path, path.startsWith(u"/mr/"_s) ? WritesTestWorld::bearer(*demo) : Headers{});
            QVERIFY2(read.status == 200, qPrintable(path + u": "_s + QString::number(read.status)));
            before[path] = read.body;
        }
        worldBefore = dumpWorld(world);
    }

    // A restart on the same directory and address (tokens name their issuer URL, image links the
    // port): the saved world is loaded, not seeded again (here with other --nfts).
    sandbox::SandboxOptions again = dataOptions(data, 5);
    again.port = port;
    SandboxFixture g(again);
    QVERIFY(g.sandbox().world().assets.size() > 5);
    // The auth service's tokens work: the old access token still verifies under the saved key.
    HttpResult r = g.get(u"/auth/userinfo"_s, {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"email"_s).toString(), u"newbie@example.test"_s);
    r = g.post(u"/tee/v1/wallet"_s, {}, teeHeaders(idToken));
    QCOMPARE(r.status, 200); // the wallet exists already, with the same key
    QCOMPARE(r.object().value(u"public_address"_s).toString(), walletAddress);
    const crypto::SecureBytes &savedKey = g.sandbox().world().users.at(newbieId).adminKey;
    QVERIFY(savedKey.size() == newbieKey.size() &&
            std::equal(savedKey.data(), savedKey.data() + savedKey.size(), newbieKey.data()));

    const QStringList worldAfter = dumpWorld(g.sandbox().world());
    QCOMPARE(worldAfter.size(), worldBefore.size());
    for (qsizetype i = 0; i < worldAfter.size(); ++i)
        QCOMPARE(worldAfter[i], worldBefore[i]);

    WritesTestWorld w(g);
    auto demo = w.adopt(demoId);
    for (const QString &path : paths) {
        const HttpResult read =
            g.get(path, path.startsWith(u"/mr/"_s) ? WritesTestWorld::bearer(*demo) : Headers{});
        QCOMPARE(read.status, 200);
        if (read.body != before[path])
            QFAIL(qPrintable(u"%1 differs after the restart:\n%2\n%3"_s.arg(
                path, QString::fromUtf8(before[path]), QString::fromUtf8(read.body))));
    }

    // An already executed create is still recognised: same answer, no second move.
    const QJsonObject writesBefore = g.get(u"/__sandbox/writes"_s).object();
    const QByteArray stateBefore = g.get(u"/__sandbox/state"_s).body;
    r = g.postJson(u"/imx/v1/transfers"_s, replayBody, WritesTestWorld::bearer(*demo));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"transfer_id"_s).toInteger(), transferId);
    QCOMPARE(g.get(u"/__sandbox/state"_s).body, stateBefore);
    const QJsonObject writesAfter = g.get(u"/__sandbox/writes"_s).object();
    QCOMPARE(writesAfter, [&] {
        QJsonObject expected = writesBefore;
        QJsonObject signables = expected.value(u"signables"_s).toObject();
        signables[u"replayed"_s] = signables.value(u"replayed"_s).toInteger() + 1;
        expected[u"signables"_s] = signables;
        return expected;
    }());

    // New work continues the saved sequences and uses the saved vaults.
    auto alice = w.adopt(aliceId);
    QVERIFY(w.setGuardianPolicy(u"never"_s));
    r = g.postJson(u"/imx/v1/signable-transfer-details"_s,
                   {{u"sender"_s, demo->ethAddress},
                    {u"receiver"_s, alice->ethAddress},
                    {u"amount"_s, u"10000000000000000"_s},
                    {u"token"_s, WritesTestWorld::ethToken()}},
                   WritesTestWorld::bearer(*demo));
    QCOMPARE(r.status, 200);
    for (const auto *field : {"sender_vault_id", "receiver_vault_id", "asset_id"})
        QCOMPARE(r.object().value(QLatin1String(field)), replayBody.value(QLatin1String(field)));
    QVERIFY(r.object().value(u"nonce"_s).toInteger() > replayBody.value(u"nonce"_s).toInteger());
    r = w.transfer(*demo, *alice, WritesTestWorld::ethToken(), u"10000000000000000"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(u"transfer_id"_s).toInteger() > transferId);

    // The refresh-token family survives: the saved token rotates once, and its reuse is caught.
    const auto refresh = [&] {
        return g.post(u"/auth/oauth/token"_s,
                      test::formBody({{u"grant_type"_s, u"refresh_token"_s},
                                      {u"client_id"_s, test::kClientId},
                                      {u"refresh_token"_s, refreshToken}}),
                      {}, test::kForm);
    };
    r = refresh();
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(u"access_token"_s).toString().isEmpty());
    r = refresh();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestSandboxPersistence::badDatabasesAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto startError = [](const QString &dataDir) {
        sandbox::Sandbox s(dataOptions(dataDir, 5));
        QString error;
        return s.start(&error) ? QString() : error;
    };

    // Not SQLite at all.
    const QString corrupt = dir.filePath(u"corrupt"_s);
    QVERIFY(QDir().mkpath(corrupt));
    {
        QFile file(sandbox::Persistence::databasePath(corrupt));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    QString error = startError(corrupt);
    QVERIFY2(error.contains(u"not a usable stardeck-sandbox database"_s), qPrintable(error));

    // A database of some other program.
    const QString foreign = dir.filePath(u"foreign"_s);
    QVERIFY(QDir().mkpath(foreign));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(sandbox::Persistence::databasePath(foreign));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE notes (text TEXT)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    error = startError(foreign);
    QVERIFY2(error.contains(u"not a stardeck-sandbox database"_s), qPrintable(error));

    // Ours, but a damaged record: refused, not silently reset.
    const QString damaged = dir.filePath(u"damaged"_s);
    QVERIFY(startError(damaged).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damaged"_s);
        db.setDatabaseName(sandbox::Persistence::databasePath(damaged));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE record SET value = X'0102' WHERE kind = 'transfer'"_s));
        QVERIFY(q.numRowsAffected() > 0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damaged"_s);
    error = startError(damaged);
    QVERIFY2(error.contains(u"damaged"_s) && error.contains(u"transfer"_s), qPrintable(error));

    // Written by a later version.
    const QString newer = dir.filePath(u"newer"_s);
    QVERIFY(startError(newer).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(sandbox::Persistence::databasePath(newer));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE schema_version SET version = 2"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    error = startError(newer);
    QVERIFY2(error.contains(u"schema version 2"_s), qPrintable(error));

    // A path that cannot be a directory, and a directory another sandbox is using.
    const QString file = dir.filePath(u"plain-file"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    error = startError(file);
    QVERIFY2(error.contains(u"cannot create the directory"_s), qPrintable(error));
    const QString shared = dir.filePath(u"shared"_s);
    sandbox::Sandbox first(dataOptions(shared, 5));
    QVERIFY(first.start());
    error = startError(shared);
    QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
}

void TestSandboxPersistence::withoutDataNothingIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    {
        sandbox::SandboxOptions options;
        options.nfts = 5;
        SandboxFixture f(options);
        WritesTestWorld w(f);
        QVERIFY(w.setGuardianPolicy(u"never"_s));
        auto demo = w.adopt(w.world().userByEmail(sandbox::seed::demoEmail)->userId);
        auto alice = w.adopt(w.world().userByEmail(u"alice@stardeck.test"_s)->userId);
        QCOMPARE(w.transfer(*demo, *alice, WritesTestWorld::ethToken(), u"10000000000000000"_s).status, 200);
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // no database was ever opened
    }
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
