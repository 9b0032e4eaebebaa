// SPDX-License-Identifier: MIT
#pragma once

#include "services/Service.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace stardeck::sandbox {

class AuthService;

//! The embedded-wallet signer (Magic's TEE, tee.express.magiclabs.com) under /tee, following
//! magic-tee-openapi.json: POST /v1/wallet creates the user's admin EOA on first call (and only
//! returns it afterwards), POST /v1/wallet/sign/message signs EIP-191 personal messages and
//! POST /v1/wallet/sign/data signs a raw 32-byte hash. Callers authenticate with the Passport
//! ID token (not the access token), as Passport's MagicTEESigner does.
class TeeService : public Service {
public:
    //! Passport's Magic publishable key and OIDC provider id (the same in sandbox and production).
    static inline const QString kMagicApiKey = QStringLiteral("pk_live_10F423798A540ED7");
    static inline const QString kOidcProviderId = QStringLiteral("aa80b860-8869-4f13-9000-6a6ad3d20017");

    TeeService(SandboxContext &context, const AuthService &auth);
    void registerRoutes(Router &router) override;

    //! Gives the user an admin EOA (a fresh secp256k1 key) unless it has one. False only if
    //! key generation fails. Public so world seeding can create wallets the same way.
    static bool ensureWallet(UserRecord &user);

private:
    HttpResponse createWallet(const HttpRequest &request);
    HttpResponse signMessage(const HttpRequest &request);
    HttpResponse signData(const HttpRequest &request);

    //! The FastAPI checks that run before the handler: the bearer credential (401), then the
    //! required header and the body (422, all problems in one answer). `field` names the
    //! required string body field, empty for endpoints without a body.
    std::optional<HttpResponse> validate(const HttpRequest &request, const QString &field,
                                         QString *value) const;
    //! The user of the request's ID token, or the 401 that refuses it.
    std::optional<HttpResponse> authenticate(const HttpRequest &request, UserRecord **user) const;

    const AuthService &m_auth;
};

} // namespace stardeck::sandbox
