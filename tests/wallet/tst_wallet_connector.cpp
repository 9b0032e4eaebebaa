// SPDX-License-Identifier: MIT
// WalletConnector (connectImx) against the in-process sandbox, with the encrypted-file SecretStore
// in a temporary directory: the seeded demo user's key equals the one the sandbox registered, a new
// user's key is derived once and then read back, local keys are imported and connected (key
// derivation vectors), and every failure says why.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/StarkKeyDerivation.h"
#include "passport/PassportSession.h"
#include "platform/EncryptedFileSecretStore.h"
#include "support/Vectors.h"
#include "wallet/WalletConnector.h"
#include "world/Seed.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace stardeck;
using namespace stardeck::wallet;
using namespace stardeck::test;
using crypto::SecureBytes;
using passport::PassportSession;

namespace {

constexpr int kWaitMs = 30000;
const platform::ScryptParams kFast{10, 8, 1};

SecureBytes hexKey(const QString &hex)
{
    const auto bytes = crypto::UInt256::fromHex(hex.toStdString())->toBytesBE();
    return SecureBytes(bytes.data(), bytes.size());
}

QByteArray raw(const SecureBytes &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size()));
}

QString why(const WalletError &error)
{
    return describe(error) + QStringLiteral(" [") + walletFailureName(error.failure) + QLatin1Char(']');
}

