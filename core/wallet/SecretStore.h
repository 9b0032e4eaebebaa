// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace stardeck::wallet {

//! Why a secret-store operation failed.
enum class SecretStoreErrorCode {
    NotFound,        //!< no secret under this key
    Unavailable,     //!< the backend cannot be used (no keychain service, no session bus, timeout)
    AccessDenied,    //!< the backend refused: locked keychain, denied prompt, no passphrase set
    Corrupt,         //!< the stored data is damaged or not in a format we wrote
    WrongPassphrase, //!< the passphrase does not open the stored data
    IoError,         //!< reading or writing storage failed
    InvalidKey,      //!< the key name is empty, too long or has characters outside [A-Za-z0-9._-]
};

//! An error value: a code for programs and a message (never containing the secret) for people.
struct SecretStoreError {
    SecretStoreErrorCode code = SecretStoreErrorCode::IoError;
    QString message;
};

//! Success or a SecretStoreError.
class SecretStoreStatus {
public:
    SecretStoreStatus() = default;
    SecretStoreStatus(SecretStoreError error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    //! The error; only valid when !ok().
    const SecretStoreError &error() const { return *m_error; }

private:
    std::optional<SecretStoreError> m_error;
};

//! A secret read from a store, or the reason it could not be read.
class SecretReadResult {
public:
    SecretReadResult(crypto::SecureBytes value)
        : m_v(std::move(value)) {}                                      // NOLINT(google-explicit-constructor)
    SecretReadResult(SecretStoreError error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    //! The secret; only valid when ok(). Move it out with takeValue() to keep a single copy.
    const crypto::SecureBytes &value() const { return std::get<0>(m_v); }
    crypto::SecureBytes takeValue() { return std::move(std::get<0>(m_v)); }
    //! The error; only valid when !ok().
    const SecretStoreError &error() const { return std::get<1>(m_v); }

private:
    std::variant<crypto::SecureBytes, SecretStoreError> m_v;
};

using SecretStatusCallback = std::function<void(SecretStoreStatus)>;
using SecretReadCallback = std::function<void(SecretReadResult)>;

//! Persistent storage for secrets (refresh tokens, keys) under short ASCII key names.
//!
//! Every operation is asynchronous: it returns at once and later calls the callback on the thread of
//! `context`, never from inside the call itself. The callback is dropped when `context` is destroyed
//! first, so a dialog or session that goes away is never called back. `context` must be non-null and
//! live in the calling thread. Implementations never fall back to plaintext storage.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    //! Stores `value` under `key`, replacing any previous value.
    virtual void write(const QString &key, crypto::SecureBytes value, QObject *context,
                       SecretStatusCallback done) = 0;
    //! Reads the secret under `key`; NotFound when there is none.
    virtual void read(const QString &key, QObject *context, SecretReadCallback done) = 0;
    //! Removes the secret under `key`; removing a missing key succeeds (the operation is idempotent).
    virtual void remove(const QString &key, QObject *context, SecretStatusCallback done) = 0;
    //! Checks that the store can be used now (a real write/read/delete round trip where that is the only
    //! reliable test); reports Unavailable or AccessDenied when it cannot.
    virtual void probe(QObject *context, SecretStatusCallback done) = 0;
    //! A short human-readable description of where secrets go, for logs and "whoami".
    virtual QString description() const = 0;

    //! True when `key` is an acceptable key name: 1-128 characters of [A-Za-z0-9._-], not starting with '.'.
    static bool isValidKey(const QString &key)
    {
        if (key.isEmpty() || key.size() > 128 || key.front() == u'.')
            return false;
        for (const QChar c : key) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                            (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
            if (!ok)
                return false;
        }
        return true;
    }
};

} // namespace stardeck::wallet
