// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QLocalServer;

namespace stardeck::app {

//! One wallet per user: the first instance listens on a local socket named per user; a later
//! launch finds it, asks it to raise its window (handing over a stardeck:// login callback it was
//! started with, e.g. by the desktop's URL handler) and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    //! `key` names the socket; defaultKey() for the wallet.
    explicit SingleInstance(QString key, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! "stardeck-<hash of the user and the configuration directory>".
    static QString defaultKey();
    //! Tells a running instance to come to the front, with `callback` when it is a stardeck:// URL;
    //! true when one answered.
    bool forwardToRunning(int timeoutMs = 1000, const QUrl &callback = {});
    //! True for a URL the desktop may hand over: scheme "stardeck", at most 4 KiB encoded.
    static bool isCallbackUrl(const QUrl &url);
    //! Becomes the running instance; false when the socket cannot be created.
    bool listen();

Q_SIGNALS:
    //! Another launch asked this instance to show itself.
    void activationRequested();
    //! Another launch handed over a stardeck:// login callback (checked with isCallbackUrl()).
    void callbackReceived(const QUrl &url);

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace stardeck::app
