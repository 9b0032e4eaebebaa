// SPDX-License-Identifier: MIT
#include "services/AuthService.h"

#include "services/AuthPages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <openssl/rand.h>

namespace stardeck::sandbox {

namespace {

using Params = QHash<QString, QString>;

const QStringList kSupportedScopes = {QStringLiteral("openid"), QStringLiteral("profile"),
                                      QStringLiteral("email"), QStringLiteral("offline_access"),
                                      QStringLiteral("transact")};

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1) {
        // OpenSSL's CSPRNG failing is fatal for a token server; fall back to the OS source.
        for (char &c : raw)
            c = char(QRandomGenerator::system()->bounded(256));
    }
    return base64Url(raw);
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

//! application/x-www-form-urlencoded ('+' is a space). A repeated name is an error: RFC 6749
//! 3.1 forbids it, and taking either copy would let a proxy and us disagree.
bool parseForm(const QByteArray &body, Params *out, QString *error)
{
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (out->contains(key)) {
            *error = QStringLiteral("Parameter %1 is included more than once").arg(key);
            return false;
        }
        out->insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return true;
}

//! The parameters of a token or revocation request: a form or, as Auth0 also accepts, JSON.
bool requestParams(const HttpRequest &request, Params *out, QString *error)
{
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("application/json")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("The request body is not a JSON object");
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                *error = QStringLiteral("Parameter %1 must be a string").arg(it.key());
                return false;
            }
            out->insert(it.key(), it.value().toString());
        }
        return true;
    }
    if (!request.body.isEmpty() && !contentType.startsWith("application/x-www-form-urlencoded")) {
        *error = QStringLiteral("Content-Type must be application/x-www-form-urlencoded or application/json");
        return false;
    }
    return parseForm(request.body, out, error);
}

bool queryParams(const HttpRequest &request, Params *out, QString *error)
{
    return parseForm(request.query.query(QUrl::FullyEncoded).toUtf8(), out, error);
}

//! RFC 7636 4.1: 43-128 characters of [A-Z a-z 0-9 - . _ ~].
bool validVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                        u == '-' || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

//! An S256 challenge is the base64url of a SHA-256: exactly 43 characters.
bool validChallenge(const QString &challenge)
{
    return challenge.size() == 43 && fromBase64Url(challenge.toLatin1()).has_value() &&
           challenge.toLatin1() == challenge.toUtf8();
}

//! `uri` with the parameters appended to its query, every value fully percent-encoded (so a
//! '+' in a state is never read back as a space).
QByteArray withQuery(const QString &uri, const QList<QPair<QString, QString>> &items)
{
    QByteArray out = uri.toUtf8();
    char separator = out.contains('?') ? '&' : '?';
    for (const auto &[key, value] : items) {
        out += separator + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return out;
}

QByteArray cookieValue(const HttpRequest &request, const QByteArray &name)
{
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(QByteArray(name + '=')))
            return trimmed.mid(name.size() + 1);
    }
    return {};
}

QStringList scopeList(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool validEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (email.size() > 254 || at <= 0 || at != email.lastIndexOf(QLatin1Char('@')))
        return false;
    const QString domain = email.mid(at + 1);
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.unicode() < 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

HttpResponse noStore(HttpResponse response)
{
    // RFC 6749 5.1: token responses must not be cached.
    response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return response;
}

HttpResponse unauthorizedBearer(const QString &error, const QString &description)
{
    QByteArray challenge = "Bearer realm=\"auth\"";
    if (!error.isEmpty())
        challenge += ", error=\"" + error.toUtf8() + "\", error_description=\"" + description.toUtf8() + '"';
    HttpResponse response = error.isEmpty()
                                ? HttpResponse::bytes(401, "text/plain; charset=utf-8", "Unauthorized")
                                : oauthError(401, error, description);
    response.withHeader("WWW-Authenticate", challenge);
    return response;
}

template <class Map>
void removeExpired(Map &map, const QDateTime &now)
{
    for (auto it = map.begin(); it != map.end();)
        it = it->expiresAt <= now ? map.erase(it) : std::next(it);
}

} // namespace

