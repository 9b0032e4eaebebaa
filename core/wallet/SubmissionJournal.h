// SPDX-License-Identifier: MIT
#pragma once
// The submission journal: every signed request is written to disk BEFORE it is sent, so a lost
// answer or a crash leaves a record that is resolved by re-sending the identical request (the API
// answers an identical replay with the stored result) and reconciling by listing, never by signing
// a new nonce. A transfer never happens twice.
//
// File format: one JSON document {"version":2,"entries":[...]} (keys sorted, dates in
// "yyyy-MM-ddTHH:mm:ss.zzzZ", the body as a JSON string of its exact bytes), rewritten atomically on
// every change: QSaveFile, fsync of the temporary file before the rename, fsync of the directory
// after it. The reader is strict: a damaged file is reported (WalletFailure::Storage) and left
// untouched for the user, never silently emptied. Version 2 added "expect" to every entry (what the
// action should look like in the API's listings); version 1 files (without it) still read, with an
// empty expectation, and are written back as version 2.

#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stardeck::wallet {

//! Where a journal entry stands.
enum class JournalState {
    Signed,    //!< written before the request was sent; the outcome is not known yet
    Submitted, //!< the API accepted it (result holds the answer)
    Rejected,  //!< the API refused it definitively (4xx other than 409/429); nothing moved
    Abandoned, //!< resolved as never executed (e.g. the signable expired unused) after checking state
};

//! "signed" / "submitted" / "rejected" / "abandoned"; parse returns nullopt for anything else.
QString journalStateName(JournalState state);
std::optional<JournalState> journalStateFromName(const QString &name);

//! One signed request.
struct JournalEntry {
    QString id;      //!< the PreparedAction id (UUID without braces)
    QString account; //!< lower-case IMX Ethereum address of the signer
    ActionKind kind = ActionKind::Transfer;
    QByteArray method;         //!< "POST" or "DELETE"
    QString path;              //!< API path under the IMX base, e.g. "/v1/transfers"
    QByteArray body;           //!< the exact signed request body (compact JSON)
    QStringList payloadHashes; //!< 0x-hex, one per signed StarkEx message
    JournalState state = JournalState::Signed;
    int attempts = 0;    //!< sends so far (the first send counts)
    QDateTime createdAt; //!< UTC
    QDateTime updatedAt; //!< UTC
    QJsonObject result;  //!< the API's answer once Submitted/Rejected
    QString note;        //!< why it was rejected/abandoned, for people
    //! What the action looks like in the API's listings, for reconciling a lost answer by listing
    //! (ProviderReconcile: receiver/token/amount of a transfer, order sides, the order id of a
    //! cancel or trade). Keys are [a-z_]; values are strings or arrays of such objects. Empty for
    //! entries written by version 1.
    QJsonObject expect;

    //! Field-wise equality (dates compare as instants).
    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

//! Serializes entries to the file format (deterministic: same entries, same bytes).
QByteArray serializeJournal(const QList<JournalEntry> &entries);
//! Parses the file format strictly: unknown version, wrong types, missing or unknown fields, duplicate
//! ids, invalid states/kinds/methods/paths/dates, a body that is not a JSON object, an "expect" in a
//! version 1 file or missing/malformed in a version 2 file, more than 100k entries or more than
//! 16 MiB are errors (WalletFailure::Storage).
WalletResult<QList<JournalEntry>> parseJournal(const QByteArray &data);

//! Errors are WalletFailure::Storage (I/O, damaged file) or InvalidRequest (bad entry); the caller sets
//! the PassportErrorType of its operation.
//! The journal file of one account set. Not thread-safe; lives on the thread that uses the provider.
class SubmissionJournal {
public:
    //! Opens (or starts empty when the file does not exist) the journal at `path`. A damaged file is
    //! an error and is not modified. The directory is created (0700) when missing.
    static WalletResult<SubmissionJournal> open(const QString &path);

    //! Adds a new entry and writes the file durably before returning; an id already present is an error.
    WalletStatus append(const JournalEntry &entry);
    //! Changes an entry's state, result and note (and bumps updatedAt); durable before returning.
    WalletStatus update(const QString &id, JournalState state, const QJsonObject &result = {},
                        const QString &note = {});
    //! Counts one more send of an entry (durable before the send).
    WalletStatus recordAttempt(const QString &id);
    //! Entries still in state Signed (oldest first), optionally only one account's.
    QList<JournalEntry> pending(const QString &account = {}) const;
    //! Every entry (oldest first).
    const QList<JournalEntry> &entries() const { return m_entries; }
    //! The entry with `id`, if any.
    std::optional<JournalEntry> find(const QString &id) const;
    //! Drops resolved entries last updated before `before` (keeps every Signed entry); durable.
    WalletStatus prune(const QDateTime &before);
    //! The file.
    const QString &path() const { return m_path; }

private:
    SubmissionJournal(QString path, QList<JournalEntry> entries)
        : m_path(std::move(path)), m_entries(std::move(entries))
    {}
    //! Writes `next` durably and, once the file is replaced, makes it the in-memory state.
    WalletStatus save(QList<JournalEntry> next);

    QString m_path;
    QList<JournalEntry> m_entries;
};

} // namespace stardeck::wallet
