// SPDX-License-Identifier: MIT
#include "passport/PassportSession.h"

#include "passport/HttpCall.h"
#include "passport/JwksCache.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace stardeck::passport {

namespace {

constexpr int kRandomBytes = 32;
constexpr int kLeewaySeconds = 60;

//! base64url without padding of `size` bytes into `out` (which must hold 4*ceil(size/3) bytes).
std::size_t base64UrlInto(const std::uint8_t *in, std::size_t size, std::uint8_t *out)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::size_t o = 0;
    for (std::size_t i = 0; i < size; i += 3) {
        const std::uint32_t b0 = in[i];
        const std::uint32_t b1 = i + 1 < size ? in[i + 1] : 0;
        const std::uint32_t b2 = i + 2 < size ? in[i + 2] : 0;
        const std::uint32_t v = (b0 << 16) | (b1 << 8) | b2;
        out[o++] = std::uint8_t(alphabet[(v >> 18) & 63]);
        out[o++] = std::uint8_t(alphabet[(v >> 12) & 63]);
        if (i + 1 < size)
            out[o++] = std::uint8_t(alphabet[(v >> 6) & 63]);
        if (i + 2 < size)
            out[o++] = std::uint8_t(alphabet[v & 63]);
    }
    return o;
}

//! base64url of `bytes` random bytes from OpenSSL's CSPRNG, kept in SecureBytes.
std::optional<crypto::SecureBytes> randomBase64Url(std::size_t bytes)
{
    crypto::SecureBytes raw(bytes);
    if (RAND_bytes(raw.data(), int(bytes)) != 1)
        return std::nullopt;
    crypto::SecureBytes encoded((bytes * 4 + 2) / 3 + 3);
    const std::size_t n = base64UrlInto(raw.data(), raw.size(), encoded.data());
    return crypto::SecureBytes(encoded.data(), n);
}

QString toQString(const crypto::SecureBytes &bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

//! A non-owning view for APIs that take QByteArray (no copy of the secret is made).
QByteArray view(const crypto::SecureBytes &bytes)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

crypto::SecureBytes secureFromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecureBytes out(reinterpret_cast<const std::uint8_t *>(utf8.constData()),
                            std::size_t(utf8.size()));
    crypto::secureWipe(utf8.data(), std::size_t(utf8.size()));
    return out;
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), std::size_t(x.size())) == 0;
}

QString pct(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

std::optional<QHash<QString, QString>> PassportSession::callbackParams(const QUrl &url)
{
    QHash<QString, QString> params;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        // A repeated parameter is ambiguous: refuse rather than pick one.
        if (params.contains(key))
            return std::nullopt;
        params.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return params;
}

namespace {

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port() && a.path() == b.path() &&
           a.userInfo().isEmpty() && b.userInfo().isEmpty();
}

} // namespace

PassportSession::PassportSession(Environment environment, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_nam(nam)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_jwks = new JwksCache(
        m_nam, m_environment.endpoint(Environment::Service::Auth, QStringLiteral("/.well-known/jwks.json")),
        this);
}

PassportSession::~PassportSession() = default;

PassportResult<QUrl> PassportSession::beginLogin(const LoginHints &hints)
{
    if (const PassportStatus valid = m_environment.validate(); !valid)
        return valid.error();
    auto verifier = randomBase64Url(kRandomBytes);
    const auto state = randomBase64Url(kRandomBytes);
    const auto nonce = randomBase64Url(kRandomBytes);
    if (!verifier || !state || !nonce)
        return passportError(PassportErrorCode::Internal, QStringLiteral("the random generator failed"));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_Digest(verifier->data(), verifier->size(), digest, &digestSize, EVP_sha256(), nullptr) != 1)
        return passportError(PassportErrorCode::Internal, QStringLiteral("SHA-256 failed"));
    const QByteArray challenge =
        QByteArray(reinterpret_cast<const char *>(digest), int(digestSize))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    const ClientSettings &client = m_environment.client();
    QList<QPair<QString, QString>> items{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("redirect_uri"), client.redirectUri},
        {QStringLiteral("state"), toQString(*state)},
        {QStringLiteral("nonce"), toQString(*nonce)},
        {QStringLiteral("scope"), client.scope},
    };
    if (!client.audience.isEmpty())
        items.append({QStringLiteral("audience"), client.audience});
    if (!hints.direct.isEmpty()) {
        items.append({QStringLiteral("direct"), hints.direct});
        if (hints.direct == QLatin1String("email") && !hints.email.isEmpty())
            items.append({QStringLiteral("email"), hints.email});
    }
    QString query;
    for (const auto &[key, value] : items)
        query +=
            (query.isEmpty() ? QString() : QStringLiteral("&")) + pct(key) + QLatin1Char('=') + pct(value);

    m_pending = PendingLogin{std::move(*verifier), toQString(*state), toQString(*nonce)};
    return QUrl(m_environment.endpoint(Environment::Service::Auth, QStringLiteral("/authorize")).toString() +
                QLatin1Char('?') + query);
}

