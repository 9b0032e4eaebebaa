// SPDX-License-Identifier: MIT
#pragma once

// OpenID Connect ID token validation: compact JWS decoding, RS256 against a JWKS, and the claim
// checks of OIDC Core 3.1.3.7 (iss, aud/azp, exp, iat, nonce). The SDK skips all of this; we do not.

#include "passport/PassportError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stardeck::passport {

//! One RSA signing key from a JWKS.
struct Jwk {
    QString kid;
    QByteArray modulus;  //!< n, big-endian bytes
    QByteArray exponent; //!< e, big-endian bytes
};

//! The `passport` claim: present once the user is registered with StarkEx.
struct PassportClaims {
    QString imxEthAddress;
    QString imxStarkAddress;
    QString imxUserAdminAddress;
};

//! The validated claims of an ID token.
struct IdTokenClaims {
    QString issuer;
    QString subject;
    QString email;
    QString nonce;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QJsonObject payload; //!< every claim, for fields not modelled here

    //! The IMX addresses of the `passport` claim; nullopt unless all three are non-empty strings.
    std::optional<PassportClaims> passport() const;
};

//! What a token must match.
struct IdTokenExpectations {
    QString issuer;
    QString audience;           //!< the client id
    QString nonce;              //!< the nonce we sent; empty = none known
    bool nonceRequired = false; //!< true for a code exchange: the token must carry exactly `nonce`
    QDateTime now;
    int leewaySeconds = 60; //!< allowed clock skew for exp and iat
};

//! Parses a JWKS document, keeping the RSA keys usable for RS256 signatures.
PassportResult<QList<Jwk>> parseJwks(const QByteArray &json);

//! Validates a compact ID token: RS256 signature by the key named by its kid, then the claims.
//! An unknown kid gives PassportErrorCode::UnknownKey so the caller can refetch the JWKS once.
PassportResult<IdTokenClaims> validateIdToken(const QByteArray &token, const QList<Jwk> &keys,
                                              const IdTokenExpectations &expect);

} // namespace stardeck::passport
