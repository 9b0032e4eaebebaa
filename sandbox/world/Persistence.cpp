// SPDX-License-Identifier: MIT
#include "world/Persistence.h"

#include "services/AuthService.h"
#include "services/GuardianLedger.h"
#include "services/SignableStore.h"
#include "services/VaultRegistry.h"
#include "world/RecordCodec.h"
#include "world/World.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <openssl/crypto.h>

#include <array>
#include <iterator>
#include <limits>
#include <map>
#include <set>

namespace stardeck::sandbox {

using namespace recordcodec;

namespace {

constexpr int kSchemaVersion = 1;
constexpr qint64 kApplicationId = 0x53444b53; // "SDKS": marks the file as a stardeck-sandbox store

// Record kinds (the `kind` column).
constexpr const char *kToken = "token";
constexpr const char *kCollection = "collection";
constexpr const char *kAsset = "asset";
constexpr const char *kUser = "user";
constexpr const char *kBalance = "balance";
constexpr const char *kOrder = "order";
constexpr const char *kTrade = "trade";
constexpr const char *kTransfer = "transfer";
constexpr const char *kDeposit = "deposit";
constexpr const char *kWithdrawal = "withdrawal";
constexpr const char *kMint = "mint";
constexpr const char *kExchange = "exchange";
constexpr const char *kSignable = "signable";
constexpr const char *kVault = "vault";
constexpr const char *kGuardian = "guardian";
constexpr const char *kRefreshToken = "refresh_token";
constexpr const char *kRevokedFamily = "revoked_family";
constexpr const char *kSession = "browser_session";
constexpr const char *kMeta = "meta";
// Keys of kMeta records.
const QByteArray kWorldSequences = "world.sequences";
const QByteArray kSignablesState = "signables.state";
const QByteArray kVaultsState = "vaults.state";
const QByteArray kGuardianState = "guardian.state";
const QByteArray kAuthSigningKey = "auth.signing_key";

UserRecord copyUser(const UserRecord &u)
{
    UserRecord copy;
    copy.userId = u.userId;
    copy.email = u.email;
    copy.ethAddress = u.ethAddress;
    copy.starkKey = u.starkKey;
    copy.adminAddress = u.adminAddress;
    copy.adminKey = u.adminKey.clone();
    copy.registered = u.registered;
    copy.createdAt = u.createdAt;
    return copy;
}

bool sameUser(const UserRecord &a, const UserRecord &b)
{
    return a.userId == b.userId && a.email == b.email && a.ethAddress == b.ethAddress &&
           a.starkKey == b.starkKey && a.adminAddress == b.adminAddress && a.registered == b.registered &&
           a.createdAt == b.createdAt && a.adminKey.size() == b.adminKey.size() &&
           (a.adminKey.empty() ||
            CRYPTO_memcmp(a.adminKey.data(), b.adminKey.data(), a.adminKey.size()) == 0);
}

//! Walks two maps in key order: calls changed(key, live value) for keys that are new or differ
//! and removed(key) for keys only in the shadow.
template <class K, class V, class S, class Same, class Changed, class Removed>
void diffMaps(const std::map<K, V> &live, const std::map<K, S> &shadow, Same same, Changed changed,
              Removed removed)
{
    auto l = live.begin();
    auto s = shadow.begin();
    while (l != live.end() || s != shadow.end()) {
        if (s == shadow.end() || (l != live.end() && l->first < s->first)) {
            changed(l->first, l->second);
            ++l;
        } else if (l == live.end() || s->first < l->first) {
            removed(s->first);
            ++s;
        } else {
            if (!same(l->second, s->second))
                changed(l->first, l->second);
            ++l;
            ++s;
        }
    }
}

struct ExchangeState {
    QString status;
    QJsonObject data;
    QDateTime updatedAt;
    bool operator==(const ExchangeState &) const = default;
};
ExchangeState exchangeState(const ExchangeRecord &e)
{
    return {e.status, e.data, e.updatedAt};
}

//! The part of an append-only history already saved.
struct Watermark {
    qint64 lastId = std::numeric_limits<qint64>::min();
    std::size_t count = 0;
};

} // namespace

// One row to write (or delete) in the next transaction.
struct Persistence::Write {
    const char *kind;
    QByteArray key;
    QByteArray value;
    bool remove = false;
    bool secret = false; //!< wiped once written
};

struct Persistence::Db {
    QString connectionName;
    QSqlDatabase db;
    std::unique_ptr<QSqlQuery> upsert;
    std::unique_ptr<QSqlQuery> erase;
};

// The last saved copy of what flush() compares, and the saved part of the histories.
struct Persistence::Shadow {
    std::map<QString, UserRecord> users;
    std::map<std::pair<QString, QString>, UInt256> balances;
    std::map<qint64, ExchangeState> exchanges;
    Watermark orders, transfers, trades, deposits, withdrawals, mints;
    std::size_t tokens = 0, collections = 0, assets = 0;
    std::array<qint64, 3> sequences{};
    QByteArray signablesState, vaultsState, guardianState;
    QHash<QByteArray, AuthService::RefreshToken> refreshTokens;
    QHash<QString, bool> revokedFamilies;
    QHash<QByteArray, QString> browserSessions;
    bool signingKeySaved = false;
};

Persistence::Persistence(Parts parts) : m_parts(parts), m_shadow(std::make_unique<Shadow>()) {}

Persistence::~Persistence()
{
    if (m_ready)
        flush(); // changes made outside a request (tests edit the world directly)
    setTracking(false);
    if (!m_db)
        return;
    const QString name = m_db->connectionName;
    m_db->upsert.reset();
    m_db->erase.reset();
    m_db->db.close();
    m_db.reset(); // the last QSqlDatabase handle must be gone before removeDatabase
    QSqlDatabase::removeDatabase(name);
}

QString Persistence::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("sandbox.sqlite"));
}