AuthService::AuthService(SandboxContext &context) : Service(context)
{
    m_context.userIdForAccessToken = [this](const QByteArray &token) { return userIdForAccessToken(token); };
}

AuthService::~AuthService()
{
    m_context.userIdForAccessToken = [](const QByteArray &) { return std::optional<QString>(); };
}

void AuthService::registerRoutes(Router &router)
{
    const QString p = prefix::auth;
    router.add("GET", p + QStringLiteral("/.well-known/openid-configuration"),
               QStringLiteral("auth.openid_configuration"),
               [this](const HttpRequest &) { return openidConfiguration(); });
    router.add("GET", p + QStringLiteral("/.well-known/jwks.json"), QStringLiteral("auth.jwks"),
               [this](const HttpRequest &) { return jwks(); });
    router.add("GET", p + QStringLiteral("/authorize"), QStringLiteral("auth.authorize"),
               [this](const HttpRequest &r) { return authorize(r); });
    router.add("POST", p + QStringLiteral("/authorize/email"), QStringLiteral("auth.authorize.email"),
               [this](const HttpRequest &r) { return authorizeEmail(r); });
    router.add("POST", p + QStringLiteral("/authorize/verify"), QStringLiteral("auth.authorize.verify"),
               [this](const HttpRequest &r) { return authorizeVerify(r); });
    router.add("POST", p + QStringLiteral("/oauth/token"), QStringLiteral("auth.token"),
               [this](const HttpRequest &r) { return token(r); });
    router.add("POST", p + QStringLiteral("/oauth/revoke"), QStringLiteral("auth.revoke"),
               [this](const HttpRequest &r) { return revoke(r); });
    router.add("GET", p + QStringLiteral("/userinfo"), QStringLiteral("auth.userinfo"),
               [this](const HttpRequest &r) { return userinfo(r); });
    router.add("POST", p + QStringLiteral("/userinfo"), QStringLiteral("auth.userinfo"),
               [this](const HttpRequest &r) { return userinfo(r); });
    router.add("GET", p + QStringLiteral("/v2/logout"), QStringLiteral("auth.logout"),
               [this](const HttpRequest &r) { return logout(r); });
}

QString AuthService::issuer() const
{
    return m_context.serviceUrl(prefix::auth) + QLatin1Char('/');
}

QString AuthService::userIdForEmail(const QString &email)
{
    // The same derivation as the world seed's, so seeded and new users follow one rule.
    const QByteArray digest = sha256(email.trimmed().toLower().toUtf8());
    return QStringLiteral("email|") + QString::fromLatin1(digest.toHex().left(24));
}

qint64 AuthService::nowSeconds() const
{
    return m_context.now().toSecsSinceEpoch();
}

HttpResponse AuthService::openidConfiguration() const
{
    const auto url = [this](const QString &path) { return m_context.serviceUrl(prefix::auth, path); };
    const QJsonObject doc{
        {QStringLiteral("issuer"), issuer()},
        {QStringLiteral("authorization_endpoint"), url(QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), url(QStringLiteral("/oauth/token"))},
        {QStringLiteral("userinfo_endpoint"), url(QStringLiteral("/userinfo"))},
        {QStringLiteral("revocation_endpoint"), url(QStringLiteral("/oauth/revoke"))},
        {QStringLiteral("end_session_endpoint"), url(QStringLiteral("/v2/logout"))},
        {QStringLiteral("jwks_uri"), url(QStringLiteral("/.well-known/jwks.json"))},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(kSupportedScopes)},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("aud"), QStringLiteral("email"), QStringLiteral("email_verified"),
                    QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("iss"),
                    QStringLiteral("nickname"), QStringLiteral("nonce"), QStringLiteral("passport"),
                    QStringLiteral("sub")}},
        {QStringLiteral("request_uri_parameter_supported"), false},
    };
    return HttpResponse::json(200, doc);
}

