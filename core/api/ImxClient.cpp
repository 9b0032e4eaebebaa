// SPDX-License-Identifier: MIT
#include "api/ImxClient.h"

#include "api/ImxDecode.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

namespace stardeck::api {

namespace {

// Keep QNAM from reading far ahead of us, so the size cap bounds memory, not just the result.
constexpr qint64 kReadBufferBytes = 64 * 1024;

QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void appendListQuery(QList<QPair<QString, QString>> &out, const ListQuery &q)
{
    if (q.pageSize > 0)
        out.append({QStringLiteral("page_size"), QString::number(q.pageSize)});
    if (!q.cursor.isEmpty())
        out.append({QStringLiteral("cursor"), q.cursor});
    if (!q.orderBy.isEmpty())
        out.append({QStringLiteral("order_by"), q.orderBy});
    if (!q.direction.isEmpty())
        out.append({QStringLiteral("direction"), q.direction});
    out.append(q.filters);
}

QList<QPair<QString, QString>> assetParams(const AssetQuery &q)
{
    QList<QPair<QString, QString>> out;
    appendListQuery(out, q.list);
    auto text = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out.append({QString::fromLatin1(key), value});
    };
    auto flag = [&out](const char *key, const std::optional<bool> &value) {
        if (value)
            out.append({QString::fromLatin1(key), *value ? QStringLiteral("true") : QStringLiteral("false")});
    };
    text("user", q.user);
    text("collection", q.collection);
    text("status", q.status);
    text("name", q.name);
    if (!q.metadata.isEmpty())
        text("metadata", QString::fromUtf8(QJsonDocument(q.metadata).toJson(QJsonDocument::Compact)));
    flag("sell_orders", q.sellOrders);
    flag("buy_orders", q.buyOrders);
    flag("include_fees", q.includeFees);
    return out;
}

} // namespace

//! One logical read: attempts, timers and the reply of the current attempt. Owned by the client
//! (QObject parent), deleted when done, when the context dies or with the client.
class ImxClient::Request : public QObject {
public:
    Request(ImxClient *client, QUrl url, QObject *context, Callback<QByteArray> done)
        : QObject(client)
        , m_client(client)
        , m_url(std::move(url))
        , m_context(context)
        , m_done(std::move(done))
    {
        m_timeout.setSingleShot(true);
        m_backoff.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
        connect(&m_backoff, &QTimer::timeout, this, [this] { sendAttempt(); });
        // The context's death cancels silently: its callback must never run.
        connect(context, &QObject::destroyed, this, [this] { cancel(); });
    }

    ~Request() override { dropReply(); }

