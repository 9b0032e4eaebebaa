// SPDX-License-Identifier: MIT
// JWKS and ID-token parsing (core/passport/IdToken). The first byte picks the mode:
//   0: the rest is a JWKS document: accepted keys are well formed (kid, >= 2048-bit n, e) and the
//      key set serialized back to a JWKS parses to the same keys;
//   1: the rest is a compact token checked against a fixed key: accepted only with every claim
//      check independently true (a forgery can only pass through a broken check);
//   2: the rest is the payload JSON, 3: the rest is the header JSON; the harness signs the token
//      with its own key, so the claim and header checks run on arbitrary JSON, and anything
//      accepted must satisfy every claim rule (checked here without IdToken's code).
#include "FuzzCheck.h"
#include "passport/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstddef>
#include <cstdint>

using namespace stardeck::passport;

namespace {

constexpr qint64 kNow = 1'700'000'000;
const QString kIssuer = QStringLiteral("https://auth.fuzz.test");
const QString kClient = QStringLiteral("fuzz-client");
const QString kNonce = QStringLiteral("fuzz-nonce");

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

//! A small RSA key (signing speed matters here; validateIdToken does not check the size, parseJwks does).
struct Signer {
    EVP_PKEY *key = nullptr;
    Jwk jwk;

    Signer()
    {
        key = EVP_RSA_gen(1024);
        FUZZ_CHECK(key != nullptr);
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        FUZZ_CHECK(EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) == 1);
        FUZZ_CHECK(EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) == 1);
        jwk.kid = QStringLiteral("fuzz");
        jwk.modulus.resize(BN_num_bytes(n));
        BN_bn2bin(n, reinterpret_cast<unsigned char *>(jwk.modulus.data()));
        jwk.exponent.resize(BN_num_bytes(e));
        BN_bn2bin(e, reinterpret_cast<unsigned char *>(jwk.exponent.data()));
        BN_free(n);
        BN_free(e);
    }

    QByteArray sign(const QByteArray &headerJson, const QByteArray &payloadJson) const
    {
        const QByteArray input = b64(headerJson) + '.' + b64(payloadJson);
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        std::size_t size = 0;
        QByteArray sig;
        FUZZ_CHECK(EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key) == 1);
        FUZZ_CHECK(EVP_DigestSign(md, nullptr, &size,
                                  reinterpret_cast<const unsigned char *>(input.constData()),
                                  std::size_t(input.size())) == 1);
        sig.resize(qsizetype(size));
        FUZZ_CHECK(EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &size,
                                  reinterpret_cast<const unsigned char *>(input.constData()),
                                  std::size_t(input.size())) == 1);
        EVP_MD_CTX_free(md);
        return input + '.' + b64(sig.left(qsizetype(size)));
    }
};

const Signer &signer()
{
    static const Signer s;
    return s;
}

IdTokenExpectations expectations(bool nonceRequired)
{
    IdTokenExpectations e;
    e.issuer = kIssuer;
    e.audience = kClient;
    e.nonce = kNonce;
    e.nonceRequired = nonceRequired;
    e.now = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    return e;
}

//! The OIDC claim rules, written out independently of IdToken.cpp, for a token it accepted.
void checkAccepted(const QByteArray &token, const IdTokenClaims &claims, const IdTokenExpectations &e)
{
    const QList<QByteArray> parts = token.split('.');
    FUZZ_CHECK(parts.size() == 3);
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
    const QJsonObject p =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    FUZZ_CHECK(header.value(QLatin1String("alg")).toString() == QLatin1String("RS256"));
    FUZZ_CHECK(header.value(QLatin1String("kid")).toString() == QLatin1String("fuzz"));
    FUZZ_CHECK(!header.contains(QLatin1String("crit")));
    FUZZ_CHECK(p == claims.payload);
    FUZZ_CHECK(p.value(QLatin1String("iss")).toString() == e.issuer && claims.issuer == e.issuer);
    FUZZ_CHECK(!claims.subject.isEmpty() && p.value(QLatin1String("sub")).toString() == claims.subject);
    const QJsonValue aud = p.value(QLatin1String("aud"));
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        FUZZ_CHECK(list.contains(e.audience));
        FUZZ_CHECK(list.size() == 1 || p.value(QLatin1String("azp")).toString() == e.audience);
    } else {
        FUZZ_CHECK(aud.isString() && aud.toString() == e.audience);
    }
    FUZZ_CHECK(p.value(QLatin1String("exp")).isDouble() && p.value(QLatin1String("iat")).isDouble());
    FUZZ_CHECK(claims.expiresAt >= 0 && claims.issuedAt >= 0);
    FUZZ_CHECK(kNow < claims.expiresAt + e.leewaySeconds);
    FUZZ_CHECK(claims.issuedAt <= kNow + e.leewaySeconds);
    if (e.nonceRequired || p.contains(QLatin1String("nonce"))) {
        FUZZ_CHECK(p.value(QLatin1String("nonce")).isString());
        FUZZ_CHECK(claims.nonce == e.nonce);
    }
}

void validate(const QByteArray &token, bool nonceRequired)
{
    const IdTokenExpectations e = expectations(nonceRequired);
    const auto result = validateIdToken(token, {signer().jwk}, e);
    if (result) {
        checkAccepted(token, result.value(), e);
        return;
    }
    FUZZ_CHECK(result.error().code == PassportErrorCode::InvalidIdToken ||
               result.error().code == PassportErrorCode::UnknownKey);
}

void jwks(const QByteArray &json)
{
    const auto keys = parseJwks(json);
    if (!keys)
        return;
    QJsonArray list;
    for (const Jwk &k : keys.value()) {
        FUZZ_CHECK(!k.kid.isEmpty() && k.modulus.size() >= 256 && !k.exponent.isEmpty());
        list.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                {QStringLiteral("kid"), k.kid},
                                {QStringLiteral("n"), QString::fromLatin1(b64(k.modulus))},
                                {QStringLiteral("e"), QString::fromLatin1(b64(k.exponent))}});
    }
    const auto again =
        parseJwks(QJsonDocument(QJsonObject{{QStringLiteral("keys"), list}}).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again.ok() && again.value().size() == keys.value().size());
    for (qsizetype i = 0; i < keys.value().size(); ++i) {
        const Jwk &a = keys.value().at(i);
        const Jwk &b = again.value().at(i);
        FUZZ_CHECK(a.kid == b.kid && a.modulus == b.modulus && a.exponent == b.exponent);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const bool nonceRequired = (data[0] & 0x10) != 0;
    static const QByteArray header = R"({"alg":"RS256","typ":"JWT","kid":"fuzz"})";
    static const QByteArray payload =
        R"({"iss":"https://auth.fuzz.test","sub":"email|1","aud":"fuzz-client","exp":1700000600,"iat":1699999900,"nonce":"fuzz-nonce"})";
    switch (data[0] % 4) {
    case 0:
        jwks(rest);
        break;
    case 1:
        validate(rest, nonceRequired);
        break;
    case 2:
        validate(signer().sign(header, rest), nonceRequired);
        break;
    default:
        validate(signer().sign(rest, payload), nonceRequired);
        break;
    }
    return 0;
}
