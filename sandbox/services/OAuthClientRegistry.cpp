// SPDX-License-Identifier: MIT
#include "services/OAuthClientRegistry.h"

#include <QHostAddress>
#include <QUrl>

namespace stardeck::sandbox {

namespace {

bool isLoopbackHttp(const QUrl &url)
{
    // RFC 8252 8.3: loopback redirects use the IP literal, never "localhost".
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && !host.isNull() && host.isLoopback();
}

bool anyMatches(const QStringList &registered, const QString &candidate)
{
    for (const QString &uri : registered) {
        if (OAuthClientRegistry::uriMatches(uri, candidate))
            return true;
    }
    return false;
}

} // namespace

OAuthClientRegistry::OAuthClientRegistry()
{
    add(OAuthClient{kStardeckClientId,
                    QStringLiteral("Stardeck"),
                    {QStringLiteral("stardeck://callback"), QStringLiteral("http://127.0.0.1/callback")},
                    {QStringLiteral("stardeck://logout"), QStringLiteral("http://127.0.0.1/logout")}});
}

void OAuthClientRegistry::add(OAuthClient client)
{
    const QString id = client.clientId;
    m_clients.insert_or_assign(id, std::move(client));
}

const OAuthClient *OAuthClientRegistry::find(const QString &clientId) const
{
    const auto it = m_clients.find(clientId);
    return it == m_clients.end() ? nullptr : &it->second;
}

bool OAuthClientRegistry::redirectAllowed(const OAuthClient &client, const QString &uri) const
{
    return anyMatches(client.redirectUris, uri);
}

bool OAuthClientRegistry::logoutAllowed(const OAuthClient &client, const QString &uri) const
{
    return anyMatches(client.logoutRedirectUris, uri);
}

bool OAuthClientRegistry::logoutAllowedForAnyClient(const QString &uri) const
{
    for (const auto &[id, client] : m_clients) {
        if (logoutAllowed(client, uri))
            return true;
    }
    return false;
}

bool OAuthClientRegistry::uriMatches(const QString &registered, const QString &candidate)
{
    if (registered == candidate)
        return true;
    const QUrl reg(registered, QUrl::StrictMode);
    const QUrl cand(candidate, QUrl::StrictMode);
    if (!reg.isValid() || !cand.isValid() || !isLoopbackHttp(reg) || !isLoopbackHttp(cand))
        return false;
    // Everything but the port must be identical; user info and fragments are never allowed.
    return cand.userInfo().isEmpty() && !cand.hasFragment() && reg.host() == cand.host() &&
           reg.path(QUrl::FullyEncoded) == cand.path(QUrl::FullyEncoded) &&
           reg.query(QUrl::FullyEncoded) == cand.query(QUrl::FullyEncoded) &&
           reg.hasQuery() == cand.hasQuery();
}

} // namespace stardeck::sandbox