HttpResponse AuthService::jwks()
{
    const QJsonObject key = m_signer.publicJwk();
    if (key.isEmpty())
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("no signing key"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("keys"), QJsonArray{key}}});
}

HttpResponse AuthService::authorize(const HttpRequest &request)
{
    Params q;
    QString error;
    // Until client_id and redirect_uri check out, errors are shown here and never redirected:
    // redirecting to an unverified URI would make us an open redirector.
    if (!queryParams(request, &q, &error))
        return authpages::messagePage(400, QStringLiteral("Invalid request"), error);
    const OAuthClient *client = m_clients.find(q.value(QStringLiteral("client_id")));
    if (!client)
        return authpages::messagePage(400, QStringLiteral("Unknown client"),
                                      QStringLiteral("The client_id is missing or not registered."));
    const QString redirectUri = q.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty() || !m_clients.redirectAllowed(*client, redirectUri))
        return authpages::messagePage(
            400, QStringLiteral("Callback URL mismatch"),
            QStringLiteral("The redirect_uri is missing or not one of the client's allowed callback URLs."));

    AuthorizeRequest ar;
    ar.clientId = client->clientId;
    ar.redirectUri = redirectUri;
    ar.state = q.value(QStringLiteral("state"));
    ar.nonce = q.value(QStringLiteral("nonce"));
    ar.codeChallenge = q.value(QStringLiteral("code_challenge"));
    ar.audience = q.value(QStringLiteral("audience"));
    if (ar.audience.isEmpty())
        ar.audience = kPlatformAudience; // the tenant's default API, as Auth0 applies it
    QStringList scopes;
    for (const QString &s : scopeList(q.value(QStringLiteral("scope"), QStringLiteral("openid")))) {
        if (kSupportedScopes.contains(s) && !scopes.contains(s))
            scopes.append(s); // unknown scopes are dropped, as Auth0 does
    }
    ar.scope = scopes.join(QLatin1Char(' '));

    const auto fail = [&](const QString &code, const QString &description) {
        QList<QPair<QString, QString>> items{{QStringLiteral("error"), code},
                                             {QStringLiteral("error_description"), description}};
        if (!ar.state.isEmpty())
            items.append({QStringLiteral("state"), ar.state});
        return HttpResponse::redirect(withQuery(ar.redirectUri, items));
    };
    const QString responseType = q.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("Missing required parameter: response_type"));
    if (responseType != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("Unsupported response type: %1").arg(responseType));
    if (ar.codeChallenge.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("Missing required parameter: code_challenge (PKCE is required)"));
    if (q.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));
    if (!validChallenge(ar.codeChallenge))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge must be the base64url SHA-256 of the verifier"));
    if (ar.audience != kPlatformAudience)
        return fail(QStringLiteral("access_denied"),
                    QStringLiteral("Service not found: %1").arg(ar.audience));

    pruneExpired();
    if (!m_context.options.autoLoginEmail.isEmpty())
        return approve(ar, userForEmail(m_context.options.autoLoginEmail).userId);

    // An existing browser session signs in without a prompt (why "soft" logout is not enough).
    const QString prompt = q.value(QStringLiteral("prompt"));
    const QString sessionUser = m_browserSessions.value(cookieValue(request, kSessionCookie));
    if (!sessionUser.isEmpty() && prompt != QLatin1String("login") &&
        m_context.world.users.count(sessionUser) != 0)
        return approve(ar, sessionUser);
    if (prompt == QLatin1String("none"))
        return fail(QStringLiteral("login_required"), QStringLiteral("Login required"));

    const QString transaction = QString::fromLatin1(randomToken(24));
    LoginTransaction login;
    login.request = ar;
    login.expiresAt = m_context.now().addSecs(kLoginSeconds);
    QString hint = q.value(QStringLiteral("email"));
    if (hint.isEmpty())
        hint = q.value(QStringLiteral("login_hint"));
    // Passport's direct e-mail login (direct=email&email=...) skips straight to the code.
    if (q.value(QStringLiteral("direct")) == QLatin1String("email") && validEmail(hint)) {
        login.email = hint;
        login.userId = userForEmail(hint).userId;
        login.oneTimeCode =
            QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
        m_logins.insert(transaction, login);
        return authpages::codePage(transaction, login.email, login.oneTimeCode);
    }
    m_logins.insert(transaction, login);
    return authpages::emailPage(transaction, client->name, hint);
}

