// SPDX-License-Identifier: MIT
// A Secret Service that never answers (as when gcr-prompter waits for a user on a display nobody
// sees) must not hang the wallet: every keychain job gives up after its timeout with Unavailable and
// the factory falls back to the file store. Runs under a private dbus-run-session, where this process
// itself owns org.freedesktop.secrets and swallows every call.
#include "SecretStoreTestSupport.h"
#include "platform/KeychainSecretStore.h"
#include "platform/SecretStoreFactory.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using platform::KeychainSecretStore;
using platform::test::StoreWaiter;
using wallet::SecretStoreErrorCode;
using namespace std::chrono_literals;

namespace {

//! Claims every message sent to it and never replies.
class SilentService : public QDBusVirtualObject {
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++m_calls;
        return true;
    }
    int calls() const { return m_calls; }

private:
    int m_calls = 0;
};

} // namespace

class TestKeychainTimeout : public QObject {
    Q_OBJECT

private:
    SilentService m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsSet("DISPLAY"));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "run under dbus-run-session");
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
    }

    void everyOperationTimesOut()
    {
        KeychainSecretStore store(QStringLiteral("stardeck-test-silent"), 300ms);
        StoreWaiter s(store);
        QElapsedTimer timer;
        timer.start();
        const auto probed = s.probe();
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, SecretStoreErrorCode::Unavailable);
        QVERIFY2(probed.error().message.contains(QStringLiteral("did not answer")),
                 qPrintable(probed.error().message));
        QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 5000);
        QVERIFY(m_service.calls() > 0); // the keychain really talked to the silent service

        QCOMPARE(s.write(QStringLiteral("k"), "v").error().code, SecretStoreErrorCode::Unavailable);
        const auto read = s.read(QStringLiteral("k"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, SecretStoreErrorCode::Unavailable);
        QCOMPARE(s.remove(QStringLiteral("k")).error().code, SecretStoreErrorCode::Unavailable);
    }

    void factoryFallsBackAfterTheProbeTimeout()
    {
        QTemporaryDir tmp;
        platform::SecretStoreConfig config;
        config.keychainService = QStringLiteral("stardeck-test-silent");
        config.probeTimeout = 300ms;
        config.fileDirectory = tmp.filePath(QStringLiteral("secrets"));
        QObject context;
        std::optional<platform::SecretStoreChoice> choice;
        platform::chooseSecretStore(
            config, &context, [&choice](platform::SecretStoreChoice c) { choice.emplace(std::move(c)); });
        QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), 10000);
        QVERIFY(choice->fileStore != nullptr);
        QCOMPARE(choice->keychainError->code, SecretStoreErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