//! A sandbox, a Passport session, a file store in a temporary directory and the connector.
struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    PassportSession session{environment, nam};
    QTemporaryDir dir;
    std::unique_ptr<platform::EncryptedFileSecretStore> store;
    std::unique_ptr<WalletConnector> connector;
    QObject context;

    explicit Harness(bool withPassphrase = true, const QString &storeDir = QString())
    {
        store = std::make_unique<platform::EncryptedFileSecretStore>(
            storeDir.isEmpty() ? dir.path() : storeDir, kFast);
        if (withPassphrase)
            store->setPassphrase(SecureBytes(reinterpret_cast<const std::uint8_t *>("test passphrase"), 15));
        connector = std::make_unique<WalletConnector>(environment, TeeSettings::passportDefaults(), session,
                                                      nam, *store);
    }

    bool login(const QString &email)
    {
        const auto url = session.beginLogin({QStringLiteral("email"), email});
        if (!url)
            return false;
        const QString location = browserLogin(f, *url, email, true);
        if (location.isEmpty())
            return false;
        std::optional<passport::PassportStatus> status;
        session.completeLogin(QUrl(location), &context,
                              [&status](passport::PassportStatus s) { status = s; });
        return QTest::qWaitFor([&] { return status.has_value(); }, kWaitMs) && status->ok();
    }

    template <class Call>
    std::optional<WalletResult<ConnectedAccount>> connect(Call call)
    {
        std::optional<WalletResult<ConnectedAccount>> result;
        bool inside = true;
        call([&result, &inside](WalletResult<ConnectedAccount> r) {
            if (!inside)
                result.emplace(std::move(r));
        });
        inside = false;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    std::optional<WalletResult<ConnectedAccount>> connectPassport()
    {
        return connect([this](WalletConnector::ConnectCallback done) {
            connector->connectPassport(&context, std::move(done));
        });
    }

    std::optional<WalletResult<ConnectedAccount>> connectLocal(const QString &name)
    {
        return connect([this, name](WalletConnector::ConnectCallback done) {
            connector->connectLocal(name, &context, std::move(done));
        });
    }

    template <class Call>
    std::optional<WalletStatus> status(Call call)
    {
        std::optional<WalletStatus> result;
        call([&result](WalletStatus s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    std::optional<WalletStatus> importKey(const QString &name, SecureBytes key)
    {
        return status([&](WalletConnector::StatusCallback done) {
            connector->importLocalKey(name, std::move(key), &context, std::move(done));
        });
    }

    std::optional<WalletStatus> forget(const crypto::EthAddress &address)
    {
        return status([&](WalletConnector::StatusCallback done) {
            connector->forgetStarkKey(address, &context, std::move(done));
        });
    }

    //! Writes a secret straight into the store.
    bool storeSecret(const QString &name, SecureBytes value)
    {
        std::optional<SecretStoreStatus> result;
        store->write(name, std::move(value), &context, [&result](SecretStoreStatus s) { result = s; });
        return QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) && result->ok();
    }

    //! Reads a secret straight from the store.
    std::optional<SecretReadResult> readSecret(const QString &name)
    {
        std::optional<SecretReadResult> result;
        store->read(name, &context, [&result](SecretReadResult r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(f.postJson(QStringLiteral("/__sandbox/faults"), rule).status, 200);
    }
};

} // namespace

class TestWalletConnector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notLoggedIn()
    {
        Harness h;
        const auto result = h.connectPassport();
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::NotLoggedInError);
        QCOMPARE(result->error().failure, WalletFailure::NotLoggedIn);
    }

    void demoUserKeyIsTheRegisteredOne()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto claims = h.session.passportClaims();
        QVERIFY(claims.has_value());
        const auto result = h.connectPassport();
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : why(result->error())));
        const ConnectedAccount &account = result->value();
        QVERIFY(!account.localKey);
        QCOMPARE(account.subject, h.session.claims()->subject);
        QCOMPARE(QString::fromStdString(account.userAdminAddress.toLowerHex()),
                 claims->imxUserAdminAddress.toLower());
        QCOMPARE(account.ethSigner->address(), account.userAdminAddress);

        // The stark key the IMX API has registered for this user.
        const HttpResult user = h.f.get(QStringLiteral("/imx/v1/users/") + claims->imxEthAddress);
        QCOMPARE(user.status, 200);
        const QJsonArray accounts = user.object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        const auto registered = crypto::UInt256::fromHex(accounts[0].toString().toStdString());
        QVERIFY(registered.ok());
        QCOMPARE(account.starkSigner->starkKey(), *registered);

        // The key is now in the store, and signatures verify against the registered key.
        const auto stored = h.readSecret(WalletConnector::starkKeyName(account.userAdminAddress));
        QVERIFY(stored.has_value() && stored->ok());
        const crypto::UInt256 hash(0x1234567890abcdefULL);
        std::optional<WalletResult<crypto::stark::Signature>> signature;
        account.starkSigner->sign(hash, &h.context, [&signature](WalletResult<crypto::stark::Signature> s) {
            signature.emplace(s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(signature.has_value(), kWaitMs);
        QVERIFY(signature->ok());
        QVERIFY(*crypto::stark::verify(*registered, hash, signature->value()));

        // A second connect reads the stored key: the same key.
        const auto again = h.connectPassport();
        QVERIFY(again.has_value() && again->ok());
        QCOMPARE(again->value().starkSigner->starkKey(), *registered);
    }

    void newUserDerivesOnceThenReadsTheStore()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("connector-newcomer@example.com")));
        QVERIFY(!h.session.passportClaims().has_value());
        const auto first = h.connectPassport();
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : why(first->error())));
        const crypto::EthAddress admin = first->value().userAdminAddress;
        const crypto::UInt256 starkKey = first->value().starkSigner->starkKey();
        QVERIFY(crypto::stark::isStarkKey(starkKey));
        QVERIFY(h.readSecret(WalletConnector::starkKeyName(admin))->ok());

        // From now on every TEE signature request fails: a connect that signed would fail too.
        h.addFault({{QStringLiteral("route"), QStringLiteral("tee.wallet.sign_message")},
                    {QStringLiteral("status"), 503}});
        const auto second = h.connectPassport();
        QVERIFY(second.has_value());
        QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : why(second->error())));
        QCOMPARE(second->value().userAdminAddress, admin);
        QCOMPARE(second->value().starkSigner->starkKey(), starkKey);

        // Without the stored key the connector has to sign, and says why it cannot.
        const auto forgotten = h.forget(admin);
        QVERIFY(forgotten.has_value() && forgotten->ok());
        const auto failing = h.connectPassport();
        QVERIFY(failing.has_value() && !failing->ok());
        QCOMPARE(failing->error().type, PassportErrorType::WalletConnectionError);
        QCOMPARE(failing->error().failure, WalletFailure::Api);
        QCOMPARE(failing->error().httpStatus, 503);

        // Derivation is deterministic: the TEE's key gives the same Stark key again.
        QCOMPARE(h.f.send("DELETE", QStringLiteral("/__sandbox/faults")).status, 204);
        const auto rederived = h.connectPassport();
        QVERIFY(rederived.has_value() && rederived->ok());
        QCOMPARE(rederived->value().starkSigner->starkKey(), starkKey);
    }

    void olderSdkGrindVariantRecovered()
    {
        // An account registered with an older SDK (core-sdk 2.0.1 grinding): its key differs from the
        // current derivation only when the first hash was above the limit (about 1 in 32 accounts).
        QString email;
        SecureBytes adminKey;
        crypto::EthAddress admin;
        crypto::UInt256 olderKey;
        for (int i = 0; i < 2000 && email.isEmpty(); ++i) {
            const QString candidate = QStringLiteral("grind-%1@example.com").arg(i);
            auto signer = crypto::LocalEthSigner::create(sandbox::adminKeyForEmail(candidate));
            QVERIFY(signer.ok());
            const auto seed = (*signer)->signPersonalMessageNow(
                QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
            QVERIFY(seed.ok());
            const auto current = crypto::imx::deriveStarkKey((*signer)->address(), *seed);
            QVERIFY(current.ok());
            if (!current->firstHashAboveLimit)
                continue;
            const auto older = crypto::imx::deriveStarkKey((*signer)->address(), *seed,
                                                           crypto::imx::GrindVariant::CoreSdkV201);
            QVERIFY(older.ok());
            const auto olderPublic = crypto::stark::publicKey(older->privateKey);
            if (olderPublic->x == crypto::stark::publicKey(current->privateKey)->x)
                continue;
            email = candidate;
            adminKey = sandbox::adminKeyForEmail(candidate);
            admin = (*signer)->address();
            olderKey = olderPublic->x;
        }
        QVERIFY2(!email.isEmpty(), "no account with a differing older key among the candidates");

        Harness h;
        sandbox::UserRecord &user = h.f.sandbox().world().users[sandbox::userIdForEmail(email)];
        user.userId = sandbox::userIdForEmail(email);
        user.email = email;
        user.adminKey = std::move(adminKey);
        QString error;
        QVERIFY2(sandbox::provisionImxAccount(user, &error), qPrintable(error));
        user.starkKey = QString::fromStdString(olderKey.toHex()); // registered years ago with the older key
        QVERIFY(h.login(email));
        QCOMPARE(crypto::UInt256::fromHex(h.session.passportClaims()->imxStarkAddress.toStdString()).value(),
                 olderKey);

        const auto result = h.connectPassport();
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : why(result->error())));
        QCOMPARE(result->value().userAdminAddress, admin);
        QCOMPARE(result->value().starkSigner->starkKey(), olderKey);
    }

    void storedKeyNotTheRegisteredOneRefused()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto claims = h.session.passportClaims();
        QVERIFY(claims.has_value());
        const crypto::EthAddress admin =
            *crypto::EthAddress::parse(claims->imxUserAdminAddress.toLower().toStdString());
        // A valid Stark key, but not this account's.
        QVERIFY(h.storeSecret(WalletConnector::starkKeyName(admin), hexKey(QStringLiteral("0x1234"))));
        const auto result = h.connectPassport();
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().failure, WalletFailure::SecurityCheck);
    }

    void corruptStoredKeyRefused()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto claims = h.session.passportClaims();
        const crypto::EthAddress admin =
            *crypto::EthAddress::parse(claims->imxUserAdminAddress.toLower().toStdString());
        QVERIFY(h.storeSecret(WalletConnector::starkKeyName(admin), SecureBytes(5)));
        const auto result = h.connectPassport();
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().failure, WalletFailure::Storage);
    }

    void teeFailureReported()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        h.addFault({{QStringLiteral("route"), QStringLiteral("tee.wallet.create")},
                    {QStringLiteral("status"), 502},
                    {QStringLiteral("times"), 1}});
        const auto result = h.connectPassport();
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().type, PassportErrorType::WalletConnectionError);
        QCOMPARE(result->error().failure, WalletFailure::Api);
        QCOMPARE(result->error().httpStatus, 502);
    }

    void localKeyVectors()
    {
        // Import the vectors' Ethereum keys and connect: the Stark keys must be the vectors'.
        const QJsonArray cases = vectorCases(QStringLiteral("eth_stark_key_derivation.json"));
        QVERIFY(cases.size() >= 3);
        Harness h;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = QStringLiteral("local-key-%1").arg(i);
            const auto imported = h.importKey(name, hexKey(c[u"eth_private_key"].toString()));
            QVERIFY(imported.has_value());
            QVERIFY2(imported->ok(), qPrintable(imported->ok() ? QString() : why(imported->error())));
            const auto result = h.connectLocal(name);
            QVERIFY(result.has_value());
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : why(result->error())));
            QVERIFY(result->value().localKey);
            QVERIFY(result->value().subject.isEmpty());
            QCOMPARE(result->value().userAdminAddress,
                     *crypto::EthAddress::parse(c[u"eth_address"].toString().toStdString()));
            QCOMPARE(result->value().starkSigner->starkKeyHex(), c[u"stark_key"].toString());
            // The derived key was stored; connecting again reads it.
            const auto stored = h.readSecret(WalletConnector::starkKeyName(result->value().userAdminAddress));
            QVERIFY(stored.has_value() && stored->ok());
            QCOMPARE(raw(stored->value()), raw(hexKey(c[u"stark_private_key"].toString())));
            const auto again = h.connectLocal(name);
            QVERIFY(again.has_value() && again->ok());
            QCOMPARE(again->value().starkSigner->starkKeyHex(), c[u"stark_key"].toString());
        }
    }

    void importRefusesBadKeys()
    {
        Harness h;
        const QString order =
            QStringLiteral("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        std::vector<std::pair<QString, SecureBytes>> bad;
        bad.emplace_back(QStringLiteral("zero"), SecureBytes(32));
        bad.emplace_back(QStringLiteral("order"), hexKey(order));
        bad.emplace_back(QStringLiteral("short"), SecureBytes(31));
        bad.emplace_back(QStringLiteral("long"), SecureBytes(33));
        bad.emplace_back(QStringLiteral("bad/name"), hexKey(QStringLiteral("0x01")));
        bad.emplace_back(QString(), hexKey(QStringLiteral("0x01")));
        for (const auto &[name, key] : bad) {
            const auto result = h.importKey(name, key.clone());
            QVERIFY(result.has_value());
            QVERIFY2(!result->ok(), qPrintable(name));
            QCOMPARE(result->error().failure, WalletFailure::InvalidRequest);
        }
        // Nothing was written.
        QCOMPARE(QDir(h.dir.path()).entryList(QDir::Files).size(), 0);
    }

    void connectLocalFailures()
    {
        Harness h;
        const auto missing = h.connectLocal(QStringLiteral("no-such-key"));
        QVERIFY(missing.has_value() && !missing->ok());
        QCOMPARE(missing->error().failure, WalletFailure::Storage);
        const auto badName = h.connectLocal(QStringLiteral("../etc"));
        QVERIFY(badName.has_value() && !badName->ok());
        QCOMPARE(badName->error().failure, WalletFailure::InvalidRequest);
        // A stored value that is not a secp256k1 key.
        QVERIFY(h.storeSecret(QStringLiteral("garbage"), SecureBytes(32)));
        const auto garbage = h.connectLocal(QStringLiteral("garbage"));
        QVERIFY(garbage.has_value() && !garbage->ok());
        QCOMPARE(garbage->error().failure, WalletFailure::Storage);
    }

    void storeFailuresReported()
    {
        // A store with no passphrase refuses every operation (AccessDenied).
        Harness h(false);
        const auto imported = h.importKey(QStringLiteral("k"), hexKey(QStringLiteral("0x01")));
        QVERIFY(imported.has_value() && !imported->ok());
        QCOMPARE(imported->error().failure, WalletFailure::Storage);
        const auto local = h.connectLocal(QStringLiteral("k"));
        QVERIFY(local.has_value() && !local->ok());
        QCOMPARE(local->error().failure, WalletFailure::Storage);
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto passport = h.connectPassport();
        QVERIFY(passport.has_value() && !passport->ok());
        QCOMPARE(passport->error().type, PassportErrorType::WalletConnectionError);
        QCOMPARE(passport->error().failure, WalletFailure::Storage);
    }

    void storeWriteFailureReported()
    {
        // The store's directory is a regular file: reads find nothing, writes fail.
        QTemporaryDir parent;
        const QString blocker = parent.filePath(QStringLiteral("not-a-directory"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Harness h(true, blocker);
        QVERIFY(h.login(QStringLiteral("connector-nowrite@example.com")));
        const auto result = h.connectPassport();
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().failure, WalletFailure::Storage);
        QVERIFY2(result->error().message.contains(QLatin1String("cannot store the Stark key")),
                 qPrintable(why(result->error())));
    }

    void contextDestroyedBeforeDelivery()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        int calls = 0;
        auto context = std::make_unique<QObject>();
        h.connector->connectPassport(context.get(), [&calls](WalletResult<ConnectedAccount>) { ++calls; });
        context.reset();
        // A second connect on a live context finishes after the first one's steps.
        const auto control = h.connectPassport();
        QVERIFY(control.has_value() && control->ok());
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestWalletConnector)
#include "tst_wallet_connector.moc"
