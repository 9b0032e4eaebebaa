// SPDX-License-Identifier: MIT
// Without a session bus the keychain probe fails fast with Unavailable and the factory falls back to
// the encrypted file store. ctest points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist.
#include "SecretStoreTestSupport.h"
#include "platform/KeychainSecretStore.h"
#include "platform/SecretStoreFactory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using platform::KeychainSecretStore;
using platform::test::bytes;
using platform::test::StoreWaiter;
using platform::test::toByteArray;
using wallet::SecretStoreErrorCode;

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"), "run through ctest");
        QVERIFY(!qEnvironmentVariableIsSet("DISPLAY"));
    }

    void probeIsUnavailableQuickly()
    {
        KeychainSecretStore store(QStringLiteral("stardeck-test-nobus"), std::chrono::seconds(20));
        StoreWaiter s(store, 30000);
        QElapsedTimer timer;
        timer.start();
        const auto probed = s.probe();
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, SecretStoreErrorCode::Unavailable);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // The error comes from the backend, not from our timeout.
        QVERIFY2(!probed.error().message.contains(QStringLiteral("did not answer")),
                 qPrintable(probed.error().message));
    }

    void readAndWriteAreUnavailable()
    {
        KeychainSecretStore store(QStringLiteral("stardeck-test-nobus"));
        StoreWaiter s(store);
        QCOMPARE(s.write(QStringLiteral("k"), "v").error().code, SecretStoreErrorCode::Unavailable);
        const auto read = s.read(QStringLiteral("k"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, SecretStoreErrorCode::Unavailable);
    }

    void factoryFallsBackToTheFileStore()
    {
        QTemporaryDir tmp;
        platform::SecretStoreConfig config;
        config.keychainService = QStringLiteral("stardeck-test-nobus");
        config.fileDirectory = tmp.filePath(QStringLiteral("secrets"));
        config.scrypt = {10, 8, 1};
        QObject context;
        std::optional<platform::SecretStoreChoice> choice;
        QElapsedTimer timer;
        timer.start();
        platform::chooseSecretStore(
            config, &context, [&choice](platform::SecretStoreChoice c) { choice.emplace(std::move(c)); });
        QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), 20000);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(choice->store);
        QVERIFY(choice->fileStore != nullptr);
        QCOMPARE(static_cast<wallet::SecretStore *>(choice->fileStore), choice->store.get());
        QVERIFY(choice->keychainError.has_value());
        QCOMPARE(choice->keychainError->code, SecretStoreErrorCode::Unavailable);

        // Locked until the user gives a passphrase, then a working store.
        StoreWaiter s(*choice->store);
        QCOMPARE(s.probe().error().code, SecretStoreErrorCode::AccessDenied);
        choice->fileStore->setPassphrase(bytes("passphrase"));
        QVERIFY(s.probe().ok());
        QVERIFY(s.write(QStringLiteral("k"), "value").ok());
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), QByteArray("value"));
        QVERIFY(QFileInfo::exists(choice->fileStore->filePath(QStringLiteral("k"))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