HttpResponse AuthService::authorizeEmail(const HttpRequest &request)
{
    Params form;
    QString error;
    if (!parseForm(request.body, &form, &error))
        return authpages::messagePage(400, QStringLiteral("Invalid request"), error);
    const QString transaction = form.value(QStringLiteral("transaction"));
    auto it = m_logins.find(transaction);
    if (it == m_logins.end() || it->expiresAt <= m_context.now())
        return authpages::messagePage(
            400, QStringLiteral("Login expired"),
            QStringLiteral("This login attempt has expired. Start again from the app."));
    const QString email = form.value(QStringLiteral("email")).trimmed();
    if (!validEmail(email)) {
        const OAuthClient *client = m_clients.find(it->request.clientId);
        return authpages::emailPage(transaction, client ? client->name : QString(), email,
                                    QStringLiteral("Enter a valid e-mail address."));
    }
    it->email = email;
    it->userId = userForEmail(email).userId;
    it->attempts = 0;
    it->oneTimeCode =
        QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
    return authpages::codePage(transaction, it->email, it->oneTimeCode);
}

HttpResponse AuthService::authorizeVerify(const HttpRequest &request)
{
    Params form;
    QString error;
    if (!parseForm(request.body, &form, &error))
        return authpages::messagePage(400, QStringLiteral("Invalid request"), error);
    const QString transaction = form.value(QStringLiteral("transaction"));
    auto it = m_logins.find(transaction);
    if (it == m_logins.end() || it->expiresAt <= m_context.now() || it->oneTimeCode.isEmpty())
        return authpages::messagePage(
            400, QStringLiteral("Login expired"),
            QStringLiteral("This login attempt has expired. Start again from the app."));
    if (form.value(QStringLiteral("code")).trimmed() != it->oneTimeCode) {
        if (++it->attempts >= kMaxCodeAttempts) {
            m_logins.erase(it);
            return authpages::messagePage(400, QStringLiteral("Too many attempts"),
                                          QStringLiteral("Too many wrong codes. Start again from the app."));
        }
        return authpages::codePage(transaction, it->email, it->oneTimeCode,
                                   QStringLiteral("That code is not right. Try again."));
    }
    const AuthorizeRequest ar = it->request;
    const QString userId = it->userId;
    m_logins.erase(it);
    const QByteArray session = randomToken(32);
    m_browserSessions.insert(session, userId);
    HttpResponse response = approve(ar, userId);
    response.withHeader("Set-Cookie", kSessionCookie + '=' + session + "; Path=" + prefix::auth.toUtf8() +
                                          "; HttpOnly; SameSite=Lax");
    return response;
}

HttpResponse AuthService::approve(const AuthorizeRequest &request, const QString &userId)
{
    const QByteArray code = randomToken(32);
    m_context.recordSecret(QStringLiteral("code"), code);
    m_codes.insert(code, AuthCode{request, userId, m_context.now().addSecs(kCodeSeconds)});
    QList<QPair<QString, QString>> items{{QStringLiteral("code"), QString::fromLatin1(code)}};
    if (!request.state.isEmpty())
        items.append({QStringLiteral("state"), request.state});
    return HttpResponse::redirect(withQuery(request.redirectUri, items));
}

UserRecord &AuthService::userForEmail(const QString &email)
{
    const QString userId = userIdForEmail(email);
    auto it = m_context.world.users.find(userId);
    if (it != m_context.world.users.end())
        return it->second;
    if (UserRecord *seeded = m_context.world.userByEmail(email.trimmed()))
        return *seeded;
    UserRecord user;
    user.userId = userId;
    user.email = email.trimmed();
    user.createdAt = m_context.now();
    return m_context.world.users.emplace(userId, std::move(user)).first->second;
}

