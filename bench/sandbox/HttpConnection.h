// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

#include <deque>
#include <functional>

namespace stardeck::bench {

//! One HTTP/1.1 keep-alive connection to the sandbox over loopback, driven by the event loop.
//! Requests queue and go out one at a time (no pipelining: every response is read before the
//! next request is written). Deliberately minimal and cheap, so the client's own cost stays
//! small next to the server's: it needs Content-Length (the sandbox always sends it) and
//! reconnects when the server closes.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    //! status is 0 when the request failed at the transport level (then body is the reason).
    using Callback = std::function<void(int status, const QByteArray &headers, const QByteArray &body)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpConnection(quint16 port, QObject *parent = nullptr);

    //! Queues a request; `done` runs from the event loop when its response is complete.
    void request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                 const Headers &headers, Callback done);
    //! GET without a body.
    void get(const QByteArray &path, Callback done, const Headers &headers = {});
    //! POST of a JSON body.
    void postJson(const QByteArray &path, const QByteArray &json, Callback done, Headers headers = {});

    //! Requests answered on this connection (any status).
    qint64 completed() const { return m_completed; }

private:
    struct Pending {
        QByteArray wire;
        Callback done;
    };

    void sendNext();
    void onReadyRead();
    void onDisconnected();
    void fail(const QByteArray &reason);

    quint16 m_port;
    QTcpSocket m_socket;
    std::deque<Pending> m_queue;
    bool m_inFlight = false;
    QByteArray m_buffer;
    qint64 m_completed = 0;
};

} // namespace stardeck::bench
