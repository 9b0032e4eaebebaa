// SPDX-License-Identifier: MIT
#pragma once

// Asynchronous IMX API reads over QNetworkAccessManager.
//
// Calling pattern (one for every read): `client.balances(owner, query, context, callback)`.
// - The callback runs later on the client's thread, exactly once, with the decoded value or a
//   typed ApiError; never synchronously inside the call.
// - It never runs after `context` is destroyed: the context's destruction aborts the request
//   (and stops any retry timer). Destroying the client does the same for all its requests.
//   The context must live in the client's thread.
// - Reads are retried per RetryPolicy (5xx, 429 with Retry-After, timeouts); every attempt has
//   its own timeout; bodies over the configured cap are aborted while streaming in.
// - Decoding is strict (ImxDecode.h): a body that does not match the spec fails as a whole.

#include "api/ApiError.h"
#include "api/ClockSkew.h"
#include "api/ImxModels.h"
#include "api/RetryPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace stardeck::api {

//! Where and how the client talks to the API. The base URL is configuration: production and
//! sandbox hosts, or a local sandbox's "http://127.0.0.1:PORT/imx".
struct ImxClientConfig {
    QUrl baseUrl;
    int timeoutMs = 15'000;              //!< per attempt, from send to the last byte
    qint64 maxResponseBytes = 8ll << 20; //!< larger bodies fail with TooLarge, unread
    RetryPolicy retry;
    std::function<double()> random01; //!< jitter source in [0,1]; empty = QRandomGenerator
    //! Observer run right after a retry was scheduled (`nextAttempt` = 2 for the first retry), before
    //! control returns to the event loop; for tests and diagnostics. It may destroy the request's
    //! context (which cancels the retry) but must not destroy the client.
    std::function<void(int nextAttempt, qint64 delayMs)> onRetryScheduled;
};

//! Query parameters shared by list endpoints, plus endpoint-specific filters by API name.
struct ListQuery {
    int pageSize = 0; //!< 0 = the server's default
    QString cursor;   //!< empty = first page
    QString orderBy;
    QString direction;                      //!< "asc" or "desc"
    QList<QPair<QString, QString>> filters; //!< e.g. {"user", "0x..."}, {"status", "active"}
};

//! Filters of GET /v1/assets (typed; anything else goes in `list.filters`).
struct AssetQuery {
    ListQuery list;
    QString user;
    QString collection;
    QString status;
    QString name;
    QJsonObject metadata; //!< {"property": ["value", ...]} sent as JSON
    std::optional<bool> sellOrders;
    std::optional<bool> buyOrders;
    std::optional<bool> includeFees;
};

//! The IMX read client.
class ImxClient : public QObject {
    Q_OBJECT

public:
    template <class T>
    using Callback = std::function<void(ApiResult<T>)>;
    //! Receives each page of a stream in order; return false to stop early.
    template <class T>
    using PageCallback = std::function<bool(const Page<T> &)>;
    //! The end of a stream: the number of items delivered, or the error that ended it.
    using StreamDone = std::function<void(ApiResult<qint64>)>;