HttpResponse AuthService::token(const HttpRequest &request)
{
    Params params;
    QString error;
    if (!requestParams(request, &params, &error))
        return noStore(oauthError(400, QStringLiteral("invalid_request"), error));
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return noStore(oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("Missing required parameter: grant_type")));
    if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token"))
        return noStore(oauthError(400, QStringLiteral("unsupported_grant_type"),
                                  QStringLiteral("Unsupported grant type: %1").arg(grantType)));
    const OAuthClient *client = m_clients.find(params.value(QStringLiteral("client_id")));
    if (!client)
        return noStore(oauthError(401, QStringLiteral("invalid_client"),
                                  QStringLiteral("Unknown or missing client_id")));
    pruneExpired();
    return noStore(grantType == QLatin1String("authorization_code") ? exchangeCode(params, *client)
                                                                    : refresh(params, *client));
}

HttpResponse AuthService::exchangeCode(const Params &params, const OAuthClient &client)
{
    for (const char *name : {"code", "redirect_uri", "code_verifier"}) {
        if (params.value(QLatin1String(name)).isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing required parameter: %1").arg(QLatin1String(name)));
    }
    const QString verifier = params.value(QStringLiteral("code_verifier"));
    if (!validVerifier(verifier))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code_verifier must be 43-128 characters of A-Z a-z 0-9 - . _ ~"));
    m_context.recordSecret(QStringLiteral("code_verifier"), verifier.toUtf8());
    const QByteArray code = params.value(QStringLiteral("code")).toUtf8();
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        // RFC 6749 4.1.2: a code presented twice revokes what it was exchanged for.
        const auto used = m_usedCodes.find(code);
        if (used != m_usedCodes.end())
            revokeFamily(used->familyId);
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid authorization code"));
    }
    // Mismatches leave the code usable: only the holder of the verifier can ever redeem it, and
    // burning it on a stranger's attempt would let anyone who saw it break the real login.
    if (it->request.clientId != client.clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code was issued to another client"));
    if (it->request.redirectUri != params.value(QStringLiteral("redirect_uri")))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri does not match the authorization request"));
    if (base64Url(sha256(verifier.toLatin1())) != it->request.codeChallenge.toLatin1())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Failed to verify code verifier"));

    const AuthCode grant = *it;
    m_codes.erase(it);
    const QString familyId = QString::fromLatin1(randomToken(16));
    // Remember it a while longer than it could have lived, to catch replays.
    m_usedCodes.insert(code, UsedCode{familyId, grant.expiresAt.addSecs(kLoginSeconds)});
    return issueTokens(grant.userId, client.clientId, grant.request.scope, grant.request.audience,
                       grant.request.nonce, familyId);
}

HttpResponse AuthService::refresh(const Params &params, const OAuthClient &client)
{
    const QByteArray token = params.value(QStringLiteral("refresh_token")).toUtf8();
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing required parameter: refresh_token"));
    const auto it = m_refreshTokens.find(sha256(token));
    if (it == m_refreshTokens.end() || m_revokedFamilies.contains(it->familyId))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Unknown or invalid refresh token."));
    if (it->clientId != client.clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to another client"));
    if (it->rotated) {
        // A rotated token coming back means two parties hold the family: end it for both.
        revokeFamily(it->familyId);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Refresh token reuse detected; the session has been revoked"));
    }
    QString scope = it->scope;
    const QString requested = params.value(QStringLiteral("scope"));
    if (!requested.isEmpty()) {
        const QStringList granted = scopeList(it->scope);
        for (const QString &s : scopeList(requested)) {
            if (!granted.contains(s))
                return oauthError(400, QStringLiteral("invalid_scope"),
                                  QStringLiteral("Scope %1 was not granted").arg(s));
        }
        scope = scopeList(requested).join(QLatin1Char(' '));
    }
    it->rotated = true;
    const RefreshToken old = *it;
    return issueTokens(old.userId, old.clientId, scope, old.audience, QString(), old.familyId);
}

HttpResponse AuthService::issueTokens(const QString &userId, const QString &clientId, const QString &scope,
                                      const QString &audience, const QString &nonce, const QString &familyId)
{
    const auto userIt = m_context.world.users.find(userId);
    if (userIt == m_context.world.users.end())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The user no longer exists"));
    const UserRecord &user = userIt->second;
    const qint64 now = nowSeconds();
    const QStringList scopes = scopeList(scope);

    const QByteArray accessToken = m_signer.sign(QJsonObject{
        {QStringLiteral("iss"), issuer()},
        {QStringLiteral("sub"), user.userId},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + kAccessTokenSeconds},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("jti"), QString::fromLatin1(randomToken(16))},
    });
    if (accessToken.isEmpty())
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("signing failed"));
    m_context.recordSecret(QStringLiteral("access_token"), accessToken);
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), kAccessTokenSeconds},
                     {QStringLiteral("scope"), scope}};
    if (scopes.contains(QLatin1String("openid"))) {
        QJsonObject claims = userClaims(user);
        claims.insert(QStringLiteral("iss"), issuer());
        claims.insert(QStringLiteral("aud"), clientId);
        claims.insert(QStringLiteral("iat"), now);
        claims.insert(QStringLiteral("exp"), now + kIdTokenSeconds);
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        const QByteArray idToken = m_signer.sign(claims);
        m_context.recordSecret(QStringLiteral("id_token"), idToken);
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
    }
    if (scopes.contains(QLatin1String("offline_access"))) {
        const QByteArray refreshToken = randomToken(32);
        m_context.recordSecret(QStringLiteral("refresh_token"), refreshToken);
        m_refreshTokens.insert(sha256(refreshToken),
                               RefreshToken{familyId, clientId, user.userId, scope, audience, false});
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    }
    return HttpResponse::json(200, body);
}

