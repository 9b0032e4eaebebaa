// SPDX-License-Identifier: MIT
#include "passport/LoopbackReceiver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace stardeck::passport {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kRequestTimeoutMs = 10'000;

QByteArray page(const QByteArray &title, const QByteArray &text)
{
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body style=\"font-family: sans-serif\"><h1>" + title + "</h1><p>" + text +
           "</p></body></html>\n";
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

bool LoopbackReceiver::listen()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        answer(socket, 431, "Request Header Fields Too Large", page("Request too large", "Refused."));
        return;
    }
    socket->setProperty("request", buffer);
    // Wait for the end of the headers so the answer never races the rest of the request.
    if (!buffer.contains("\r\n\r\n") && !buffer.contains("\n\n"))
        return;
    const qsizetype lineEnd = buffer.indexOf('\n');
    const QList<QByteArray> parts = buffer.left(lineEnd).trimmed().split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        answer(socket, 400, "Bad Request", page("Bad request", "This is not an HTTP request."));
        return;
    }
    if (parts[0] != "GET") {
        answer(socket, 405, "Method Not Allowed",
               page("Not allowed", "Only the login callback is served here."));
        return;
    }
    const QByteArray &target = parts[1];
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path != "/callback" || m_done) {
        answer(socket, 404, "Not Found", page("Not found", "Only the login callback is served here."));
        return;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) +
                       QString::fromLatin1(target),
                   QUrl::StrictMode);
    if (!url.isValid()) {
        answer(socket, 400, "Bad Request", page("Bad request", "The callback URL is malformed."));
        return;
    }
    m_done = true;
    answer(socket, 200, "OK",
           page("Stardeck", "The login answer reached Stardeck. You can close this window."));
    m_server.close();
    Q_EMIT callbackReceived(url);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QByteArray &html)
{
    socket->setProperty("answered", true);
    socket->setProperty("request", QByteArray());
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: "
                  "close\r\nContent-Length: " +
                  QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}

} // namespace stardeck::passport
