// SPDX-License-Identifier: MIT
#pragma once

#include "passport/PassportError.h"

#include <QString>
#include <QUrl>

#include <array>
#include <optional>

namespace stardeck::passport {

//! The OAuth client registration the app uses: configuration, never hard-coded in the flows.
struct ClientSettings {
    QString clientId;
    QString redirectUri;       //!< "stardeck://callback" or "http://127.0.0.1:PORT/callback"
    QString logoutRedirectUri; //!< sent as returnTo on logout; empty = the server's default
    QString scope = QStringLiteral("openid offline_access profile email transact");
    QString audience = QStringLiteral("platform_api");

    //! The client the sandbox registers: "stardeck-desktop", stardeck://callback, stardeck://logout.
    static ClientSettings sandboxClient();
};

//! Which Immutable deployment the wallet talks to, with one base URL per service.
class Environment {
public:
    enum class Kind {
        Production,
        Sandbox,
        Local
    };
    enum class Service {
        Auth,     //!< auth.immutable.com (OIDC)
        Imx,      //!< api.x.immutable.com (StarkEx public API)
        Mr,       //!< api.immutable.com (multi-rollup: Guardian, passport profile)
        Passport, //!< passport.immutable.com (confirmation pages)
        Tee,      //!< tee.express.magiclabs.com (embedded-wallet signer)
    };

    //! Immutable's production hosts (passport-sdk.md 1.2).
    static Environment production(ClientSettings client);
    //! Immutable's sandbox (testnet) hosts; auth and TEE are shared with production.
    static Environment sandbox(ClientSettings client);
    //! A stardeck-sandbox at `baseUrl`: each service under its prefix (/auth, /imx, /mr, /passport, /tee).
    static Environment local(const QUrl &baseUrl, ClientSettings client = ClientSettings::sandboxClient());
    //! "production" / "sandbox" / "local" -> Kind; nullopt for anything else.
    static std::optional<Kind> kindFromName(const QString &name);

    Kind kind() const { return m_kind; }
    const ClientSettings &client() const { return m_client; }
    //! Base URL of a service, without a trailing slash.
    QUrl serviceUrl(Service service) const { return m_urls[std::size_t(service)]; }
    //! Replaces one service's base URL (a per-service override).
    void setServiceUrl(Service service, const QUrl &url);
    //! The expected "iss" of ID tokens: the auth base URL with a trailing slash, unless overridden.
    QString issuer() const;
    void setIssuer(const QString &issuer) { m_issuer = issuer; }

    //! Full URL of a path under a service's base ("/oauth/token" under Auth).
    QUrl endpoint(Service service, const QString &path) const;
    //! Checks that the client settings and every URL are usable (https outside Local).
    PassportStatus validate() const;

private:
    Environment(Kind kind, ClientSettings client) : m_kind(kind), m_client(std::move(client)) {}

    Kind m_kind;
    ClientSettings m_client;
    std::array<QUrl, 5> m_urls;
    QString m_issuer;
};

} // namespace stardeck::passport
