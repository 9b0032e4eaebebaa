// SPDX-License-Identifier: MIT
#pragma once
// Reconciling a journal entry by listing (issue 4): when the replay of a signed request is refused
// or never answered, the API's listings say whether the action executed. The entry's `expect`
// (written at signing time from the action the user approved) is compared with the records the
// API lists for the signer since the entry was created; records already claimed by another journal
// entry never match. Exactly one match = executed; none = not executed (meaningful only when the
// caller's answer was definitive); several candidates or a partial batch = ambiguous, a failed or
// unreadable listing = unavailable; neither is ever guessed. Nothing here signs or writes.

#include "api/ApiError.h"
#include "api/ImxModels.h"
#include "wallet/SubmissionJournal.h"
#include "wallet/WalletAction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace stardeck::api {
class ImxClient;
}

namespace stardeck::wallet {

//! What the listing said about one journal entry.
struct Reconciliation {
    enum class Kind {
        Found,       //!< exactly one matching record: the action executed
        NotFound,    //!< the API lists no matching record
        Ambiguous,   //!< several candidates or a partial batch: nobody can tell which is ours
        Unavailable, //!< nothing to compare with (no expectation recorded) or the listing failed
    };
    Kind kind = Kind::Unavailable;
    QJsonObject record; //!< Found: the listed record ({"transfers": [...]} for a batch)
    QString note;       //!< for people: what was looked at and found
};

//! The expectation of `action` for JournalEntry::expect: transfers {receiver, token_type,
//! token_address, token_id, amount}, batches {items: [{receiver, token_address, token_id}]},
//! orders {sell_*, buy_* token fields, sell_amount, buy_amount}, cancels and trades {order_id}.
//! Addresses lower-case, amounts in base units (decimal).
QJsonObject expectationOf(const PreparedAction &action);

//! One reconciliation of one journal entry.
class ProviderReconcile : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Reconciliation)>;

    //! `journal` is every entry of the journal (for the ids other entries already claim);
    //! `windowSecs` widens the listing before the entry's creation time (clock differences).
    ProviderReconcile(api::ImxClient &client, JournalEntry entry, const QList<JournalEntry> &journal,
                      int windowSecs, QObject *parent = nullptr);

    //! Lists and compares; `done` runs once, later, on this object's thread.
    void start(Done done);

private:
    //! Every listed record, typed and raw (same order).
    template <class T>
    struct Listing {
        std::vector<T> items;
        QList<QJsonObject> raw;
    };
    template <class T>
    using ListingDone = std::function<void(Listing<T>)>;

    void run();
    //! Follows the cursor up to kMaxPages; a failed or too long listing finishes as Unavailable.
    template <class T>
    void listAll(const QString &path, QList<QPair<QString, QString>> query,
                 api::ApiResult<api::Page<T>> (*decode)(const QByteArray &), Listing<T> sofar, int page,
                 ListingDone<T> next);
    void matchTransfers(const Listing<api::Transfer> &listing);
    void matchOrders(const Listing<api::Order> &listing);
    void checkCancel(const QByteArray &body);
    void matchTrades(const Listing<api::Trade> &listing);
    void checkTradeBuyers(QList<QPair<qint64, QJsonObject>> candidates, QList<QJsonObject> confirmed);
    bool recentEnough(const QString &timestamp) const;
    void finish(Reconciliation::Kind kind, const QString &note, const QJsonObject &record = {});

    QPointer<api::ImxClient> m_client;
    JournalEntry m_entry;
    QSet<QString> m_claimed; //!< "transfer:ID", "order:ID", "trade:ID" held by other entries
    int m_windowSecs;
    Done m_done;
};

} // namespace stardeck::wallet
