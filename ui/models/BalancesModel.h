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

namespace stardeck::media {
class MediaLoader;
}

namespace stardeck::ui {

class ThumbnailCache;

//! The Overview's balances: one row per token the owner holds (GET /v2/balances/{owner}), with the
//! token's name, icon and decimals from GET /v1/tokens/{address}. Amounts are formatted exactly from
//! base units (never floating point). Loading is asynchronous; a refresh replaces the rows only once
//! everything it needs has arrived, so the table never shows half an answer.
class BalancesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    //! The table's columns.
    enum Column {
        TokenColumn,        //!< symbol with the token icon
        BalanceColumn,      //!< the spendable balance
        PreparingColumn,    //!< amount in a withdrawal being prepared
        WithdrawableColumn, //!< amount ready to withdraw on L1
        ColumnCount
    };
    Q_ENUM(Column)

    //! Custom roles; each answers for every column of a row. Raw values are never masked.
    enum Role {
        SymbolRole = Qt::UserRole + 1, //!< QString "ETH"
        NameRole,                      //!< QString "Ethereum"
        TokenAddressRole,              //!< QString, "" for ETH
        DecimalsRole,                  //!< int
        BalanceTextRole,               //!< QString exact decimal, e.g. "12.5"
        BalanceBaseUnitsRole,          //!< QString base units in decimal, e.g. "12500000000000000000"
        PreparingTextRole,             //!< QString exact decimal
        WithdrawableTextRole,          //!< QString exact decimal
        ImageUrlRole,                  //!< QString token image URL ("" when none)
    };
    Q_ENUM(Role)

    //! A model reading through `client`, images through `media` (both not owned; they must outlive
    //! the model; `media` may be null: icons stay placeholders).
    BalancesModel(api::ImxClient *client, media::MediaLoader *media, QObject *parent = nullptr);
    //! Running loads are cancelled: no callback reaches a destroyed model.
    ~BalancesModel() override;

    //! Sets the account (IMX Ethereum address) shown; clears the rows and cancels a running load.
    void setOwner(const QString &owner);
    //! The account shown.
    QString owner() const { return m_owner; }
    //! Reloads the balances; a refresh already running is cancelled and replaced.
    void refresh();
    //! True between loading() and finished()/error().
    bool isLoading() const { return m_loading; }
    //! When the rows were last replaced by a successful refresh (invalid before the first one).
    QDateTime lastUpdated() const { return m_lastUpdated; }
    //! The last error's text for people, "" after a successful refresh.
    QString errorText() const { return m_errorText; }
    //! Hides or shows amounts: while hidden, display, tooltip and accessible text show a mask.
    void setBalancesHidden(bool hidden);
    //! True while amounts are masked.
    bool balancesHidden() const { return m_hidden; }
    //! Forgets token icons that failed (e.g. after third-party media was turned back on) so that
    //! they are tried again when views ask.
    void retryImages();
    //! The mask shown instead of an amount.
    static QString mask();

    //! QAbstractItemModel: a flat list; amounts and texts per the roles above.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! A refresh started.
    void loading();
    //! A refresh succeeded; the rows and lastUpdated() are current.
    void finished();
    //! A refresh failed with `message` (for people); the previous rows stay.
    void error(const QString &message);
    //! The hide-balances mode changed.
    void balancesHiddenChanged(bool hidden);

private:
    struct Row {
        api::Balance balance;
        api::TokenDetails token;
        QString balanceText;
        QString preparingText;
        QString withdrawableText;
    };

    void fetchPage(const QString &cursor);
    void resolveTokens();
    void publish();
    void fail(const QString &message);
    QString amountText(const Row &row, int column) const;
    void onImageReady(const QString &url);

    QPointer<api::ImxClient> m_client;
    ThumbnailCache *m_images = nullptr;
    QString m_owner;
    std::vector<Row> m_rows;
    QHash<QString, api::TokenDetails> m_tokens; //!< by lower-case token address ("" = ETH)
    QObject *m_loadContext = nullptr;           //!< parent of the running refresh's requests
    std::vector<api::Balance> m_pending;        //!< balances of the running refresh
    int m_tokensOutstanding = 0;
    bool m_loadFailed = false;
    bool m_loading = false;
    bool m_hidden = false;
    QDateTime m_lastUpdated;
    QString m_errorText;
};

} // namespace stardeck::ui
