// SPDX-License-Identifier: MIT
#include "login/LoginPolicy.h"

#include "passport/Environment.h"

namespace stardeck::ui {

namespace {

QString asciiHost(const QUrl &url)
{
    return url.host(QUrl::FullyEncoded).toLower();
}

} // namespace

LoginPolicy LoginPolicy::forEnvironment(const passport::Environment &environment)
{
    LoginPolicy policy;
    policy.redirectUri = QUrl(environment.client().redirectUri);
    policy.allowedBases.append(environment.serviceUrl(passport::Environment::Service::Auth));
    policy.browserOnlyHosts = {QStringLiteral("accounts.google.com")};
    return policy;
}

QString LoginPolicy::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty())
        return {};
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QString origin = scheme + QStringLiteral("://") + asciiHost(url);
    if (port != defaultPort)
        origin += QLatin1Char(':') + QString::number(port);
    return origin;
}

bool LoginPolicy::isAllowed(const QUrl &url) const
{
    const QString origin = originOf(url);
    if (origin.isEmpty())
        return false;
    const QString path = url.path(QUrl::FullyEncoded);
    for (const QUrl &base : allowedBases) {
        if (originOf(base) != origin)
            continue;
        QString prefix = base.path(QUrl::FullyEncoded);
        while (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        if (prefix.isEmpty() || path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool LoginPolicy::isCallback(const QUrl &url) const
{
    if (!url.isValid() || !redirectUri.isValid())
        return false;
    if (url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (asciiHost(url) != asciiHost(redirectUri))
        return false;
    // A loopback redirect URI registered without a port accepts any port (RFC 8252 7.3).
    if (redirectUri.port() != -1 && url.port() != redirectUri.port())
        return false;
    const QString path = url.path(QUrl::FullyEncoded);
    const QString expected = redirectUri.path(QUrl::FullyEncoded);
    return path == expected || (path.isEmpty() && expected == QLatin1String("/")) ||
           (expected.isEmpty() && path == QLatin1String("/"));
}

LoginPolicy::Verdict LoginPolicy::classify(const QUrl &url, bool mainFrame) const
{
    if (isCallback(url))
        return Verdict::Callback;
    if (isAllowed(url))
        return Verdict::Allow;
    // Sub-frames may be blank (about:blank is how pages build widgets); nothing else.
    if (!mainFrame && url.scheme() == QLatin1String("about") && url.path() == QLatin1String("blank"))
        return Verdict::Allow;
    if (mainFrame && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        browserOnlyHosts.contains(asciiHost(url)))
        return Verdict::OpenInBrowser;
    return Verdict::Refuse;
}

} // namespace stardeck::ui
