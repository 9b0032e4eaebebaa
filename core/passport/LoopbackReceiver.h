// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace stardeck::passport {

//! The one-shot loopback HTTP listener of the login (RFC 8252 7.3): listens on 127.0.0.1 on a free
//! port, answers the browser's GET /callback with a small page and reports the callback URL once.
//! Anything else (another method or path, a malformed or oversized request) gets an error page and
//! is ignored, so the login keeps waiting for the real redirect.
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);

    //! Starts listening on 127.0.0.1:0; false (with errorString()) when it cannot.
    bool listen();
    //! "http://127.0.0.1:PORT/callback"
    QString redirectUri() const;
    //! Why listen() failed.
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    //! The browser arrived at /callback; `url` is the full redirect URL with its query.
    void callbackReceived(const QUrl &url);

private:
    void accept();
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer m_server;
    bool m_done = false;
};

} // namespace stardeck::passport
