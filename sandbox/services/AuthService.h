// SPDX-License-Identifier: MIT
#pragma once

#include "services/JwtSigner.h"
#include "services/OAuthClientRegistry.h"
#include "services/Service.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <optional>

namespace stardeck::sandbox {

//! auth.immutable.com under /auth: OIDC discovery and JWKS, the /authorize login page (e-mail,
//! then a one-time code shown on the page), the token endpoint (authorization_code with PKCE
//! S256, refresh_token with rotation and reuse detection), revocation, userinfo and logout.
//! Tokens are RS256 JWTs; the ID token's `passport` claim appears once the user is registered.
class AuthService : public Service {
public:
    //! The API audience Passport asks for (and the default when a request names none).
    static inline const QString kPlatformAudience = QStringLiteral("platform_api");
    static constexpr qint64 kAccessTokenSeconds = 3600;
    static constexpr qint64 kIdTokenSeconds = 3600;
    static constexpr qint64 kCodeSeconds = 60;
    static constexpr qint64 kLoginSeconds = 600;
    static constexpr int kMaxCodeAttempts = 5;
    //! The browser-session cookie set by a completed login and cleared by /v2/logout.
    static inline const QByteArray kSessionCookie = "sandbox_auth_session";

    explicit AuthService(SandboxContext &context);
    ~AuthService() override;
    void registerRoutes(Router &router) override;

    //! The "iss" of every token: the /auth base URL with a trailing slash, as Auth0 writes it.
    QString issuer() const;
    //! The user id (sub) of a valid, unexpired access token for platform_api issued by us.
    std::optional<QString> userIdForAccessToken(const QByteArray &token) const;
    //! The user id (sub) of a valid, unexpired ID token issued by us to `clientId`.
    std::optional<QString> userIdForIdToken(const QByteArray &token, const QString &clientId) const;
    //! The stable Auth0-style user id for an e-mail address: "email|" + 24 hex digits.
    static QString userIdForEmail(const QString &email);

private:
    friend class Persistence; // saves and restores refresh tokens, sessions and the signing key
    struct AuthorizeRequest {
        QString clientId;
        QString redirectUri;
        QString state;
        QString scope;
        QString nonce;
        QString codeChallenge;
        QString audience;
    };
    struct LoginTransaction {
        AuthorizeRequest request;
        QString email;
        QString userId;
        QString oneTimeCode; //!< empty until the e-mail step is done
        int attempts = 0;
        QDateTime expiresAt;
    };
    struct AuthCode {
        AuthorizeRequest request;
        QString userId;
        QDateTime expiresAt;
    };
    struct UsedCode {
        QString familyId; //!< the refresh-token family the code started, revoked on replay
        QDateTime expiresAt;
    };
    struct RefreshToken {
        QString familyId;
        QString clientId;
        QString userId;
        QString scope;
        QString audience;
        bool rotated = false; //!< already exchanged: presenting it again is reuse
    };

    HttpResponse openidConfiguration() const;
    HttpResponse jwks();
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse authorizeEmail(const HttpRequest &request);
    HttpResponse authorizeVerify(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse exchangeCode(const QHash<QString, QString> &params, const OAuthClient &client);
    HttpResponse refresh(const QHash<QString, QString> &params, const OAuthClient &client);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse userinfo(const HttpRequest &request) const;
    HttpResponse logout(const HttpRequest &request);

    //! Issues a code for the user and redirects to the client with it.
    HttpResponse approve(const AuthorizeRequest &request, const QString &userId);
    //! Access, ID and refresh tokens for one grant (the refresh token joins `familyId`).
    HttpResponse issueTokens(const QString &userId, const QString &clientId, const QString &scope,
                             const QString &audience, const QString &nonce, const QString &familyId);
    //! The user with this e-mail, created (unregistered, no wallet) if new.
    UserRecord &userForEmail(const QString &email);
    //! The claims of a token we signed that is unexpired and meant for `audience`.
    std::optional<QJsonObject> validClaims(const QByteArray &token, const QString &audience) const;
    //! sub/email/nickname and, for registered users, the `passport` claim.
    QJsonObject userClaims(const UserRecord &user) const;
    void revokeFamily(const QString &familyId);
    void pruneExpired();
    qint64 nowSeconds() const;

    JwtSigner m_signer;
    OAuthClientRegistry m_clients;
    QHash<QString, LoginTransaction> m_logins;       //!< by transaction id (a hidden form field)
    QHash<QByteArray, AuthCode> m_codes;             //!< unused codes
    QHash<QByteArray, UsedCode> m_usedCodes;         //!< exchanged codes, until they would expire
    QHash<QByteArray, RefreshToken> m_refreshTokens; //!< by SHA-256 of the token
    QHash<QString, bool> m_revokedFamilies;
    QHash<QByteArray, QString> m_browserSessions; //!< session cookie -> user id
    //! Access tokens already verified (sub, exp): IMX writes authenticate every request, and an
    //! RSA verification per call would dominate the transfer benchmark.
    mutable QHash<QByteArray, QPair<QString, qint64>> m_verifiedAccessTokens;
};

} // namespace stardeck::sandbox
