// SPDX-License-Identifier: MIT
#include "http/SandboxServer.h"

#include "http/FaultInjector.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <vector>

#include <exception>

namespace stardeck::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

//! The error body each emulated host uses, for injected failures.
HttpResponse faultResponse(const QString &path, int status, int retryAfter)
{
    const QString message = QStringLiteral("sandbox fault: injected status %1").arg(status);
    HttpResponse r;
    if (path.startsWith(QLatin1String("/mr/")))
        r = mrError(status, message);
    else if (path.startsWith(QLatin1String("/auth/")))
        r = oauthError(status, QStringLiteral("server_error"), message);
    else
        r = imxError(status, QStringLiteral("sandbox_fault"), message);
    if (retryAfter >= 0)
        r.withHeader("Retry-After", QByteArray::number(retryAfter));
    return r;
}

//! An IMF-fixdate (RFC 9110 5.6.7), as real servers send in Date.
QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " GMT";
}

void writeResponse(QHttpServerResponder &responder, const HttpResponse &response, bool head,
                   const QDateTime &now)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Date", httpDate(now));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(head ? QByteArray() : response.body);
}

//! Accepts connections with Nagle's algorithm off. A response goes out in several socket
//! writes; with Nagle on, a write after the first waits for the client's ACK, which Linux
//! delays by 40 ms, so mid-sized answers (about 16-60 KiB) took 40 ms instead of 0.25 ms.
//! It also remembers which connection is being read: QHttpServer 6.4 parses a request and calls
//! the handler synchronously inside the socket's readyRead, and does not tell the handler the
//! socket, so the handler asks reading() for the connection its request came on.
class NoDelayTcpServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

    //! The connection whose readyRead is being handled (null once it is gone).
    QTcpSocket *reading() const { return m_reading.data(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before QHttpServer takes the socket, so this runs before its parser.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_reading = socket; });
        addPendingConnection(socket);
    }

private:
    QPointer<QTcpSocket> m_reading;
};

//! The connection the request being dispatched arrived on, or null if unknown.
QTcpSocket *requestSocket(const QHttpServer &server)
{
    for (QTcpServer *tcp : server.servers()) {
        if (auto *ours = dynamic_cast<NoDelayTcpServer *>(tcp); ours && ours->reading())
            return ours->reading();
    }
    return nullptr;
}

QLoggingCategory::CategoryFilter g_previousLogFilter = nullptr;

