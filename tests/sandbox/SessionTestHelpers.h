// SPDX-License-Identifier: MIT
#pragma once
// A PassportSession logged in against the in-process sandbox, for tests of the services that need
// one (Guardian, TEE, provider, CLI). The HTML login is driven over HTTP as a browser would.

#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "passport/PassportSession.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace stardeck::test {

//! Drives the sandbox's HTML login for `authorizeUrl` the way a browser would and returns the
//! final redirect's Location (empty if a step breaks). `forceLogin` adds prompt=login, so an existing
//! auth session is not reused.
inline QString browserLogin(SandboxFixture &f, const QUrl &authorizeUrl, const QString &email,
                            bool forceLogin = false)
{
    HttpResult page = f.get(authorizeUrl.path() + QLatin1Char('?') + authorizeUrl.query(QUrl::FullyEncoded) +
                            (forceLogin ? QStringLiteral("&prompt=login") : QString()));
    if (page.status == 302)
        return QString::fromUtf8(page.header("Location"));
    if (page.status != 200)
        return {};
    const QString transaction = capture(page.body, QStringLiteral("name=\"transaction\" value=\"([^\"]+)\""));
    if (!page.body.contains("id=\"one-time-code\""))
        page =
            f.post(QStringLiteral("/auth/authorize/email"),
                   formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("email"), email}}),
                   {}, kForm);
    const QString otp = capture(page.body, QStringLiteral("id=\"one-time-code\">(\\d{6})<"));
    const HttpResult done = f.post(
        QStringLiteral("/auth/authorize/verify"),
        formBody({{QStringLiteral("transaction"), transaction}, {QStringLiteral("code"), otp}}), {}, kForm);
    return done.status == 302 ? QString::fromUtf8(done.header("Location")) : QString();
}

//! Logs `session` in as `email` through the sandbox at `f`; false (with a warning) on any failure.
inline bool loginSession(SandboxFixture &f, passport::PassportSession &session, const QString &email,
                         int timeoutMs = 20000)
{
    const auto url = session.beginLogin();
    if (!url)
        return false;
    const QString location = browserLogin(f, url.value(), email);
    std::optional<passport::PassportStatus> result;
    QObject context;
    session.completeLogin(QUrl(location), &context, [&result](passport::PassportStatus s) { result = s; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return false;
    if (!result->ok())
        qWarning("login failed: %s", qPrintable(result->error().message));
    return result->ok();
}

//! A session on the fixture's sandbox (local environment, the sandbox's registered client).
struct SandboxSession {
    QNetworkAccessManager nam;
    std::unique_ptr<passport::PassportSession> session;

    explicit SandboxSession(SandboxFixture &f)
        : session(std::make_unique<passport::PassportSession>(
              passport::Environment::local(f.sandbox().baseUrl()), nam))
    {}
    passport::Environment environment(SandboxFixture &f) const
    {
        return passport::Environment::local(f.sandbox().baseUrl());
    }
};

} // namespace stardeck::test