void PassportSession::completeLogin(const QUrl &callbackUrl, QObject *context, StatusCallback done)
{
    if (!m_pending) {
        done(passportError(PassportErrorCode::NoLoginPending,
                           QStringLiteral("no login is waiting for a callback")));
        return;
    }
    const auto params = callbackParams(callbackUrl);
    if (!callbackUrl.isValid() || !sameEndpoint(callbackUrl, QUrl(m_environment.client().redirectUri)) ||
        !params) {
        done(passportError(PassportErrorCode::InvalidCallback,
                           QStringLiteral("the callback is not a well-formed redirect to our redirect URI")));
        return;
    }
    // A wrong state leaves the pending login alone: a forged redirect must not cancel the real one.
    if (!params->contains(QStringLiteral("state")) ||
        !constantTimeEquals(params->value(QStringLiteral("state")), m_pending->state)) {
        done(passportError(PassportErrorCode::StateMismatch,
                           QStringLiteral("the callback's state does not match the login request")));
        return;
    }
    PendingLogin pending = std::move(*m_pending);
    m_pending.reset();

    const QString code = params->value(QStringLiteral("code"));
    if (params->contains(QStringLiteral("error"))) {
        const QString error = params->value(QStringLiteral("error"));
        const QString description = params->value(QStringLiteral("error_description"));
        done(passportError(
            PassportErrorCode::AuthorizationDenied,
            description.isEmpty() ? QStringLiteral("login failed: %1").arg(error) : description, error));
        return;
    }
    if (code.isEmpty()) {
        done(passportError(PassportErrorCode::InvalidCallback, QStringLiteral("the callback has no code")));
        return;
    }

    const QByteArray body =
        formEncode({{QStringLiteral("grant_type"), "authorization_code"},
                    {QStringLiteral("client_id"), m_environment.client().clientId.toUtf8()},
                    {QStringLiteral("code"), code.toUtf8()},
                    {QStringLiteral("redirect_uri"), m_environment.client().redirectUri.toUtf8()},
                    {QStringLiteral("code_verifier"), view(pending.verifier)}});
    pending.verifier.clear();
    const QString nonce = pending.nonce;
    QPointer<QObject> caller(context);
    postToken(body, this, [this, nonce, caller, done](HttpAnswer answer) {
        auto parsed = parseTokenAnswer(answer);
        if (!parsed) {
            if (caller)
                done(parsed.error());
            return;
        }
        auto tokens = std::make_shared<TokenSet>(std::move(parsed).value());
        validate(tokens->idToken.clone(), expectations(nonce, true), this,
                 [this, nonce, tokens, caller, done](PassportResult<IdTokenClaims> claims) {
                     if (!claims) {
                         if (caller)
                             done(claims.error());
                         return;
                     }
                     ++m_generation; // answers for an earlier session are dropped
                     m_loginNonce = nonce;
                     adopt(std::move(*tokens), claims.value());
                     Q_EMIT loggedIn();
                     if (caller)
                         done({});
                 });
    });
}

void PassportSession::restore(crypto::SecureBytes refreshToken, QObject *context, StatusCallback done)
{
    if (refreshToken.empty()) {
        done(passportError(PassportErrorCode::NotLoggedIn, QStringLiteral("no refresh token to restore")));
        return;
    }
    ++m_generation;
    m_accessToken.clear();
    m_idToken.clear();
    m_claims.reset();
    m_loginNonce.clear();
    m_refreshToken = std::move(refreshToken);
    refresh(context, std::move(done));
}

void PassportSession::accessToken(QObject *context, TokenCallback done)
{
    withFreshTokens(context, [this, done](PassportStatus status) {
        if (!status)
            done(status.error());
        else
            done(m_accessToken.clone());
    });
}

void PassportSession::idToken(QObject *context, TokenCallback done)
{
    withFreshTokens(context, [this, done](PassportStatus status) {
        if (!status)
            done(status.error());
        else
            done(m_idToken.clone());
    });
}

void PassportSession::refresh(QObject *context, StatusCallback done)
{
    if (m_refreshToken.empty()) {
        done(passportError(PassportErrorCode::NotLoggedIn, QStringLiteral("no refresh token")));
        return;
    }
    m_waiters.append(Waiter{context, std::move(done)});
    if (!m_refreshing)
        startRefresh();
}

