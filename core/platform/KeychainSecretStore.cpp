// SPDX-License-Identifier: MIT
#include "platform/KeychainSecretStore.h"

#include "platform/AsyncDelivery.h"

#include <QByteArray>
#include <QTimer>

#include <openssl/rand.h>
#include <qt6keychain/keychain.h>

#include <memory>

namespace stardeck::platform {

using crypto::SecureBytes;
using wallet::SecretReadResult;
using wallet::SecretStoreError;
using wallet::SecretStoreErrorCode;
using wallet::SecretStoreStatus;
using Milliseconds = std::chrono::milliseconds;

namespace {

//! Turns a failed job into our error. OtherError and NoBackendAvailable are what a missing session bus
//! or Secret Service produce (qt-feasibility.md §5), so they mean "unavailable", not an I/O fault.
SecretStoreError mapError(QKeychain::Error error, const QString &detail, const QString &key)
{
    const QString what = QStringLiteral("keychain: %1").arg(detail);
    switch (error) {
    case QKeychain::EntryNotFound:
        return {SecretStoreErrorCode::NotFound,
                QStringLiteral("no secret named %1 in the keychain").arg(key)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretStoreErrorCode::AccessDenied, what};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {SecretStoreErrorCode::Unavailable, what};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return {SecretStoreErrorCode::IoError, what};
}

//! Starts `job` and delivers `onFinished(job)` or, if the job has not finished after `timeout`, an
//! Unavailable error. Whichever comes first wins; the other is ignored. QtKeychain cannot cancel a job,
//! so one that never finishes is left running (a small leak, bounded by the number of timeouts).
template <class Result>
void runJob(QKeychain::Job *job, QObject *context, Milliseconds timeout,
            std::function<Result(QKeychain::Job *)> onFinished, std::function<void(Result)> done)
{
    struct State {
        bool answered = false;
        std::function<void(Result)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [state, onFinished = std::move(onFinished), context](QKeychain::Job *finished) {
                         if (state->answered)
                             return;
                         state->answered = true;
                         // Through the event loop, so a job that finishes inside start() cannot call back
                         // before the caller's write()/read() has returned.
                         detail::deliverLater<Result>(context, std::move(state->done), onFinished(finished));
                     });
    QTimer::singleShot(timeout, context, [state, timeout]() {
        if (state->answered)
            return;
        state->answered = true;
        state->done(SecretStoreError{
            SecretStoreErrorCode::Unavailable,
            QStringLiteral("keychain did not answer within %1 ms").arg(qint64(timeout.count()))});
    });
    job->start();
}

SecretStoreError invalidKey(const QString &key)
{
    return {SecretStoreErrorCode::InvalidKey, QStringLiteral("invalid secret key name '%1'").arg(key)};
}

void writeEntry(const QString &service, Milliseconds timeout, const QString &key, const SecureBytes &value,
                QObject *context, wallet::SecretStatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    // QtKeychain takes a QByteArray; its copy is released (not wiped) with the job, which we cannot change.
    job->setBinaryData(QByteArray(reinterpret_cast<const char *>(value.data()), qsizetype(value.size())));
    std::function<SecretStoreStatus(QKeychain::Job *)> onFinished =
        [key](QKeychain::Job *j) -> SecretStoreStatus {
        if (j->error() == QKeychain::NoError)
            return {};
        return mapError(j->error(), j->errorString(), key);
    };
    runJob<SecretStoreStatus>(job, context, timeout, std::move(onFinished), std::move(done));
}

void readEntry(const QString &service, Milliseconds timeout, const QString &key, QObject *context,
               wallet::SecretReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    std::function<SecretReadResult(QKeychain::Job *)> onFinished =
        [key](QKeychain::Job *j) -> SecretReadResult {
        if (j->error() != QKeychain::NoError)
            return mapError(j->error(), j->errorString(), key);
        // Our copy is wiped; the job's own QByteArray is released unwiped when the job deletes itself.
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        bytes.detach();
        SecureBytes value(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                          std::size_t(bytes.size()));
        crypto::secureWipe(bytes.data(), std::size_t(bytes.size()));
        return SecretReadResult(std::move(value));
    };
    runJob<SecretReadResult>(job, context, timeout, std::move(onFinished), std::move(done));
}

void removeEntry(const QString &service, Milliseconds timeout, const QString &key, QObject *context,
                 wallet::SecretStatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    std::function<SecretStoreStatus(QKeychain::Job *)> onFinished =
        [key](QKeychain::Job *j) -> SecretStoreStatus {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return {};
        return mapError(j->error(), j->errorString(), key);
    };
    runJob<SecretStoreStatus>(job, context, timeout, std::move(onFinished), std::move(done));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, Milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{}

void KeychainSecretStore::write(const QString &key, SecureBytes value, QObject *context,
                                wallet::SecretStatusCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretStoreStatus>(context, std::move(done), invalidKey(key));
    if (context == nullptr)
        return;
    writeEntry(m_service, m_timeout, key, value, context, std::move(done));
}

void KeychainSecretStore::read(const QString &key, QObject *context, wallet::SecretReadCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretReadResult>(context, std::move(done), invalidKey(key));
    if (context == nullptr)
        return;
    readEntry(m_service, m_timeout, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, wallet::SecretStatusCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretStoreStatus>(context, std::move(done), invalidKey(key));
    if (context == nullptr)
        return;
    removeEntry(m_service, m_timeout, key, context, std::move(done));
}

void KeychainSecretStore::probe(QObject *context, wallet::SecretStatusCallback done)
{
    if (context == nullptr)
        return;
    std::uint8_t random[16];
    SecureBytes value(16);
    if (RAND_bytes(random, sizeof random) != 1 || RAND_bytes(value.data(), int(value.size())) != 1)
        return detail::deliverLater<SecretStoreStatus>(
            context, std::move(done),
            SecretStoreError{SecretStoreErrorCode::Unavailable, QStringLiteral("no randomness available")});
    const QString key = QStringLiteral("stardeck-probe-") +
                        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), 16).toHex());
    auto expected = std::make_shared<SecureBytes>(value.clone());
    // The chain captures copies, never `this`: the store may be destroyed while the probe runs.
    writeEntry(
        m_service, m_timeout, key, value, context,
        [service = m_service, timeout = m_timeout, key, expected, context, done](SecretStoreStatus written) {
            if (!written)
                return done(std::move(written));
            readEntry(service, timeout, key, context,
                      [service, timeout, key, expected, context, done](SecretReadResult readBack) {
                          SecretStoreStatus verdict;
                          if (!readBack)
                              verdict = readBack.error();
                          else if (!readBack.value().equals(*expected))
                              verdict = SecretStoreError{SecretStoreErrorCode::Unavailable,
                                                         QStringLiteral("keychain returned different data")};
                          removeEntry(service, timeout, key, context,
                                      [verdict, done](SecretStoreStatus removed) mutable {
                                          done(verdict ? std::move(removed) : std::move(verdict));
                                      });
                      });
        });
}

QString KeychainSecretStore::description() const
{
    return QStringLiteral("system keychain (service %1)").arg(m_service);
}

} // namespace stardeck::platform
