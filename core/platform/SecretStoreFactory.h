// SPDX-License-Identifier: MIT
#pragma once

#include "platform/EncryptedFileSecretStore.h"
#include "wallet/SecretStore.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace stardeck::platform {

//! Where secrets may go: the keychain service name and the fallback file store's directory.
struct SecretStoreConfig {
    QString keychainService = QStringLiteral("stardeck");
    std::chrono::milliseconds probeTimeout = std::chrono::seconds(5);
    QString fileDirectory;
    ScryptParams scrypt;
};

//! The store picked by chooseSecretStore().
struct SecretStoreChoice {
    std::unique_ptr<wallet::SecretStore> store;
    //! Non-null when the file store was picked: it is locked until the caller sets a passphrase.
    EncryptedFileSecretStore *fileStore = nullptr;
    //! Why the keychain was not used (set exactly when fileStore is).
    std::optional<wallet::SecretStoreError> keychainError;
};

//! Probes the keychain (write/read/delete with a timeout) and delivers a KeychainSecretStore when it
//! works, otherwise an EncryptedFileSecretStore in config.fileDirectory. Never a plaintext store.
void chooseSecretStore(const SecretStoreConfig &config, QObject *context,
                       std::function<void(SecretStoreChoice)> done);

} // namespace stardeck::platform