    //! Starts the first attempt on the next event-loop turn, so callbacks are never synchronous.
    void start()
    {
        QTimer::singleShot(0, this, [this] { sendAttempt(); });
    }

private:
    void sendAttempt()
    {
        if (!m_client->m_nam) {
            finish(ApiError{
                ApiError::Kind::Network, 0, {}, QStringLiteral("no network access manager"), {}, m_attempt});
            return;
        }
        ++m_attempt;
        m_body.clear();
        m_tooLarge = false;
        m_timedOut = false;
        QNetworkRequest request(m_url);
        request.setRawHeader("Accept", "application/json");
        m_reply = m_client->m_nam->get(request);
        m_reply->setReadBufferSize(kReadBufferBytes);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkDeclaredSize(); });
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { readChunk(); });
        connect(m_reply, &QNetworkReply::finished, this, [this] { onFinished(); });
        m_timeout.start(m_client->m_config.timeoutMs);
    }

    void checkDeclaredSize()
    {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_client->m_config.maxResponseBytes)
            rejectTooLarge();
    }

    void readChunk()
    {
        if (m_tooLarge)
            return;
        if (m_body.size() + m_reply->bytesAvailable() > m_client->m_config.maxResponseBytes) {
            rejectTooLarge();
            return;
        }
        m_body += m_reply->readAll();
    }

    void rejectTooLarge()
    {
        m_tooLarge = true;
        if (m_reply->isRunning())
            m_reply->abort(); // emits finished, handled in onFinished
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        if (!reply)
            return;
        m_timeout.stop();
        if (!m_tooLarge && !m_timedOut)
            readChunk();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (status != 0)
            m_client->m_clockSkew.observe(reply->rawHeader("Date"));
        const QNetworkReply::NetworkError netError = reply->error();
        const QString netMessage = reply->errorString();
        dropReply();

        const qint64 cap = m_client->m_config.maxResponseBytes;
        if (m_tooLarge) {
            finish(ApiError{ApiError::Kind::TooLarge,
                            status,
                            {},
                            QStringLiteral("body exceeds %1 bytes").arg(cap),
                            {},
                            m_attempt});
            return;
        }
        if (m_timedOut) {
            retryOrFail(ApiError{ApiError::Kind::Timeout,
                                 0,
                                 {},
                                 QStringLiteral("no answer within %1 ms").arg(m_client->m_config.timeoutMs),
                                 {},
                                 m_attempt},
                        -1);
            return;
        }
        if (status == 0) {
            finish(ApiError{ApiError::Kind::Network, 0, {}, netMessage, {}, m_attempt});
            return;
        }
        if (status >= 200 && status < 300) {
            if (netError == QNetworkReply::NoError)
                finish(std::move(m_body));
            else // the connection broke inside a successful answer: the body is incomplete
                finish(ApiError{ApiError::Kind::Network, status, {}, netMessage, {}, m_attempt});
            return;
        }
        ApiError error{ApiError::Kind::HttpStatus, status, {}, {}, {}, m_attempt};
        decode::errorBody(m_body, &error.code, &error.message);
        if (error.message.isEmpty())
            error.message = netMessage;
        if (!RetryPolicy::isRetryableStatus(status)) {
            finish(std::move(error));
            return;
        }
        qint64 retryAfterMs = -1;
        bool ok = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
        if (ok && seconds >= 0)
            retryAfterMs = std::min<qint64>(seconds, 1'000'000'000) * 1000; // no overflow on absurd values
        retryOrFail(std::move(error), retryAfterMs);
    }

    void retryOrFail(ApiError error, qint64 retryAfterMs)
    {
        const RetryPolicy &policy = m_client->m_config.retry;
        if (m_attempt >= policy.maxAttempts) {
            finish(std::move(error));
            return;
        }
        if (retryAfterMs > policy.maxRetryAfterMs) {
            error.message += QStringLiteral(" (server asked to retry after %1 s, more than allowed)")
                                 .arg(retryAfterMs / 1000);
            finish(std::move(error));
            return;
        }
        const auto &random = m_client->m_config.random01;
        const qint64 delay = policy.delayMs(
            m_attempt + 1, retryAfterMs,
            random ? random : [] { return QRandomGenerator::global()->generateDouble(); });
        m_backoff.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
        if (m_client->m_config.onRetryScheduled)
            m_client->m_config.onRetryScheduled(m_attempt + 1, delay);
    }

    void finish(ApiResult<QByteArray> result)
    {
        m_timeout.stop();
        m_backoff.stop();
        Callback<QByteArray> done = std::move(m_done);
        m_done = nullptr;
        const QPointer<QObject> context = m_context;
        deleteLater();
        if (done && context)
            done(std::move(result));
    }

    void cancel()
    {
        m_done = nullptr;
        m_timeout.stop();
        m_backoff.stop();
        dropReply();
        deleteLater();
    }

    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }

    ImxClient *m_client;
    QUrl m_url;
    QPointer<QObject> m_context;
    Callback<QByteArray> m_done;
    QPointer<QNetworkReply> m_reply; // QPointer: replies die with their QNetworkAccessManager
    QTimer m_timeout;
    QTimer m_backoff;
    QByteArray m_body;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_timedOut = false;
};

