// SPDX-License-Identifier: MIT
#include "HttpConnection.h"

#include <QHostAddress>

namespace stardeck::bench {

namespace {

//! The value of a header in a raw header block (case-insensitive name), empty if absent.
QByteArray headerValue(const QByteArray &block, const QByteArray &name)
{
    const QByteArray needle = "\r\n" + name.toLower() + ':';
    const qsizetype at = block.toLower().indexOf(needle);
    if (at < 0)
        return {};
    const qsizetype start = at + needle.size();
    const qsizetype end = block.indexOf("\r\n", start);
    return block.mid(start, end < 0 ? -1 : end - start).trimmed();
}

} // namespace

HttpConnection::HttpConnection(quint16 port, QObject *parent) : QObject(parent), m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::connected, this,
            [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The server closing an idle keep-alive connection is not an error of any request.
        if (error != QAbstractSocket::RemoteHostClosedError || m_inFlight)
            fail("socket error: " + m_socket.errorString().toUtf8());
    });
}

void HttpConnection::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                             const Headers &headers, Callback done)
{
    QByteArray wire;
    wire.reserve(256 + body.size());
    wire += method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const auto &[name, value] : headers)
        wire += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    wire += "\r\n";
    wire += body;
    m_queue.push_back(Pending{std::move(wire), std::move(done)});
    sendNext();
}

void HttpConnection::get(const QByteArray &path, Callback done, const Headers &headers)
{
    request("GET", path, {}, headers, std::move(done));
}

void HttpConnection::postJson(const QByteArray &path, const QByteArray &json, Callback done, Headers headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request("POST", path, json, headers, std::move(done));
}

void HttpConnection::sendNext()
{
    if (m_inFlight || m_queue.empty() || m_socket.state() == QAbstractSocket::ClosingState)
        return; // a closing socket calls again from onDisconnected
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_buffer.clear();
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }
    m_inFlight = true;
    // A TCP socket buffers what is written while it is still connecting. Once connected, send at
    // once rather than when the event loop next polls: otherwise requests leave in batches and
    // the two processes take turns instead of working at the same time.
    m_socket.write(m_queue.front().wire);
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.flush();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_inFlight) {
        if (!m_buffer.isEmpty())
            fail("unsolicited bytes from the server");
        return;
    }
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray block = m_buffer.left(headerEnd + 2);
    const qsizetype space = block.indexOf(' ');
    bool statusOk = false;
    const int status = space > 0 ? block.mid(space + 1, 3).toInt(&statusOk) : 0;
    if (!block.startsWith("HTTP/1.1 ") || !statusOk) {
        fail("malformed status line");
        return;
    }
    qsizetype length = 0;
    const QByteArray lengthText = headerValue(block, "content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            fail("malformed Content-Length");
            return;
        }
    } else if (status != 204 && status != 304 && status >= 200) {
        fail("response without Content-Length");
        return;
    }
    const qsizetype total = headerEnd + 4 + length;
    if (m_buffer.size() < total)
        return;
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, total);
    Pending done = std::move(m_queue.front());
    m_queue.pop_front();
    m_inFlight = false;
    ++m_completed;
    const bool closing = headerValue(block, "connection").toLower() == "close";
    if (closing)
        m_socket.disconnectFromHost();
    done.done(status, block, body);
    if (!closing)
        sendNext();
}

void HttpConnection::onDisconnected()
{
    if (m_inFlight) {
        fail("the server closed the connection before answering");
        return;
    }
    m_buffer.clear();
    sendNext(); // reconnects for whatever is queued
}

void HttpConnection::fail(const QByteArray &reason)
{
    // Every queued request fails: a broken connection is an error of the whole run.
    m_inFlight = false;
    std::deque<Pending> queue;
    queue.swap(m_queue);
    m_socket.abort();
    m_buffer.clear();
    for (Pending &p : queue)
        p.done(0, {}, reason);
}

} // namespace stardeck::bench
