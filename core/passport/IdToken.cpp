// SPDX-License-Identifier: MIT
#include "passport/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace stardeck::passport {

namespace {

PassportError invalid(const QString &message)
{
    return passportError(PassportErrorCode::InvalidIdToken, message);
}

//! Strict base64url (RFC 7515 2): the URL alphabet, no padding, no stray characters.
std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    // Canonical only: non-zero padding bits would let two texts carry one signature.
    if (!result ||
        result.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) != text)
        return std::nullopt;
    return result.decoded;
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

//! A NumericDate claim (RFC 7519 2): a JSON number holding whole seconds.
std::optional<qint64> numericDate(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 253402300799.0) // year 9999
        return std::nullopt;
    return qint64(d);
}

struct PkeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};

bool verifyRs256(const Jwk &jwk, const QByteArray &input, const QByteArray &signature)
{
    BIGNUM *n = BN_bin2bn(reinterpret_cast<const unsigned char *>(jwk.modulus.constData()),
                          int(jwk.modulus.size()), nullptr);
    BIGNUM *e = BN_bin2bn(reinterpret_cast<const unsigned char *>(jwk.exponent.constData()),
                          int(jwk.exponent.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *raw = nullptr;
    bool ok = n && e && bld && pctx && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) == 1 &&
              OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e) == 1 &&
              (params = OSSL_PARAM_BLD_to_param(bld)) != nullptr && EVP_PKEY_fromdata_init(pctx) == 1 &&
              EVP_PKEY_fromdata(pctx, &raw, EVP_PKEY_PUBLIC_KEY, params) == 1;
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(raw);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ok = ok && md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
         EVP_DigestVerify(
             md, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
             reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(n);
    BN_free(e);
    return ok;
}

bool audienceMatches(const QJsonObject &payload, const QString &clientId)
{
    const QJsonValue aud = payload.value(QStringLiteral("aud"));
    if (aud.isString())
        return aud.toString() == clientId;
    if (!aud.isArray())
        return false;
    const QJsonArray list = aud.toArray();
    if (!list.contains(clientId))
        return false;
    // OIDC Core 3.1.3.7 (4, 5): with several audiences, azp must name us.
    return list.size() == 1 || payload.value(QStringLiteral("azp")).toString() == clientId;
}

} // namespace

std::optional<PassportClaims> IdTokenClaims::passport() const
{
    const QJsonValue value = payload.value(QStringLiteral("passport"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    PassportClaims claims{o.value(QStringLiteral("imx_eth_address")).toString(),
                          o.value(QStringLiteral("imx_stark_address")).toString(),
                          o.value(QStringLiteral("imx_user_admin_address")).toString()};
    if (claims.imxEthAddress.isEmpty() || claims.imxStarkAddress.isEmpty() ||
        claims.imxUserAdminAddress.isEmpty())
        return std::nullopt;
    return claims;
}

PassportResult<QList<Jwk>> parseJwks(const QByteArray &json)
{
    const auto doc = jsonObject(json);
    if (!doc || !doc->value(QStringLiteral("keys")).isArray())
        return passportError(PassportErrorCode::InvalidResponse,
                             QStringLiteral("JWKS is not {\"keys\": [...]}"));
    QList<Jwk> keys;
    for (const QJsonValue &v : doc->value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        if (k.contains(QStringLiteral("use")) &&
            k.value(QStringLiteral("use")).toString() != QLatin1String("sig"))
            continue;
        if (k.contains(QStringLiteral("alg")) &&
            k.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
            continue;
        const auto n = fromBase64Url(k.value(QStringLiteral("n")).toString().toLatin1());
        const auto e = fromBase64Url(k.value(QStringLiteral("e")).toString().toLatin1());
        const QString kid = k.value(QStringLiteral("kid")).toString();
        // Keys shorter than 2048 bits are not accepted for signatures we rely on.
        if (kid.isEmpty() || !n || !e || n->size() < 256 || e->isEmpty())
            continue;
        keys.append(Jwk{kid, *n, *e});
    }
    return keys;
}

PassportResult<IdTokenClaims> validateIdToken(const QByteArray &token, const QList<Jwk> &keys,
                                              const IdTokenExpectations &expect)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return invalid(QStringLiteral("ID token is not a compact JWS"));
    const auto headerBytes = fromBase64Url(parts[0]);
    const auto payloadBytes = fromBase64Url(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    const auto header = headerBytes ? jsonObject(*headerBytes) : std::nullopt;
    const auto payload = payloadBytes ? jsonObject(*payloadBytes) : std::nullopt;
    if (!header || !payload || !signature)
        return invalid(QStringLiteral("ID token is not valid base64url JSON"));

    // Only RS256: "none" and HMAC algorithms would let anyone mint tokens.
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return invalid(QStringLiteral("ID token algorithm is not RS256"));
    if (header->contains(QStringLiteral("crit")))
        return invalid(QStringLiteral("ID token has critical header parameters"));
    const QString kid = header->value(QStringLiteral("kid")).toString();
    if (kid.isEmpty())
        return invalid(QStringLiteral("ID token has no kid"));
    const Jwk *key = nullptr;
    for (const Jwk &k : keys) {
        if (k.kid == kid)
            key = &k;
    }
    if (!key)
        return passportError(PassportErrorCode::UnknownKey,
                             QStringLiteral("ID token key %1 is not in the JWKS").arg(kid));
    if (!verifyRs256(*key, parts[0] + '.' + parts[1], *signature))
        return invalid(QStringLiteral("ID token signature does not verify"));

    IdTokenClaims claims;
    claims.payload = *payload;
    claims.issuer = payload->value(QStringLiteral("iss")).toString();
    claims.subject = payload->value(QStringLiteral("sub")).toString();
    claims.email = payload->value(QStringLiteral("email")).toString();
    claims.nonce = payload->value(QStringLiteral("nonce")).toString();
    if (claims.issuer != expect.issuer)
        return invalid(QStringLiteral("ID token issuer %1 is not %2").arg(claims.issuer, expect.issuer));
    if (claims.subject.isEmpty())
        return invalid(QStringLiteral("ID token has no subject"));
    if (!audienceMatches(*payload, expect.audience))
        return invalid(QStringLiteral("ID token audience is not this client"));
    const auto exp = numericDate(*payload, QStringLiteral("exp"));
    const auto iat = numericDate(*payload, QStringLiteral("iat"));
    if (!exp || !iat)
        return invalid(QStringLiteral("ID token exp/iat missing or not numbers"));
    claims.expiresAt = *exp;
    claims.issuedAt = *iat;
    const qint64 now = expect.now.toSecsSinceEpoch();
    if (now >= *exp + expect.leewaySeconds)
        return invalid(QStringLiteral("ID token has expired"));
    if (*iat > now + expect.leewaySeconds)
        return invalid(QStringLiteral("ID token was issued in the future"));
    if (expect.nonceRequired || payload->contains(QStringLiteral("nonce"))) {
        // A refreshed token may omit the nonce; if it carries one, it must be ours.
        const bool known = !expect.nonce.isEmpty();
        if ((expect.nonceRequired && !known) || (known && claims.nonce != expect.nonce) ||
            (!payload->value(QStringLiteral("nonce")).isString() &&
             payload->contains(QStringLiteral("nonce"))))
            return invalid(QStringLiteral("ID token nonce does not match the login request"));
    }
    return claims;
}

} // namespace stardeck::passport
