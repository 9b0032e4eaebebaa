// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace stardeck::passport {

//! Why a Passport session operation failed. Only InvalidGrant ends a session.
enum class PassportErrorCode {
    InvalidConfiguration, //!< the Environment is incomplete or inconsistent
    NoLoginPending,       //!< a callback arrived with no login waiting (or a second callback)
    InvalidCallback,      //!< the callback URL is malformed or not our redirect URI
    StateMismatch,        //!< the callback's state is not the one we sent (forged or stale)
    AuthorizationDenied,  //!< the server redirected back with an OAuth error
    Transient,            //!< network failure, timeout, 5xx/429: try again later, session kept
    InvalidGrant,         //!< the code or refresh token is no longer valid: the session is over
    OAuthError,           //!< another OAuth error answer from the token endpoint
    InvalidResponse,      //!< the server's answer is malformed
    InvalidIdToken,       //!< the ID token failed validation (signature, iss, aud, exp, nonce, ...)
    UnknownKey,           //!< the ID token's kid is not in the JWKS (the caller refetches once)
    NotLoggedIn,          //!< no session
    Internal,             //!< a local primitive failed (random generator, digest)
};

//! An error value: a code for programs, the OAuth error string when there is one, a message for people.
struct PassportError {
    PassportErrorCode code = PassportErrorCode::InvalidResponse;
    QString message;
    QString oauthError; //!< e.g. "invalid_grant", "access_denied"; empty if not an OAuth answer
};

//! A value or a PassportError.
template <class T>
class PassportResult {
public:
    PassportResult(T value) : m_v(std::move(value)) {}             // NOLINT(google-explicit-constructor)
    PassportResult(PassportError error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const PassportError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, PassportError> m_v;
};

//! Success or a PassportError.
class PassportStatus {
public:
    PassportStatus() = default;
    PassportStatus(PassportError error) : m_error(std::move(error)), m_ok(false) {} // NOLINT
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const PassportError &error() const { return m_error; }

private:
    PassportError m_error;
    bool m_ok = true;
};

inline PassportError passportError(PassportErrorCode code, QString message, QString oauthError = {})
{
    return PassportError{code, std::move(message), std::move(oauthError)};
}

} // namespace stardeck::passport
