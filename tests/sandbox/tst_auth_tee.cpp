// SPDX-License-Identifier: MIT
// The emulated Magic TEE (embedded-wallet signer) over HTTP: wallet creation, EIP-191 message
// signatures that recover to the wallet address, raw-hash signing, and every refused request.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"

#include "crypto/Eip191.h"
#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"
#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers teeHeaders(const QString &idToken)
{
    return {{"Authorization", "Bearer " + idToken.toLatin1()},
            {"X-Magic-API-Key", "pk_live_10F423798A540ED7"},
            {"X-OIDC-Provider-ID", "aa80b860-8869-4f13-9000-6a6ad3d20017"},
            {"X-Magic-Chain", "ETH"}};
}

Headers without(Headers headers, const QByteArray &name)
{
    headers.removeIf([&](const auto &h) { return h.first == name; });
    return headers;
}

Headers replaced(Headers headers, const QByteArray &name, const QByteArray &value)
{
    headers = without(headers, name);
    headers.append({name, value});
    return headers;
}

QString idTokenFor(SandboxFixture &f, const QString &email)
{
    return loginTokens(f, email).value(QStringLiteral("id_token")).toString();
}

QJsonObject signBody(const QByteArray &message)
{
    return QJsonObject{{QStringLiteral("message_base64"), QString::fromLatin1(message.toBase64())}};
}

//! The address that signed `message` (EIP-191), recovered with core's secp256k1.
QString recover(const QByteArray &message, const QString &signatureHex)
{
    const auto signature = crypto::EthSignature::parse(signatureHex.toStdString());
    if (!signature)
        return {};
    const auto address =
        crypto::secp256k1::recoverAddress(crypto::eip191::personalMessageDigest(message), *signature);
    return address ? QString::fromStdString(address->toChecksumHex()) : QString();
}

} // namespace