QJsonObject AuthService::userClaims(const UserRecord &user) const
{
    QJsonObject claims{{QStringLiteral("sub"), user.userId},
                       {QStringLiteral("email"), user.email},
                       {QStringLiteral("email_verified"), true},
                       {QStringLiteral("nickname"), user.email.section(QLatin1Char('@'), 0, 0)}};
    // Passport reads "registered" from these three; they must not appear one at a time.
    if (user.registered && !user.ethAddress.isEmpty() && !user.starkKey.isEmpty() &&
        !user.adminAddress.isEmpty()) {
        claims.insert(QStringLiteral("passport"),
                      QJsonObject{{QStringLiteral("imx_eth_address"), user.ethAddress},
                                  {QStringLiteral("imx_stark_address"), user.starkKey},
                                  {QStringLiteral("imx_user_admin_address"), user.adminAddress}});
    }
    return claims;
}

HttpResponse AuthService::revoke(const HttpRequest &request)
{
    Params params;
    QString error;
    if (!requestParams(request, &params, &error))
        return oauthError(400, QStringLiteral("invalid_request"), error);
    const OAuthClient *client = m_clients.find(params.value(QStringLiteral("client_id")));
    if (!client)
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown or missing client_id"));
    const QByteArray token = params.value(QStringLiteral("token")).toUtf8();
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing required parameter: token"));
    // RFC 7009 2.2: unknown tokens (and access tokens, which are self-contained JWTs) get 200 too.
    const auto it = m_refreshTokens.find(sha256(token));
    if (it != m_refreshTokens.end() && it->clientId == client->clientId)
        revokeFamily(it->familyId);
    return HttpResponse::empty(200);
}

HttpResponse AuthService::userinfo(const HttpRequest &request) const
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return unauthorizedBearer({}, {});
    const auto claims = validClaims(token, kPlatformAudience);
    if (!claims)
        return unauthorizedBearer(QStringLiteral("invalid_token"),
                                  QStringLiteral("The access token is invalid or expired"));
    const auto it = m_context.world.users.find(claims->value(QStringLiteral("sub")).toString());
    if (it == m_context.world.users.end())
        return unauthorizedBearer(QStringLiteral("invalid_token"), QStringLiteral("Unknown user"));
    return HttpResponse::json(200, userClaims(it->second));
}

