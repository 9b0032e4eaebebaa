// SPDX-License-Identifier: MIT
#pragma once

#include "http/Router.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace stardeck::sandbox {

class FaultInjector;

//! The sandbox's HTTP front: one QHttpServer, every request dispatched through our Router (so
//! one place decides 404/405, checks the Host header, catches exceptions and can inject faults).
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    Router &router() { return m_router; }

    //! Listens on address:port (0 = any free port); refuses non-loopback addresses unless
    //! allowRemote. Returns the port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error);
    //! http://host:port (no trailing slash).
    QUrl baseUrl() const { return m_baseUrl; }

    //! Optional hook run before the handler; a returned response replaces the handler's.
    using Interceptor =
        std::function<std::optional<HttpResponse>(const QString &routeName, const HttpRequest &)>;
    void setInterceptor(Interceptor interceptor) { m_interceptor = std::move(interceptor); }

    //! Optional hook run after every routed request, before its answer is sent (the --data
    //! store saves what the request changed).
    using AfterRequest = std::function<void(const HttpRequest &)>;
    void setAfterRequest(AfterRequest hook) { m_afterRequest = std::move(hook); }

    //! Fault rules consulted for every request (owned by the caller; may be null).
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }

    //! The clock of the Date header on every answer (the sandbox's clock; tests skew it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    //! Serves one request (public for tests that bypass the socket).
    HttpResponse handle(const HttpRequest &request, QString *routeName = nullptr) const;

private:
    HttpResponse route(const HttpRequest &request, QString *routeName) const;
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool hostAllowed(const QByteArray &host) const;
    //! Closes every open client connection (the "connection dropped" fault).
    void dropConnections();

    std::unique_ptr<QHttpServer> m_server;
    Router m_router;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    bool m_loopbackOnly = true;
    Interceptor m_interceptor;
    AfterRequest m_afterRequest;
    FaultInjector *m_faults = nullptr;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace stardeck::sandbox
