// SPDX-License-Identifier: MIT
#include "passport/Environment.h"

namespace stardeck::passport {

namespace {

//! The URL as text without trailing slashes (QUrl::StripTrailingSlash keeps a lone "/").
QString withoutTrailingSlash(const QUrl &url)
{
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

ClientSettings ClientSettings::sandboxClient()
{
    ClientSettings c;
    c.clientId = QStringLiteral("stardeck-desktop");
    c.redirectUri = QStringLiteral("stardeck://callback");
    c.logoutRedirectUri = QStringLiteral("stardeck://logout");
    return c;
}

Environment Environment::production(ClientSettings client)
{
    Environment e(Kind::Production, std::move(client));
    e.setServiceUrl(Service::Auth, QUrl(QStringLiteral("https://auth.immutable.com")));
    e.setServiceUrl(Service::Imx, QUrl(QStringLiteral("https://api.x.immutable.com")));
    e.setServiceUrl(Service::Mr, QUrl(QStringLiteral("https://api.immutable.com")));
    e.setServiceUrl(Service::Passport, QUrl(QStringLiteral("https://passport.immutable.com")));
    e.setServiceUrl(Service::Tee, QUrl(QStringLiteral("https://tee.express.magiclabs.com")));
    return e;
}

Environment Environment::sandbox(ClientSettings client)
{
    Environment e(Kind::Sandbox, std::move(client));
    // Immutable's sandbox shares the auth domain and the Magic TEE with production.
    e.setServiceUrl(Service::Auth, QUrl(QStringLiteral("https://auth.immutable.com")));
    e.setServiceUrl(Service::Imx, QUrl(QStringLiteral("https://api.sandbox.x.immutable.com")));
    e.setServiceUrl(Service::Mr, QUrl(QStringLiteral("https://api.sandbox.immutable.com")));
    e.setServiceUrl(Service::Passport, QUrl(QStringLiteral("https://passport.sandbox.immutable.com")));
    e.setServiceUrl(Service::Tee, QUrl(QStringLiteral("https://tee.express.magiclabs.com")));
    return e;
}

Environment Environment::local(const QUrl &baseUrl, ClientSettings client)
{
    Environment e(Kind::Local, std::move(client));
    const QString base = withoutTrailingSlash(baseUrl);
    e.setServiceUrl(Service::Auth, QUrl(base + QStringLiteral("/auth")));
    e.setServiceUrl(Service::Imx, QUrl(base + QStringLiteral("/imx")));
    e.setServiceUrl(Service::Mr, QUrl(base + QStringLiteral("/mr")));
    e.setServiceUrl(Service::Passport, QUrl(base + QStringLiteral("/passport")));
    e.setServiceUrl(Service::Tee, QUrl(base + QStringLiteral("/tee")));
    return e;
}

std::optional<Environment::Kind> Environment::kindFromName(const QString &name)
{
    if (name == QLatin1String("production"))
        return Kind::Production;
    if (name == QLatin1String("sandbox"))
        return Kind::Sandbox;
    if (name == QLatin1String("local"))
        return Kind::Local;
    return std::nullopt;
}

void Environment::setServiceUrl(Service service, const QUrl &url)
{
    m_urls[std::size_t(service)] = url.isEmpty() ? QUrl() : QUrl(withoutTrailingSlash(url));
}

QString Environment::issuer() const
{
    if (!m_issuer.isEmpty())
        return m_issuer;
    return serviceUrl(Service::Auth).toString() + QLatin1Char('/');
}

QUrl Environment::endpoint(Service service, const QString &path) const
{
    return QUrl(serviceUrl(service).toString() + path);
}

PassportStatus Environment::validate() const
{
    const auto bad = [](const QString &message) {
        return passportError(PassportErrorCode::InvalidConfiguration, message);
    };
    if (m_client.clientId.isEmpty())
        return bad(QStringLiteral("client id is empty"));
    const QUrl redirect(m_client.redirectUri, QUrl::StrictMode);
    if (m_client.redirectUri.isEmpty() || !redirect.isValid() || redirect.scheme().isEmpty())
        return bad(QStringLiteral("redirect URI is missing or invalid"));
    if (!m_client.scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid")))
        return bad(QStringLiteral("scope must include openid"));
    for (const QUrl &url : m_urls) {
        if (!url.isValid() || url.host().isEmpty())
            return bad(QStringLiteral("a service URL is missing or invalid"));
        const bool https = url.scheme() == QLatin1String("https");
        // Plain http is only for a sandbox on this machine.
        if (!https && (m_kind != Kind::Local || url.scheme() != QLatin1String("http")))
            return bad(QStringLiteral("service URL %1 must use https").arg(url.toString()));
    }
    return {};
}

} // namespace stardeck::passport
