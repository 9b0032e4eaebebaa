// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"
#include "wallet/SecretStore.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace stardeck::platform {

//! scrypt cost parameters (N = 2^log2N). The defaults cost about 32 MiB and 0.1 s per derivation.
struct ScryptParams {
    int log2N = 15;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

//! The fallback store when no keychain is available: one file per key, `<directory>/<key>.secret`,
//! encrypted with AES-256-GCM under a key derived from a passphrase with scrypt.
//!
//! File format (version 1), all integers big-endian:
//!   "SDSECRET" | version u8 = 1 | kdf u8 = 1 (scrypt) | log2N u8 | r u32 | p u32 | salt[16] |
//!   verifier[16] | nonce[12] | ciphertext | tag[16]
//! scrypt yields 48 bytes: the AES key and a 16-byte verifier, so a wrong passphrase (verifier
//! mismatch) is told apart from a damaged file (GCM tag failure). The AAD is the header followed by
//! the key name, so a file renamed to another key does not open. Every write draws a new salt and
//! nonce and replaces the file atomically through QSaveFile with 0600 permissions (directory 0700).
//! The KDF, the cipher and the file I/O run on Qt's thread pool, never on the caller's thread.
//! Decodes the bytes of one secret file (the format above) for `key` with `passphrase`: the pure
//! part of a read, kept separate so the fuzz target reaches it. `path` only names the file in errors.
wallet::SecretReadResult decodeSecretFile(const QByteArray &file, const QString &path, const QString &key,
                                          const crypto::SecureBytes &passphrase);

class EncryptedFileSecretStore final : public wallet::SecretStore {
public:
    //! A store in `directory` (created with 0700 permissions on first write); locked until setPassphrase().
    explicit EncryptedFileSecretStore(QString directory, ScryptParams params = {});

    //! Sets the passphrase used by later operations (operations already running keep the old one).
    void setPassphrase(crypto::SecureBytes passphrase);
    //! True once a non-empty passphrase has been set.
    bool hasPassphrase() const;
    //! The file that holds `key` (whether or not it exists).
    QString filePath(const QString &key) const;
    //! The directory the secrets live in.
    QString directory() const { return m_directory; }

    void write(const QString &key, crypto::SecureBytes value, QObject *context,
               wallet::SecretStatusCallback done) override;
    void read(const QString &key, QObject *context, wallet::SecretReadCallback done) override;
    void remove(const QString &key, QObject *context, wallet::SecretStatusCallback done) override;
    //! Available when a passphrase is set and the directory can be created and written.
    void probe(QObject *context, wallet::SecretStatusCallback done) override;
    QString description() const override;

private:
    QString m_directory;
    ScryptParams m_params;
    // Shared with running workers, so replacing the passphrase never pulls it from under them.
    std::shared_ptr<const crypto::SecureBytes> m_passphrase;
};

} // namespace stardeck::platform
