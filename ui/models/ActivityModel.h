// SPDX-License-Identifier: MIT
#pragma once

#include "api/ImxClient.h"
#include "api/ImxModels.h"
#include "wallet/SubmissionJournal.h"
#include "wallet/SuspiciousTransfer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

#include <vector>

class QIODevice;

namespace stardeck::ui {

//! The Activity view: the owner's transfers (in and out), orders and trades merged newest first,
//! plus pending (signed, not yet confirmed) journal entries. Amounts are exact decimals. A refresh
//! loads everything asynchronously and replaces the rows at once when it is complete.
//! Incoming transfers that look like address poisoning (wallet::SuspiciousTransfer, F19) are hidden
//! unless setShowSuspicious(true); shown, they carry a warning icon and say so in their tooltip and
//! accessible text.
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    //! What a row is; also the bits of the kind filter.
    enum Kind {
        TransferKind = 0x1,
        OrderKind = 0x2,
        TradeKind = 0x4,
        OtherKind = 0x8, //!< pending registrations
        AllKinds = 0xf
    };
    Q_DECLARE_FLAGS(Kinds, Kind)
    Q_FLAG(Kinds)

    //! Which way the primary asset moved for the owner.
    enum Direction {
        NoDirection,
        Incoming, //!< received
        Outgoing, //!< sent or sold
    };
    Q_ENUM(Direction)

    //! The table's columns.
    enum Column {
        TimeColumn,
        KindColumn,
        DirectionColumn,
        CounterpartyColumn,
        AssetColumn,
        AmountColumn,
        StatusColumn,
        DetailsColumn, //!< price of an order, what a trade brought in, a pending entry's note
        ColumnCount
    };
    Q_ENUM(Column)

    //! Custom roles; each answers for every column of a row.
    enum Role {
        KindRole = Qt::UserRole + 1, //!< int (Kind)
        DirectionRole,               //!< int (Direction)
        CounterpartyRole,            //!< QString address or order reference
        AssetRole,                   //!< QString, e.g. "ETH" or "NFT #12"
        AmountTextRole,              //!< QString exact decimal
        StatusRole,                  //!< QString, the API's status ("success", "active", ...) or "pending"
        TimestampRole,               //!< QDateTime (UTC)
        TransactionIdRole,           //!< qint64 transaction or order id (0 for pending rows)
        PendingRole,                 //!< bool: a journal entry not yet confirmed
        TokenAddressRole,            //!< QString contract address of the primary asset ("" = ETH)
        TokenIdRole,                 //!< QString NFT token id ("" for fungible tokens)
        DetailsRole,                 //!< QString, as the Details column
        JournalIdRole,               //!< QString journal entry id of a pending row ("" otherwise)
        SuspiciousRole,              //!< bool: a possible address-poisoning transfer (F19)
    };
    Q_ENUM(Role)

    //! A model reading through `client` (not owned; it must outlive the model).
    explicit ActivityModel(api::ImxClient *client, QObject *parent = nullptr);
    //! Running loads are cancelled: no callback reaches a destroyed model.
    ~ActivityModel() override;