void PassportSession::logout(QObject *context, LogoutCallback done)
{
    LogoutResult result;
    result.endSessionUrl = endSessionUrl();
    crypto::SecureBytes refreshToken = std::move(m_refreshToken);
    // Local tokens go first, whatever the server says.
    endSession(QStringLiteral("logged out"));
    if (refreshToken.empty()) {
        result.revokeError = QStringLiteral("there was no refresh token to revoke");
        done(result);
        return;
    }
    const QByteArray body =
        formEncode({{QStringLiteral("token"), view(refreshToken)},
                    {QStringLiteral("token_type_hint"), "refresh_token"},
                    {QStringLiteral("client_id"), m_environment.client().clientId.toUtf8()}});
    refreshToken.clear();
    QNetworkRequest request(
        m_environment.endpoint(Environment::Service::Auth, QStringLiteral("/oauth/revoke")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QPointer<QObject> caller(context);
    httpCall(m_nam, request, "POST", body, this, [result, caller, done](HttpAnswer answer) mutable {
        result.revoked = answer.status == 200;
        if (!result.revoked)
            result.revokeError = answer.status == 0
                                     ? answer.transportError
                                     : QStringLiteral("revocation answered HTTP %1").arg(answer.status);
        if (caller)
            done(result);
    });
}

QUrl PassportSession::endSessionUrl() const
{
    const ClientSettings &client = m_environment.client();
    QString query = QStringLiteral("client_id=") + pct(client.clientId);
    if (!client.logoutRedirectUri.isEmpty())
        query += QStringLiteral("&returnTo=") + pct(client.logoutRedirectUri);
    return QUrl(m_environment.endpoint(Environment::Service::Auth, QStringLiteral("/v2/logout")).toString() +
                QLatin1Char('?') + query);
}

std::optional<PassportClaims> PassportSession::passportClaims() const
{
    return m_claims ? m_claims->passport() : std::nullopt;
}

bool PassportSession::tokensDue() const
{
    if (m_accessToken.empty() || m_idToken.empty() || !m_claims)
        return true;
    const QDateTime soon = now().addSecs(m_refreshMargin);
    // Like the SDK: the session is stale when either the access or the ID token is about to expire.
    return soon >= m_accessExpiresAt || soon.toSecsSinceEpoch() >= m_claims->expiresAt;
}

void PassportSession::withFreshTokens(QObject *context, std::function<void(PassportStatus)> then)
{
    if (!isLoggedIn()) {
        then(passportError(PassportErrorCode::NotLoggedIn, QStringLiteral("not logged in")));
        return;
    }
    if (!m_refreshing && !tokensDue()) {
        then({});
        return;
    }
    refresh(context, std::move(then));
}

void PassportSession::startRefresh()
{
    m_refreshing = true;
    ++m_refreshCount;
    const quint64 generation = m_generation;
    const QByteArray body =
        formEncode({{QStringLiteral("grant_type"), "refresh_token"},
                    {QStringLiteral("client_id"), m_environment.client().clientId.toUtf8()},
                    {QStringLiteral("refresh_token"), view(m_refreshToken)}});
    const auto stale = [this] {
        finishRefresh(isLoggedIn() ? PassportStatus()
                                   : PassportStatus(passportError(PassportErrorCode::NotLoggedIn,
                                                                  QStringLiteral("the session ended"))));
    };
    postToken(body, this, [this, generation, stale](HttpAnswer answer) {
        if (generation != m_generation)
            return stale();
        auto parsed = parseTokenAnswer(answer);
        if (!parsed) {
            // Only invalid_grant means the refresh token is dead; anything else may pass.
            if (parsed.error().code == PassportErrorCode::InvalidGrant)
                endSession(QStringLiteral("the refresh token was rejected: %1").arg(parsed.error().message));
            return finishRefresh(parsed.error());
        }
        auto tokens = std::make_shared<TokenSet>(std::move(parsed).value());
        validate(tokens->idToken.clone(), expectations(m_loginNonce, false), this,
                 [this, generation, tokens, stale](PassportResult<IdTokenClaims> claims) {
                     if (generation != m_generation)
                         return stale();
                     if (!claims)
                         return finishRefresh(claims.error());
                     if (m_claims && claims.value().subject != m_claims->subject)
                         return finishRefresh(
                             passportError(PassportErrorCode::InvalidIdToken,
                                           QStringLiteral("the refreshed ID token is for another user")));
                     adopt(std::move(*tokens), claims.value());
                     Q_EMIT tokensRefreshed();
                     finishRefresh({});
                 });
    });
}

void PassportSession::finishRefresh(const PassportStatus &status)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(status);
    }
}

void PassportSession::endSession(const QString &reason)
{
    ++m_generation;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_accessExpiresAt = QDateTime();
    m_claims.reset();
    m_loginNonce.clear();
    Q_EMIT refreshTokenChanged();
    Q_EMIT sessionEnded(reason);
}