class TestAuthTee : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void walletIsCreatedOnceAndSignsMessages()
    {
        SandboxFixture f;
        const QString idToken = idTokenFor(f, QStringLiteral("tee@example.com"));
        const QString sub = jwtPart(idToken).value(QStringLiteral("sub")).toString();
        HttpResult r = f.post(QStringLiteral("/tee/v1/wallet"), {}, teeHeaders(idToken));
        QCOMPARE(r.status, 200);
        const QString address = r.object().value(QStringLiteral("public_address")).toString();
        const auto parsed = crypto::EthAddress::parse(address.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(QString::fromStdString(parsed->toChecksumHex()), address); // EIP-55 form
        const auto &user = f.sandbox().world().users.at(sub);
        QCOMPARE(user.adminAddress, address.toLower());
        QCOMPARE(user.adminKey.size(), std::size_t(32));
        QVERIFY(!user.registered);

        // Idempotent: the same address every time.
        for (int i = 0; i < 2; ++i) {
            r = f.post(QStringLiteral("/tee/v1/wallet"), {}, teeHeaders(idToken));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(QStringLiteral("public_address")).toString(), address);
        }

        // Text is signed as its UTF-8 (here the Stark-key seed message with its U+2019).
        const QByteArray text =
            QStringLiteral("Only sign this request if you\u2019ve initiated an action with Immutable X.")
                .toUtf8();
        r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"), signBody(text), teeHeaders(idToken));
        QCOMPARE(r.status, 200);
        const QString signature = r.object().value(QStringLiteral("signature")).toString();
        QCOMPARE(signature.size(), 132);
        QVERIFY(signature.endsWith(QStringLiteral("1b")) || signature.endsWith(QStringLiteral("1c")));
        QCOMPARE(recover(text, signature), address);
        QCOMPARE(r.object().value(QStringLiteral("r")).toString(), signature.mid(0, 66));
        QCOMPARE(r.object().value(QStringLiteral("s")).toString(),
                 QStringLiteral("0x") + signature.mid(66, 64));
        QCOMPARE(r.object().value(QStringLiteral("v")).toString(), QStringLiteral("0x") + signature.right(2));
        // Deterministic per user and message (the Stark key derived from it must be stable).
        r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"), signBody(text), teeHeaders(idToken));
        QCOMPARE(r.object().value(QStringLiteral("signature")).toString(), signature);

        // MagicTEESigner sends bytes as the text "0x<hex>": those are signed as the bytes.
        const QByteArray bytes = QByteArray::fromHex("deadbeef00ff");
        r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"), signBody("0x" + bytes.toHex()),
                       teeHeaders(idToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(recover(bytes, r.object().value(QStringLiteral("signature")).toString()), address);
        // "0x" followed by something that is not hex stays text.
        r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"), signBody("0xnothex"),
                       teeHeaders(idToken));
        QCOMPARE(recover("0xnothex", r.object().value(QStringLiteral("signature")).toString()), address);

        // A raw 32-byte hash through /sign/data.
        const crypto::Hash256 digest = crypto::keccak256(std::string_view("stardeck"));
        const QByteArray digestHex =
            "0x" + QByteArray(reinterpret_cast<const char *>(digest.data()), 32).toHex();
        r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/data"),
                       QJsonObject{{QStringLiteral("raw_data_hash"), QString::fromLatin1(digestHex)}},
                       teeHeaders(idToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("message_hash")).toString(), QString::fromLatin1(digestHex));
        const auto sig = crypto::EthSignature::parse(
            r.object().value(QStringLiteral("signature")).toString().toStdString());
        QVERIFY(sig.ok());
        const auto signer = crypto::secp256k1::recoverAddress(digest, *sig);
        QVERIFY(signer.ok());
        QCOMPARE(QString::fromStdString(signer->toChecksumHex()), address);

        // Each user has their own key.
        const QString otherToken = idTokenFor(f, QStringLiteral("tee.other@example.com"));
        r = f.post(QStringLiteral("/tee/v1/wallet"), {}, teeHeaders(otherToken));
        QVERIFY(r.object().value(QStringLiteral("public_address")).toString() != address);
    }

    void signingBeforeTheWalletExistsIsRefused()
    {
        SandboxFixture f;
        const QString idToken = idTokenFor(f, QStringLiteral("nowallet@example.com"));
        const HttpResult r =
            f.postJson(QStringLiteral("/tee/v1/wallet/sign/message"), signBody("hi"), teeHeaders(idToken));
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }

    void refusedCredentials()
    {
        SandboxFixture f;
        qint64 skew = 0;
        f.sandbox().context().now = [&skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); };
        const QJsonObject tokens = loginTokens(f, QStringLiteral("creds@example.com"));
        const QString idToken = tokens.value(QStringLiteral("id_token")).toString();
        const Headers good = teeHeaders(idToken);
        QCOMPARE(f.post(QStringLiteral("/tee/v1/wallet"), {}, good).status, 200);

        struct Case {
            const char *name;
            Headers headers;
        };
        QStringList parts = idToken.split(QLatin1Char('.'));
        parts[2] = parts[2].left(parts[2].size() - 4) + QStringLiteral("AAAA");
        const QList<Case> cases{
            {"no bearer", without(good, "Authorization")},
            {"basic auth", replaced(good, "Authorization", "Basic dXNlcjpwYXNz")},
            {"access token instead of ID token",
             replaced(good, "Authorization",
                      "Bearer " + tokens.value(QStringLiteral("access_token")).toString().toLatin1())},
            {"garbage token", replaced(good, "Authorization", "Bearer not.a.jwt")},
            {"bad signature",
             replaced(good, "Authorization", "Bearer " + parts.join(QLatin1Char('.')).toLatin1())},
            {"no api key", without(good, "X-Magic-API-Key")},
            {"wrong api key", replaced(good, "X-Magic-API-Key", "pk_live_0000000000000000")},
            {"no provider", without(good, "X-OIDC-Provider-ID")},
            {"wrong provider", replaced(good, "X-OIDC-Provider-ID", "d196052b-8175-4a45-ba13-838a715d370f")},
        };
        for (const Case &c : cases) {
            for (const char *path : {"/tee/v1/wallet", "/tee/v1/wallet/sign/message"}) {
                const HttpResult r = f.postJson(QLatin1String(path), signBody("hello"), c.headers);
                QVERIFY2(r.status == 401, c.name);
                QVERIFY2(r.object().value(QStringLiteral("detail")).isString(), c.name);
            }
        }
        const HttpResult missing =
            f.post(QStringLiteral("/tee/v1/wallet"), {}, without(good, "Authorization"));
        QCOMPARE(missing.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Not authenticated"));
        QVERIFY(missing.header("WWW-Authenticate").startsWith("Bearer"));

        // An expired ID token is refused.
        skew = 3601;
        QCOMPARE(f.post(QStringLiteral("/tee/v1/wallet"), {}, good).status, 401);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("dropChain");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("loc");
        QTest::newRow("no chain header")
            << QByteArray("application/json") << QByteArray("{\"message_base64\":\"aGk=\"}") << true
            << QStringLiteral("missing") << QStringLiteral("header/X-Magic-Chain");
        QTest::newRow("no body") << QByteArray("application/json") << QByteArray() << false
                                 << QStringLiteral("missing") << QStringLiteral("body");
        QTest::newRow("malformed JSON")
            << QByteArray("application/json") << QByteArray("{\"message_base64\":") << false
            << QStringLiteral("json_invalid") << QStringLiteral("body/18");
        QTest::newRow("array body") << QByteArray("application/json") << QByteArray("[\"aGk=\"]") << false
                                    << QStringLiteral("model_attributes_type") << QStringLiteral("body");
        QTest::newRow("text body") << QByteArray("text/plain") << QByteArray("aGk=") << false
                                   << QStringLiteral("model_attributes_type") << QStringLiteral("body");
        QTest::newRow("missing field")
            << QByteArray("application/json") << QByteArray("{\"message\":\"hi\"}") << false
            << QStringLiteral("missing") << QStringLiteral("body/message_base64");
        QTest::newRow("number field")
            << QByteArray("application/json") << QByteArray("{\"message_base64\":5}") << false
            << QStringLiteral("string_type") << QStringLiteral("body/message_base64");
        QTest::newRow("null field") << QByteArray("application/json")
                                    << QByteArray("{\"message_base64\":null}") << false
                                    << QStringLiteral("string_type") << QStringLiteral("body/message_base64");
        QTest::newRow("not base64") << QByteArray("application/json")
                                    << QByteArray("{\"message_base64\":\"%%%\"}") << false
                                    << QStringLiteral("value_error") << QStringLiteral("body/message_base64");
        QTest::newRow("unpadded base64")
            << QByteArray("application/json") << QByteArray("{\"message_base64\":\"aGk\"}") << false
            << QStringLiteral("value_error") << QStringLiteral("body/message_base64");
    }

    void validationErrors()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, dropChain);
        QFETCH(QString, type);
        QFETCH(QString, loc);
        SandboxFixture f;
        const QString idToken = idTokenFor(f, QStringLiteral("shapes@example.com"));
        QCOMPARE(f.post(QStringLiteral("/tee/v1/wallet"), {}, teeHeaders(idToken)).status, 200);
        Headers headers = teeHeaders(idToken);
        if (dropChain)
            headers = without(headers, "X-Magic-Chain");
        const HttpResult r =
            f.post(QStringLiteral("/tee/v1/wallet/sign/message"), body, headers, contentType);
        QCOMPARE(r.status, 422);
        const QJsonArray detail = r.object().value(QStringLiteral("detail")).toArray();
        QCOMPARE(detail.size(), 1);
        const QJsonObject item = detail.first().toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(), type);
        QStringList locParts;
        for (const QJsonValue &v : item.value(QStringLiteral("loc")).toArray())
            locParts.append(v.isString() ? v.toString() : QString::number(v.toInt()));
        QCOMPARE(locParts.join(QLatin1Char('/')), loc);
        QVERIFY(!item.value(QStringLiteral("msg")).toString().isEmpty());
    }

    void walletEndpointValidation()
    {
        SandboxFixture f;
        const QString idToken = idTokenFor(f, QStringLiteral("chain@example.com"));
        HttpResult r =
            f.post(QStringLiteral("/tee/v1/wallet"), {}, without(teeHeaders(idToken), "X-Magic-Chain"));
        QCOMPARE(r.status, 422);
        r = f.post(QStringLiteral("/tee/v1/wallet"), {},
                   replaced(teeHeaders(idToken), "X-Magic-Chain", "SOL"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.object()
                     .value(QStringLiteral("detail"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("value_error"));
        // Nothing was created by the refused calls.
        const QString sub = jwtPart(idToken).value(QStringLiteral("sub")).toString();
        QVERIFY(f.sandbox().world().users.at(sub).adminAddress.isEmpty());
        // A wrong method is a 405, an unknown path a 404.
        QCOMPARE(f.get(QStringLiteral("/tee/v1/wallet"), teeHeaders(idToken)).status, 405);
        QCOMPARE(f.post(QStringLiteral("/tee/v1/wallet/sign/other"), "{}", teeHeaders(idToken)).status, 404);
        // sign/data wants 0x + 64 hex digits.
        QCOMPARE(f.post(QStringLiteral("/tee/v1/wallet"), {}, teeHeaders(idToken)).status, 200);
        for (const char *hash :
             {"0x1234", "1234567890123456789012345678901234567890123456789012345678901234", "0xzz"}) {
            r = f.postJson(QStringLiteral("/tee/v1/wallet/sign/data"),
                           QJsonObject{{QStringLiteral("raw_data_hash"), QLatin1String(hash)}},
                           teeHeaders(idToken));
            QCOMPARE(r.status, 422);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthTee)
#include "tst_auth_tee.moc"
