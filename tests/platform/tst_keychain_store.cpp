// SPDX-License-Identifier: MIT
// The keychain store against a real Secret Service: run through run-with-keyring.sh (private session
// bus, unlocked throwaway gnome-keyring).
#include "SecretStoreTestSupport.h"
#include "platform/KeychainSecretStore.h"
#include "platform/SecretStoreFactory.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace stardeck;
using platform::KeychainSecretStore;
using platform::test::StoreWaiter;
using platform::test::toByteArray;
using wallet::SecretStoreErrorCode;

class TestKeychainStore : public QObject {
    Q_OBJECT

private:
    // A unique service per run, so entries never collide with anything else in the keyring.
    const QString m_service =
        QStringLiteral("stardeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/platform/run-with-keyring.sh");
        QVERIFY(!qEnvironmentVariableIsSet("DISPLAY"));
    }

    void probeReportsAvailable()
    {
        KeychainSecretStore store(m_service);
        StoreWaiter s(store);
        const auto probed = s.probe();
        QVERIFY2(probed.ok(), probed.ok() ? "" : qPrintable(probed.error().message));
    }

    void writeReadRemoveRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("refresh token") << QByteArray("v1.MjAyNi0xMS0yNFQwMTowMjowMFo.refresh");
        QTest::newRow("binary with zeros") << QByteArray::fromHex("00ff00010203fffe00");
        QTest::newRow("32-byte key") << QByteArray::fromHex(
            "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    }
    void writeReadRemoveRoundTrip()
    {
        QFETCH(QByteArray, value);
        KeychainSecretStore store(m_service);
        StoreWaiter s(store);
        const QString key = QStringLiteral("round-trip");
        const auto written = s.write(key, value);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        auto read = s.read(key);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(toByteArray(read.value()), value);
        QVERIFY(s.remove(key).ok());
        const auto gone = s.read(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, SecretStoreErrorCode::NotFound);
        QVERIFY(s.remove(key).ok()); // idempotent
    }

    void overwriteAndServicesAreSeparate()
    {
        KeychainSecretStore store(m_service);
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        StoreWaiter s(store);
        StoreWaiter o(other);
        QVERIFY(s.write(QStringLiteral("k"), "first").ok());
        QVERIFY(s.write(QStringLiteral("k"), "second").ok());
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), QByteArray("second"));
        QCOMPARE(o.read(QStringLiteral("k")).error().code, SecretStoreErrorCode::NotFound);
        QVERIFY(s.remove(QStringLiteral("k")).ok());
    }

    void missingKeyIsNotFound()
    {
        KeychainSecretStore store(m_service);
        StoreWaiter s(store);
        QCOMPARE(s.read(QStringLiteral("never-written")).error().code, SecretStoreErrorCode::NotFound);
    }

    void invalidKeyIsRejected()
    {
        KeychainSecretStore store(m_service);
        StoreWaiter s(store);
        QCOMPARE(s.write(QStringLiteral("a/b"), "v").error().code, SecretStoreErrorCode::InvalidKey);
        QCOMPARE(s.read(QString()).error().code, SecretStoreErrorCode::InvalidKey);
    }

    void factoryPicksTheKeychain()
    {
        QTemporaryDir tmp;
        platform::SecretStoreConfig config;
        config.keychainService = m_service;
        config.fileDirectory = tmp.filePath(QStringLiteral("secrets"));
        QObject context;
        std::optional<platform::SecretStoreChoice> choice;
        platform::chooseSecretStore(
            config, &context, [&choice](platform::SecretStoreChoice c) { choice.emplace(std::move(c)); });
        QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), 20000);
        QVERIFY(choice->store);
        QVERIFY(choice->fileStore == nullptr);
        QVERIFY(!choice->keychainError.has_value());
        QVERIFY(dynamic_cast<KeychainSecretStore *>(choice->store.get()) != nullptr);
        QVERIFY(!QFileInfo::exists(config.fileDirectory));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychain_store.moc"
