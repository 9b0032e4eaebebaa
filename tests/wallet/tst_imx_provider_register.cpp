// SPDX-License-Identifier: MIT
// ImxProvider.registerOffchain for a brand-new Passport user against the in-process sandbox: the
// account comes from WalletConnector::connectPassport (the TEE creates the wallet), registration
// makes the passport claims appear, a second call is the API's 409 (already registered), and the
// new account can then sign a transfer.
#include "ProviderTestHarness.h"
#include "platform/EncryptedFileSecretStore.h"
#include "wallet/WalletConnector.h"

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::wallet;

namespace {

const platform::ScryptParams kFast{10, 8, 1};
const QString kNewbie = QStringLiteral("newbie@stardeck.test");

//! connectPassport with an encrypted-file store in the harness's temporary directory.
std::optional<WalletResult<ConnectedAccount>> connectPassport(ProviderHarness &h,
                                                              platform::EncryptedFileSecretStore &store)
{
    WalletConnector connector(h.environment, TeeSettings::passportDefaults(), h.session, h.nam, store);
    std::optional<WalletResult<ConnectedAccount>> result;
    connector.connectPassport(&h.context,
                              [&result](WalletResult<ConnectedAccount> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kProviderWaitMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestImxProviderRegister : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registersABrandNewUser()
    {
        ProviderHarness h;
        QVERIFY(h.login(kNewbie));
        QVERIFY(!h.session.passportClaims().has_value());
        platform::EncryptedFileSecretStore store(h.dir.filePath(QStringLiteral("secrets")), kFast);
        store.setPassphrase(
            crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>("test passphrase"), 15));
        auto account = connectPassport(h, store);
        QVERIFY(account.has_value());
        QVERIFY2(account->ok(), qPrintable(whyNot(*account)));
        const crypto::UInt256 starkKey = account->value().starkSigner->starkKey();
        const QString admin = QString::fromStdString(account->value().userAdminAddress.toLowerHex());
        h.makeProvider(std::move(*account).value());
        QVERIFY(!h.provider->isRegisteredOffchain());
        QCOMPARE(h.provider->getAddress().error().type, PassportErrorType::UserNotRegisteredError);

        // A signed action before registration says what to do.
        TransferRequest early;
        early.token.type = TokenRef::Type::Eth;
        early.amount = UInt256(100000000);
        early.receiver = h.user(sandbox::seed::demoEmail).ethAddress;
        const auto refused = h.transfer(early);
        QVERIFY(refused.has_value() && !refused->ok());
        QCOMPARE(refused->error().type, PassportErrorType::UserNotRegisteredError);
        QVERIFY(refused->error().message.contains(QStringLiteral("registerOffchain")));
        h.events.clear();

        const auto registered =
            h.wait<RegisterResult>([&](auto done) { h.provider->registerOffchain(&h.context, done); });
        QVERIFY(registered.has_value());
        QVERIFY2(registered->ok(), qPrintable(whyNot(*registered)));
        QVERIFY(!registered->value().alreadyRegistered);
        QCOMPARE(registered->value().txHash, QString());

        // The sandbox registered exactly these keys, and the session's claims name them.
        const sandbox::UserRecord &record = h.user(kNewbie);
        QVERIFY(record.registered);
        QCOMPARE(record.adminAddress, admin);
        QCOMPARE(*UInt256::fromHex(record.starkKey.toStdString()), starkKey);
        QVERIFY(h.provider->isRegisteredOffchain());
        const auto claims = h.session.passportClaims();
        QVERIFY(claims.has_value());
        QCOMPARE(claims->imxEthAddress, record.ethAddress);
        QCOMPARE(claims->imxUserAdminAddress.toLower(), admin);
        QCOMPARE(h.provider->getAddress().value(), record.ethAddress);
        QCOMPARE(h.states(),
                 (QList<ActionState>{ActionState::Preparing, ActionState::Checking, ActionState::Signing,
                                     ActionState::Submitting, ActionState::Done}));
        QCOMPARE(h.events.first().kind, ActionKind::Registration);
        QVERIFY(h.prompt.seen.isEmpty()); // the SDK does not ask; neither do we

        // A second call: the API answers 409 and the result says so.
        const auto again =
            h.wait<RegisterResult>([&](auto done) { h.provider->registerOffchain(&h.context, done); });
        QVERIFY(again.has_value());
        QVERIFY2(again->ok(), qPrintable(whyNot(*again)));
        QVERIFY(again->value().alreadyRegistered);

        // The new account can sign: fund it and send to the demo user.
        QCOMPARE(h.f.postJson(QStringLiteral("/__sandbox/fund"),
                              {{QStringLiteral("address"), record.ethAddress},
                               {QStringLiteral("token_address"), QString()},
                               {QStringLiteral("amount"), QStringLiteral("1000000000000000000")}})
                     .status,
                 200);
        const auto sent = h.transfer(early);
        QVERIFY(sent.has_value());
        QVERIFY2(sent->ok(), qPrintable(whyNot(*sent)));
    }

    void registrationNeedsASession()
    {
        ProviderHarness h;
        auto account = h.accountFor(sandbox::seed::demoEmail);
        QVERIFY(account.has_value());
        h.makeProvider(std::move(*account));
        const auto result =
            h.wait<RegisterResult>([&](auto done) { h.provider->registerOffchain(&h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::NotLoggedInError);
    }

    void forbiddenRegistrationSwitchesToReadOnly()
    {
        ProviderHarness h;
        QVERIFY(h.login(kNewbie));
        platform::EncryptedFileSecretStore store(h.dir.filePath(QStringLiteral("secrets")), kFast);
        store.setPassphrase(
            crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>("test passphrase"), 15));
        auto account = connectPassport(h, store);
        QVERIFY(account.has_value() && account->ok());
        h.makeProvider(std::move(*account).value());
        QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("imx.passport.users.register")},
                         {QStringLiteral("status"), 410},
                         {QStringLiteral("times"), 1}}));
        const auto result =
            h.wait<RegisterResult>([&](auto done) { h.provider->registerOffchain(&h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::UserRegistrationError);
        QCOMPARE(result->error().failure, WalletFailure::ReadOnly);
        QVERIFY(h.provider->isReadOnly());
        QVERIFY(!h.user(kNewbie).registered);
    }

    void tamperedRegistrationSignableIsRefused()
    {
        ProviderHarness h;
        QVERIFY(h.login(kNewbie));
        platform::EncryptedFileSecretStore store(h.dir.filePath(QStringLiteral("secrets")), kFast);
        store.setPassphrase(
            crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>("test passphrase"), 15));
        auto account = connectPassport(h, store);
        QVERIFY(account.has_value() && account->ok());
        h.makeProvider(std::move(*account).value());
        QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("imx.registration.signable")},
                         {QStringLiteral("tamper_payload_hash"), true},
                         {QStringLiteral("times"), 1}}));
        const auto result =
            h.wait<RegisterResult>([&](auto done) { h.provider->registerOffchain(&h.context, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().type, PassportErrorType::UserRegistrationError);
        QCOMPARE(result->error().failure, WalletFailure::SecurityCheck);
        QVERIFY(!h.user(kNewbie).registered);
        QVERIFY(!h.sawState(ActionState::Signing));
    }
};

QTEST_GUILESS_MAIN(TestImxProviderRegister)
#include "tst_imx_provider_register.moc"
