// SPDX-License-Identifier: MIT
#include "HostileHostServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace stardeck::test {

HostileHostServer::HostileHostServer() : HostileHostServer(QSslCertificate(), QSslKey()) {}

HostileHostServer::HostileHostServer(const QSslCertificate &certificate, const QSslKey &key)
{
    if (certificate.isNull()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(tls);
        connect(server.get(), &QSslServer::handshakeInterruptedOnError, this,
                [this](QSslSocket *, QSslError) { ++m_failedHandshakes; });
        connect(server.get(), &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
        m_server = std::move(server);
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    m_server->listen(QHostAddress::LocalHost, 0);
}

HostileHostServer::~HostileHostServer() = default;

quint16 HostileHostServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

int HostileHostServer::requestsFor(const QString &host) const
{
    int count = 0;
    for (const SeenRequest &request : m_requests)
        count += request.host == host.toLower() ? 1 : 0;
    return count;
}

void HostileHostServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool())
            return;
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        socket->setProperty("answered", true);
        answer(socket, buffer.left(end));
    });
}

void HostileHostServer::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    SeenRequest seen;
    seen.method = QString::fromLatin1(requestLine.value(0));
    seen.path = QString::fromLatin1(requestLine.value(1));
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("host:")) {
            QString host = QString::fromLatin1(line.mid(5).trimmed()).toLower();
            const int colon = host.lastIndexOf(QLatin1Char(':'));
            if (colon > 0)
                host.truncate(colon);
            seen.host = host;
        }
    }
    m_requests.append(seen);

    const QUrl url(QStringLiteral("http://x") + seen.path);
    QByteArray response;
    if (url.path() == QLatin1String("/auth/redirect")) {
        const QByteArray to =
            QUrlQuery(url).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8();
        response =
            "HTTP/1.1 302 Found\r\nLocation: " + to + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    } else {
        const QByteArray body = "<!doctype html><html><head><title>login</title></head><body>"
                                "<p id=\"ready\">" +
                                seen.host.toUtf8() + "</p></body></html>";
        response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace stardeck::test
