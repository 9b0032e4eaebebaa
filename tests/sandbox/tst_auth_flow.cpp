// SPDX-License-Identifier: MIT
// The emulated auth.immutable.com over HTTP: discovery and JWKS, the HTML login, the code flow
// with PKCE, refresh rotation and reuse detection, revocation, userinfo, logout and auto-login.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"

#include <QProcess>
#include <QTest>

using namespace stardeck;
using namespace stardeck::test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

HttpResult tokenRequest(SandboxFixture &f, const QList<QPair<QString, QString>> &items)
{
    return f.post(QStringLiteral("/auth/oauth/token"), formBody(items), {}, kForm);
}

HttpResult refreshWith(SandboxFixture &f, const QString &refreshToken)
{
    return tokenRequest(f, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("refresh_token"), refreshToken}});
}

QJsonObject jwksKey(SandboxFixture &f)
{
    return f.get(QStringLiteral("/auth/.well-known/jwks.json"))
        .object()
        .value(QStringLiteral("keys"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestAuthFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void discoveryAndJwks()
    {
        SandboxFixture f;
        const QString base = f.sandbox().baseUrl().toString() + QStringLiteral("/auth");
        const HttpResult r = f.get(QStringLiteral("/auth/.well-known/openid-configuration"));
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.object();
        QCOMPARE(str(c, "issuer"), base + QStringLiteral("/"));
        QCOMPARE(str(c, "authorization_endpoint"), base + QStringLiteral("/authorize"));
        QCOMPARE(str(c, "token_endpoint"), base + QStringLiteral("/oauth/token"));
        QCOMPARE(str(c, "userinfo_endpoint"), base + QStringLiteral("/userinfo"));
        QCOMPARE(str(c, "revocation_endpoint"), base + QStringLiteral("/oauth/revoke"));
        QCOMPARE(str(c, "end_session_endpoint"), base + QStringLiteral("/v2/logout"));
        QCOMPARE(str(c, "jwks_uri"), base + QStringLiteral("/.well-known/jwks.json"));
        QCOMPARE(c.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
        QCOMPARE(c.value(QStringLiteral("response_types_supported")).toArray(),
                 QJsonArray{QStringLiteral("code")});
        QVERIFY(c.value(QStringLiteral("grant_types_supported"))
                    .toArray()
                    .contains(QStringLiteral("refresh_token")));
        for (const char *scope : {"openid", "offline_access", "email", "transact"})
            QVERIFY(c.value(QStringLiteral("scopes_supported")).toArray().contains(QLatin1String(scope)));

        const HttpResult j = f.get(QStringLiteral("/auth/.well-known/jwks.json"));
        QCOMPARE(j.status, 200);
        const QJsonArray keys = j.object().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(str(key, "kty"), QStringLiteral("RSA"));
        QCOMPARE(str(key, "alg"), QStringLiteral("RS256"));
        QCOMPARE(str(key, "use"), QStringLiteral("sig"));
        QCOMPARE(str(key, "e"), QStringLiteral("AQAB"));
        QVERIFY(!str(key, "kid").isEmpty());
        const QByteArray n = QByteArray::fromBase64(str(key, "n").toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(n.size(), 256); // RSA-2048
        QVERIFY(quint8(n[0]) & 0x80);
        // The kid is the RFC 7638 thumbprint, recomputed here from n and e.
        const QByteArray thumbprint = "{\"e\":\"" + str(key, "e").toLatin1() + "\",\"kty\":\"RSA\",\"n\":\"" +
                                      str(key, "n").toLatin1() + "\"}";
        QCOMPARE(str(key, "kid").toLatin1(),
                 b64url(QCryptographicHash::hash(thumbprint, QCryptographicHash::Sha256)));
        // A second sandbox has its own key.
        SandboxFixture other;
        QVERIFY(str(jwksKey(other), "n") != str(key, "n"));
    }

    void codeFlowIssuesVerifiableTokens()
    {
        SandboxFixture f;
        const Pkce pkce = makePkce();
        HttpResult page = f.get(authorizePath(pkce));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString transaction =
            capture(page.body, QStringLiteral("name=\"transaction\" value=\"([^\"]+)\""));
        QVERIFY(!transaction.isEmpty());
        page = f.post(QStringLiteral("/auth/authorize/email"),
                      formBody({{QStringLiteral("transaction"), transaction},
                                {QStringLiteral("email"), QStringLiteral("new.player@example.com")}}),
                      {}, kForm);
        QCOMPARE(page.status, 200);
        const QString otp = capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<"));
        QCOMPARE(otp.size(), 6);

        // A wrong code shows the page again with an error, and the right one still works.
        const QString wrong =
            otp == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        page =
            f.post(QStringLiteral("/auth/authorize/verify"),
                   formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), wrong}}),
                   {}, kForm);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"error\""));
        QCOMPARE(capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<")), otp);

        const HttpResult done =
            f.post(QStringLiteral("/auth/authorize/verify"),
                   formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), otp}}),
                   {}, kForm);
        QCOMPARE(done.status, 302);
        const QString location = QString::fromUtf8(done.header("Location"));
        QVERIFY2(location.startsWith(QStringLiteral("stardeck://callback?")), qPrintable(location));
        const QUrlQuery q = locationQuery(done);
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        const QString code = q.queryItemValue(QStringLiteral("code"));
        QVERIFY(code.size() >= 40);

        // The user exists now, unregistered and without a wallet.
        const QString sub =
            QStringLiteral("email|") +
            QString::fromLatin1(QCryptographicHash::hash("new.player@example.com", QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(24));
        const auto &users = f.sandbox().world().users;
        QVERIFY(users.count(sub) == 1);
        QVERIFY(!users.at(sub).registered);
        QVERIFY(users.at(sub).adminAddress.isEmpty());

        // The wrong verifier is refused; the right one gets the tokens.
        HttpResult t = exchangeCode(f, code, makePkce().verifier);
        QCOMPARE(t.status, 400);
        QCOMPARE(str(t.object(), "error"), QStringLiteral("invalid_grant"));
        t = exchangeCode(f, code, pkce.verifier);
        QCOMPARE(t.status, 200);
        QCOMPARE(t.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject tokens = t.object();
        QCOMPARE(str(tokens, "token_type"), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(str(tokens, "scope"), QStringLiteral("openid offline_access profile email transact"));
        QVERIFY(!str(tokens, "refresh_token").isEmpty());
        QVERIFY(!str(tokens, "refresh_token").contains(QLatin1Char('.'))); // opaque, not a JWT

        const QJsonObject jwk = jwksKey(f);
        const QString idToken = str(tokens, "id_token");
        QVERIFY(verifyRs256WithJwk(idToken, jwk));
        QVERIFY(verifyRs256WithJwk(str(tokens, "access_token"), jwk));
        const QJsonObject header = jwtPart(idToken, 0);
        QCOMPARE(str(header, "alg"), QStringLiteral("RS256"));
        QCOMPARE(str(header, "typ"), QStringLiteral("JWT"));
        QCOMPARE(str(header, "kid"), str(jwk, "kid"));
        // The check can fail: a payload with one claim changed no longer verifies.
        QStringList parts = idToken.split(QLatin1Char('.'));
        QJsonObject forged = jwtPart(idToken);
        forged.insert(QStringLiteral("sub"), QStringLiteral("email|someone-else"));
        parts[1] = QString::fromLatin1(b64url(QJsonDocument(forged).toJson(QJsonDocument::Compact)));
        QVERIFY(!verifyRs256WithJwk(parts.join(QLatin1Char('.')), jwk));

        const QString issuer = f.sandbox().baseUrl().toString() + QStringLiteral("/auth/");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject id = jwtPart(idToken);
        QCOMPARE(str(id, "iss"), issuer);
        QCOMPARE(str(id, "sub"), sub);
        QCOMPARE(str(id, "aud"), kClientId);
        QCOMPARE(str(id, "email"), QStringLiteral("new.player@example.com"));
        QVERIFY(qAbs(id.value(QStringLiteral("iat")).toInteger() - now) < 60);
        QVERIFY(id.value(QStringLiteral("exp")).toInteger() > now + 3000);
        QVERIFY(!id.contains(QStringLiteral("passport"))); // not registered yet
        QVERIFY(!id.contains(QStringLiteral("nonce")));    // none was sent
        const QJsonObject access = jwtPart(str(tokens, "access_token"));
        QCOMPARE(str(access, "aud"), QStringLiteral("platform_api"));
        QCOMPARE(str(access, "sub"), sub);
        QCOMPARE(str(access, "iss"), issuer);
        QCOMPARE(str(access, "scope"), str(tokens, "scope"));
        QCOMPARE(f.sandbox().context().userIdForAccessToken(str(tokens, "access_token").toLatin1()),
                 std::optional<QString>(sub));
        // An ID token is not an access token.
        QCOMPARE(f.sandbox().context().userIdForAccessToken(idToken.toLatin1()), std::optional<QString>());

        // Replaying the code fails and revokes what it was exchanged for.
        t = exchangeCode(f, code, pkce.verifier);
        QCOMPARE(t.status, 400);
        QCOMPARE(str(t.object(), "error"), QStringLiteral("invalid_grant"));
        t = refreshWith(f, str(tokens, "refresh_token"));
        QCOMPARE(t.status, 400);
        QCOMPARE(str(t.object(), "error"), QStringLiteral("invalid_grant"));
    }

    void nonceAndLoopbackRedirect()
    {
        SandboxFixture f;
        const Pkce pkce = makePkce();
        const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");
        const QString code = loginForCode(f, pkce, QStringLiteral("loop@example.com"),
                                          {{QStringLiteral("redirect_uri"), redirect},
                                           {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")}});
        QVERIFY(!code.isEmpty());
        // The code is bound to the exact redirect_uri of the request, port included.
        HttpResult t =
            exchangeCode(f, code, pkce.verifier, QStringLiteral("http://127.0.0.1:49153/callback"));
        QCOMPARE(t.status, 400);
        QCOMPARE(str(t.object(), "error"), QStringLiteral("invalid_grant"));
        t = exchangeCode(f, code, pkce.verifier, redirect);
        QCOMPARE(t.status, 200);
        QCOMPARE(str(jwtPart(str(t.object(), "id_token")), "nonce"), QStringLiteral("n-0S6_WzA2Mj"));
    }

    void loginPagesEscapeAndValidate()
    {
        SandboxFixture f;
        const QString evil = QStringLiteral("\"><script>alert(1)</script>");
        HttpResult page = f.get(
            authorizePath(makePkce(), {{QStringLiteral("email"), evil}, {QStringLiteral("state"), evil}}));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(page.body.contains("&lt;script&gt;"));
        QVERIFY(!page.body.contains("src="));
        QVERIFY(!page.body.contains("<link"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        const QString transaction =
            capture(page.body, QStringLiteral("name=\"transaction\" value=\"([^\"]+)\""));

        // An invalid address shows the form again, with the value escaped.
        page =
            f.post(QStringLiteral("/auth/authorize/email"),
                   formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("email"), evil}}),
                   {}, kForm);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"error\""));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(!page.body.contains("id=\"one-time-code\""));

        // Unknown transactions are refused without redirecting anywhere.
        for (const char *path : {"/auth/authorize/email", "/auth/authorize/verify"}) {
            const HttpResult r = f.post(QLatin1String(path),
                                        formBody({{QStringLiteral("transaction"), QStringLiteral("nope")},
                                                  {QStringLiteral("email"), QStringLiteral("a@b.co")},
                                                  {QStringLiteral("code"), QStringLiteral("123456")}}),
                                        {}, kForm);
            QCOMPARE(r.status, 400);
            QVERIFY(r.header("Location").isEmpty());
        }

        // Five wrong codes end the attempt.
        page = f.post(QStringLiteral("/auth/authorize/email"),
                      formBody({{QStringLiteral("transaction"), transaction},
                                {QStringLiteral("email"), QStringLiteral("guess@example.com")}}),
                      {}, kForm);
        const QString otp = capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<"));
        const QString wrong =
            otp == QLatin1String("999999") ? QStringLiteral("999998") : QStringLiteral("999999");
        for (int i = 1; i <= 5; ++i) {
            page = f.post(
                QStringLiteral("/auth/authorize/verify"),
                formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), wrong}}), {},
                kForm);
            QCOMPARE(page.status, i < 5 ? 200 : 400);
        }
        page = f.post(QStringLiteral("/auth/authorize/verify"),
                      formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), otp}}),
                      {}, kForm);
        QCOMPARE(page.status, 400);
    }

    void directEmailHintSkipsToTheCode()
    {
        SandboxFixture f;
        const HttpResult page =
            f.get(authorizePath(makePkce(), {{QStringLiteral("direct"), QStringLiteral("email")},
                                             {QStringLiteral("email"), QStringLiteral("hint@example.com")}}));
        QCOMPARE(page.status, 200);
        QCOMPARE(capture(page.body, QStringLiteral("id=\"login-email\">([^<]+)<")),
                 QStringLiteral("hint@example.com"));
        QCOMPARE(capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<")).size(), 6);
        // Without direct=email the hint only pre-fills the form.
        const HttpResult prefilled =
            f.get(authorizePath(makePkce(), {{QStringLiteral("email"), QStringLiteral("hint@example.com")}}));
        QVERIFY(!prefilled.body.contains("id=\"one-time-code\""));
        QVERIFY(prefilled.body.contains("value=\"hint@example.com\""));
    }

    void refusedClientsAndRedirects_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirect");
        QTest::newRow("unknown client") << QStringLiteral("someone-else") << kRedirect;
        QTest::newRow("no client") << QString() << kRedirect;
        QTest::newRow("unregistered https") << kClientId << QStringLiteral("https://evil.example/callback");
        QTest::newRow("no redirect_uri") << kClientId << QString();
        QTest::newRow("other custom path") << kClientId << QStringLiteral("stardeck://callback2");
        QTest::newRow("localhost, not an IP")
            << kClientId << QStringLiteral("http://localhost:5000/callback");
        QTest::newRow("loopback other path") << kClientId << QStringLiteral("http://127.0.0.1:5000/other");
        QTest::newRow("loopback extra query")
            << kClientId << QStringLiteral("http://127.0.0.1:5000/callback?x=1");
        QTest::newRow("loopback https") << kClientId << QStringLiteral("https://127.0.0.1:5000/callback");
        QTest::newRow("userinfo trick")
            << kClientId << QStringLiteral("http://127.0.0.1@evil.example/callback");
    }

    void refusedClientsAndRedirects()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, redirect);
        SandboxFixture f;
        const HttpResult r = f.get(authorizePath(makePkce(), {{QStringLiteral("client_id"), clientId},
                                                              {QStringLiteral("redirect_uri"), redirect}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(!r.body.contains("id=\"one-time-code\""));
    }

    void authorizeErrorsRedirectWithState_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("no code_challenge")
            << QStringLiteral("code_challenge") << QString() << QStringLiteral("invalid_request");
        QTest::newRow("plain method") << QStringLiteral("code_challenge_method") << QStringLiteral("plain")
                                      << QStringLiteral("invalid_request");
        QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString()
                                   << QStringLiteral("invalid_request");
        QTest::newRow("short challenge")
            << QStringLiteral("code_challenge") << QStringLiteral("abc") << QStringLiteral("invalid_request");
        QTest::newRow("challenge bad chars") << QStringLiteral("code_challenge")
                                             << QStringLiteral("+++++++++++++++++++++++++++++++++++++++++++")
                                             << QStringLiteral("invalid_request");
        QTest::newRow("token response") << QStringLiteral("response_type") << QStringLiteral("token")
                                        << QStringLiteral("unsupported_response_type");
        QTest::newRow("no response_type")
            << QStringLiteral("response_type") << QString() << QStringLiteral("invalid_request");
        QTest::newRow("unknown audience")
            << QStringLiteral("audience") << QStringLiteral("other_api") << QStringLiteral("access_denied");
        QTest::newRow("prompt none, no session")
            << QStringLiteral("prompt") << QStringLiteral("none") << QStringLiteral("login_required");
    }

    void authorizeErrorsRedirectWithState()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        SandboxFixture f;
        const HttpResult r = f.get(authorizePath(makePkce(), {{key, value}}));
        QCOMPARE(r.status, 302);
        QVERIFY(r.header("Location").startsWith("stardeck://callback?"));
        const QUrlQuery q = locationQuery(r);
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), error);
        QVERIFY(!q.queryItemValue(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
    }

    void duplicateParametersAreRefused()
    {
        SandboxFixture f;
        const HttpResult r =
            f.get(authorizePath(makePkce()) + QStringLiteral("&redirect_uri=https%3A%2F%2Fevil.example%2F"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
    }

    void tokenEndpointErrors_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray v(43, 'a');
        QTest::newRow("empty body") << kForm << QByteArray() << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no grant_type")
            << kForm << QByteArray("client_id=stardeck-desktop") << 400 << QStringLiteral("invalid_request");
        QTest::newRow("unknown grant")
            << kForm << QByteArray("grant_type=password&client_id=stardeck-desktop") << 400
            << QStringLiteral("unsupported_grant_type");
        QTest::newRow("device grant (removed)")
            << kForm
            << QByteArray(
                   "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=stardeck-desktop")
            << 400 << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no client")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&code=x&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   v)
            << 401 << QStringLiteral("invalid_client");
        QTest::newRow("unknown client")
            << kForm << QByteArray("grant_type=refresh_token&client_id=nope&refresh_token=x") << 401
            << QStringLiteral("invalid_client");
        QTest::newRow("no code")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   v)
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no verifier")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&code=x&redirect_uri=stardeck%3A%2F%2Fcallback")
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no redirect_uri")
            << kForm
            << QByteArray("grant_type=authorization_code&client_id=stardeck-desktop&code=x&code_verifier=" +
                          v)
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("short verifier")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&code=x&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   QByteArray(42, 'a'))
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("long verifier")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&code=x&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   QByteArray(129, 'a'))
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("verifier bad char")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&code=x&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   QByteArray(42, 'a') + "%2B")
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("unknown code")
            << kForm
            << QByteArray(
                   "grant_type=authorization_code&client_id=stardeck-desktop&code=x&redirect_uri=stardeck%3A%2F%2Fcallback&code_verifier=" +
                   v)
            << 400 << QStringLiteral("invalid_grant");
        QTest::newRow("no refresh_token")
            << kForm << QByteArray("grant_type=refresh_token&client_id=stardeck-desktop") << 400
            << QStringLiteral("invalid_request");
        QTest::newRow("unknown refresh_token")
            << kForm << QByteArray("grant_type=refresh_token&client_id=stardeck-desktop&refresh_token=abc")
            << 400 << QStringLiteral("invalid_grant");
        QTest::newRow("duplicate parameter")
            << kForm
            << QByteArray("grant_type=refresh_token&grant_type=authorization_code&client_id=stardeck-desktop")
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("malformed JSON") << QByteArray("application/json") << QByteArray("{\"grant_type\":")
                                        << 400 << QStringLiteral("invalid_request");
        QTest::newRow("JSON array") << QByteArray("application/json") << QByteArray("[]") << 400
                                    << QStringLiteral("invalid_request");
        QTest::newRow("JSON number value")
            << QByteArray("application/json")
            << QByteArray(
                   "{\"grant_type\":\"refresh_token\",\"client_id\":\"stardeck-desktop\",\"refresh_token\":5}")
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("JSON unknown refresh")
            << QByteArray("application/json")
            << QByteArray(
                   "{\"grant_type\":\"refresh_token\",\"client_id\":\"stardeck-desktop\",\"refresh_token\":\"zz\"}")
            << 400 << QStringLiteral("invalid_grant");
        QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("grant_type=refresh_token")
                                    << 400 << QStringLiteral("invalid_request");
    }

    void tokenEndpointErrors()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        SandboxFixture f;
        const HttpResult r = f.post(QStringLiteral("/auth/oauth/token"), body, {}, contentType);
        QCOMPARE(r.status, status);
        QCOMPARE(str(r.object(), "error"), error);
        QVERIFY(!str(r.object(), "error_description").isEmpty());
    }

    void codeExpiresAfterAMinute()
    {
        SandboxFixture f;
        qint64 skew = 0;
        f.sandbox().context().now = [&skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); };
        const Pkce pkce = makePkce();
        const QString code = loginForCode(f, pkce, QStringLiteral("slow@example.com"));
        QVERIFY(!code.isEmpty());
        skew = 61;
        const HttpResult t = exchangeCode(f, code, pkce.verifier);
        QCOMPARE(t.status, 400);
        QCOMPARE(str(t.object(), "error"), QStringLiteral("invalid_grant"));
    }

    void refreshRotatesAndDetectsReuse()
    {
        SandboxFixture f;
        const QJsonObject first = loginTokens(f, QStringLiteral("rotate@example.com"));
        const QString rt1 = str(first, "refresh_token");
        QVERIFY(!rt1.isEmpty());

        HttpResult r = refreshWith(f, rt1);
        QCOMPARE(r.status, 200);
        const QString rt2 = str(r.object(), "refresh_token");
        QVERIFY(!rt2.isEmpty() && rt2 != rt1);
        QVERIFY(verifyRs256WithJwk(str(r.object(), "id_token"), jwksKey(f)));
        QCOMPARE(str(jwtPart(str(r.object(), "access_token")), "aud"), QStringLiteral("platform_api"));

        // JSON bodies work too (Auth0 accepts both); a narrower scope is allowed, a wider one is not.
        r = f.postJson(QStringLiteral("/auth/oauth/token"),
                       QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("client_id"), kClientId},
                                   {QStringLiteral("refresh_token"), rt2},
                                   {QStringLiteral("scope"), QStringLiteral("openid offline_access")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.object(), "scope"), QStringLiteral("openid offline_access"));
        const QString rt3 = str(r.object(), "refresh_token");
        r = tokenRequest(f, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), kClientId},
                             {QStringLiteral("refresh_token"), rt3},
                             {QStringLiteral("scope"), QStringLiteral("openid transact")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_scope"));

        // Reusing a rotated token fails and revokes the whole family, the newest token included.
        r = refreshWith(f, rt1);
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_grant"));
        r = refreshWith(f, rt3);
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_grant"));

        // Another login is a separate family and unaffected.
        const QJsonObject other = loginTokens(f, QStringLiteral("rotate@example.com"));
        QCOMPARE(refreshWith(f, str(other, "refresh_token")).status, 200);
    }

    void noRefreshTokenWithoutOfflineAccess()
    {
        SandboxFixture f;
        const Pkce pkce = makePkce();
        const QString code = loginForCode(f, pkce, QStringLiteral("short@example.com"),
                                          {{QStringLiteral("scope"), QStringLiteral("openid email")}});
        const HttpResult t = exchangeCode(f, code, pkce.verifier);
        QCOMPARE(t.status, 200);
        QVERIFY(!t.object().contains(QStringLiteral("refresh_token")));
        QVERIFY(t.object().contains(QStringLiteral("id_token")));
    }

    void passportClaimOnlyOnceRegistered()
    {
        SandboxFixture f;
        const QJsonObject tokens = loginTokens(f, QStringLiteral("register.me@example.com"));
        QVERIFY(!jwtPart(str(tokens, "id_token")).contains(QStringLiteral("passport")));
        const QString sub = str(jwtPart(str(tokens, "id_token")), "sub");
        auto &user = f.sandbox().world().users.at(sub);
        user.ethAddress = QStringLiteral("0x1111111111111111111111111111111111111111");
        user.starkKey = QStringLiteral("0x0222222222222222222222222222222222222222222222222222222222222222");
        user.adminAddress = QStringLiteral("0x3333333333333333333333333333333333333333");
        // Fields alone are not enough: the claim follows the registered flag.
        HttpResult r = refreshWith(f, str(tokens, "refresh_token"));
        QVERIFY(!jwtPart(str(r.object(), "id_token")).contains(QStringLiteral("passport")));
        user.registered = true;
        r = refreshWith(f, str(r.object(), "refresh_token"));
        QCOMPARE(r.status, 200);
        const QJsonObject passport =
            jwtPart(str(r.object(), "id_token")).value(QStringLiteral("passport")).toObject();
        QCOMPARE(str(passport, "imx_eth_address"), user.ethAddress);
        QCOMPARE(str(passport, "imx_stark_address"), user.starkKey);
        QCOMPARE(str(passport, "imx_user_admin_address"), user.adminAddress);

        const HttpResult info =
            f.get(QStringLiteral("/auth/userinfo"),
                  {{"Authorization", "Bearer " + str(r.object(), "access_token").toLatin1()}});
        QCOMPARE(info.status, 200);
        QCOMPARE(str(info.object(), "sub"), sub);
        QCOMPARE(str(info.object(), "email"), QStringLiteral("register.me@example.com"));
        QCOMPARE(info.object().value(QStringLiteral("passport")).toObject(), passport);
    }

    void revoke()
    {
        SandboxFixture f;
        const QJsonObject tokens = loginTokens(f, QStringLiteral("revoke@example.com"));
        const auto revokeRequest = [&f](const QList<QPair<QString, QString>> &items) {
            return f.post(QStringLiteral("/auth/oauth/revoke"), formBody(items), {}, kForm);
        };
        HttpResult r = revokeRequest({{QStringLiteral("token"), str(tokens, "refresh_token")},
                                      {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                                      {QStringLiteral("client_id"), kClientId}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(str(refreshWith(f, str(tokens, "refresh_token")).object(), "error"),
                 QStringLiteral("invalid_grant"));
        // RFC 7009: unknown tokens and access tokens are answered 200 as well.
        QCOMPARE(revokeRequest({{QStringLiteral("token"), QStringLiteral("never-issued")},
                                {QStringLiteral("client_id"), kClientId}})
                     .status,
                 200);
        QCOMPARE(revokeRequest({{QStringLiteral("token"), str(tokens, "access_token")},
                                {QStringLiteral("client_id"), kClientId}})
                     .status,
                 200);
        r = revokeRequest({{QStringLiteral("client_id"), kClientId}});
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_request"));
        r = revokeRequest({{QStringLiteral("token"), QStringLiteral("x")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_client"));
        r = f.post(QStringLiteral("/auth/oauth/revoke"), "{\"token\":", {}, "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_request"));
        // Revocation is JSON-capable too.
        const QJsonObject more = loginTokens(f, QStringLiteral("revoke@example.com"));
        r = f.postJson(QStringLiteral("/auth/oauth/revoke"),
                       QJsonObject{{QStringLiteral("token"), str(more, "refresh_token")},
                                   {QStringLiteral("client_id"), kClientId}});
        QCOMPARE(r.status, 200);
        QCOMPARE(refreshWith(f, str(more, "refresh_token")).status, 400);
    }

    void userinfoNeedsAValidAccessToken()
    {
        SandboxFixture f;
        qint64 skew = 0;
        f.sandbox().context().now = [&skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); };
        const QJsonObject tokens = loginTokens(f, QStringLiteral("info@example.com"));
        const QByteArray access = str(tokens, "access_token").toLatin1();
        HttpResult r = f.get(QStringLiteral("/auth/userinfo"), {{"Authorization", "Bearer " + access}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.object(), "email"), QStringLiteral("info@example.com"));
        const auto sub = f.sandbox().context().userIdForAccessToken(access); // verified once, then cached
        QVERIFY(sub.has_value() && sub->startsWith(QStringLiteral("email|")));
        QCOMPARE(f.sandbox().context().userIdForAccessToken(access), sub);
        QVERIFY(!r.object().contains(QStringLiteral("passport")));

        r = f.get(QStringLiteral("/auth/userinfo"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        const QList<QByteArray> bad{"garbage", "a.b.c", str(tokens, "id_token").toLatin1(),
                                    access.left(access.size() - 4) + "AAAA"};
        for (const QByteArray &token : bad) {
            r = f.get(QStringLiteral("/auth/userinfo"), {{"Authorization", "Bearer " + token}});
            QCOMPARE(r.status, 401);
            QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
            QCOMPARE(str(r.object(), "error"), QStringLiteral("invalid_token"));
        }
        // A token signed by another sandbox's key is not ours.
        SandboxFixture other;
        const QByteArray foreign =
            str(loginTokens(other, QStringLiteral("info@example.com")), "access_token").toLatin1();
        QCOMPARE(f.get(QStringLiteral("/auth/userinfo"), {{"Authorization", "Bearer " + foreign}}).status,
                 401);
        // Expired an hour later.
        skew = 3601;
        r = f.get(QStringLiteral("/auth/userinfo"), {{"Authorization", "Bearer " + access}});
        QCOMPARE(r.status, 401);
        QCOMPARE(f.sandbox().context().userIdForAccessToken(access), std::optional<QString>());
    }

    void browserSessionAndLogout()
    {
        SandboxFixture f;
        QVERIFY(!loginForCode(f, makePkce(), QStringLiteral("sso@example.com")).isEmpty());
        // The browser session signs in again without a page ...
        HttpResult r = f.get(authorizePath(makePkce()));
        QCOMPARE(r.status, 302);
        QVERIFY(locationQuery(r).hasQueryItem(QStringLiteral("code")));
        // ... unless the client asks for a login prompt.
        QCOMPARE(
            f.get(authorizePath(makePkce(), {{QStringLiteral("prompt"), QStringLiteral("login")}})).status,
            200);

        // Logout refuses unregistered targets and unknown clients without redirecting ...
        for (const QString &query :
             {QStringLiteral("client_id=stardeck-desktop&returnTo=https%3A%2F%2Fevil.example%2F"),
              QStringLiteral("returnTo=https%3A%2F%2Fevil.example%2F"), QStringLiteral("client_id=nope")}) {
            r = f.get(QStringLiteral("/auth/v2/logout?") + query);
            QCOMPARE(r.status, 400);
            QVERIFY(r.header("Location").isEmpty());
        }
        // ... which left the session alive.
        QCOMPARE(f.get(authorizePath(makePkce())).status, 302);

        r = f.get(
            QStringLiteral("/auth/v2/logout?client_id=stardeck-desktop&returnTo=stardeck%3A%2F%2Flogout"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("stardeck://logout"));
        QCOMPARE(f.get(authorizePath(makePkce())).status, 200); // the login page again

        r = f.get(QStringLiteral(
            "/auth/v2/logout?client_id=stardeck-desktop&returnTo=http%3A%2F%2F127.0.0.1%3A8123%2Flogout"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("http://127.0.0.1:8123/logout"));
        r = f.get(QStringLiteral("/auth/v2/logout?client_id=stardeck-desktop"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("stardeck://logout"));
        r = f.get(QStringLiteral("/auth/v2/logout"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
    }

    void autoLoginApprovesAtOnce()
    {
        sandbox::SandboxOptions options;
        options.autoLoginEmail = QStringLiteral("auto@example.com");
        SandboxFixture f(options);
        const Pkce pkce = makePkce();
        HttpResult r = f.get(authorizePath(pkce));
        QCOMPARE(r.status, 302);
        const QString code = locationQuery(r).queryItemValue(QStringLiteral("code"));
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        r = exchangeCode(f, code, pkce.verifier);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(jwtPart(str(r.object(), "id_token")), "email"), QStringLiteral("auto@example.com"));
        // Client and redirect checks still apply.
        r = f.get(authorizePath(makePkce(),
                                {{QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/")}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        r = f.get(
            authorizePath(makePkce(), {{QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}));
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    }

    void formEncodedQueryAsBrowsersSendIt()
    {
        // URLSearchParams (oidc-client-ts, Passport) writes spaces as '+'; a literal '+' is %2B.
        sandbox::SandboxOptions options;
        options.autoLoginEmail = QStringLiteral("plus@example.com");
        SandboxFixture f(options);
        const Pkce pkce = makePkce();
        const HttpResult r =
            f.get(QStringLiteral("/auth/authorize?response_type=code&client_id=stardeck-desktop"
                                 "&redirect_uri=stardeck%3A%2F%2Fcallback&code_challenge=") +
                  QString::fromLatin1(pkce.challenge) +
                  QStringLiteral("&code_challenge_method=S256&state=a%2Bb+c"
                                 "&scope=openid+offline_access+email&audience=platform_api"));
        QCOMPARE(r.status, 302);
        QVERIFY2(r.header("Location").contains("state=a%2Bb%20c"), r.header("Location").constData());
        const HttpResult t =
            exchangeCode(f, locationQuery(r).queryItemValue(QStringLiteral("code")), pkce.verifier);
        QCOMPARE(t.status, 200);
        QCOMPARE(str(t.object(), "scope"), QStringLiteral("openid offline_access email"));
    }

    void autoLoginFlagWarnsOnStdout()
    {
        QProcess process;
        process.start(QStringLiteral(STARDECK_SANDBOX_EXE),
                      {QStringLiteral("--auto-login"), QStringLiteral("demo@example.com")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 2, 20000);
        process.kill();
        process.waitForFinished(5000);
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines[0].startsWith("stardeck-sandbox listening on http://127.0.0.1:"),
                 lines[0].constData());
        QVERIFY2(lines[1].startsWith("WARNING: --auto-login") && lines[1].contains("demo@example.com"),
                 lines[1].constData());

        QProcess bad;
        bad.start(QStringLiteral(STARDECK_SANDBOX_EXE),
                  {QStringLiteral("--auto-login"), QStringLiteral("not-an-email")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuthFlow)
#include "tst_auth_flow.moc"
