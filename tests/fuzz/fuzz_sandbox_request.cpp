// SPDX-License-Identifier: MIT
// The sandbox's request handling (stardeck_sandbox): every route's query and JSON body parsing,
// through SandboxServer::handle as a socket request would reach it. Input: "METHOD TARGET\n" then
// the body; requests carry `Authorization: Bearer fuzz-token`, accepted as the demo user, so the
// write endpoints get past authentication to their body parsers. Admin routes (/__sandbox) are
// test-only and skipped. Properties: never crashes; no 500 (a malformed request is the client's
// error, never an internal one) and every status is a valid HTTP status; JSON answers are valid
// JSON. The world is re-created every 5000 inputs so accepted writes cannot grow it without bound.
#include "FuzzCheck.h"
#include "Sandbox.h"
#include "http/SandboxServer.h"
#include "world/Seed.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace stardeck::sandbox;

namespace {

std::unique_ptr<Sandbox> freshSandbox()
{
    SandboxOptions options;
    options.nfts = 20;
    auto sandbox = std::make_unique<Sandbox>(options);
    QString error;
    FUZZ_CHECK(sandbox->start(&error));
    const QString demo = userIdForEmail(QStringLiteral("demo@stardeck.test"));
    sandbox->context().userIdForAccessToken = [demo](const QByteArray &token) {
        return token == "fuzz-token" ? std::optional<QString>(demo) : std::nullopt;
    };
    return sandbox;
}

Sandbox &sandbox()
{
    static int argc = 1;
    static char name[] = "fuzz_sandbox_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static std::unique_ptr<Sandbox> instance;
    static int uses = 0;
    if (!instance || ++uses % 5000 == 0) {
        instance.reset();
        instance = freshSandbox();
    }
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray line = lineEnd < 0 ? input : input.left(lineEnd);
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return 0;
    HttpRequest request;
    request.method = line.left(space);
    const QUrl target(QString::fromUtf8(line.mid(space + 1)), QUrl::StrictMode);
    if (!target.isValid())
        return 0;
    // As SandboxServer::dispatch: each path segment is decoded on its own.
    QStringList decoded;
    for (const QString &segment : target.path(QUrl::FullyEncoded).split(QLatin1Char('/')))
        decoded.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    request.path = decoded.join(QLatin1Char('/'));
    if (request.path.startsWith(QLatin1String("/__sandbox")))
        return 0;
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    request.headers.insert("authorization", "Bearer fuzz-token");
    request.headers.insert("content-type", "application/json");
    request.body = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);

    const HttpResponse response = sandbox().server().handle(request);
    if (response.status == 500)
        std::fprintf(stderr, "500 for %s %s: %s\n", request.method.constData(), qPrintable(request.path),
                     response.body.constData());
    FUZZ_CHECK(response.status >= 200 && response.status <= 599 && response.status != 500);
    if (response.contentType.startsWith("application/json") && !response.body.isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(response.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
    return 0;
}
