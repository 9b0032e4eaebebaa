// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace stardeck::sandbox {

//! RS256 JSON Web Tokens (RFC 7515/7519) with one RSA-2048 key owned by the sandbox. The key is
//! generated with OpenSSL on first use, so sandboxes that never issue a token (most tests of
//! other services) do not pay for RSA key generation.
class JwtSigner {
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    //! header.payload.signature over the claims with header {alg: RS256, typ: JWT, kid};
    //! empty only if OpenSSL fails.
    QByteArray sign(const QJsonObject &claims);
    //! The payload of a token whose header names our key and whose RS256 signature verifies;
    //! nullopt for anything else (claims such as exp are the caller's to check).
    std::optional<QJsonObject> verify(const QByteArray &token) const;
    //! The public key as a JWK {kty, use, alg, kid, n, e}; empty only if OpenSSL fails.
    QJsonObject publicJwk();
    //! The key id: the RFC 7638 SHA-256 thumbprint of the public JWK.
    QString keyId();
    //! True once a key exists (generated on first use, or loaded).
    bool hasKey() const { return m_key != nullptr; }
    //! The private key as DER, for the sandbox's --data store; empty without a key.
    crypto::SecureBytes privateKeyDer() const;
    //! Replaces the key with a saved RSA key (DER, PKCS#1 or PKCS#8); false if it is not one.
    bool loadPrivateKeyDer(const crypto::SecureBytes &der);

private:
    bool ensureKey();
    //! Takes ownership of an RSA key and derives n, e and the key id from it.
    bool adopt(evp_pkey_st *key);

    struct KeyDeleter {
        void operator()(evp_pkey_st *key) const;
    };
    std::unique_ptr<evp_pkey_st, KeyDeleter> m_key;
    QByteArray m_modulus;  //!< n, base64url
    QByteArray m_exponent; //!< e, base64url
    QString m_keyId;
};

//! base64url without padding (RFC 7515 section 2).
QByteArray base64Url(const QByteArray &bytes);
//! Strict base64url decoding (no padding, no other alphabet); nullopt on bad input.
std::optional<QByteArray> fromBase64Url(const QByteArray &text);

} // namespace stardeck::sandbox