//! QHttpServer's debug log prints every request's headers, bearer tokens and TEE credentials included
//! (found by tests/secrets): its categories never log below info, whatever QT_LOGGING_RULES say.
void withoutRequestLogging(QLoggingCategory *category)
{
    if (g_previousLogFilter)
        g_previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    static const bool logFilterInstalled = [] {
        g_previousLogFilter = QLoggingCategory::installFilter(withoutRequestLogging);
        return true;
    }();
    Q_UNUSED(logFilterInstalled)
    // Every request goes through our own router (QHttpServer 6.4 would answer 404 to a wrong
    // method and skip afterRequest hooks for responder-style handlers).
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error)
{
    if (!address.isLoopback() && !allowRemote) {
        if (error)
            *error = tr("refusing to listen on %1: not a loopback address (use --allow-remote)")
                         .arg(address.toString());
        return 0;
    }
    auto *tcp = new NoDelayTcpServer(m_server.get());
    m_port = tcp->listen(address, port) ? tcp->serverPort() : 0;
    if (m_port != 0)
        m_server->bind(tcp);
    else
        delete tcp;
    if (m_port == 0) {
        if (error)
            *error = tr("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_loopbackOnly = address.isLoopback();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m_port);
    m_baseUrl = url;
    return m_port;
}

bool SandboxServer::hostAllowed(const QByteArray &host) const
{
    if (!m_loopbackOnly)
        return true;
    // DNS-rebinding protection: a loopback server only answers requests addressed to loopback.
    const QByteArray port = QByteArray::number(m_port);
    for (const char *name : {"127.0.0.1", "localhost", "[::1]"}) {
        if (host == name || host == QByteArray(name) + ':' + port)
            return true;
    }
    return false;
}

HttpResponse SandboxServer::handle(const HttpRequest &request, QString *routeName) const
{
    HttpResponse response = route(request, routeName);
    if (m_afterRequest)
        m_afterRequest(request);
    return response;
}

HttpResponse SandboxServer::route(const HttpRequest &request, QString *routeName) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Router::Match match = m_router.match(request.method, segments);
    if (routeName)
        *routeName = match.name;
    if (!match.handler) {
        if (!match.allowed.isEmpty())
            return imxError(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed"))
                .withHeader("Allow", match.allowed.join(", "));
        return imxError(404, QStringLiteral("not_found"),
                        QStringLiteral("no such endpoint: %1").arg(request.path));
    }
    HttpRequest routed = request;
    routed.params = match.params;
    if (m_interceptor) {
        if (auto replaced = m_interceptor(match.name, routed))
            return *replaced;
    }
    try {
        return (*match.handler)(routed);
    } catch (const std::exception &e) {
        return imxError(500, QStringLiteral("internal_error"), QString::fromUtf8(e.what()));
    } catch (...) {
        return imxError(500, QStringLiteral("internal_error"), QStringLiteral("internal error"));
    }
}

void SandboxServer::dropConnections()
{
    // QHttpServer 6.4 does not expose a request's socket; the sockets are children of its
    // QTcpServers, so close them all (tests use one connection at a time).
    for (QTcpServer *server : m_server->servers()) {
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

void SandboxServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    HttpRequest r;
    r.method = methodName(request.method());
    // Decode each segment separately so an encoded "/" stays inside its segment.
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    QStringList decoded;
    for (const QString &segment : encodedPath.split(QLatin1Char('/')))
        decoded.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    r.path = decoded.join(QLatin1Char('/'));
    r.query = request.query();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    const bool head = r.method == "HEAD";

    if (!hostAllowed(r.header("host"))) {
        writeResponse(responder,
                      imxError(400, QStringLiteral("bad_host"), QStringLiteral("unexpected Host header")),
                      head, m_now());
        return;
    }
    const Router::Match match = m_router.match(r.method, r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    std::optional<FaultRule> fault;
    if (m_faults && match.handler)
        fault = m_faults->take(match.name, r.method);
    if (!fault) {
        writeResponse(responder, handle(r), head, m_now());
        return;
    }

    // The responder must outlive an injected delay; keep it on the heap until we answer.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    // A delayed answer must not be written to a connection that closed meanwhile: QHttpServer 6.4
    // deletes the socket and the responder keeps a raw pointer to it. Watch this request's own
    // connection (other clients closing theirs must not lose this answer); only if it is unknown,
    // fall back to every open connection (conservative, never a crash).
    std::vector<QPointer<QTcpSocket>> open;
    QPointer<QTcpSocket> own = requestSocket(*m_server);
    if (own) {
        open.emplace_back(own);
    } else if (fault->latencyMs > 0) {
        for (QTcpServer *server : m_server->servers()) {
            for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
                open.emplace_back(socket);
        }
    }
    const bool ownKnown = !own.isNull();
    auto run = [this, held, r, head, open, own, ownKnown, rule = *fault]() mutable {
        // A drop closes only this request's connection when it is known (other clients keep theirs;
        // if it closed meanwhile there is nothing left to drop).
        const auto drop = [this, own, ownKnown] {
            if (!ownKnown)
                QTimer::singleShot(0, this, &SandboxServer::dropConnections);
            else if (own)
                QTimer::singleShot(0, own.data(), [own] {
                    if (own)
                        own->abort();
                });
        };
        if (rule.drop == FaultRule::Drop::BeforeExecute) {
            held.reset();
            drop();
            return;
        }
        HttpResponse response = rule.status ? faultResponse(r.path, rule.status, rule.retryAfter) : handle(r);
        if (rule.drop == FaultRule::Drop::AfterExecute) { // the work happened, the answer is lost
            held.reset();
            drop();
            return;
        }
        response.body = FaultInjector::corruptBody(rule, response.body);
        const bool clientGone = std::any_of(open.begin(), open.end(), [](const QPointer<QTcpSocket> &s) {
            return s.isNull() || s->state() != QAbstractSocket::ConnectedState;
        });
        if (clientGone)
            return; // the client gave up; the work above still happened, like on a real server
        writeResponse(*held, response, head, m_now());
    };
    if (fault->latencyMs > 0)
        QTimer::singleShot(fault->latencyMs, this, std::move(run));
    else
        run();
}

} // namespace stardeck::sandbox
