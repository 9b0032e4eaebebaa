// SPDX-License-Identifier: MIT
#include "SessionVault.h"

#include "platform/EncryptedFileSecretStore.h"
#include "platform/SecretStoreFactory.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

namespace stardeck::app {

namespace {

crypto::SecureBytes secretFrom(QByteArray &bytes)
{
    crypto::SecureBytes secret(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                               std::size_t(bytes.size()));
    crypto::secureWipe(bytes.data(), std::size_t(bytes.size()));
    return secret;
}

} // namespace

SessionVault::SessionVault(QString fileDirectory, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_fileDirectory(std::move(fileDirectory)), m_dialogParent(dialogParent)
{}

SessionVault::~SessionVault() = default;

QString SessionVault::description() const
{
    return m_store ? m_store->description() : QString();
}

void SessionVault::open(std::function<void(QString)> done)
{
    platform::SecretStoreConfig config;
    config.fileDirectory = m_fileDirectory;
    const auto useChoice = [this, done](platform::SecretStoreChoice chosen) {
        m_store = std::move(chosen.store);
        m_fileStore = chosen.fileStore;
        if (m_fileStore)
            askPassphrase(done);
        else
            done(QString());
    };
    if (qgetenv("STARDECK_SECRET_STORE") == "file") {
        auto chosen = std::make_shared<platform::SecretStoreChoice>();
        auto file = std::make_unique<platform::EncryptedFileSecretStore>(config.fileDirectory, config.scrypt);
        chosen->fileStore = file.get();
        chosen->store = std::move(file);
        QTimer::singleShot(0, this, [useChoice, chosen] { useChoice(std::move(*chosen)); });
        return;
    }
    platform::chooseSecretStore(config, this, useChoice);
}

void SessionVault::askPassphrase(std::function<void(QString)> done)
{
    QByteArray fromEnv = qgetenv("STARDECK_PASSPHRASE");
    if (!fromEnv.isEmpty()) {
        m_fileStore->setPassphrase(secretFrom(fromEnv));
        done(QString());
        return;
    }
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Unlock your wallet"));
    dialog->setLabelText(tr("No system keychain is available, so Stardeck keeps your session in an encrypted "
                            "file.\nPassphrase of that file (choose one the first time):"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAccessibleName(tr("Passphrase"));
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, done] {
        QByteArray bytes = dialog->textValue().toUtf8();
        dialog->setTextValue(QString());
        if (bytes.isEmpty()) {
            done(tr("A passphrase is needed to keep your session. You can still log in; the session will "
                    "not be remembered."));
            return;
        }
        m_fileStore->setPassphrase(secretFrom(bytes));
        done(QString());
    });
    connect(dialog, &QInputDialog::rejected, this,
            [done] { done(tr("The secret file stays locked; your session will not be remembered.")); });
    dialog->open(); // not exec(): no nested event loop
}

void SessionVault::read(const QString &key, QObject *context, wallet::SecretReadCallback done)
{
    m_store->read(key, context, std::move(done));
}

void SessionVault::write(const QString &key, crypto::SecureBytes value)
{
    if (value.empty()) {
        remove(key);
        return;
    }
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(value));
    enqueue([this, key, shared](std::function<void()> next) {
        m_store->write(key, std::move(*shared), this, [this, next](wallet::SecretStoreStatus status) {
            if (!status)
                Q_EMIT writeFailed(tr("Your session could not be saved: %1").arg(status.error().message));
            next();
        });
    });
}

void SessionVault::remove(const QString &key)
{
    enqueue([this, key](std::function<void()> next) {
        m_store->remove(key, this, [this, next](wallet::SecretStoreStatus status) {
            if (!status && status.error().code != wallet::SecretStoreErrorCode::NotFound)
                Q_EMIT writeFailed(
                    tr("Your stored session could not be removed: %1").arg(status.error().message));
            next();
        });
    });
}

void SessionVault::enqueue(std::function<void(std::function<void()>)> operation)
{
    if (!m_store)
        return;
    ++m_pending;
    m_queue.append(std::move(operation));
    if (m_pending == 1)
        runNext();
}

void SessionVault::runNext()
{
    if (m_queue.isEmpty())
        return;
    auto operation = m_queue.takeFirst();
    operation([this] {
        --m_pending;
        if (m_pending > 0)
            runNext();
        else
            Q_EMIT idle();
    });
}

} // namespace stardeck::app
