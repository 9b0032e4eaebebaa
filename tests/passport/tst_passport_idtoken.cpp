// SPDX-License-Identifier: MIT
// ID token validation against tokens signed here with a test RSA key (OpenSSL, not our code):
// every claim check and every malformed shape must be refused.
#include "passport/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace stardeck::passport;

namespace {

const QString kIssuer = QStringLiteral("https://auth.example/");
const QString kClient = QStringLiteral("stardeck-desktop");
const QString kNonce = QStringLiteral("n-0S6_WzA2Mj");
const qint64 kNow = 1'800'000'000;

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

//! A test RSA-2048 key: signs tokens and publishes itself as a JWK.
struct TestKey {
    EVP_PKEY *key = EVP_RSA_gen(2048);
    QString kid;
    ~TestKey() { EVP_PKEY_free(key); }

    QByteArray bn(const char *name) const
    {
        BIGNUM *v = nullptr;
        EVP_PKEY_get_bn_param(key, name, &v);
        QByteArray out(BN_num_bytes(v), '\0');
        BN_bn2bin(v, reinterpret_cast<unsigned char *>(out.data()));
        BN_free(v);
        return out;
    }
    Jwk jwk() const { return Jwk{kid, bn(OSSL_PKEY_PARAM_RSA_N), bn(OSSL_PKEY_PARAM_RSA_E)}; }
    QJsonObject jwkJson() const
    {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("use"), QStringLiteral("sig")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("n"), QString::fromLatin1(b64(bn(OSSL_PKEY_PARAM_RSA_N)))},
                           {QStringLiteral("e"), QString::fromLatin1(b64(bn(OSSL_PKEY_PARAM_RSA_E)))}};
    }
    QByteArray sign(const QByteArray &input) const
    {
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        size_t size = 0;
        EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key);
        EVP_DigestSign(md, nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray sig(qsizetype(size), '\0');
        EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &size,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        EVP_MD_CTX_free(md);
        return sig.left(qsizetype(size));
    }
    QByteArray token(const QJsonObject &header, const QJsonObject &payload) const
    {
        const QByteArray input = b64(json(header)) + '.' + b64(json(payload));
        return input + '.' + b64(sign(input));
    }
};

TestKey &testKey()
{
    static TestKey key{EVP_RSA_gen(2048), QStringLiteral("key-1")};
    return key;
}

QJsonObject goodHeader()
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("kid"), testKey().kid}};
}

QJsonObject goodPayload()
{
    return QJsonObject{{QStringLiteral("iss"), kIssuer},
                       {QStringLiteral("sub"), QStringLiteral("email|abc")},
                       {QStringLiteral("aud"), kClient},
                       {QStringLiteral("email"), QStringLiteral("a@example.com")},
                       {QStringLiteral("nonce"), kNonce},
                       {QStringLiteral("iat"), double(kNow - 10)},
                       {QStringLiteral("exp"), double(kNow + 3590)}};
}

IdTokenExpectations expectations(bool nonceRequired = true)
{
    IdTokenExpectations e;
    e.issuer = kIssuer;
    e.audience = kClient;
    e.nonce = kNonce;
    e.nonceRequired = nonceRequired;
    e.now = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    e.leewaySeconds = 60;
    return e;
}

} // namespace

