// SPDX-License-Identifier: MIT
#include "http/Router.h"

namespace stardeck::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, const QString &name, Handler handler)
{
    m_routes.push_back(
        Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), name, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (route.segments[i] == QLatin1String("{}"))
                params.append(segments[i]);
            else
                same = route.segments[i] == segments[i];
        }
        if (!same)
            continue;
        // HEAD is served by GET routes
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            result.handler = &route.handler;
            result.name = route.name;
            result.params = params;
            result.allowed.clear();
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

QStringList Router::routeNames() const
{
    QStringList names;
    for (const Route &route : m_routes)
        names.append(route.name);
    return names;
}

} // namespace stardeck::sandbox