void PassportSession::postToken(const QByteArray &body, QObject *context,
                                std::function<void(HttpAnswer)> done)
{
    QNetworkRequest request(
        m_environment.endpoint(Environment::Service::Auth, QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    httpCall(m_nam, request, "POST", body, context, std::move(done));
}

void PassportSession::validate(crypto::SecureBytes token, IdTokenExpectations expect, QObject *context,
                               std::function<void(PassportResult<IdTokenClaims>)> done)
{
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(token));
    m_jwks->keys(false, context, [this, shared, expect, context, done](PassportResult<QList<Jwk>> keys) {
        if (!keys)
            return done(keys.error());
        auto first = validateIdToken(view(*shared), keys.value(), expect);
        if (first.ok() || first.error().code != PassportErrorCode::UnknownKey)
            return done(first);
        // An unknown kid may mean the server rotated its key: refetch the JWKS once, and only once.
        m_jwks->keys(true, context, [shared, expect, done](PassportResult<QList<Jwk>> fresh) {
            if (!fresh)
                return done(fresh.error());
            auto second = validateIdToken(view(*shared), fresh.value(), expect);
            if (!second.ok() && second.error().code == PassportErrorCode::UnknownKey)
                return done(passportError(PassportErrorCode::InvalidIdToken, second.error().message));
            done(second);
        });
    });
}

IdTokenExpectations PassportSession::expectations(const QString &nonce, bool nonceRequired) const
{
    IdTokenExpectations e;
    e.issuer = m_environment.issuer();
    e.audience = m_environment.client().clientId;
    e.nonce = nonce;
    e.nonceRequired = nonceRequired;
    e.now = now();
    e.leewaySeconds = kLeewaySeconds;
    return e;
}

void PassportSession::adopt(TokenSet tokens, IdTokenClaims claims)
{
    m_accessToken = std::move(tokens.accessToken);
    m_idToken = std::move(tokens.idToken);
    const bool rotated = !tokens.refreshToken.empty();
    if (rotated)
        m_refreshToken = std::move(tokens.refreshToken);
    m_accessExpiresAt = now().addSecs(tokens.expiresIn);
    m_claims = std::move(claims);
    if (rotated)
        Q_EMIT refreshTokenChanged();
}

PassportResult<PassportSession::TokenSet> PassportSession::parseTokenAnswer(HttpAnswer &answer)
{
    if (answer.status == 0)
        return passportError(
            PassportErrorCode::Transient,
            QStringLiteral("the token endpoint did not answer: %1").arg(answer.transportError));
    if (answer.status >= 500 || answer.status == 429)
        return passportError(PassportErrorCode::Transient,
                             QStringLiteral("the token endpoint answered HTTP %1").arg(answer.status));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    crypto::secureWipe(answer.body.data(), std::size_t(answer.body.size()));
    const QJsonObject o = doc.object();
    if (answer.status != 200) {
        const QString error = o.value(QStringLiteral("error")).toString();
        const QString description = o.value(QStringLiteral("error_description")).toString();
        const QString message = QStringLiteral("HTTP %1 %2: %3").arg(answer.status).arg(error, description);
        if (error == QLatin1String("invalid_grant"))
            return passportError(PassportErrorCode::InvalidGrant, message, error);
        if (!error.isEmpty())
            return passportError(PassportErrorCode::OAuthError, message, error);
        return passportError(PassportErrorCode::InvalidResponse, message);
    }
    const auto bad = [](const QString &what) {
        return passportError(PassportErrorCode::InvalidResponse,
                             QStringLiteral("token response: %1").arg(what));
    };
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    const QJsonValue access = o.value(QStringLiteral("access_token"));
    const QJsonValue id = o.value(QStringLiteral("id_token"));
    const QJsonValue refresh = o.value(QStringLiteral("refresh_token"));
    const QJsonValue expiresIn = o.value(QStringLiteral("expires_in"));
    if (!access.isString() || access.toString().isEmpty())
        return bad(QStringLiteral("access_token missing"));
    if (!id.isString() || id.toString().isEmpty())
        return bad(QStringLiteral("id_token missing"));
    if (o.value(QStringLiteral("token_type"))
            .toString()
            .compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return bad(QStringLiteral("token_type is not Bearer"));
    const double seconds = expiresIn.toDouble(-1);
    if (!expiresIn.isDouble() || seconds <= 0 || seconds > 31536000 || seconds != double(qint64(seconds)))
        return bad(QStringLiteral("expires_in is not a positive whole number of seconds"));
    if (!refresh.isUndefined() && (!refresh.isString() || refresh.toString().isEmpty()))
        return bad(QStringLiteral("refresh_token is not a string"));
    TokenSet tokens;
    tokens.accessToken = secureFromString(access.toString());
    tokens.idToken = secureFromString(id.toString());
    if (refresh.isString())
        tokens.refreshToken = secureFromString(refresh.toString());
    tokens.expiresIn = qint64(seconds);
    return tokens;
}

} // namespace stardeck::passport
