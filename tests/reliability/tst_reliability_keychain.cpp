// SPDX-License-Identifier: MIT
// F21 with a fake SecretStore (what a desktop keychain may answer): access denied or unavailable
// ends connectImx with a clear storage error and writes nothing (a refused read is never taken for
// "no key"); a retry once access is given connects the registered key; an entry missing for a known
// account is recovered (the key derived again through the TEE is the registered one and is stored);
// a failing write (e.g. a size limit) is an error that leaves the store as it was.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "passport/PassportSession.h"
#include "wallet/SecretStore.h"
#include "wallet/WalletConnector.h"
#include "world/Seed.h"

#include <QTest>
#include <QTimer>

#include <map>

using namespace stardeck;
using namespace stardeck::wallet;
using namespace stardeck::test;

namespace {

//! An in-memory store whose reads and writes fail with a chosen code (asynchronous like the real ones).
class FakeSecretStore : public SecretStore {
public:
    std::optional<SecretStoreErrorCode> failReads;
    std::optional<SecretStoreErrorCode> failWrites;
    std::map<QString, crypto::SecureBytes> values;
    int writes = 0;

    void write(const QString &key, crypto::SecureBytes value, QObject *context,
               SecretStatusCallback done) override
    {
        SecretStoreStatus status;
        if (failWrites) {
            status = SecretStoreError{*failWrites, QStringLiteral("fake: write refused")};
        } else {
            values[key] = std::move(value);
            ++writes;
        }
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    void read(const QString &key, QObject *context, SecretReadCallback done) override
    {
        std::optional<SecretReadResult> result;
        if (failReads)
            result.emplace(SecretStoreError{*failReads, QStringLiteral("fake: read refused")});
        else if (auto it = values.find(key); it != values.end())
            result.emplace(it->second.clone());
        else
            result.emplace(
                SecretStoreError{SecretStoreErrorCode::NotFound, QStringLiteral("fake: no entry")});
        auto shared = std::make_shared<SecretReadResult>(std::move(*result));
        QTimer::singleShot(0, context, [done, shared] { done(std::move(*shared)); });
    }
    void remove(const QString &key, QObject *context, SecretStatusCallback done) override
    {
        values.erase(key);
        QTimer::singleShot(0, context, [done] { done(SecretStoreStatus()); });
    }
    void probe(QObject *context, SecretStatusCallback done) override
    {
        SecretStoreStatus status;
        if (failReads)
            status = SecretStoreError{*failReads, QStringLiteral("fake: probe refused")};
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    QString description() const override { return QStringLiteral("fake keychain"); }
};

struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    passport::PassportSession session{environment, nam};
    FakeSecretStore store;
    WalletConnector connector{environment, TeeSettings::passportDefaults(), session, nam, store};
    QObject context;

    bool login()
    {
        const auto url = session.beginLogin({QStringLiteral("email"), sandbox::seed::demoEmail});
        if (!url)
            return false;
        const QString location = browserLogin(f, *url, sandbox::seed::demoEmail, true);
        std::optional<passport::PassportStatus> status;
        session.completeLogin(QUrl(location), &context,
                              [&status](passport::PassportStatus s) { status = s; });
        return QTest::qWaitFor([&] { return status.has_value(); }, 30000) && status->ok();
    }

    std::optional<WalletResult<ConnectedAccount>> connect()
    {
        std::optional<WalletResult<ConnectedAccount>> result;
        connector.connectPassport(
            &context, [&result](WalletResult<ConnectedAccount> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

    //! The stark key the sandbox registered for the demo user.
    crypto::UInt256 registeredStarkKey()
    {
        return *crypto::UInt256::fromHex(f.sandbox()
                                             .world()
                                             .users.at(sandbox::userIdForEmail(sandbox::seed::demoEmail))
                                             .starkKey.toStdString());
    }
};

} // namespace

class TestReliabilityKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedThenRetried_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("access denied (declined prompt, locked)") << int(SecretStoreErrorCode::AccessDenied);
        QTest::newRow("unavailable (no keychain service)") << int(SecretStoreErrorCode::Unavailable);
        QTest::newRow("I/O error") << int(SecretStoreErrorCode::IoError);
    }

    void refusedThenRetried()
    {
        QFETCH(int, code);
        Harness h;
        QVERIFY(h.login());
        h.store.failReads = SecretStoreErrorCode(code);
        const auto refused = h.connect();
        QVERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().type, PassportErrorType::WalletConnectionError);
        QCOMPARE(refused->error().failure, WalletFailure::Storage);
        QVERIFY(!refused->error().message.isEmpty());
        QCOMPARE(h.store.writes, 0); // a refused read is not "no key": nothing derived or overwritten

        h.store.failReads.reset(); // the user allows access and tries again
        const auto retried = h.connect();
        QVERIFY(retried.has_value());
        QVERIFY2(retried->ok(), qPrintable(retried->ok() ? QString() : retried->error().message));
        QVERIFY(retried->value().starkSigner->starkKey() == h.registeredStarkKey());
    }

    void missingEntryOfAKnownAccountIsRecovered()
    {
        Harness h;
        QVERIFY(h.login());
        const auto first = h.connect();
        QVERIFY(first.has_value() && first->ok());
        QCOMPARE(h.store.writes, 1);
        h.store.values.clear(); // the keychain lost the entry
        const auto again = h.connect();
        QVERIFY(again.has_value());
        QVERIFY2(again->ok(), qPrintable(again->ok() ? QString() : again->error().message));
        QVERIFY(again->value().starkSigner->starkKey() == h.registeredStarkKey());
        QCOMPARE(h.store.writes, 2);
        QCOMPARE(h.store.values.size(), size_t(1));
    }

    void failingWriteIsAnErrorAndStoresNothing()
    {
        Harness h;
        QVERIFY(h.login());
        h.store.failWrites = SecretStoreErrorCode::IoError; // e.g. a size limit or a full disk
        const auto result = h.connect();
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, WalletFailure::Storage);
        QVERIFY(h.store.values.empty());
    }
};

QTEST_GUILESS_MAIN(TestReliabilityKeychain)
#include "tst_reliability_keychain.moc"
