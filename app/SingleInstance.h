// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace stardeck::app {

//! One wallet per user: the first instance listens on a local socket named per user; a later
//! launch finds it, asks it to raise its window and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    //! `key` names the socket; defaultKey() for the wallet.
    explicit SingleInstance(QString key, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! "stardeck-<hash of the user and the configuration directory>".
    static QString defaultKey();
    //! Tells a running instance to come to the front; true when one answered.
    bool forwardToRunning(int timeoutMs = 1000);
    //! Becomes the running instance; false when the socket cannot be created.
    bool listen();

Q_SIGNALS:
    //! Another launch asked this instance to show itself.
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace stardeck::app
