// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"
#include "passport/Environment.h"
#include "passport/IdToken.h"
#include "passport/PassportError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace stardeck::passport {

class JwksCache;
struct HttpAnswer;

//! Passport's "direct login" hints for the authorize URL.
struct LoginHints {
    QString direct; //!< "email", "google", "apple", "facebook"; empty = let the user choose
    QString email;  //!< sent only with direct == "email"
};

//! What logout did: the end-session URL for the browser and whether revocation succeeded.
struct LogoutResult {
    QUrl endSessionUrl;
    bool revoked = false;
    QString revokeError; //!< why revocation failed (the local tokens are wiped regardless)
};

//! An OpenID Connect session with Immutable Passport: authorization code + PKCE S256 login with
//! state and nonce, ID token validation, single-flight refresh and logout. Tokens live in
//! SecureBytes; persisting the refresh token is the caller's job (refreshTokenChanged, restore()).
//! Callbacks run on the caller's thread, only while their context object lives; errors found
//! before any request (no pending login, a fresh token at hand) are reported before the call returns.
class PassportSession : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using StatusCallback = std::function<void(PassportStatus)>;
    using TokenCallback = std::function<void(PassportResult<crypto::SecureBytes>)>;
    using LogoutCallback = std::function<void(LogoutResult)>;

    PassportSession(Environment environment, QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~PassportSession() override;

    //! Replaces the wall clock (tests drive expiry with a fake one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    //! Tokens count as expired this many seconds before their exp (default 30, as the SDK).
    void setRefreshMargin(int seconds) { m_refreshMargin = seconds; }

    //! Starts a login: fresh PKCE verifier, state and nonce; the URL to open in the browser.
    //! A later beginLogin() replaces the pending one.
    PassportResult<QUrl> beginLogin(const LoginHints &hints = {});
    //! True while a login waits for its callback.
    bool loginPending() const { return m_pending.has_value(); }
    //! Handles the redirect to our redirect URI: checks it, exchanges the code and validates the
    //! ID token. A callback with the wrong state is refused and the login stays pending; any
    //! callback with the right state ends the pending login, so a second one is refused.
    void completeLogin(const QUrl &callbackUrl, QObject *context, StatusCallback done);
    //! The query of a callback URL, strictly: every name once, percent-decoded; nullopt when a
    //! name repeats. Public so the fuzz target reaches it.
    static std::optional<QHash<QString, QString>> callbackParams(const QUrl &url);
    //! Starts a session from a stored refresh token by refreshing it at once.
    void restore(crypto::SecureBytes refreshToken, QObject *context, StatusCallback done);

    //! A valid access token, refreshing first when it expires within the margin.
    void accessToken(QObject *context, TokenCallback done);
    //! A valid ID token (the TEE and registration use it), refreshing like accessToken().
    void idToken(QObject *context, TokenCallback done);
    //! Refreshes now; callers arriving while a refresh runs share it.
    void refresh(QObject *context, StatusCallback done);

    //! Revokes the refresh token, wipes every token and reports the end-session URL.
    void logout(QObject *context, LogoutCallback done);
    //! {auth}/v2/logout?client_id=...[&returnTo=...]
    QUrl endSessionUrl() const;

    //! True while the session holds tokens.
    bool isLoggedIn() const { return !m_refreshToken.empty() || !m_accessToken.empty(); }
    //! A copy of the refresh token for the caller's SecretStore (empty when there is none).
    crypto::SecureBytes refreshToken() const { return m_refreshToken.clone(); }
    //! The claims of the last validated ID token.
    const std::optional<IdTokenClaims> &claims() const { return m_claims; }
    //! The IMX addresses once the user is registered; nullopt before.
    std::optional<PassportClaims> passportClaims() const;
    //! When the access token expires (invalid when there is none).
    QDateTime accessTokenExpiry() const { return m_accessExpiresAt; }
    //! The JWKS cache (tests and diagnostics).
    JwksCache &jwks() { return *m_jwks; }
    //! Number of token-endpoint refresh requests sent.
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    //! A login completed.
    void loggedIn();
    //! New tokens arrived from a refresh.
    void tokensRefreshed();
    //! The refresh token changed (rotation, login, logout): store refreshToken() again.
    void refreshTokenChanged();
    //! The session ended: invalid_grant on refresh, or logout.
    void sessionEnded(const QString &reason);

private:
    struct PendingLogin {
        crypto::SecureBytes verifier;
        QString state;
        QString nonce;
    };
    struct Waiter {
        QPointer<QObject> context;
        StatusCallback done;
    };
    struct TokenSet {
        crypto::SecureBytes accessToken;
        crypto::SecureBytes refreshToken; //!< empty when the answer had none
        crypto::SecureBytes idToken;
        qint64 expiresIn = 0;
    };

    QDateTime now() const { return m_clock(); }
    bool tokensDue() const;
    void withFreshTokens(QObject *context, std::function<void(PassportStatus)> then);
    void startRefresh();
    void finishRefresh(const PassportStatus &status);
    void endSession(const QString &reason);
    void postToken(const QByteArray &body, QObject *context, std::function<void(HttpAnswer)> done);
    //! Validates an ID token, refetching the JWKS once if its kid is unknown.
    void validate(crypto::SecureBytes token, IdTokenExpectations expect, QObject *context,
                  std::function<void(PassportResult<IdTokenClaims>)> done);
    IdTokenExpectations expectations(const QString &nonce, bool nonceRequired) const;
    void adopt(TokenSet tokens, IdTokenClaims claims);
    static PassportResult<TokenSet> parseTokenAnswer(HttpAnswer &answer);

    Environment m_environment;
    QNetworkAccessManager &m_nam;
    JwksCache *m_jwks = nullptr;
    Clock m_clock;
    int m_refreshMargin = 30;

    std::optional<PendingLogin> m_pending;
    crypto::SecureBytes m_accessToken;
    crypto::SecureBytes m_refreshToken;
    crypto::SecureBytes m_idToken;
    QDateTime m_accessExpiresAt;
    std::optional<IdTokenClaims> m_claims;
    QString m_loginNonce; //!< refreshed ID tokens may repeat it, never change it

    bool m_refreshing = false;
    QList<Waiter> m_waiters;
    quint64 m_generation = 0; //!< bumped when tokens are wiped, so late answers are dropped
    int m_refreshCount = 0;
};

} // namespace stardeck::passport
