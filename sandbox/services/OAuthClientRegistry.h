// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace stardeck::sandbox {

//! A registered OAuth client (an Immutable Hub "Passport client").
struct OAuthClient {
    QString clientId;
    QString name;
    QStringList redirectUris;       //!< allowed callback URLs (loopback ones match any port)
    QStringList logoutRedirectUris; //!< allowed `returnTo` URLs of /v2/logout
};

//! The clients the emulated auth server knows, and the redirect URI rules it applies.
class OAuthClientRegistry {
public:
    //! The sandbox's public desktop client.
    static inline const QString kStardeckClientId = QStringLiteral("stardeck-desktop");

    //! A registry holding the default Stardeck client.
    OAuthClientRegistry();

    //! Adds or replaces a client.
    void add(OAuthClient client);
    //! The client with this id, or nullptr.
    const OAuthClient *find(const QString &clientId) const;
    //! True when `uri` is one of the client's callback URLs.
    bool redirectAllowed(const OAuthClient &client, const QString &uri) const;
    //! True when `uri` is one of the client's logout URLs.
    bool logoutAllowed(const OAuthClient &client, const QString &uri) const;
    //! True when some client allows `uri` as a logout URL.
    bool logoutAllowedForAnyClient(const QString &uri) const;

    //! Exact match, except that a registered loopback URL (http://127.0.0.1/... or
    //! http://[::1]/...) matches any port, as RFC 8252 section 7.3 requires for native apps.
    static bool uriMatches(const QString &registered, const QString &candidate);

private:
    std::map<QString, OAuthClient> m_clients;
};

} // namespace stardeck::sandbox