class TestPassportIdToken : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validToken()
    {
        const QByteArray token = testKey().token(goodHeader(), goodPayload());
        const auto claims = validateIdToken(token, {testKey().jwk()}, expectations());
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().message));
        QCOMPARE(claims->subject, QStringLiteral("email|abc"));
        QCOMPARE(claims->email, QStringLiteral("a@example.com"));
        QCOMPARE(claims->nonce, kNonce);
        QCOMPARE(claims->expiresAt, kNow + 3590);
        QVERIFY(!claims->passport().has_value());
    }

    void passportClaim()
    {
        QJsonObject payload = goodPayload();
        QJsonObject passport{{QStringLiteral("imx_eth_address"), QStringLiteral("0x11")},
                             {QStringLiteral("imx_stark_address"), QStringLiteral("0x22")},
                             {QStringLiteral("imx_user_admin_address"), QStringLiteral("0x33")}};
        payload.insert(QStringLiteral("passport"), passport);
        auto claims =
            validateIdToken(testKey().token(goodHeader(), payload), {testKey().jwk()}, expectations());
        QVERIFY(claims.ok());
        QCOMPARE(claims->passport()->imxEthAddress, QStringLiteral("0x11"));
        QCOMPARE(claims->passport()->imxStarkAddress, QStringLiteral("0x22"));
        QCOMPARE(claims->passport()->imxUserAdminAddress, QStringLiteral("0x33"));
        passport.remove(QStringLiteral("imx_stark_address")); // all three or nothing
        payload.insert(QStringLiteral("passport"), passport);
        claims = validateIdToken(testKey().token(goodHeader(), payload), {testKey().jwk()}, expectations());
        QVERIFY(claims.ok());
        QVERIFY(!claims->passport().has_value());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("nonceRequired");
        QTest::addColumn<int>("code");
        const int invalid = int(PassportErrorCode::InvalidIdToken);
        const TestKey &k = testKey();
        const auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject p = goodPayload();
            if (value.isUndefined())
                p.remove(QLatin1String(key));
            else
                p.insert(QLatin1String(key), value);
            return p;
        };
        const auto header = [](const char *key, const QJsonValue &value) {
            QJsonObject h = goodHeader();
            if (value.isUndefined())
                h.remove(QLatin1String(key));
            else
                h.insert(QLatin1String(key), value);
            return h;
        };
        const QByteArray good = k.token(goodHeader(), goodPayload());
        QList<QByteArray> parts = good.split('.');

        QByteArray flipped = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        flipped[10] = char(flipped[10] ^ 1);
        QTest::newRow("signature tampered")
            << parts[0] + '.' + parts[1] + '.' + b64(flipped) << true << invalid;
        QTest::newRow("payload tampered, old signature")
            << parts[0] + '.' + b64(json(with("sub", QStringLiteral("email|other")))) + '.' + parts[2] << true
            << invalid;
        TestKey other{EVP_RSA_gen(2048), QStringLiteral("key-1")};
        QTest::newRow("signed by another key, same kid")
            << other.token(goodHeader(), goodPayload()) << true << invalid;
        QTest::newRow("wrong iss") << k.token(goodHeader(),
                                              with("iss", QStringLiteral("https://evil.example/")))
                                   << true << invalid;
        QTest::newRow("iss without slash")
            << k.token(goodHeader(), with("iss", QStringLiteral("https://auth.example"))) << true << invalid;
        QTest::newRow("wrong aud") << k.token(goodHeader(), with("aud", QStringLiteral("other-client")))
                                   << true << invalid;
        QTest::newRow("aud array without azp")
            << k.token(goodHeader(), with("aud", QJsonArray{kClient, QStringLiteral("x")})) << true
            << invalid;
        QTest::newRow("aud missing") << k.token(goodHeader(), with("aud", QJsonValue::Undefined)) << true
                                     << invalid;
        QTest::newRow("expired beyond leeway")
            << k.token(goodHeader(), with("exp", double(kNow - 61))) << true << invalid;
        QTest::newRow("exp missing") << k.token(goodHeader(), with("exp", QJsonValue::Undefined)) << true
                                     << invalid;
        QTest::newRow("exp as string")
            << k.token(goodHeader(), with("exp", QStringLiteral("1900000000"))) << true << invalid;
        QTest::newRow("iat in the future")
            << k.token(goodHeader(), with("iat", double(kNow + 120))) << true << invalid;
        QTest::newRow("nonce mismatch")
            << k.token(goodHeader(), with("nonce", QStringLiteral("other"))) << true << invalid;
        QTest::newRow("nonce missing")
            << k.token(goodHeader(), with("nonce", QJsonValue::Undefined)) << true << invalid;
        QTest::newRow("nonce changed on refresh")
            << k.token(goodHeader(), with("nonce", QStringLiteral("other"))) << false << invalid;
        QTest::newRow("sub missing") << k.token(goodHeader(), with("sub", QJsonValue::Undefined)) << true
                                     << invalid;
        QTest::newRow("alg none") << b64(json(header("alg", QStringLiteral("none")))) + '.' + parts[1] + '.'
                                  << true << invalid;
        QTest::newRow("alg HS256") << k.token(header("alg", QStringLiteral("HS256")), goodPayload()) << true
                                   << invalid;
        QTest::newRow("no kid") << k.token(header("kid", QJsonValue::Undefined), goodPayload()) << true
                                << invalid;
        QTest::newRow("crit header") << k.token(header("crit", QJsonArray{QStringLiteral("exp")}),
                                                goodPayload())
                                     << true << invalid;
        QTest::newRow("unknown kid") << k.token(header("kid", QStringLiteral("key-2")), goodPayload()) << true
                                     << int(PassportErrorCode::UnknownKey);
        QTest::newRow("two parts") << parts[0] + '.' + parts[1] << true << invalid;
        QTest::newRow("four parts") << good + ".x" << true << invalid;
        QTest::newRow("padded base64") << parts[0] + "==." + parts[1] + '.' + parts[2] << true << invalid;
        QByteArray standard = parts[2];
        standard[0] = '+';
        QTest::newRow("standard alphabet") << parts[0] + '.' + parts[1] + '.' + standard << true << invalid;
        QTest::newRow("payload not JSON")
            << parts[0] + '.' + b64("not json") + '.' + parts[2] << true << invalid;
        QTest::newRow("empty") << QByteArray() << true << invalid;
    }

    void refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, nonceRequired);
        QFETCH(int, code);
        const auto claims = validateIdToken(token, {testKey().jwk()}, expectations(nonceRequired));
        QVERIFY(!claims.ok());
        QCOMPARE(int(claims.error().code), code);
        QVERIFY(!claims.error().message.isEmpty());
    }

    void accepted_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<bool>("nonceRequired");
        QJsonObject p = goodPayload();
        p.insert(QStringLiteral("exp"), double(kNow - 30));
        QTest::newRow("expired within leeway") << p << true;
        p = goodPayload();
        p.insert(QStringLiteral("iat"), double(kNow + 30));
        QTest::newRow("iat slightly ahead") << p << true;
        p = goodPayload();
        p.insert(QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("x")});
        p.insert(QStringLiteral("azp"), kClient);
        QTest::newRow("aud array with azp") << p << true;
        p = goodPayload();
        p.remove(QStringLiteral("nonce"));
        QTest::newRow("refreshed without nonce") << p << false;
    }

    void accepted()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(bool, nonceRequired);
        const auto claims = validateIdToken(testKey().token(goodHeader(), payload), {testKey().jwk()},
                                            expectations(nonceRequired));
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().message));
    }

    void keyIsChosenByKid()
    {
        TestKey second{EVP_RSA_gen(2048), QStringLiteral("key-2")};
        QJsonObject h = goodHeader();
        h.insert(QStringLiteral("kid"), second.kid);
        const QByteArray token = second.token(h, goodPayload());
        QVERIFY(validateIdToken(token, {testKey().jwk(), second.jwk()}, expectations()).ok());
        // Same kid, wrong key material: refused, never "try every key".
        Jwk impostor = testKey().jwk();
        impostor.kid = second.kid;
        QCOMPARE(validateIdToken(token, {impostor}, expectations()).error().code,
                 PassportErrorCode::InvalidIdToken);
    }

    void jwksParsing()
    {
        QJsonObject ec{{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("kid"), QStringLiteral("ec")}};
        QJsonObject enc = testKey().jwkJson();
        enc.insert(QStringLiteral("use"), QStringLiteral("enc"));
        enc.insert(QStringLiteral("kid"), QStringLiteral("enc"));
        QJsonObject shortKey = testKey().jwkJson();
        shortKey.insert(QStringLiteral("n"), QString::fromLatin1(b64(QByteArray(128, '\x7f'))));
        shortKey.insert(QStringLiteral("kid"), QStringLiteral("short"));
        QJsonObject noKid = testKey().jwkJson();
        noKid.remove(QStringLiteral("kid"));
        const QByteArray doc = json(
            QJsonObject{{QStringLiteral("keys"), QJsonArray{ec, enc, shortKey, noKid, testKey().jwkJson()}}});
        const auto keys = parseJwks(doc);
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().kid, testKey().kid);
        QCOMPARE(keys->first().modulus, testKey().jwk().modulus);
        for (const QByteArray &bad :
             {QByteArray("[]"), QByteArray("{\"keys\": {}}"), QByteArray("{"), QByteArray()})
            QCOMPARE(parseJwks(bad).error().code, PassportErrorCode::InvalidResponse);
    }
};

QTEST_GUILESS_MAIN(TestPassportIdToken)
#include "tst_passport_idtoken.moc"
