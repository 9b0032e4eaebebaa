// SPDX-License-Identifier: MIT
// TeeSigner against the in-process sandbox's emulated Magic TEE: wallet creation, signatures that
// recover to the wallet address, the wire encoding of messages, and every way a call can fail
// (no session, refused or expired ID token, wrong client settings, 5xx, timeout, malformed answers,
// a signature from another key).
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "crypto/Eip191.h"
#include "crypto/Secp256k1.h"
#include "passport/PassportSession.h"
#include "wallet/TeeSigner.h"
#include "world/Seed.h"

#include <QElapsedTimer>

#include <QTest>

#include <optional>

using namespace stardeck;
using namespace stardeck::wallet;
using namespace stardeck::test;
using passport::PassportSession;

namespace {

constexpr int kWaitMs = 20000;

//! One sandbox, one Passport session, and blocking helpers for the asynchronous calls.
struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    qint64 sandboxSkew = 0;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    PassportSession session{environment, nam};
    QObject context;

    Harness()
    {
        f.sandbox().context().now = [this] { return QDateTime::currentDateTimeUtc().addSecs(sandboxSkew); };
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

    std::optional<WalletResult<std::shared_ptr<TeeSigner>>>
    create(const TeeSettings &settings = TeeSettings::passportDefaults())
    {
        std::optional<WalletResult<std::shared_ptr<TeeSigner>>> result;
        bool inside = true;
        TeeSigner::create(environment, settings, session, nam, &context,
                          [&result, &inside](WalletResult<std::shared_ptr<TeeSigner>> r) {
                              if (!inside)
                                  result.emplace(std::move(r));
                          });
        inside = false;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    std::optional<WalletResult<crypto::EthSignature>> sign(TeeSigner &signer, const QByteArray &message)
    {
        std::optional<WalletResult<crypto::EthSignature>> result;
        bool inside = true;
        signer.signMessage(message, &context, [&result, &inside](WalletResult<crypto::EthSignature> r) {
            if (!inside)
                result.emplace(std::move(r));
        });
        inside = false;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(f.postJson(QStringLiteral("/__sandbox/faults"), rule).status, 200);
    }
};

crypto::EthAddress address(const QString &text)
{
    return *crypto::EthAddress::parse(text.toLower().toStdString());
}

QString why(const WalletError &error)
{
    return describe(error) + QStringLiteral(" [") + walletFailureName(error.failure) + QLatin1Char(']');
}

} // namespace

class TestTeeSigner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void walletCreationIsIdempotent()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto first = h.create();
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : why(first->error())));
        const auto second = h.create();
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(second->value()->address(), first->value()->address());
        // The seeded demo user's wallet is the admin address its ID token names.
        const auto claims = h.session.passportClaims();
        QVERIFY(claims.has_value());
        QCOMPARE(first->value()->address(), address(claims->imxUserAdminAddress));
    }

    void newUserGetsAWallet()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("tee-newcomer@example.com")));
        QVERIFY(!h.session.passportClaims().has_value());
        const auto first = h.create();
        QVERIFY(first.has_value() && first->ok());
        QVERIFY(first->value()->address() != crypto::EthAddress());
        const auto second = h.create();
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(second->value()->address(), first->value()->address());
    }

    void signaturesRecoverToTheWallet_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("text") << QByteArray("hello from stardeck");
        QTest::newRow("utf8") << QByteArray(
            "Only sign this request if you\xE2\x80\x99ve initiated an action");
        QTest::newRow("binary") << QByteArray::fromHex("00ff10deadbeef00");
        QTest::newRow("hex-looking text") << QByteArray("0xdeadbeef");
        QTest::newRow("one byte") << QByteArray("\x01", 1);
        QTest::newRow("empty") << QByteArray();
    }

    void signaturesRecoverToTheWallet()
    {
        QFETCH(QByteArray, message);
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        const auto signature = h.sign(*signer->value(), message);
        QVERIFY(signature.has_value());
        QVERIFY2(signature->ok(), qPrintable(signature->ok() ? QString() : why(signature->error())));
        // Recovered here independently of the signer's own check.
        const auto recovered = crypto::secp256k1::recoverAddress(
            crypto::eip191::personalMessageDigest(message), signature->value());
        QVERIFY(recovered.ok());
        QCOMPARE(*recovered, signer->value()->address());
        QCOMPARE(signer->value()->signRequestCount(), 1);
    }

    void ethSignerInterface()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        crypto::EthSigner &eth = *signer->value();
        std::optional<crypto::Expected<crypto::EthSignature>> result;
        const QByteArray message("personal_sign through the interface");
        eth.signPersonalMessage(message, &h.context, [&result](crypto::Expected<crypto::EthSignature> r) {
            result.emplace(std::move(r));
        });
        QVERIFY(!result.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY(result->ok());
        QCOMPARE(*crypto::secp256k1::recoverAddress(crypto::eip191::personalMessageDigest(message), **result),
                 eth.address());

        // A dead context: no callback.
        int calls = 0;
        auto context = std::make_unique<QObject>();
        eth.signPersonalMessage(message, context.get(),
                                [&calls](crypto::Expected<crypto::EthSignature>) { ++calls; });
        context.reset();
        QVERIFY(h.sign(*signer->value(), message).has_value());
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void messageEncoding()
    {
        // MagicTEESigner: bytes -> "0x" + hex, then base64 of that text (passport-sdk.md 3.1).
        QCOMPARE(TeeSigner::messageBase64(QByteArray("hi")), QByteArray("MHg2ODY5"));
        QCOMPARE(TeeSigner::messageBase64(QByteArray::fromHex("00ff")), QByteArray("MHgwMGZm"));
        QCOMPARE(TeeSigner::messageBase64(QByteArray()), QByteArray());
    }

    void notLoggedIn()
    {
        Harness h;
        const auto created = h.create();
        QVERIFY(created.has_value());
        QVERIFY(!created->ok());
        QCOMPARE(created->error().failure, WalletFailure::NotLoggedIn);
    }

    void loggedOutSessionRefused()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        bool loggedOut = false;
        h.session.logout(&h.context, [&loggedOut](passport::LogoutResult) { loggedOut = true; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedOut, kWaitMs);
        const auto signature = h.sign(*signer->value(), QByteArray("after logout"));
        QVERIFY(signature.has_value() && !signature->ok());
        QCOMPARE(signature->error().failure, WalletFailure::NotLoggedIn);
    }

    void expiredIdTokenRefused()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        // The sandbox's clock moves past the ID token's exp; our session still holds it as fresh.
        h.sandboxSkew = 3601;
        const auto signature = h.sign(*signer->value(), QByteArray("late"));
        QVERIFY(signature.has_value());
        QVERIFY(!signature->ok());
        QCOMPARE(signature->error().failure, WalletFailure::Api);
        QCOMPARE(signature->error().httpStatus, 401);
        QVERIFY2(signature->error().message.contains(QLatin1String("expired")),
                 qPrintable(why(signature->error())));
        const auto created = h.create();
        QVERIFY(created.has_value() && !created->ok());
        QCOMPARE(created->error().httpStatus, 401);
    }

    void wrongClientSettingsRefused()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        TeeSettings wrongKey = TeeSettings::passportDefaults();
        wrongKey.publishableApiKey = QStringLiteral("pk_live_0000000000000000");
        const auto a = h.create(wrongKey);
        QVERIFY(a.has_value() && !a->ok());
        QCOMPARE(a->error().httpStatus, 401);
        TeeSettings wrongProvider = TeeSettings::passportDefaults();
        wrongProvider.oidcProviderId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        const auto b = h.create(wrongProvider);
        QVERIFY(b.has_value() && !b->ok());
        QCOMPARE(b->error().httpStatus, 401);
        QCOMPARE(b->error().type, PassportErrorType::WalletConnectionError);
    }

    void serverErrors()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        h.addFault({{QStringLiteral("route"), QStringLiteral("tee.wallet.create")},
                    {QStringLiteral("status"), 503},
                    {QStringLiteral("times"), 1}});
        const auto failed = h.create();
        QVERIFY(failed.has_value() && !failed->ok());
        QCOMPARE(failed->error().failure, WalletFailure::Api);
        QCOMPARE(failed->error().httpStatus, 503);
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());

        h.addFault({{QStringLiteral("route"), QStringLiteral("tee.wallet.sign_message")},
                    {QStringLiteral("status"), 500},
                    {QStringLiteral("times"), 1}});
        const auto signature = h.sign(*signer->value(), QByteArray("x"));
        QVERIFY(signature.has_value() && !signature->ok());
        QCOMPARE(signature->error().httpStatus, 500);
        QVERIFY(h.sign(*signer->value(), QByteArray("x"))->ok());
    }

    void timeout()
    {
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        TeeSettings quick = TeeSettings::passportDefaults();
        quick.timeoutMs = 300;
        const auto signer = h.create(quick);
        QVERIFY(signer.has_value() && signer->ok());
        h.addFault({{QStringLiteral("route"), QStringLiteral("tee.wallet.sign_message")},
                    {QStringLiteral("latency_ms"), 3000},
                    {QStringLiteral("times"), 1}});
        QElapsedTimer timer;
        timer.start();
        const auto signature = h.sign(*signer->value(), QByteArray("slow"));
        QVERIFY(signature.has_value() && !signature->ok());
        QCOMPARE(signature->error().failure, WalletFailure::Network);
        QVERIFY(timer.elapsed() < 2900);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("malformed") << QJsonObject{{QStringLiteral("body"), QStringLiteral("malformed")}};
        QTest::newRow("truncated") << QJsonObject{{QStringLiteral("body"), QStringLiteral("truncated")}};
        QTest::newRow("signature altered")
            << QJsonObject{{QStringLiteral("alter_field"), QStringLiteral("signature")}};
        QTest::newRow("s altered") << QJsonObject{{QStringLiteral("alter_field"), QStringLiteral("s")}};
    }

    void malformedAnswers()
    {
        QFETCH(QJsonObject, fault);
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        fault.insert(QStringLiteral("route"), QStringLiteral("tee.wallet.sign_message"));
        fault.insert(QStringLiteral("times"), 1);
        h.addFault(fault);
        const auto signature = h.sign(*signer->value(), QByteArray("tampered"));
        QVERIFY(signature.has_value() && !signature->ok());
        QCOMPARE(signature->error().failure, WalletFailure::InvalidResponse);
    }

    void signatureOfAnotherKeyRefused()
    {
        // The signer was made for the demo wallet; the session then logs in as another user, so
        // the TEE signs with that user's key. The signature must not be handed out.
        Harness h;
        QVERIFY(h.login(sandbox::seed::demoEmail));
        const auto signer = h.create();
        QVERIFY(signer.has_value() && signer->ok());
        QVERIFY(h.login(QStringLiteral("alice@stardeck.test")));
        const auto signature = h.sign(*signer->value(), QByteArray("whose key?"));
        QVERIFY(signature.has_value() && !signature->ok());
        QCOMPARE(signature->error().failure, WalletFailure::SecurityCheck);
    }

    void parseWalletAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("lower") << QByteArray(
                                      R"({"public_address":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"})")
                               << true;
        QTest::newRow("eip55") << QByteArray(
                                      R"({"public_address":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})")
                               << true;
        QTest::newRow("bad checksum")
            << QByteArray(R"({"public_address":"0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})") << false;
        QTest::newRow("no prefix") << QByteArray(
                                          R"({"public_address":"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"})")
                                   << false;
        QTest::newRow("short") << QByteArray(
                                      R"({"public_address":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea"})")
                               << false;
        QTest::newRow("zero") << QByteArray(
                                     R"({"public_address":"0x0000000000000000000000000000000000000000"})")
                              << false;
        QTest::newRow("number") << QByteArray(R"({"public_address":5})") << false;
        QTest::newRow("missing") << QByteArray(R"({"address":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"})")
                                 << false;
        QTest::newRow("array") << QByteArray(R"(["0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"])") << false;
        QTest::newRow("not json") << QByteArray("<html>") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void parseWalletAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto parsed = TeeSigner::parseWalletAnswer(body);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value(), address(QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")));
        else
            QCOMPARE(parsed.error().failure, WalletFailure::InvalidResponse);
    }

    void parseSignAnswer()
    {
        // A real answer from the sandbox's TEE, then variations of it.
        Harness h;
        const QJsonObject tokens = loginTokens(h.f, sandbox::seed::demoEmail);
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", "Bearer " + tokens.value(QStringLiteral("id_token")).toString().toLatin1()},
            {"X-Magic-API-Key", "pk_live_10F423798A540ED7"},
            {"X-OIDC-Provider-ID", "aa80b860-8869-4f13-9000-6a6ad3d20017"},
            {"X-Magic-Chain", "ETH"}};
        QCOMPARE(h.f.post(QStringLiteral("/tee/v1/wallet"), {}, headers).status, 200);
        const HttpResult answer =
            h.f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"),
                         {{QStringLiteral("message_base64"), QStringLiteral("MHg2ODY5")}}, headers);
        QCOMPARE(answer.status, 200);
        const QJsonObject good = answer.object();
        const auto parsed = TeeSigner::parseSignAnswer(answer.body);
        QVERIFY(parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.value().toRsvHex()),
                 good.value(QStringLiteral("signature")).toString());

        auto variant = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return QJsonDocument(o).toJson();
        };
        const QString signature = good.value(QStringLiteral("signature")).toString();
        auto withSignature = [&variant](const QString &value) {
            return variant(QStringLiteral("signature"), value);
        };
        // Only the signature is required.
        QJsonObject bare{{QStringLiteral("signature"), signature}};
        QVERIFY(TeeSigner::parseSignAnswer(QJsonDocument(bare).toJson()).ok());

        const QList<QByteArray> bad{
            variant(QStringLiteral("signature"), QJsonValue::Undefined),
            variant(QStringLiteral("signature"), 5),
            variant(QStringLiteral("signature"), signature.mid(2)),    // no 0x
            variant(QStringLiteral("signature"), signature.left(130)), // short
            withSignature(signature + QStringLiteral("00")),           // long
            withSignature(signature.left(130) + QStringLiteral("00")), // v = 0
            withSignature(signature.left(130) + QStringLiteral("1d")), // v = 29
            withSignature(QStringLiteral("0x") + QString(130, QLatin1Char('g'))),
            withSignature(QStringLiteral("0x") + QString(128, QLatin1Char('0')) +
                          QStringLiteral("1b")), // r = s = 0
            variant(QStringLiteral("r"), QStringLiteral("0x01")),
            variant(QStringLiteral("s"), 7),
            variant(QStringLiteral("v"), QStringLiteral("0x1d")),
            QByteArray("[]"),
            QByteArray("{"),
            QByteArray(),
        };
        for (const QByteArray &body : bad) {
            const auto result = TeeSigner::parseSignAnswer(body);
            QVERIFY2(!result.ok(), body.constData());
            QCOMPARE(result.error().failure, WalletFailure::InvalidResponse);
        }
    }
};

QTEST_GUILESS_MAIN(TestTeeSigner)
#include "tst_tee_signer.moc"
