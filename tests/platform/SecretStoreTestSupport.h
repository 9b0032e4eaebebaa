// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"
#include "wallet/SecretStore.h"

#include <QByteArray>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

// Waits (test code may spin the event loop) for the callbacks of a SecretStore.
namespace stardeck::platform::test {

inline crypto::SecureBytes bytes(const QByteArray &data)
{
    return crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>(data.constData()),
                               std::size_t(data.size()));
}

inline QByteArray toByteArray(const crypto::SecureBytes &value)
{
    return QByteArray(reinterpret_cast<const char *>(value.data()), qsizetype(value.size()));
}

//! Runs one store operation to completion and returns its result.
class StoreWaiter {
public:
    explicit StoreWaiter(wallet::SecretStore &store, int timeoutMs = 20000)
        : m_store(store), m_timeoutMs(timeoutMs)
    {}

    wallet::SecretStoreStatus write(const QString &key, const QByteArray &value)
    {
        std::optional<wallet::SecretStoreStatus> result;
        m_store.write(key, bytes(value), &m_context,
                      [&result](wallet::SecretStoreStatus s) { result = std::move(s); });
        wait([&result] { return result.has_value(); });
        return result.value_or(timedOut());
    }

    wallet::SecretReadResult read(const QString &key)
    {
        std::optional<wallet::SecretReadResult> result;
        m_store.read(key, &m_context,
                     [&result](wallet::SecretReadResult r) { result.emplace(std::move(r)); });
        wait([&result] { return result.has_value(); });
        if (!result)
            return timedOut();
        return std::move(*result);
    }

    wallet::SecretStoreStatus remove(const QString &key)
    {
        std::optional<wallet::SecretStoreStatus> result;
        m_store.remove(key, &m_context, [&result](wallet::SecretStoreStatus s) { result = std::move(s); });
        wait([&result] { return result.has_value(); });
        return result.value_or(timedOut());
    }

    wallet::SecretStoreStatus probe()
    {
        std::optional<wallet::SecretStoreStatus> result;
        m_store.probe(&m_context, [&result](wallet::SecretStoreStatus s) { result = std::move(s); });
        wait([&result] { return result.has_value(); });
        return result.value_or(timedOut());
    }

private:
    template <class Pred>
    void wait(Pred done)
    {
        // A timeout shows up as the caller finding no result.
        (void)QTest::qWaitFor(done, m_timeoutMs);
    }

    static wallet::SecretStoreError timedOut()
    {
        // A distinctive code/message so a hang shows up as a clear test failure.
        return {wallet::SecretStoreErrorCode::IoError,
                QStringLiteral("TEST: no callback within the timeout")};
    }

    wallet::SecretStore &m_store;
    int m_timeoutMs;
    QObject m_context;
};

} // namespace stardeck::platform::test