    //! Sets the account (IMX Ethereum address) shown; clears the rows and cancels a running load.
    void setOwner(const QString &owner);
    //! The account shown.
    QString owner() const { return m_owner; }
    //! Reloads transfers, orders and trades; a refresh already running is replaced.
    void refresh();
    //! True between loading() and finished()/error().
    bool isLoading() const { return m_loading; }
    //! The last error's text for people, "" after a successful refresh.
    QString errorText() const { return m_errorText; }
    //! When the rows were last replaced by a successful refresh.
    QDateTime lastUpdated() const { return m_lastUpdated; }
    //! Shows journal entries as pending rows (replacing the previous ones), merged by time.
    void setPendingEntries(const QList<wallet::JournalEntry> &entries);
    //! Shows only rows of these kinds.
    void setKindFilter(Kinds kinds);
    //! The kinds shown.
    Kinds kindFilter() const { return m_filter; }
    //! Addresses the user trusts besides those sent to in the history (the address book's entries
    //! and addresses used before, any case); suspicious rows are classified again.
    void setKnownAddresses(const QStringList &addresses);
    //! Shows (true) or hides (false, the default) possible address-poisoning transfers.
    void setShowSuspicious(bool show);
    //! True when suspicious transfers are shown.
    bool showsSuspicious() const { return m_showSuspicious; }
    //! Suspicious transfers of the kinds in the filter, shown or not.
    int suspiciousCount() const { return m_suspiciousCount; }
    //! The text of the "possible address poisoning" flag (tooltips, accessible text, the page).
    static QString suspiciousFlagText();
    //! True when `transfer`, received by the owner, is a possible address-poisoning transfer given
    //! what the model knows now (the last history and the known addresses); e.g. to skip its notice.
    bool isSuspicious(const api::Transfer &transfer) const;
    //! The receivers of the owner's transfers in the last history (lower case, each once).
    QStringList sentToAddresses() const;
    //! Writes the rows shown (after the kind filter) as RFC 4180 CSV with a header row: CRLF line
    //! ends, fields with commas, quotes or line breaks quoted, quotes doubled; a field that a
    //! spreadsheet would run as a formula (= + - @ at the start) is prefixed with '. False when the
    //! device cannot be written.
    bool exportCsv(QIODevice &device) const;
    //! One CSV field escaped as exportCsv does it.
    static QString csvField(const QString &text);

    //! QAbstractItemModel: a flat list; amounts and texts per the roles above.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! A refresh started.
    void loading();
    //! A refresh succeeded.
    void finished();
    //! A refresh failed with `message` (for people); the previous rows stay.
    void error(const QString &message);

private:
    struct Entry {
        Kind kind = TransferKind;
        Direction direction = NoDirection;
        QString counterparty;
        QString asset;
        QString amount;
        QString status;
        QString details;
        QString tokenAddress;
        QString tokenId;
        QDateTime time;
        qint64 id = 0;
        QString journalId;
        bool pending = false;
        // Incoming transfers only: what SuspiciousTransfer classifies, and its verdict.
        wallet::SuspiciousTransfer::Incoming incoming;
        wallet::SuspiciousTransfer::Verdict suspicion;
    };
    //! The side of a transfer, order or trade before its text is known (decimals may need a lookup).
    struct Side {
        QString type; //!< ETH, ERC20, ERC721
        QString tokenAddress;
        QString tokenId;
        api::UInt256 quantity;
        std::optional<int> decimals;
        QString symbol;
    };

    void startStreams();
    void streamDone(const api::ApiResult<qint64> &result);
    void resolveTokensThenPublish();
    void publish();
    void fail(const QString &message);
    void rebuildVisible();
    void classifySuspicious();
    QStringList trustedAddresses() const;
    QString suspicionText(const Entry &entry) const;
    static QVariant suspiciousIcon();
    QString sideAsset(const Side &side) const;
    QString sideAmount(const Side &side) const;
    QString kindText(Kind kind) const;
    QString actionText(wallet::ActionKind kind) const;
    QString directionText(Direction direction) const;
    QString statusText(const Entry &entry) const;
    QString cellText(const Entry &entry, int column) const;

    QPointer<api::ImxClient> m_client;
    QString m_owner;
    std::vector<Entry> m_loaded;  //!< transfers, orders and trades of the last refresh
    std::vector<Entry> m_pending; //!< journal rows
    std::vector<Entry> m_rows;    //!< shown: both merged, filtered, newest first
    Kinds m_filter = AllKinds;
    QStringList m_knownAddresses;
    bool m_showSuspicious = false;
    int m_suspiciousCount = 0;

    // The running refresh.
    QObject *m_loadContext = nullptr;
    int m_streamsOutstanding = 0;
    std::vector<api::Transfer> m_transfers;
    std::vector<api::Order> m_orders;
    std::vector<api::Trade> m_trades;
    QHash<QString, api::TokenDetails> m_tokens; //!< by lower-case address ("" = ETH)
    int m_tokensOutstanding = 0;
    bool m_loading = false;
    QString m_errorText;
    QDateTime m_lastUpdated;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ActivityModel::Kinds)

} // namespace stardeck::ui
