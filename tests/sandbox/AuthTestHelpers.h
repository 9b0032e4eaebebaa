// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the auth and TEE tests: PKCE pairs, driving the HTML login over HTTP, JWT
// decoding and an RS256 check against the published JWKS that uses OpenSSL directly (so it does
// not trust the server's own signing code).

#include "SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace stardeck::test {

inline const QString kClientId = QStringLiteral("stardeck-desktop");
inline const QString kRedirect = QStringLiteral("stardeck://callback");
inline const QByteArray kForm = "application/x-www-form-urlencoded";

inline QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Pkce {
    QByteArray verifier;
    QByteArray challenge;
};

//! A fresh RFC 7636 pair: 32 random bytes as the verifier, its S256 challenge.
inline Pkce makePkce()
{
    QByteArray raw(32, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    Pkce p;
    p.verifier = b64url(raw);
    p.challenge = b64url(QCryptographicHash::hash(p.verifier, QCryptographicHash::Sha256));
    return p;
}

//! "/auth/authorize?..." with Passport's parameters; `extra` overrides or adds.
inline QString authorizePath(const Pkce &pkce, const QList<QPair<QString, QString>> &extra = {})
{
    QList<QPair<QString, QString>> items{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("client_id"), kClientId},
        {QStringLiteral("redirect_uri"), kRedirect},
        {QStringLiteral("state"), QStringLiteral("st-123")},
        {QStringLiteral("scope"), QStringLiteral("openid offline_access profile email transact")},
        {QStringLiteral("audience"), QStringLiteral("platform_api")}};
    for (const auto &[key, value] : extra) {
        bool replaced = false;
        for (auto &item : items) {
            if (item.first == key) {
                item.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            items.append({key, value});
    }
    QByteArray query;
    for (const auto &[key, value] : items) {
        if (value.isNull())
            continue; // a null value removes the parameter
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' +
                 QUrl::toPercentEncoding(value);
    }
    return QStringLiteral("/auth/authorize?") + QString::fromLatin1(query);
}

//! The first capture of `pattern` in `html`, empty if none.
inline QString capture(const QByteArray &html, const QString &pattern)
{
    const auto match = QRegularExpression(pattern).match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

inline QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &[key, value] : items)
        body +=
            (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

//! The query items of a redirect's Location.
inline QUrlQuery locationQuery(const HttpResult &r)
{
    return QUrlQuery(QUrl(QString::fromUtf8(r.header("Location"))).query(QUrl::FullyEncoded));
}

//! Logs `email` in through the HTML pages and returns the authorization code from the final
//! redirect (empty if any step breaks). prompt=login, unless `extra` overrides it, so an earlier
//! login's browser session does not sign in as that earlier user.
inline QString loginForCode(SandboxFixture &f, const Pkce &pkce, const QString &email,
                            const QList<QPair<QString, QString>> &extra = {})
{
    HttpResult page = f.get(authorizePath(
        pkce, QList<QPair<QString, QString>>{{QStringLiteral("prompt"), QStringLiteral("login")}} + extra));
    if (page.status == 302)
        return locationQuery(page).queryItemValue(QStringLiteral("code"));
    if (page.status != 200)
        return {};
    const QString transaction = capture(page.body, QStringLiteral("name=\"transaction\" value=\"([^\"]+)\""));
    if (!page.body.contains("id=\"one-time-code\""))
        page =
            f.post(QStringLiteral("/auth/authorize/email"),
                   formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("email"), email}}),
                   {}, kForm);
    const QString otp = capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<"));
    const HttpResult done = f.post(
        QStringLiteral("/auth/authorize/verify"),
        formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), otp}}), {}, kForm);
    if (done.status != 302)
        return {};
    return locationQuery(done).queryItemValue(QStringLiteral("code"));
}

//! POST /auth/oauth/token for an authorization code.
inline HttpResult exchangeCode(SandboxFixture &f, const QString &code, const QByteArray &verifier,
                               const QString &redirect = kRedirect)
{
    return f.post(QStringLiteral("/auth/oauth/token"),
                  formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), redirect},
                            {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}),
                  {}, kForm);
}

//! A full login: the token response for `email`.
inline QJsonObject loginTokens(SandboxFixture &f, const QString &email)
{
    const Pkce pkce = makePkce();
    const QString code = loginForCode(f, pkce, email);
    return exchangeCode(f, code, pkce.verifier).object();
}

//! The JSON payload (or header, part 0) of a compact JWT, without any verification.
inline QJsonObject jwtPart(const QString &token, int part = 1)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts[part].toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

//! True when the token's RS256 signature verifies under the RSA key (n, e) of the JWK.
inline bool verifyRs256WithJwk(const QString &token, const QJsonObject &jwk)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const QByteArray n = QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(),
                                                QByteArray::Base64UrlEncoding);
    const QByteArray e = QByteArray::fromBase64(jwk.value(QStringLiteral("e")).toString().toLatin1(),
                                                QByteArray::Base64UrlEncoding);
    BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = pctx && EVP_PKEY_fromdata_init(pctx) == 1 &&
              EVP_PKEY_fromdata(pctx, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    const QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
    const QByteArray sig = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ok = ok && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1 &&
         EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bnN);
    BN_free(bnE);
    return ok;
}

} // namespace stardeck::test
