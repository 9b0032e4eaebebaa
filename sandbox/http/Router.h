// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpMessage.h"

#include <functional>
#include <vector>

namespace stardeck::sandbox {

using Handler = std::function<HttpResponse(const HttpRequest &)>;

//! Method + path-pattern routing. Patterns are "/"-separated; a "{}" segment matches any one
//! non-empty segment and is captured into HttpRequest::params. Unlike QHttpServer 6.4's own
//! router, a known path with the wrong method is a 405 with an Allow header.
class Router {
public:
    //! Adds a route; `name` identifies it for fault injection ("imx.transfers.create").
    void add(const QByteArray &method, const QString &pattern, const QString &name, Handler handler);

    struct Match {
        const Handler *handler = nullptr;
        QString name; //!< route name, empty when nothing matched
        QStringList params;
        QList<QByteArray> allowed; //!< methods allowed for the path when the method did not match
    };
    //! Finds the handler for a method and decoded path segments.
    Match match(const QByteArray &method, const QStringList &segments) const;
    //! Names of every route, for the admin API.
    QStringList routeNames() const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        QString name;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace stardeck::sandbox
