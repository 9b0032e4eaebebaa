// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace stardeck::app {

namespace {
// One line per connection: "activate" or "callback <encoded URL>".
constexpr char kActivate[] = "activate";
constexpr char kCallback[] = "callback ";
constexpr qsizetype kMaxUrl = 4096;
constexpr qsizetype kMaxLine = kMaxUrl + 64;
} // namespace

bool SingleInstance::isCallbackUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("stardeck") && url.toEncoded().size() <= kMaxUrl;
}

SingleInstance::SingleInstance(QString key, QObject *parent) : QObject(parent), m_key(std::move(key)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    const QByteArray who = qgetenv("USER") + ' ' + qgetenv("USERNAME") + ' ' +
                           QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    return QStringLiteral("stardeck-") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::forwardToRunning(int timeoutMs, const QUrl &callback)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    // Start-up, before the window and any request exist: a short blocking wait is fine here.
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray line =
        isCallbackUrl(callback) ? QByteArray(kCallback) + callback.toEncoded() : QByteArray(kActivate);
    socket.write(line + '\n');
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return sent;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // A stale socket left by a crashed instance (nobody answered forwardToRunning).
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // A line may arrive in pieces; anything longer than a line can be is dropped.
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxLine)
                        socket->abort();
                    return;
                }
                const QByteArray line = socket->readLine(kMaxLine).trimmed();
                socket->disconnectFromServer();
                if (line == kActivate) {
                    Q_EMIT activationRequested();
                } else if (line.startsWith(kCallback)) {
                    const QUrl url =
                        QUrl::fromEncoded(line.mid(qsizetype(sizeof(kCallback) - 1)), QUrl::StrictMode);
                    if (isCallbackUrl(url)) {
                        Q_EMIT activationRequested();
                        Q_EMIT callbackReceived(url);
                    }
                }
            });
        }
    });
    return true;
}

} // namespace stardeck::app