void Persistence::setTracking(bool on) const
{
    if (m_parts.signables)
        m_parts.signables->m_trackChanges = on;
    if (m_parts.vaults)
        m_parts.vaults->m_trackChanges = on;
    if (m_parts.guardian)
        m_parts.guardian->m_trackChanges = on;
}

bool Persistence::open(const QString &dir, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isDir())
        return fail(QStringLiteral("--data %1: cannot create the directory").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return fail(QStringLiteral("--data %1: the directory is not writable").arg(dir));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("--data needs Qt's SQLite driver (Debian package libqt6sql6-sqlite)"));

    // One sandbox per directory: two writers would each overwrite the other's changes.
    auto lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("sandbox.lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(
            QStringLiteral("--data %1: in use by another stardeck-sandbox (pid %2)").arg(dir).arg(pid));
    }

    const QString path = databasePath(dir);
    auto db = std::make_unique<Db>();
    db->connectionName = QStringLiteral("stardeck-sandbox-%1").arg(quintptr(this), 0, 16);
    db->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->connectionName);
    db->db.setDatabaseName(path);
    m_db = std::move(db); // from here the destructor removes the connection
    QSqlDatabase &sql = m_db->db;
    if (!sql.open())
        return fail(QStringLiteral("--data %1: cannot open %2: %3").arg(dir, path, sql.lastError().text()));

    QSqlQuery q(sql);
    const auto run = [&q](const QString &statement) { return q.exec(statement); };
    const auto damaged = [&](const QString &what) {
        return fail(QStringLiteral("%1 is not a usable stardeck-sandbox database (%2: %3); move it away or "
                                   "choose another --data directory")
                        .arg(path, what, q.lastError().text()));
    };
    // The first read of a file that is not SQLite fails here ("file is not a database").
    if (!run(QStringLiteral("PRAGMA application_id")) || !q.next())
        return damaged(QStringLiteral("cannot read its header"));
    const qint64 applicationId = q.value(0).toLongLong();
    if (!run(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return damaged(QStringLiteral("cannot read its schema"));
    const qint64 objects = q.value(0).toLongLong();
    if (applicationId != kApplicationId && (applicationId != 0 || objects != 0))
        return fail(
            QStringLiteral("%1 is not a stardeck-sandbox database (it belongs to another program); move "
                           "it away or choose another --data directory")
                .arg(path));
    // WAL with synchronous=NORMAL: a commit is a sequential append without fsync (the bench's
    // thousands of writes per second), still atomic, and durable across a crash of the process.
    if (!run(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !run(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !run(QStringLiteral("PRAGMA journal_size_limit=%1").arg(64 << 20)))
        return damaged(QStringLiteral("cannot set the journal mode"));

    if (applicationId == 0) { // a new, empty database
        if (!sql.transaction() ||
            !run(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")) ||
            !run(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(kSchemaVersion)) ||
            !run(QStringLiteral("CREATE TABLE record (kind TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT "
                                "NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID")) ||
            !run(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)) || !sql.commit())
            return damaged(QStringLiteral("cannot create the schema"));
    } else {
        if (!run(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
            return damaged(QStringLiteral("no schema version"));
        const int version = q.value(0).toInt();
        if (version != kSchemaVersion)
            return fail(QStringLiteral("%1 has schema version %2; this stardeck-sandbox reads version %3")
                            .arg(path)
                            .arg(version)
                            .arg(kSchemaVersion));
    }
    m_db->upsert = std::make_unique<QSqlQuery>(sql);
    m_db->erase = std::make_unique<QSqlQuery>(sql);
    if (!m_db->upsert->prepare(
            QStringLiteral("INSERT OR REPLACE INTO record (kind, key, value) VALUES (?, ?, ?)")) ||
        !m_db->erase->prepare(QStringLiteral("DELETE FROM record WHERE kind = ? AND key = ?")))
        return fail(QStringLiteral("%1: %2").arg(path, m_db->upsert->lastError().text()));
    m_lock = std::move(lock);
    return true;
}

bool Persistence::hasWorld() const
{
    QSqlQuery q(m_db->db);
    q.prepare(QStringLiteral("SELECT 1 FROM record WHERE kind = ? AND key = ?"));
    q.addBindValue(QString::fromLatin1(kMeta));
    q.addBindValue(kWorldSequences);
    return q.exec() && q.next();
}

bool Persistence::load(QString *error)
{
    World &world = *m_parts.world;
    QSqlQuery q(m_db->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, key, value FROM record"))) {
        if (error)
            *error = QStringLiteral("cannot read the saved world: %1").arg(q.lastError().text());
        return false;
    }
    std::array<qint64, 3> sequences{};
    bool ok = true;
    QString badKind;
    while (ok && q.next()) {
        const QString kind = q.value(0).toString();
        const QByteArray key = q.value(1).toByteArray();
        QByteArray value = q.value(2).toByteArray();
        const auto is = [&kind](const char *name) { return kind == QLatin1String(name); };
        if (is(kToken)) {
            TokenRecord t;
            ok = decode(value, t);
            world.tokens[t.tokenAddress] = t;
        } else if (is(kCollection)) {
            CollectionRecord c;
            ok = decode(value, c);
            world.collections[c.address] = c;
        } else if (is(kAsset)) {
            AssetRecord a;
            ok = decode(value, a);
            world.assets[{a.tokenAddress, a.tokenId}] = a;
        } else if (is(kUser)) {
            UserRecord u;
            ok = decode(value, u);
            crypto::secureWipe(value.data(), std::size_t(value.size()));
            world.users[u.userId] = std::move(u);
        } else if (is(kBalance)) {
            std::pair<QString, QString> owner;
            UInt256 amount;
            ok = unpack(key, owner.first, owner.second) && unpack(value, amount);
            world.balances[owner] = amount;
        } else if (is(kOrder)) {
            OrderRecord o;
            ok = decode(value, o);
            world.orders[o.orderId] = o;
        } else if (is(kTrade)) {
            TradeRecord t;
            ok = decode(value, t);
            world.trades[t.transactionId] = t;
        } else if (is(kTransfer)) {
            TransferRecord t;
            ok = decode(value, t);
            world.transfers[t.transactionId] = t;
        } else if (is(kDeposit)) {
            DepositRecord d;
            ok = decode(value, d);
            world.deposits[d.transactionId] = d;
        } else if (is(kWithdrawal)) {
            WithdrawalRecord w;
            ok = decode(value, w);
            world.withdrawals[w.transactionId] = w;
        } else if (is(kMint)) {
            MintRecord m;
            ok = decode(value, m);
            world.mints[m.transactionId] = m;
        } else if (is(kExchange)) {
            ExchangeRecord e;
            ok = decode(value, e);
            world.exchanges[e.id] = e;
        } else if (is(kSignable) && m_parts.signables) {
            IssuedSignable s;
            ok = decode(value, s);
            SignableStore &store = *m_parts.signables;
            if (s.kind != SignableKind::Cancel)
                store.m_hashByNonce[s.kind == SignableKind::Transfer ? s.transfer.nonce : s.order.nonce] =
                    s.payloadHash;
            store.m_byHash[s.payloadHash] = std::move(s);
        } else if (is(kVault) && m_parts.vaults) {
            std::pair<UInt256, UInt256> vault;
            qint64 id = 0;
            ok = unpack(key, vault.first, vault.second) && unpack(value, id);
            m_parts.vaults->m_vaults[vault] = id;
        } else if (is(kGuardian) && m_parts.guardian) {
            GuardianRecord g;
            ok = decode(value, g);
            m_parts.guardian->m_records[QString::fromUtf8(key)] = g;
        } else if (is(kRefreshToken) && m_parts.auth) {
            AuthService::RefreshToken t;
            ok = unpack(value, t.familyId, t.clientId, t.userId, t.scope, t.audience, t.rotated);
            m_parts.auth->m_refreshTokens.insert(key, t);
        } else if (is(kRevokedFamily) && m_parts.auth) {
            m_parts.auth->m_revokedFamilies.insert(QString::fromUtf8(key), true);
        } else if (is(kSession) && m_parts.auth) {
            m_parts.auth->m_browserSessions.insert(key, QString::fromUtf8(value));
        } else if (is(kMeta)) {
            if (key == kWorldSequences) {
                ok = unpack(value, sequences[0], sequences[1], sequences[2]);
            } else if (key == kSignablesState && m_parts.signables) {
                SignableStore &s = *m_parts.signables;
                ok = unpack(value, s.m_nextNonce, s.m_counters.issued, s.m_counters.consumed,
                            s.m_counters.replayed, s.m_counters.rejected);
            } else if (key == kVaultsState && m_parts.vaults) {
                ok = unpack(value, m_parts.vaults->m_next);
            } else if (key == kGuardianState && m_parts.guardian) {
                GuardianLedger &g = *m_parts.guardian;
                QString mode;
                ok = unpack(value, mode, g.m_threshold, g.m_counters.records, g.m_counters.evaluations,
                            g.m_counters.approvals, g.m_counters.refusals);
                const auto parsed = GuardianLedger::parseMode(mode);
                ok = ok && parsed.has_value();
                g.m_mode = parsed.value_or(GuardianMode::Default);
            } else if (key == kAuthSigningKey && m_parts.auth) {
                crypto::SecureBytes der(reinterpret_cast<const std::uint8_t *>(value.constData()),
                                        std::size_t(value.size()));
                crypto::secureWipe(value.data(), std::size_t(value.size()));
                ok = m_parts.auth->m_signer.loadPrivateKeyDer(der);
            }
        } else if (!is(kSignable) && !is(kVault) && !is(kGuardian) && !is(kRefreshToken) &&
                   !is(kRevokedFamily) && !is(kSession)) {
            ok = false; // a kind this version does not know: written by something else
        }
        if (!ok)
            badKind = kind;
    }
    if (ok && q.lastError().isValid()) {
        if (error)
            *error = QStringLiteral("cannot read the saved world: %1").arg(q.lastError().text());
        return false;
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("the saved world is damaged: a '%1' record cannot be read").arg(badKind);
        return false;
    }
    world.nextOrderId = sequences[0];
    world.nextTransactionId = sequences[1];
    world.nextExchangeId = sequences[2];

    // Everything loaded is saved: take it as the baseline and start following changes.
    Writes none;
    AfterCommit after;
    collectWorld(none, after, true);
    collectServices(none, after, true);
    for (Write &w : none) {
        if (w.secret)
            crypto::secureWipe(w.value.data(), std::size_t(w.value.size()));
    }
    for (const auto &step : after)
        step();
    setTracking(true);
    m_ready = true;
    return true;
}

bool Persistence::saveAll(QString *error)
{
    Writes writes;
    AfterCommit after;
    collectWorld(writes, after, true);
    collectServices(writes, after, true);
    if (!commit(writes, error))
        return false;
    // The whole world went through the WAL in one transaction: move it into the database now
    // rather than keep a WAL as large as the database around.
    QSqlQuery(m_db->db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (const auto &step : after)
        step();
    setTracking(true);
    m_ready = true;
    return true;
}

bool Persistence::flush()
{
    if (!m_ready)
        return false;
    Writes writes;
    AfterCommit after;
    collectWorld(writes, after, false);
    collectServices(writes, after, false);
    if (writes.empty())
        return true;
    QString error;
    if (!commit(writes, &error)) {
        qWarning("stardeck-sandbox: saving to --data failed, will retry: %s", qPrintable(error));
        return false;
    }
    for (const auto &step : after)
        step();
    return true;
}

bool Persistence::commit(Writes &writes, QString *error)
{
    QSqlDatabase &db = m_db->db;
    bool ok = db.transaction();
    for (Write &w : writes) {
        if (!ok)
            break;
        QSqlQuery &q = w.remove ? *m_db->erase : *m_db->upsert;
        q.bindValue(0, QString::fromLatin1(w.kind));
        // A null QByteArray would be SQL NULL; ETH's token address is the empty key.
        q.bindValue(1, w.key.isNull() ? QByteArray("", 0) : w.key);
        if (!w.remove)
            q.bindValue(2, w.value.isNull() ? QByteArray("", 0) : w.value);
        ok = q.exec();
        if (w.secret) {
            q.bindValue(2, QVariant()); // drop the query's reference before wiping our bytes
            crypto::secureWipe(w.value.data(), std::size_t(w.value.size()));
        }
    }
    if (ok)
        ok = db.commit();
    if (!ok) {
        const QSqlError sqlError = db.lastError().isValid() ? db.lastError() : m_db->upsert->lastError();
        if (error)
            *error = QStringLiteral("writing %1 failed: %2").arg(db.databaseName(), sqlError.text());
        db.rollback();
        for (Write &w : writes) {
            if (w.secret)
                crypto::secureWipe(w.value.data(), std::size_t(w.value.size()));
        }
    }
    return ok;
}

void Persistence::collectWorld(Writes &writes, AfterCommit &after, bool everything)
{
    World &world = *m_parts.world;
    Shadow &shadow = *m_shadow;

    if (everything || world.tokens.size() != shadow.tokens) { // tokens and collections never change in place
        for (const auto &[address, token] : world.tokens)
            writes.push_back({kToken, address.toUtf8(), encode(token)});
        after.push_back([&shadow, n = world.tokens.size()] { shadow.tokens = n; });
    }
    if (everything || world.collections.size() != shadow.collections) {
        for (const auto &[address, collection] : world.collections)
            writes.push_back({kCollection, address.toUtf8(), encode(collection)});
        after.push_back([&shadow, n = world.collections.size()] { shadow.collections = n; });
    }

    // History: only new ids, unless an older id appeared (then everything again).
    std::set<std::pair<QString, QString>> movedAssets;
    const auto nft = [&movedAssets](const TokenSpec &token) {
        if (token.type == QLatin1String("ERC721"))
            movedAssets.insert({token.tokenAddress, token.tokenId});
    };
    const auto history = [&](const auto &map, Watermark &mark, const char *kind, const auto &onNew) {
        if (!everything && map.size() == mark.count)
            return;
        const bool all =
            everything || map.empty() || map.rbegin()->first <= mark.lastId ||
            std::size_t(std::distance(map.upper_bound(mark.lastId), map.end())) != map.size() - mark.count;
        for (auto it = all ? map.begin() : map.upper_bound(mark.lastId); it != map.end(); ++it) {
            writes.push_back({kind, idKey(it->first), encode(it->second)});
            if (!everything)
                onNew(it->second);
        }
        after.push_back(
            [&mark, last = map.empty() ? Watermark{}.lastId : map.rbegin()->first, n = map.size()] {
                mark = {last, n};
            });
    };
    // An existing order changes only when a cancel or trade consumes a payload naming it, or a
    // trade fills it; new orders are new ids.
    std::set<qint64> touchedOrders;
    if (m_parts.signables && !everything) {
        for (const UInt256 &hash : m_parts.signables->m_changed) {
            const IssuedSignable *s = m_parts.signables->find(hash);
            if (s && s->orderId != 0)
                touchedOrders.insert(s->orderId);
        }
    }
    history(world.transfers, shadow.transfers, kTransfer, [&](const TransferRecord &t) { nft(t.token); });
    history(world.trades, shadow.trades, kTrade, [&](const TradeRecord &t) {
        nft(t.tokenA);
        nft(t.tokenB);
        touchedOrders.insert(t.orderIdA);
        touchedOrders.insert(t.orderIdB);
    });
    history(world.orders, shadow.orders, kOrder, [](const OrderRecord &) {});
    for (qint64 id : touchedOrders) {
        const auto it = world.orders.find(id);
        if (it != world.orders.end() && id <= shadow.orders.lastId) // newer ones are written above
            writes.push_back({kOrder, idKey(id), encode(it->second)});
    }
    history(world.deposits, shadow.deposits, kDeposit, [](const DepositRecord &) {});
    history(world.withdrawals, shadow.withdrawals, kWithdrawal, [](const WithdrawalRecord &) {});
    std::size_t minted = 0;
    history(world.mints, shadow.mints, kMint, [&](const MintRecord &m) {
        nft(m.token);
        ++minted;
    });

    // New assets come with a mint record each; anything else is written out in full.
    if (everything || world.assets.size() != shadow.assets + minted) {
        for (const auto &[key, asset] : world.assets)
            writes.push_back({kAsset, pairKey(key), encode(asset)});
        after.push_back([&shadow, n = world.assets.size()] { shadow.assets = n; });
    } else {
        if (minted != 0)
            after.push_back([&shadow, n = world.assets.size()] { shadow.assets = n; });
        for (const auto &key : movedAssets) {
            const auto it = world.assets.find(key);
            if (it != world.assets.end())
                writes.push_back({kAsset, pairKey(key), encode(it->second)});
        }
    }

    // Small tables: compared with the last saved copy.
    using UserShadow = std::map<QString, UserRecord>;
    static const UserShadow kNoUserShadow; // "everything": compare with nothing
    diffMaps(
        world.users, everything ? kNoUserShadow : shadow.users, sameUser,
        [&](const QString &id, const UserRecord &user) {
            Write w{kUser, id.toUtf8(), encode(user)};
            w.secret = true;
            writes.push_back(std::move(w));
            after.push_back([&shadow, id, copy = std::make_shared<UserRecord>(copyUser(user))] {
                shadow.users[id] = std::move(*copy);
            });
        },
        [&](const QString &id) {
            writes.push_back({kUser, id.toUtf8(), {}, true});
            after.push_back([&shadow, id] { shadow.users.erase(id); });
        });
    using BalanceShadow = std::map<std::pair<QString, QString>, UInt256>;
    static const BalanceShadow kNoBalanceShadow; // "everything": compare with nothing
    diffMaps(
        world.balances, everything ? kNoBalanceShadow : shadow.balances, std::equal_to<>(),
        [&](const auto &key, const UInt256 &amount) {
            writes.push_back({kBalance, pairKey(key), pack(amount)});
            after.push_back([&shadow, key, amount] { shadow.balances[key] = amount; });
        },
        [&](const auto &key) {
            writes.push_back({kBalance, pairKey(key), {}, true});
            after.push_back([&shadow, key] { shadow.balances.erase(key); });
        });
    using ExchangeShadow = std::map<qint64, ExchangeState>;
    static const ExchangeShadow kNoExchangeShadow; // "everything": compare with nothing
    diffMaps(
        world.exchanges, everything ? kNoExchangeShadow : shadow.exchanges,
        [](const ExchangeRecord &e, const ExchangeState &s) { return exchangeState(e) == s; },
        [&](qint64 id, const ExchangeRecord &exchange) {
            writes.push_back({kExchange, idKey(id), encode(exchange)});
            after.push_back([&shadow, id, state = exchangeState(exchange)] { shadow.exchanges[id] = state; });
        },
        [&](qint64 id) {
            writes.push_back({kExchange, idKey(id), {}, true});
            after.push_back([&shadow, id] { shadow.exchanges.erase(id); });
        });

    const std::array<qint64, 3> sequences{world.nextOrderId, world.nextTransactionId, world.nextExchangeId};
    if (everything || sequences != shadow.sequences) {
        writes.push_back({kMeta, kWorldSequences, pack(sequences[0], sequences[1], sequences[2])});
        after.push_back([&shadow, sequences] { shadow.sequences = sequences; });
    }
}

void Persistence::collectServices(Writes &writes, AfterCommit &after, bool everything)
{
    Shadow &shadow = *m_shadow;
    const auto meta = [&](const QByteArray &key, const QByteArray &value, QByteArray &saved) {
        if (!everything && value == saved)
            return;
        writes.push_back({kMeta, key, value});
        after.push_back([&saved, value] { saved = value; });
    };

    if (SignableStore *store = m_parts.signables) {
        const auto write = [&](const UInt256 &hash) {
            const IssuedSignable *s = store->find(hash);
            writes.push_back(s ? Write{kSignable, hashKey(hash), encode(*s)}
                               : Write{kSignable, hashKey(hash), {}, true});
        };
        if (everything) {
            for (const auto &[hash, signable] : store->m_byHash)
                write(hash);
        } else {
            for (const UInt256 &hash : store->m_changed)
                write(hash);
        }
        if (!store->m_changed.empty())
            after.push_back([store] { store->m_changed.clear(); });
        const SignableCounters &c = store->m_counters;
        meta(kSignablesState, pack(store->m_nextNonce, c.issued, c.consumed, c.replayed, c.rejected),
             shadow.signablesState);
    }

    if (VaultRegistry *vaults = m_parts.vaults) {
        const auto write = [&](const std::pair<UInt256, UInt256> &key, qint64 id) {
            writes.push_back({kVault, pack(key.first, key.second), pack(id)});
        };
        if (everything) {
            for (const auto &[key, id] : vaults->m_vaults)
                write(key, id);
        } else {
            for (const auto &key : vaults->m_added)
                write(key, vaults->m_vaults.at(key));
        }
        if (!vaults->m_added.empty())
            after.push_back([vaults] { vaults->m_added.clear(); });
        meta(kVaultsState, pack(vaults->m_next), shadow.vaultsState);
    }

    if (GuardianLedger *ledger = m_parts.guardian) {
        const auto write = [&](const QString &id) {
            const auto it = ledger->m_records.find(id);
            writes.push_back(it != ledger->m_records.end() ? Write{kGuardian, id.toUtf8(), encode(it->second)}
                                                           : Write{kGuardian, id.toUtf8(), {}, true});
        };
        if (everything) {
            for (const auto &[id, record] : ledger->m_records)
                write(id);
        } else {
            for (const QString &id : ledger->m_changed)
                write(id);
        }
        if (!ledger->m_changed.empty())
            after.push_back([ledger] { ledger->m_changed.clear(); });
        const GuardianCounters &c = ledger->m_counters;
        meta(kGuardianState,
             pack(GuardianLedger::modeName(ledger->m_mode), ledger->m_threshold, c.records, c.evaluations,
                  c.approvals, c.refusals),
             shadow.guardianState);
    }

    if (AuthService *auth = m_parts.auth) {
        // A QHash nobody touched still shares its data with our copy: nothing to compare.
        if (everything || !auth->m_refreshTokens.isSharedWith(shadow.refreshTokens)) {
            const auto &live = auth->m_refreshTokens;
            for (auto it = live.begin(); it != live.end(); ++it) {
                const auto saved = shadow.refreshTokens.constFind(it.key());
                const AuthService::RefreshToken &t = it.value();
                if (everything || saved == shadow.refreshTokens.constEnd() || saved->rotated != t.rotated ||
                    saved->familyId != t.familyId || saved->userId != t.userId || saved->scope != t.scope ||
                    saved->clientId != t.clientId || saved->audience != t.audience)
                    writes.push_back(
                        {kRefreshToken, it.key(),
                         pack(t.familyId, t.clientId, t.userId, t.scope, t.audience, t.rotated)});
            }
            if (!everything) {
                for (auto it = shadow.refreshTokens.constBegin(); it != shadow.refreshTokens.constEnd();
                     ++it) {
                    if (!live.contains(it.key()))
                        writes.push_back({kRefreshToken, it.key(), {}, true});
                }
            }
            after.push_back([&shadow, auth] { shadow.refreshTokens = auth->m_refreshTokens; });
        }
        if (everything || !auth->m_revokedFamilies.isSharedWith(shadow.revokedFamilies)) {
            for (auto it = auth->m_revokedFamilies.constBegin(); it != auth->m_revokedFamilies.constEnd();
                 ++it) {
                if (everything || !shadow.revokedFamilies.contains(it.key()))
                    writes.push_back({kRevokedFamily, it.key().toUtf8(), QByteArray()});
            }
            if (!everything) {
                for (auto it = shadow.revokedFamilies.constBegin(); it != shadow.revokedFamilies.constEnd();
                     ++it) {
                    if (!auth->m_revokedFamilies.contains(it.key()))
                        writes.push_back({kRevokedFamily, it.key().toUtf8(), {}, true});
                }
            }
            after.push_back([&shadow, auth] { shadow.revokedFamilies = auth->m_revokedFamilies; });
        }
        if (everything || !auth->m_browserSessions.isSharedWith(shadow.browserSessions)) {
            for (auto it = auth->m_browserSessions.constBegin(); it != auth->m_browserSessions.constEnd();
                 ++it) {
                const auto saved = shadow.browserSessions.constFind(it.key());
                if (everything || saved == shadow.browserSessions.constEnd() || *saved != it.value())
                    writes.push_back({kSession, it.key(), it.value().toUtf8()});
            }
            if (!everything) {
                for (auto it = shadow.browserSessions.constBegin(); it != shadow.browserSessions.constEnd();
                     ++it) {
                    if (!auth->m_browserSessions.contains(it.key()))
                        writes.push_back({kSession, it.key(), {}, true});
                }
            }
            after.push_back([&shadow, auth] { shadow.browserSessions = auth->m_browserSessions; });
        }
        if (auth->m_signer.hasKey() && (everything || !shadow.signingKeySaved)) {
            const crypto::SecureBytes der = auth->m_signer.privateKeyDer();
            Write w{kMeta, kAuthSigningKey,
                    QByteArray(reinterpret_cast<const char *>(der.data()), qsizetype(der.size()))};
            w.secret = true;
            writes.push_back(std::move(w));
            after.push_back([&shadow] { shadow.signingKeySaved = true; });
        }
    }
}

} // namespace stardeck::sandbox
