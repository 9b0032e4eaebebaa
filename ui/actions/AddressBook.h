// SPDX-License-Identifier: MIT
#pragma once
// The user's names for addresses, kept as a small JSON file in the application data directory and
// shown on confirmations ("Alice (0x1234 ... )"). A file that does not parse strictly is reported and
// never overwritten: the book stays read-only until the user fixes or removes it. It also knows which
// addresses the user has sent to before (fed from the activity or the journal, kept in memory only).

#include "wallet/SubmissionJournal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace stardeck::ui {

//! Names for addresses, persisted with QSaveFile.
class AddressBook : public QObject {
    Q_OBJECT

public:
    //! One named address.
    struct Entry {
        QString address; //!< lower-case 0x-hex
        QString name;
    };

    //! Longest name accepted.
    static constexpr int kMaxNameLength = 64;

    //! <AppDataLocation>/address-book.json
    static QString defaultPath();

    //! A book stored at `path` (defaultPath() when empty); nothing is read until load().
    explicit AddressBook(const QString &path = {}, QObject *parent = nullptr);

    //! Reads the file (a missing file is an empty book); false with errorText() when it is invalid,
    //! in which case the book is empty and read-only and the file is left untouched.
    bool load();
    //! The file path.
    QString path() const { return m_path; }
    //! The last error for people ("" when the last operation succeeded).
    QString errorText() const { return m_error; }
    //! True when the file could not be parsed: edits are refused so it is never overwritten.
    bool isReadOnly() const { return m_readOnly; }

    //! Adds a name for a new address and saves; false with errorText() when invalid or already named.
    bool add(const QString &address, const QString &name);
    //! Renames an existing entry and saves.
    bool edit(const QString &address, const QString &name);
    //! Removes an entry and saves.
    bool remove(const QString &address);

    //! The entries, sorted by name.
    QList<Entry> entries() const;
    //! The name of `address` (any case), "" when unknown.
    QString nameFor(const QString &address) const;
    //! The address named `name` exactly (case-insensitive), "" when none.
    QString addressFor(const QString &name) const;

    //! Records that the user has sent to these addresses before (from the activity or the journal).
    void addUsedAddresses(const QStringList &addresses);
    //! Records the receivers of the transfers in the submission journal (submitted or pending).
    void addUsedFromJournal(const QList<wallet::JournalEntry> &entries);
    //! True when `address` was recorded as used before.
    bool usedBefore(const QString &address) const;
    //! Every address the user knows: the named entries and the ones used before (lower case).
    QStringList knownAddresses() const;

    //! ConfirmationOptions::addressName: the name of an address ("" when unknown or the book is gone).
    std::function<QString(const QString &)> nameLookup() const;
    //! ConfirmationOptions::firstTime: true when the address was never used before.
    std::function<bool(const QString &)> firstTimeLookup() const;

Q_SIGNALS:
    //! The entries changed (after load, add, edit or remove).
    void changed();

private:
    bool checkEntry(const QString &address, const QString &name, QString *lower);
    bool save(const QHash<QString, QString> &names);
    bool fail(const QString &message);

    QString m_path;
    QHash<QString, QString> m_names; //!< lower-case address -> name
    QSet<QString> m_used;            //!< lower-case addresses
    QString m_error;
    bool m_readOnly = false;
};

} // namespace stardeck::ui