    //! A client using `nam` (not owned; must outlive the client).
    ImxClient(ImxClientConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ImxClient() override;

    //! The configuration in use.
    const ImxClientConfig &config() const { return m_config; }

    //! GET /v2/balances/{owner}
    void balances(const QString &owner, const ListQuery &query, QObject *context,
                  Callback<Page<Balance>> done);
    //! GET /v2/balances/{owner}/{address} ("eth" or the ERC20 address)
    void balance(const QString &owner, const QString &tokenAddress, QObject *context, Callback<Balance> done);
    //! GET /v1/assets with filters.
    void assets(const AssetQuery &query, QObject *context, Callback<Page<Asset>> done);
    //! Every page of GET /v1/assets, one request at a time, following the cursor; `done` runs once,
    //! after the last page, when onPage returns false, or with the error that ended the stream.
    void streamAssets(const AssetQuery &query, QObject *context, PageCallback<Asset> onPage, StreamDone done);
    //! Every page of GET /v3/orders (query.cursor is the starting point).
    void streamOrders(const ListQuery &query, QObject *context, PageCallback<Order> onPage, StreamDone done);
    //! Every page of GET /v1/transfers.
    void streamTransfers(const ListQuery &query, QObject *context, PageCallback<Transfer> onPage,
                         StreamDone done);
    //! Every page of GET /v3/trades.
    void streamTrades(const ListQuery &query, QObject *context, PageCallback<Trade> onPage, StreamDone done);
    //! GET /v1/assets/{token_address}/{token_id}
    void asset(const QString &tokenAddress, const QString &tokenId, QObject *context, Callback<Asset> done);
    //! GET /v1/collections
    void collections(const ListQuery &query, QObject *context, Callback<Page<Collection>> done);
    //! GET /v1/collections/{address}
    void collection(const QString &address, QObject *context, Callback<Collection> done);
    //! GET /v1/collections/{address}/metadata-schema
    void metadataSchema(const QString &address, QObject *context,
                        Callback<std::vector<MetadataSchemaProperty>> done);
    //! GET /v1/tokens
    void tokens(const ListQuery &query, QObject *context, Callback<Page<TokenDetails>> done);
    //! GET /v1/tokens/{address} ("eth" or the ERC20 address)
    void token(const QString &address, QObject *context, Callback<TokenDetails> done);
    //! GET /v3/orders
    void orders(const ListQuery &query, QObject *context, Callback<Page<Order>> done);
    //! GET /v3/orders/{id}
    void order(qint64 orderId, QObject *context, Callback<Order> done);
    //! GET /v3/trades
    void trades(const ListQuery &query, QObject *context, Callback<Page<Trade>> done);
    //! GET /v1/transfers
    void transfers(const ListQuery &query, QObject *context, Callback<Page<Transfer>> done);
    //! GET /v1/transfers/{id}
    void transfer(qint64 transactionId, QObject *context, Callback<Transfer> done);
    //! GET /v1/deposits (filters: user, status, token_type, token_address, min_timestamp, ...)
    void deposits(const ListQuery &query, QObject *context, Callback<Page<Deposit>> done);
    //! GET /v1/deposits/{id}
    void deposit(qint64 transactionId, QObject *context, Callback<Deposit> done);
    //! Every page of GET /v1/deposits.
    void streamDeposits(const ListQuery &query, QObject *context, PageCallback<Deposit> onPage,
                        StreamDone done);
    //! GET /v1/withdrawals (filters: user, status, rollup_status, withdrawn_to_wallet, ...)
    void withdrawals(const ListQuery &query, QObject *context, Callback<Page<Withdrawal>> done);
    //! GET /v1/withdrawals/{id}
    void withdrawal(qint64 transactionId, QObject *context, Callback<Withdrawal> done);
    //! Every page of GET /v1/withdrawals.
    void streamWithdrawals(const ListQuery &query, QObject *context, PageCallback<Withdrawal> onPage,
                           StreamDone done);
    //! GET /v1/mints (filters: user, status, token_address, token_id, ...)
    void mints(const ListQuery &query, QObject *context, Callback<Page<Mint>> done);
    //! GET /v1/mints/{id}: the mints of one transaction (the spec answers with an array).
    void mint(qint64 transactionId, QObject *context, Callback<std::vector<Mint>> done);
    //! Every page of GET /v1/mints.
    void streamMints(const ListQuery &query, QObject *context, PageCallback<Mint> onPage, StreamDone done);
    //! GET /v3/exchanges (filters: wallet_address, status, provider, transfer_id, id)
    void exchanges(const ListQuery &query, QObject *context, Callback<Page<Exchange>> done);
    //! GET /v3/exchanges/{id}
    void exchange(qint64 id, QObject *context, Callback<Exchange> done);
    //! Every page of GET /v3/exchanges.
    void streamExchanges(const ListQuery &query, QObject *context, PageCallback<Exchange> onPage,
                         StreamDone done);

    //! GET /v1/users/{user}: 200 = registered with its stark keys, 404 = not registered.
    void user(const QString &ethAddress, QObject *context, Callback<UserRegistration> done);

    //! A raw successful body for `path` (under the base URL) after retries; non-2xx is an error.
    void get(const QString &path, const QList<QPair<QString, QString>> &query, QObject *context,
             Callback<QByteArray> done);

    //! The servers' clock compared with ours, from every answer's Date header (F25).
    ClockSkew &clockSkew() { return m_clockSkew; }

private:
    class Request;

    template <class T>
    using PageFetch = std::function<void(const QString &cursor, QObject *context, Callback<Page<T>>)>;
    template <class T>
    void streamPages(PageFetch<T> fetch, const QString &firstCursor, QObject *context, PageCallback<T> onPage,
                     StreamDone done);
    template <class T>
    using ListFn = void (ImxClient::*)(const ListQuery &, QObject *, Callback<Page<T>>);
    template <class T>
    void streamList(ListFn<T> list, const ListQuery &query, QObject *context, PageCallback<T> onPage,
                    StreamDone done);
    template <class T>
    void getList(const QString &path, const ListQuery &query, QObject *context,
                 ApiResult<Page<T>> (*decoder)(const QByteArray &), Callback<Page<T>> done);
    template <class T>
    void getDecoded(const QString &path, const QList<QPair<QString, QString>> &query, QObject *context,
                    ApiResult<T> (*decoder)(const QByteArray &), Callback<T> done);
    QUrl urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const;

    ImxClientConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    ClockSkew m_clockSkew;
};

} // namespace stardeck::api
