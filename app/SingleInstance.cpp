// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace stardeck::app {

namespace {
constexpr char kActivate[] = "activate\n";
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

bool SingleInstance::forwardToRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    // Start-up, before the window and any request exist: a short blocking wait is fine here.
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
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
                if (socket->readAll().startsWith(QByteArray(kActivate).trimmed()))
                    Q_EMIT activationRequested();
            });
        }
    });
    return true;
}

} // namespace stardeck::app
