// SPDX-License-Identifier: MIT
#pragma once

// Test support for the secret-leak tests: the secrets of a session (each in the encodings a careless
// log line or file would use), a search through bytes and through every file under a directory, the
// values held in an encrypted-file secret store (decrypted with the known passphrase), and the
// loopback ports a process listens on (to reach an embedded sandbox's admin API).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stardeck::test {

//! One secret value and what it is ("refresh_token", "stark private key", ...).
struct KnownSecret {
    QString what;
    QByteArray value;
};

//! Every known secret, searched for in raw, hex (both cases), base64 and base64url form (and, for a
//! JWT, its signature part alone). Encodings shorter than 12 bytes are not searched (false positives).
class LeakSearch {
public:
    //! Adds a secret (ignored when empty; duplicates are harmless).
    void add(const QString &what, const QByteArray &value);
    //! The number of secrets added.
    int size() const { return int(m_secrets.size()); }
    //! How many secrets of kind `what` were added.
    int count(const QString &what) const;
    //! "what (encoding) in where" for every secret found in `haystack`; never the secret itself.
    QStringList findIn(const QByteArray &haystack, const QString &where) const;
    //! findIn() over every regular file under `root` (hidden ones included, symlinks not followed).
    QStringList findInTree(const QString &root) const;

private:
    struct Form {
        QString label;
        QByteArray bytes;
    };
    QList<QPair<QString, QList<Form>>> m_secrets;
};

//! Every file under `root` (relative paths), for failure messages and checks.
QStringList filesUnder(const QString &root);

//! Decrypts every `<key>.secret` file under `root` with `passphrase` (waits; for tests only) and adds
//! each value to `search` as "store:<key>". Returns the keys read; a file that does not open is a failure
//! reported in `*error`.
QStringList addStoredSecrets(const QString &root, const QByteArray &passphrase, LeakSearch &search,
                             QString *error);

//! The TCP ports process `pid` listens on at 127.0.0.1 (from /proc/net/tcp and /proc/<pid>/fd). When its
//! fd table is closed to us (a non-dumpable process and no CAP_SYS_PTRACE), every loopback port our
//! user listens on except those of this process.
QList<quint16> loopbackListenPorts(qint64 pid);

} // namespace stardeck::test
