// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace stardeck::platform {
class EncryptedFileSecretStore;
}

namespace stardeck::app {

//! The wallet's secret store as the desktop uses it: the keychain when it works, else the encrypted
//! file store unlocked with a passphrase (STARDECK_PASSPHRASE, else asked in a dialog);
//! STARDECK_SECRET_STORE=file picks the file store at once. Writes and removals run one after the
//! other, so a later removal never overtakes an earlier write.
class SessionVault : public QObject {
    Q_OBJECT
public:
    //! The file store lives in `fileDirectory`; the passphrase dialog opens over `dialogParent`.
    SessionVault(QString fileDirectory, QWidget *dialogParent, QObject *parent = nullptr);
    ~SessionVault() override;

    //! Picks and unlocks the store; `done` gets "" when it is usable, else why not (for people).
    void open(std::function<void(QString error)> done);
    //! The store (null before open() finished).
    wallet::SecretStore *store() const { return m_store.get(); }
    //! Where secrets are kept, for people ("" before open()).
    QString description() const;

    //! Reads `key`.
    void read(const QString &key, QObject *context, wallet::SecretReadCallback done);
    //! Queues writing `value` under `key` (an empty value removes it).
    void write(const QString &key, crypto::SecureBytes value);
    //! Queues removing `key`.
    void remove(const QString &key);
    //! True when no queued write or removal runs.
    bool isIdle() const { return m_pending == 0; }

Q_SIGNALS:
    //! A queued write or removal failed; `message` is for people.
    void writeFailed(const QString &message);
    //! The queue ran empty.
    void idle();

private:
    void askPassphrase(std::function<void(QString)> done);
    void enqueue(std::function<void(std::function<void()>)> operation);
    void runNext();

    QString m_fileDirectory;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<wallet::SecretStore> m_store;
    platform::EncryptedFileSecretStore *m_fileStore = nullptr;
    QList<std::function<void(std::function<void()>)>> m_queue;
    int m_pending = 0;
};

} // namespace stardeck::app
