// SPDX-License-Identifier: MIT
#pragma once

// Test support for the login view's hostile-host tests: a tiny HTTP (or, with a certificate, HTTPS)
// server on 127.0.0.1 that records the Host header and path of every request and answers
// `/auth/redirect?to=URL` with a 302 to URL and everything else with a small page. The browser engine
// reaches it under any host name through Chromium's --host-resolver-rules="MAP * 127.0.0.1".

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace stardeck::test {

//! One request as the server saw it.
struct SeenRequest {
    QString method;
    QString host; //!< the Host header, lower case, without the port
    QString path; //!< path and query
};

class HostileHostServer : public QObject {
    Q_OBJECT
public:
    //! Plain HTTP.
    HostileHostServer();
    //! HTTPS with `certificate` and `key`.
    HostileHostServer(const QSslCertificate &certificate, const QSslKey &key);
    ~HostileHostServer() override;

    //! The port it listens on (127.0.0.1), 0 if it could not listen.
    quint16 port() const;
    //! Every request received so far.
    const QList<SeenRequest> &requests() const { return m_requests; }
    //! Requests whose Host header was `host`.
    int requestsFor(const QString &host) const;
    //! TLS connections whose handshake failed (the client refused our certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head);

    std::unique_ptr<QTcpServer> m_server;
    QList<SeenRequest> m_requests;
    int m_failedHandshakes = 0;
};

} // namespace stardeck::test