ImxClient::ImxClient(ImxClientConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(nam)
{}

ImxClient::~ImxClient() = default;

QUrl ImxClient::urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

void ImxClient::get(const QString &path, const QList<QPair<QString, QString>> &query, QObject *context,
                    Callback<QByteArray> done)
{
    Q_ASSERT(context);
    auto *request = new Request(this, urlFor(path, query), context, std::move(done));
    request->start();
}

template <class T>
void ImxClient::getDecoded(const QString &path, const QList<QPair<QString, QString>> &query, QObject *context,
                           ApiResult<T> (*decoder)(const QByteArray &), Callback<T> done)
{
    get(path, query, context, [decoder, done = std::move(done)](ApiResult<QByteArray> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(decoder(raw.value()));
    });
}

template <class T>
void ImxClient::getList(const QString &path, const ListQuery &query, QObject *context,
                        ApiResult<Page<T>> (*decoder)(const QByteArray &), Callback<Page<T>> done)
{
    QList<QPair<QString, QString>> params;
    appendListQuery(params, query);
    getDecoded<Page<T>>(path, params, context, decoder, std::move(done));
}

void ImxClient::balances(const QString &owner, const ListQuery &query, QObject *context,
                         Callback<Page<Balance>> done)
{
    getList<Balance>(QStringLiteral("/v2/balances/") + encodeSegment(owner), query, context,
                     &decode::balanceList, std::move(done));
}

void ImxClient::balance(const QString &owner, const QString &tokenAddress, QObject *context,
                        Callback<Balance> done)
{
    getDecoded<Balance>(
        QStringLiteral("/v2/balances/%1/%2").arg(encodeSegment(owner), encodeSegment(tokenAddress)), {},
        context, &decode::balance, std::move(done));
}

void ImxClient::assets(const AssetQuery &query, QObject *context, Callback<Page<Asset>> done)
{
    getDecoded<Page<Asset>>(QStringLiteral("/v1/assets"), assetParams(query), context, &decode::assetList,
                            std::move(done));
}

template <class T>
void ImxClient::streamPages(PageFetch<T> fetch, const QString &firstCursor, QObject *context,
                            PageCallback<T> onPage, StreamDone done)
{
    // One page at a time: the next request goes out only after the caller has seen this page.
    struct State {
        PageFetch<T> fetch;
        PageCallback<T> onPage;
        StreamDone done;
        QString cursor;
        qint64 delivered = 0;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->fetch = std::move(fetch);
    state->onPage = std::move(onPage);
    state->done = std::move(done);
    state->cursor = firstCursor;
    const QPointer<QObject> guard(context);
    // The pending request's callback owns the state; `next` holds only a weak reference, so a
    // cancelled request (context or client destroyed) frees everything.
    state->next = [guard, weak = std::weak_ptr<State>(state)] {
        const auto s = weak.lock();
        if (!s || !guard)
            return;
        s->fetch(s->cursor, guard.data(), [s](ApiResult<Page<T>> page) {
            if (!page) {
                s->done(page.error());
                return;
            }
            s->delivered += qint64(page->items.size());
            const bool wanted = s->onPage(page.value());
            if (!wanted || !page->hasMore || page->cursor.isEmpty()) {
                s->done(s->delivered);
                return;
            }
            s->cursor = page->cursor;
            s->next();
        });
    };
    state->next();
}

void ImxClient::streamAssets(const AssetQuery &query, QObject *context, PageCallback<Asset> onPage,
                             StreamDone done)
{
    streamPages<Asset>(
        [this, query](const QString &cursor, QObject *c, Callback<Page<Asset>> cb) {
            AssetQuery q = query;
            q.list.cursor = cursor;
            assets(q, c, std::move(cb));
        },
        query.list.cursor, context, std::move(onPage), std::move(done));
}

template <class T>
void ImxClient::streamList(ListFn<T> list, const ListQuery &query, QObject *context, PageCallback<T> onPage,
                           StreamDone done)
{
    streamPages<T>(
        [this, list, query](const QString &cursor, QObject *c, Callback<Page<T>> cb) {
            ListQuery q = query;
            q.cursor = cursor;
            (this->*list)(q, c, std::move(cb));
        },
        query.cursor, context, std::move(onPage), std::move(done));
}

void ImxClient::streamOrders(const ListQuery &query, QObject *context, PageCallback<Order> onPage,
                             StreamDone done)
{
    streamList<Order>(&ImxClient::orders, query, context, std::move(onPage), std::move(done));
}

void ImxClient::streamTransfers(const ListQuery &query, QObject *context, PageCallback<Transfer> onPage,
                                StreamDone done)
{
    streamList<Transfer>(&ImxClient::transfers, query, context, std::move(onPage), std::move(done));
}

void ImxClient::streamTrades(const ListQuery &query, QObject *context, PageCallback<Trade> onPage,
                             StreamDone done)
{
    streamList<Trade>(&ImxClient::trades, query, context, std::move(onPage), std::move(done));
}

void ImxClient::asset(const QString &tokenAddress, const QString &tokenId, QObject *context,
                      Callback<Asset> done)
{
    getDecoded<Asset>(
        QStringLiteral("/v1/assets/%1/%2").arg(encodeSegment(tokenAddress), encodeSegment(tokenId)), {},
        context, &decode::asset, std::move(done));
}

void ImxClient::collections(const ListQuery &query, QObject *context, Callback<Page<Collection>> done)
{
    getList<Collection>(QStringLiteral("/v1/collections"), query, context, &decode::collectionList,
                        std::move(done));
}

void ImxClient::collection(const QString &address, QObject *context, Callback<Collection> done)
{
    getDecoded<Collection>(QStringLiteral("/v1/collections/") + encodeSegment(address), {}, context,
                           &decode::collection, std::move(done));
}

void ImxClient::metadataSchema(const QString &address, QObject *context,
                               Callback<std::vector<MetadataSchemaProperty>> done)
{
    getDecoded<std::vector<MetadataSchemaProperty>>(
        QStringLiteral("/v1/collections/%1/metadata-schema").arg(encodeSegment(address)), {}, context,
        &decode::metadataSchema, std::move(done));
}

void ImxClient::tokens(const ListQuery &query, QObject *context, Callback<Page<TokenDetails>> done)
{
    getList<TokenDetails>(QStringLiteral("/v1/tokens"), query, context, &decode::tokenList, std::move(done));
}

void ImxClient::token(const QString &address, QObject *context, Callback<TokenDetails> done)
{
    getDecoded<TokenDetails>(QStringLiteral("/v1/tokens/") + encodeSegment(address), {}, context,
                             &decode::token, std::move(done));
}

void ImxClient::orders(const ListQuery &query, QObject *context, Callback<Page<Order>> done)
{
    getList<Order>(QStringLiteral("/v3/orders"), query, context, &decode::orderList, std::move(done));
}

void ImxClient::order(qint64 orderId, QObject *context, Callback<Order> done)
{
    getDecoded<Order>(QStringLiteral("/v3/orders/%1").arg(orderId), {}, context, &decode::order,
                      std::move(done));
}

void ImxClient::trades(const ListQuery &query, QObject *context, Callback<Page<Trade>> done)
{
    getList<Trade>(QStringLiteral("/v3/trades"), query, context, &decode::tradeList, std::move(done));
}

void ImxClient::transfers(const ListQuery &query, QObject *context, Callback<Page<Transfer>> done)
{
    getList<Transfer>(QStringLiteral("/v1/transfers"), query, context, &decode::transferList,
                      std::move(done));
}

void ImxClient::transfer(qint64 transactionId, QObject *context, Callback<Transfer> done)
{
    getDecoded<Transfer>(QStringLiteral("/v1/transfers/%1").arg(transactionId), {}, context,
                         &decode::transfer, std::move(done));
}

void ImxClient::deposits(const ListQuery &query, QObject *context, Callback<Page<Deposit>> done)
{
    getList<Deposit>(QStringLiteral("/v1/deposits"), query, context, &decode::depositList, std::move(done));
}

void ImxClient::deposit(qint64 transactionId, QObject *context, Callback<Deposit> done)
{
    getDecoded<Deposit>(QStringLiteral("/v1/deposits/%1").arg(transactionId), {}, context, &decode::deposit,
                        std::move(done));
}

void ImxClient::streamDeposits(const ListQuery &query, QObject *context, PageCallback<Deposit> onPage,
                               StreamDone done)
{
    streamList<Deposit>(&ImxClient::deposits, query, context, std::move(onPage), std::move(done));
}

void ImxClient::withdrawals(const ListQuery &query, QObject *context, Callback<Page<Withdrawal>> done)
{
    getList<Withdrawal>(QStringLiteral("/v1/withdrawals"), query, context, &decode::withdrawalList,
                        std::move(done));
}

void ImxClient::withdrawal(qint64 transactionId, QObject *context, Callback<Withdrawal> done)
{
    getDecoded<Withdrawal>(QStringLiteral("/v1/withdrawals/%1").arg(transactionId), {}, context,
                           &decode::withdrawal, std::move(done));
}

void ImxClient::streamWithdrawals(const ListQuery &query, QObject *context, PageCallback<Withdrawal> onPage,
                                  StreamDone done)
{
    streamList<Withdrawal>(&ImxClient::withdrawals, query, context, std::move(onPage), std::move(done));
}

void ImxClient::mints(const ListQuery &query, QObject *context, Callback<Page<Mint>> done)
{
    getList<Mint>(QStringLiteral("/v1/mints"), query, context, &decode::mintList, std::move(done));
}

void ImxClient::mint(qint64 transactionId, QObject *context, Callback<std::vector<Mint>> done)
{
    getDecoded<std::vector<Mint>>(QStringLiteral("/v1/mints/%1").arg(transactionId), {}, context,
                                  &decode::mint, std::move(done));
}

void ImxClient::streamMints(const ListQuery &query, QObject *context, PageCallback<Mint> onPage,
                            StreamDone done)
{
    streamList<Mint>(&ImxClient::mints, query, context, std::move(onPage), std::move(done));
}

void ImxClient::exchanges(const ListQuery &query, QObject *context, Callback<Page<Exchange>> done)
{
    getList<Exchange>(QStringLiteral("/v3/exchanges"), query, context, &decode::exchangeList,
                      std::move(done));
}

void ImxClient::exchange(qint64 id, QObject *context, Callback<Exchange> done)
{
    getDecoded<Exchange>(QStringLiteral("/v3/exchanges/%1").arg(id), {}, context, &decode::exchange,
                         std::move(done));
}

void ImxClient::streamExchanges(const ListQuery &query, QObject *context, PageCallback<Exchange> onPage,
                                StreamDone done)
{
    streamList<Exchange>(&ImxClient::exchanges, query, context, std::move(onPage), std::move(done));
}

void ImxClient::user(const QString &ethAddress, QObject *context, Callback<UserRegistration> done)
{
    get(QStringLiteral("/v1/users/") + encodeSegment(ethAddress), {}, context,
        [done = std::move(done)](ApiResult<QByteArray> raw) {
            if (!raw) {
                // The API's way of saying "no such account": an answer, not a failure.
                if (raw.error().kind == ApiError::Kind::HttpStatus && raw.error().httpStatus == 404) {
                    done(UserRegistration{});
                    return;
                }
                done(raw.error());
                return;
            }
            done(decode::user(raw.value()));
        });
}

} // namespace stardeck::api
