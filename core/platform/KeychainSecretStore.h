// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/SecretStore.h"

#include <QString>

#include <chrono>

namespace stardeck::platform {

//! Secrets in the desktop keychain through QtKeychain (libsecret / Secret Service on Linux), under a
//! configurable service name. Never uses QtKeychain's insecure (plaintext QSettings) fallback.
//!
//! Every job is bounded by a timeout reported as Unavailable: with a display and a locked or new
//! keyring, gnome-keyring opens a prompter that may never be answered, and the job would never finish.
class KeychainSecretStore final : public wallet::SecretStore {
public:
    //! A store for `service` whose jobs give up after `timeout`.
    explicit KeychainSecretStore(QString service,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(10));

    //! The keychain service name the secrets are filed under.
    QString service() const { return m_service; }

    void write(const QString &key, crypto::SecureBytes value, QObject *context,
               wallet::SecretStatusCallback done) override;
    void read(const QString &key, QObject *context, wallet::SecretReadCallback done) override;
    void remove(const QString &key, QObject *context, wallet::SecretStatusCallback done) override;
    //! Writes, reads back and deletes a random probe entry: with libsecret, reads and deletes succeed (or
    //! say NotFound) even without a usable keyring, so only a write proves the keychain works.
    void probe(QObject *context, wallet::SecretStatusCallback done) override;
    QString description() const override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace stardeck::platform
