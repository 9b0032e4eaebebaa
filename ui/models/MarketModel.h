// SPDX-License-Identifier: MIT
#pragma once

#include "api/ImxClient.h"
#include "api/ImxModels.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>

#include <vector>

namespace stardeck::ui {

//! The Market view: other people's active NFT listings (GET /v3/orders, status active, selling an
//! ERC721), newest first, with the collection's name and the exact price. The account's own
//! listings are left out (they are in Activity). A refresh replaces the rows when it is complete;
//! on failure the previous rows stay.
class MarketModel : public QAbstractTableModel {
    Q_OBJECT
public:
    //! The table's columns.
    enum Column {
        ItemColumn,   //!< "Collection #token id"
        PriceColumn,  //!< exact decimal and symbol
        SellerColumn, //!< the seller's address, shortened
        ExpiresColumn,
        OrderColumn, //!< the order id
        ColumnCount
    };
    Q_ENUM(Column)
    //! Custom roles; each answers for every column of a row.
    enum Role {
        OrderIdRole = Qt::UserRole + 1, //!< qint64
        SellerRole,                     //!< QString, the full address
        TokenAddressRole,               //!< QString, the NFT's collection
        TokenIdRole,                    //!< QString
        PriceTextRole,                  //!< QString exact decimal ("" when the token is unknown)
        PriceSymbolRole,                //!< QString
        ExpiresRole,                    //!< QDateTime (UTC), invalid when the order has none
        CollectionNameRole,             //!< QString ("" when unknown)
    };
    Q_ENUM(Role)

    //! At most this many listings are loaded per refresh (the newest).
    static constexpr int kMaxListings = 1000;

    //! A model reading through `client` (not owned; it must outlive the model).
    explicit MarketModel(api::ImxClient *client, QObject *parent = nullptr);
    //! Running loads are cancelled: no callback reaches a destroyed model.
    ~MarketModel() override;

    //! The account whose own listings are left out; clears the rows, the error and lastUpdated().
    void setOwner(const QString &owner);
    //! The account.
    QString owner() const { return m_owner; }
    //! Reloads the listings; a refresh already running is replaced.
    void refresh();
    //! True between loading() and finished()/error().
    bool isLoading() const { return m_loading; }
    //! The last error's text for people, "" after a successful refresh.
    QString errorText() const { return m_errorText; }
    //! When the rows were last replaced by a successful refresh (invalid before the first one).
    QDateTime lastUpdated() const { return m_lastUpdated; }
    //! True when more listings exist than were loaded (kMaxListings).
    bool isTruncated() const { return m_truncated; }

    //! QAbstractItemModel: a flat list.
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
    struct Row {
        qint64 orderId = 0;
        QString seller;
        QString tokenAddress;
        QString tokenId;
        QString priceText;
        QString priceSymbol;
        QDateTime created;
        QDateTime expires;
    };

    void lookUpThenPublish();
    void publish();
    void fail(const QString &message);
    QString itemText(const Row &row) const;

    QPointer<api::ImxClient> m_client;
    QString m_owner;
    QObject *m_loadContext = nullptr;
    std::vector<api::Order> m_pending;          //!< the orders of the running refresh
    QHash<QString, QString> m_collectionNames;  //!< lower-case address -> name
    QHash<QString, api::TokenDetails> m_tokens; //!< lower-case ERC20 address -> details
    int m_lookupsOutstanding = 0;
    std::vector<Row> m_rows;
    bool m_loading = false;
    bool m_truncated = false;
    bool m_pendingTruncated = false;
    QString m_errorText;
    QDateTime m_lastUpdated;
};

} // namespace stardeck::ui