HttpResponse AuthService::logout(const HttpRequest &request)
{
    Params q;
    QString error;
    if (!queryParams(request, &q, &error))
        return authpages::messagePage(400, QStringLiteral("Invalid request"), error);
    const QString clientId = q.value(QStringLiteral("client_id"));
    const QString returnTo = q.value(QStringLiteral("returnTo"));
    const OAuthClient *client = clientId.isEmpty() ? nullptr : m_clients.find(clientId);
    if (!clientId.isEmpty() && !client)
        return authpages::messagePage(400, QStringLiteral("Unknown client"),
                                      QStringLiteral("The client_id is not registered."));
    QString target = returnTo;
    if (!returnTo.isEmpty()) {
        const bool allowed = client ? m_clients.logoutAllowed(*client, returnTo)
                                    : m_clients.logoutAllowedForAnyClient(returnTo);
        if (!allowed)
            return authpages::messagePage(
                400, QStringLiteral("Invalid returnTo"),
                QStringLiteral("The returnTo URL is not one of the client's allowed logout URLs."));
    } else if (client && !client->logoutRedirectUris.isEmpty()) {
        target = client->logoutRedirectUris.constFirst();
    }
    // Checks passed: end the browser session, whichever page follows.
    m_browserSessions.remove(cookieValue(request, kSessionCookie));
    const QByteArray clearCookie =
        kSessionCookie + "=; Path=" + prefix::auth.toUtf8() + "; Max-Age=0; HttpOnly; SameSite=Lax";
    HttpResponse response = target.isEmpty() ? authpages::messagePage(200, QStringLiteral("Logged out"),
                                                                      QStringLiteral("You are logged out."))
                                             : HttpResponse::redirect(target.toUtf8());
    response.withHeader("Set-Cookie", clearCookie);
    return response;
}

std::optional<QJsonObject> AuthService::validClaims(const QByteArray &token, const QString &audience) const
{
    auto claims = m_signer.verify(token);
    if (!claims)
        return std::nullopt;
    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    const bool audOk = aud.isString() ? aud.toString() == audience : aud.toArray().contains(audience);
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (!audOk || claims->value(QStringLiteral("iss")).toString() != issuer() || !exp.isDouble() ||
        qint64(exp.toDouble()) <= nowSeconds() || claims->value(QStringLiteral("sub")).toString().isEmpty())
        return std::nullopt;
    return claims;
}

std::optional<QString> AuthService::userIdForAccessToken(const QByteArray &token) const
{
    const auto cached = m_verifiedAccessTokens.constFind(token);
    if (cached != m_verifiedAccessTokens.cend()) {
        if (cached->second > nowSeconds())
            return cached->first;
        return std::nullopt;
    }
    const auto claims = validClaims(token, kPlatformAudience);
    if (!claims)
        return std::nullopt;
    if (m_verifiedAccessTokens.size() >= 4096)
        m_verifiedAccessTokens.clear(); // a bound, not an LRU: re-verifying is only slower
    const QString sub = claims->value(QStringLiteral("sub")).toString();
    m_verifiedAccessTokens.insert(token, {sub, qint64(claims->value(QStringLiteral("exp")).toDouble())});
    return sub;
}

std::optional<QString> AuthService::userIdForIdToken(const QByteArray &token, const QString &clientId) const
{
    const auto claims = validClaims(token, clientId);
    if (!claims)
        return std::nullopt;
    return claims->value(QStringLiteral("sub")).toString();
}

void AuthService::revokeFamily(const QString &familyId)
{
    m_revokedFamilies.insert(familyId, true);
}

void AuthService::pruneExpired()
{
    const QDateTime now = m_context.now();
    removeExpired(m_logins, now);
    removeExpired(m_codes, now);
    removeExpired(m_usedCodes, now);
}

} // namespace stardeck::sandbox
