// SPDX-License-Identifier: MIT
#pragma once

// The --data store: the sandbox's whole state in DIR/sandbox.sqlite (SQLite through Qt SQL), so a
// restart loses nothing. One table of records (kind, key, value), each value a QDataStream
// encoding of one entity, plus a schema version and an application id that mark the file as ours.
//
// Saving is incremental: after every request the server calls flush(), which works out what the
// request changed and writes exactly that in ONE transaction (WAL, synchronous=NORMAL: a crash of
// the process loses nothing; a power cut may lose the last transactions but never corrupts).
// What changed is found without scanning big collections:
// - the services' own stores mark changed keys (SignableStore, VaultRegistry, GuardianLedger);
// - history (transfers, trades, deposits, withdrawals, mints) only grows, so new ids are found
//   from the highest saved id; an NFT moves only with a new transfer or trade, which names it;
// - small tables (users, balances, orders, exchanges, the auth service's hashes) are compared
//   with the last saved copy; Qt's implicit sharing makes an unchanged QHash free to check.
// History records are immutable once written, and an order or exchange that changes gets a new
// status or updated_at; other in-place edits would not be noticed.

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace stardeck::sandbox {

struct World;
class AuthService;
class GuardianLedger;
class SignableStore;
class VaultRegistry;

class Persistence {
public:
    //! What is saved: the world and the private state of the services that have any.
    struct Parts {
        World *world = nullptr;
        SignableStore *signables = nullptr; //!< issued/consumed payloads, idempotent answers
        VaultRegistry *vaults = nullptr;
        GuardianLedger *guardian = nullptr; //!< records and policy
        AuthService *auth = nullptr;        //!< signing key, refresh-token families, browser sessions
    };

    explicit Persistence(Parts parts);
    ~Persistence();
    Persistence(const Persistence &) = delete;
    Persistence &operator=(const Persistence &) = delete;

    //! Opens DIR/sandbox.sqlite, creating DIR and the database if needed. False with *error when
    //! DIR is unusable or in use by another sandbox, or the file is damaged or not ours.
    bool open(const QString &dir, QString *error);
    //! True when the database holds a saved world.
    bool hasWorld() const;
    //! Replaces the (empty) world and service state with the saved one. False with *error.
    bool load(QString *error);
    //! Writes the whole state (a freshly seeded world). False with *error.
    bool saveAll(QString *error);
    //! Writes what changed since the last save in one transaction (nothing before load() or
    //! saveAll() succeeded). On failure it warns and keeps the changes pending, so the next call
    //! tries again.
    bool flush();

    //! The database file inside a data directory.
    static QString databasePath(const QString &dir);

private:
    struct Db;
    struct Shadow;
    struct Write;
    using Writes = std::vector<Write>;
    using AfterCommit = std::vector<std::function<void()>>;

    void collectWorld(Writes &writes, AfterCommit &after, bool everything);
    void collectServices(Writes &writes, AfterCommit &after, bool everything);
    bool commit(Writes &writes, QString *error);
    void setTracking(bool on) const;

    Parts m_parts;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<Shadow> m_shadow;
    std::unique_ptr<QLockFile> m_lock;
    bool m_ready = false; //!< loaded or saved: flush() may write
};

} // namespace stardeck::sandbox
