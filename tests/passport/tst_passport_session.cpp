// SPDX-License-Identifier: MIT
// PassportSession against the in-process sandbox's real auth service: the HTML login driven over
// HTTP, code exchange, ID token validation, JWKS refetch, refresh, registration claims, logout.
#include "AuthTestHelpers.h"
#include "SandboxFixture.h"
#include "SessionTestHelpers.h"
#include "passport/JwksCache.h"
#include "passport/PassportSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace stardeck;
using namespace stardeck::passport;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 20000;

//! Shared by the session and the sandbox, so both sides see time move.
struct FakeClock {
    qint64 skew = 0;
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(skew); }
};

QString queryValue(const QUrl &url, const char *key)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded)).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QUrl withQueryValue(const QString &url, const char *key, const QString &value)
{
    QUrl u(url);
    QUrlQuery q(u.query(QUrl::FullyEncoded));
    q.removeAllQueryItems(QLatin1String(key));
    q.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

QByteArray bytes(const crypto::SecureBytes &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size()));
}

//! One sandbox, one session, a shared fake clock, and waits for the async results.
struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    FakeClock clock;
    std::unique_ptr<PassportSession> session;
    QObject context;

    explicit Harness(ClientSettings client = ClientSettings::sandboxClient())
    {
        f.sandbox().context().now = [this] { return clock.now(); };
        session = std::make_unique<PassportSession>(Environment::local(f.sandbox().baseUrl(), client), nam);
        session->setClock([this] { return clock.now(); });
    }

    std::optional<PassportStatus> complete(const QUrl &callback)
    {
        std::optional<PassportStatus> result;
        session->completeLogin(callback, &context, [&result](PassportStatus s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    std::optional<PassportStatus> refresh()
    {
        std::optional<PassportStatus> result;
        session->refresh(&context, [&result](PassportStatus s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    //! A full login for `email`; false (with a message in the log) if any step fails.
    bool login(const QString &email, const LoginHints &hints = {})
    {
        const auto url = session->beginLogin(hints);
        if (!url)
            return false;
        const QString location = browserLogin(f, url.value(), email);
        const auto status = complete(QUrl(location));
        if (status && !status->ok())
            qWarning("login failed: %s", qPrintable(status->error().message));
        return status && status->ok();
    }

    QJsonObject fault(const QJsonObject &rule)
    {
        return f.postJson(QStringLiteral("/__sandbox/faults"), rule).object();
    }
};

} // namespace

class TestPassportSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullLogin()
    {
        Harness h;
        QSignalSpy loggedIn(h.session.get(), &PassportSession::loggedIn);
        const auto url = h.session->beginLogin();
        QVERIFY(url.ok());
        QCOMPARE(url->path(), QStringLiteral("/auth/authorize"));
        QCOMPARE(queryValue(*url, "response_type"), QStringLiteral("code"));
        QCOMPARE(queryValue(*url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(queryValue(*url, "code_challenge").size(), 43);
        QCOMPARE(queryValue(*url, "client_id"), QStringLiteral("stardeck-desktop"));
        QCOMPARE(queryValue(*url, "redirect_uri"), QStringLiteral("stardeck://callback"));
        QCOMPARE(queryValue(*url, "scope"), QStringLiteral("openid offline_access profile email transact"));
        QCOMPARE(queryValue(*url, "audience"), QStringLiteral("platform_api"));
        QCOMPARE(queryValue(*url, "state").size(), 43);
        QCOMPARE(queryValue(*url, "nonce").size(), 43);
        QVERIFY(!url->query().contains(QStringLiteral("direct=")));
        // Each login gets fresh randomness.
        Harness other;
        const auto url2 = other.session->beginLogin();
        QVERIFY(queryValue(*url2, "state") != queryValue(*url, "state"));
        QVERIFY(queryValue(*url2, "code_challenge") != queryValue(*url, "code_challenge"));

        const QString location = browserLogin(h.f, *url, QStringLiteral("first.login@example.com"));
        QVERIFY2(location.startsWith(QStringLiteral("stardeck://callback?")), qPrintable(location));
        const auto status = h.complete(QUrl(location));
        QVERIFY(status.has_value());
        QVERIFY2(status->ok(), qPrintable(status->error().message));
        QCOMPARE(loggedIn.count(), 1);
        QVERIFY(h.session->isLoggedIn());
        QVERIFY(!h.session->loginPending());

        const IdTokenClaims &claims = *h.session->claims();
        QCOMPARE(claims.email, QStringLiteral("first.login@example.com"));
        QCOMPARE(claims.issuer, h.f.sandbox().baseUrl().toString() + QStringLiteral("/auth/"));
        QCOMPARE(claims.payload.value(QStringLiteral("aud")).toString(), QStringLiteral("stardeck-desktop"));
        QCOMPARE(claims.nonce, queryValue(*url, "nonce"));
        QVERIFY(claims.subject.startsWith(QStringLiteral("email|")));
        QVERIFY(h.f.sandbox().world().users.count(claims.subject) == 1);
        QVERIFY(!h.session->passportClaims().has_value()); // not registered yet
        QCOMPARE(h.session->jwks().fetchCount(), 1);
        QVERIFY(!h.session->refreshToken().empty());

        // The access token is the server's: userinfo accepts it.
        std::optional<QByteArray> access;
        h.session->accessToken(&h.context, [&](PassportResult<crypto::SecureBytes> t) {
            access = t ? bytes(t.value()) : QByteArray();
        });
        QVERIFY(access.has_value()); // fresh tokens are returned at once, no refresh
        QCOMPARE(h.session->refreshCount(), 0);
        const HttpResult info =
            h.f.get(QStringLiteral("/auth/userinfo"), {{"Authorization", "Bearer " + *access}});
        QCOMPARE(info.status, 200);
        QCOMPARE(info.object().value(QStringLiteral("sub")).toString(), claims.subject);

        std::optional<QByteArray> id;
        h.session->idToken(&h.context, [&](PassportResult<crypto::SecureBytes> t) {
            id = t ? bytes(t.value()) : QByteArray();
        });
        QVERIFY(id.has_value());
        QCOMPARE(jwtPart(QString::fromLatin1(*id)).value(QStringLiteral("sub")).toString(), claims.subject);
        QVERIFY(verifyRs256WithJwk(QString::fromLatin1(*id),
                                   h.f.get(QStringLiteral("/auth/.well-known/jwks.json"))
                                       .object()
                                       .value(QStringLiteral("keys"))
                                       .toArray()
                                       .first()
                                       .toObject()));

        // The same redirect again is refused: the login is no longer pending.
        const auto again = h.complete(QUrl(location));
        QCOMPARE(again->error().code, PassportErrorCode::NoLoginPending);
    }

    void directEmailHint()
    {
        Harness h;
        const auto url = h.session->beginLogin({QStringLiteral("email"), QStringLiteral("hint@example.com")});
        QCOMPARE(queryValue(*url, "direct"), QStringLiteral("email"));
        QCOMPARE(queryValue(*url, "email"), QStringLiteral("hint@example.com"));
        const HttpResult page = h.f.get(url->path() + QLatin1Char('?') + url->query(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"one-time-code\"")); // the hint skipped the e-mail form
        QVERIFY(h.login(QStringLiteral("hint@example.com"),
                        {QStringLiteral("email"), QStringLiteral("hint@example.com")}));
        QCOMPARE(h.session->claims()->email, QStringLiteral("hint@example.com"));
        // The email hint is only sent with direct=email.
        const auto google =
            h.session->beginLogin({QStringLiteral("google"), QStringLiteral("x@example.com")});
        QCOMPARE(queryValue(*google, "direct"), QStringLiteral("google"));
        QVERIFY(!google->query().contains(QStringLiteral("email=")));
    }

    void forgedCallbacksAreRefused()
    {
        Harness h;
        const auto url = h.session->beginLogin();
        const QString location = browserLogin(h.f, *url, QStringLiteral("state@example.com"));
        QVERIFY(!location.isEmpty());

        // State mismatch: refused, and the real login stays pending.
        auto status = h.complete(withQueryValue(location, "state", QStringLiteral("forged-state")));
        QCOMPARE(status->error().code, PassportErrorCode::StateMismatch);
        QVERIFY(h.session->loginPending());
        const QUrl noState(QUrl(location).adjusted(QUrl::RemoveQuery).toString() + QStringLiteral("?code=") +
                           queryValue(QUrl(location), "code"));
        QCOMPARE(h.complete(noState)->error().code, PassportErrorCode::StateMismatch);
        // Not our redirect URI, or a repeated parameter: refused as malformed.
        QString elsewhere = location;
        elsewhere.replace(QStringLiteral("stardeck://callback"), QStringLiteral("stardeck://evil"));
        QCOMPARE(h.complete(QUrl(elsewhere))->error().code, PassportErrorCode::InvalidCallback);
        QCOMPARE(h.complete(QUrl(location + QStringLiteral("&state=x")))->error().code,
                 PassportErrorCode::InvalidCallback);
        QVERIFY(!h.session->isLoggedIn());

        status = h.complete(QUrl(location));
        QVERIFY2(status->ok(), qPrintable(status->error().message));
        QVERIFY(h.session->isLoggedIn());
    }

    void errorRedirectIsMapped()
    {
        ClientSettings client = ClientSettings::sandboxClient();
        client.audience = QStringLiteral("other_api"); // the sandbox refuses unknown audiences
        Harness h(client);
        const auto url = h.session->beginLogin();
        const HttpResult r = h.f.get(url->path() + QLatin1Char('?') + url->query(QUrl::FullyEncoded));
        QCOMPARE(r.status, 302);
        const auto status = h.complete(QUrl(QString::fromUtf8(r.header("Location"))));
        QCOMPARE(status->error().code, PassportErrorCode::AuthorizationDenied);
        QCOMPARE(status->error().oauthError, QStringLiteral("access_denied"));
        QVERIFY(!status->error().message.isEmpty());
        QVERIFY(!h.session->loginPending());
        QVERIFY(!h.session->isLoggedIn());
    }

    void tamperedIdTokensAreRefused_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("signature") << "signature";
        QTest::newRow("iss") << "iss";
        QTest::newRow("exp") << "exp";
        QTest::newRow("nonce") << "nonce";
    }

    void tamperedIdTokensAreRefused()
    {
        QFETCH(QString, tamper);
        Harness h;
        if (tamper == QLatin1String("iss")) {
            Environment env = Environment::local(h.f.sandbox().baseUrl());
            env.setIssuer(QStringLiteral("https://auth.immutable.com/"));
            h.session = std::make_unique<PassportSession>(env, h.nam);
        }
        const auto url = h.session->beginLogin();
        QUrl authorize = *url;
        if (tamper == QLatin1String("nonce")) // the server signs a nonce we did not send
            authorize = withQueryValue(url->toString(), "nonce", QStringLiteral("someone-elses-nonce"));
        const QString location = browserLogin(h.f, authorize, QStringLiteral("tamper@example.com"));
        QVERIFY(!location.isEmpty());
        if (tamper == QLatin1String("signature")) // the sandbox alters the id_token string in its answer
            QVERIFY(h.fault({{QStringLiteral("route"), QStringLiteral("auth.token")},
                             {QStringLiteral("alter_field"), QStringLiteral("id_token")},
                             {QStringLiteral("times"), 1}})
                        .isEmpty() == false);
        if (tamper == QLatin1String("exp")) // our clock is two hours ahead: the token has expired
            h.session->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(7200); });
        const auto status = h.complete(QUrl(location));
        QVERIFY(status.has_value());
        QCOMPARE(status->error().code, PassportErrorCode::InvalidIdToken);
        QVERIFY2(!status->error().message.isEmpty(), qPrintable(tamper));
        QVERIFY(!h.session->isLoggedIn());
        QVERIFY(h.session->refreshToken().empty());
    }

    void unknownKidRefetchesJwksOnce()
    {
        Harness h;
        // The first JWKS answer names the key differently (as before a rotation): the token's kid
        // is unknown, the client refetches once and finds it.
        h.fault({{QStringLiteral("route"), QStringLiteral("auth.jwks")},
                 {QStringLiteral("alter_field"), QStringLiteral("kid")},
                 {QStringLiteral("times"), 1}});
        QVERIFY(h.login(QStringLiteral("rotate@example.com")));
        QCOMPARE(h.session->jwks().fetchCount(), 2);
        // The cache now holds the right key: a refresh validates without fetching again.
        QVERIFY(h.refresh()->ok());
        QCOMPARE(h.session->jwks().fetchCount(), 2);
    }

    void kidUnknownAfterRefetchIsRefused()
    {
        Harness h;
        h.fault({{QStringLiteral("route"), QStringLiteral("auth.jwks")},
                 {QStringLiteral("alter_field"), QStringLiteral("kid")}}); // every answer
        const auto url = h.session->beginLogin();
        const auto status = h.complete(QUrl(browserLogin(h.f, *url, QStringLiteral("rotate@example.com"))));
        QCOMPARE(status->error().code, PassportErrorCode::InvalidIdToken);
        QCOMPARE(h.session->jwks().fetchCount(), 2); // exactly one refetch, no loop
    }

    void concurrentCallersShareOneRefresh()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("refresh@example.com")));
        QSignalSpy refreshed(h.session.get(), &PassportSession::tokensRefreshed);
        QSignalSpy rotated(h.session.get(), &PassportSession::refreshTokenChanged);
        QByteArray first;
        h.session->accessToken(&h.context,
                               [&](PassportResult<crypto::SecureBytes> t) { first = bytes(t.value()); });
        const QByteArray oldRefresh = bytes(h.session->refreshToken());

        h.clock.skew = 3600 - 20; // inside the 30 s margin
        QList<QByteArray> tokens;
        int failures = 0;
        for (int i = 0; i < 5; ++i)
            h.session->accessToken(&h.context, [&](PassportResult<crypto::SecureBytes> t) {
                if (t)
                    tokens.append(bytes(t.value()));
                else
                    ++failures;
            });
        QVERIFY(QTest::qWaitFor([&] { return tokens.size() + failures == 5; }, kWaitMs));
        QCOMPARE(failures, 0);
        QCOMPARE(h.session->refreshCount(), 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(rotated.count(), 1);
        for (const QByteArray &t : tokens)
            QCOMPARE(t, tokens.first());
        QVERIFY(tokens.first() != first);
        QVERIFY(bytes(h.session->refreshToken()) != oldRefresh); // rotated
        QVERIFY(h.session->accessTokenExpiry() > h.clock.now().addSecs(3000));
        // Fresh again: no further refresh.
        bool got = false;
        h.session->accessToken(&h.context, [&](PassportResult<crypto::SecureBytes> t) { got = t.ok(); });
        QVERIFY(got);
        QCOMPARE(h.session->refreshCount(), 1);
    }

    void transientFailureKeepsTheSession()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("transient@example.com")));
        QSignalSpy ended(h.session.get(), &PassportSession::sessionEnded);
        h.fault({{QStringLiteral("route"), QStringLiteral("auth.token")},
                 {QStringLiteral("status"), 503},
                 {QStringLiteral("times"), 1}});
        auto status = h.refresh();
        QCOMPARE(status->error().code, PassportErrorCode::Transient);
        QVERIFY(h.session->isLoggedIn());
        QCOMPARE(ended.count(), 0);
        // Connection closed before the server ran the request (twice: QNAM resends once by itself).
        h.fault({{QStringLiteral("route"), QStringLiteral("auth.token")},
                 {QStringLiteral("drop"), QStringLiteral("before_execute")},
                 {QStringLiteral("times"), 2}});
        status = h.refresh();
        QCOMPARE(status->error().code, PassportErrorCode::Transient);
        QVERIFY(h.session->isLoggedIn());
        status = h.refresh();
        QVERIFY2(status->ok(), qPrintable(status->error().message));
        QCOMPARE(ended.count(), 0);
        QCOMPARE(h.session->refreshCount(), 3);
    }

    void lostRefreshAnswerUnderRotation()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("lost@example.com")));
        // The server rotated the token but its answer arrived garbled: the session survives the
        // error itself, but the next refresh presents the old token, which the server treats as
        // reuse and revokes. That is an invalid_grant, so the session ends cleanly.
        h.fault({{QStringLiteral("route"), QStringLiteral("auth.token")},
                 {QStringLiteral("body"), QStringLiteral("malformed")},
                 {QStringLiteral("times"), 1}});
        auto status = h.refresh();
        QCOMPARE(status->error().code, PassportErrorCode::InvalidResponse);
        QVERIFY(h.session->isLoggedIn());
        status = h.refresh();
        QCOMPARE(status->error().code, PassportErrorCode::InvalidGrant);
        QVERIFY(!h.session->isLoggedIn());
    }

    void invalidGrantEndsTheSession()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("ended@example.com")));
        QSignalSpy ended(h.session.get(), &PassportSession::sessionEnded);
        // Revoked elsewhere (another device, the account page): the next refresh gets invalid_grant.
        const HttpResult revoke = h.f.post(
            QStringLiteral("/auth/oauth/revoke"),
            formBody({{QStringLiteral("token"), QString::fromLatin1(bytes(h.session->refreshToken()))},
                      {QStringLiteral("client_id"), kClientId}}),
            {}, kForm);
        QCOMPARE(revoke.status, 200);
        const auto status = h.refresh();
        QCOMPARE(status->error().code, PassportErrorCode::InvalidGrant);
        QCOMPARE(status->error().oauthError, QStringLiteral("invalid_grant"));
        QCOMPARE(ended.count(), 1);
        QVERIFY(!h.session->isLoggedIn());
        QVERIFY(h.session->refreshToken().empty());
        QVERIFY(!h.session->claims().has_value());
        std::optional<PassportErrorCode> code;
        h.session->accessToken(&h.context,
                               [&](PassportResult<crypto::SecureBytes> t) { code = t.error().code; });
        QCOMPARE(code, std::optional(PassportErrorCode::NotLoggedIn));
    }

    void passportClaimsAppearOnceRegistered()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("register.me@example.com")));
        QVERIFY(!h.session->passportClaims().has_value());
        auto &user = h.f.sandbox().world().users.at(h.session->claims()->subject);
        user.ethAddress = QStringLiteral("0x1111111111111111111111111111111111111111");
        user.starkKey = QStringLiteral("0x0222222222222222222222222222222222222222222222222222222222222222");
        user.adminAddress = QStringLiteral("0x3333333333333333333333333333333333333333");
        user.registered = true;
        QVERIFY(h.refresh()->ok());
        const auto claims = h.session->passportClaims();
        QVERIFY(claims.has_value());
        QCOMPARE(claims->imxEthAddress, user.ethAddress);
        QCOMPARE(claims->imxStarkAddress, user.starkKey);
        QCOMPARE(claims->imxUserAdminAddress, user.adminAddress);
    }

    void restoreFromStoredRefreshToken()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("restore@example.com")));
        const QString sub = h.session->claims()->subject;
        crypto::SecureBytes stored = h.session->refreshToken();
        PassportSession restored(Environment::local(h.f.sandbox().baseUrl()), h.nam);
        std::optional<PassportStatus> status;
        restored.restore(std::move(stored), &h.context, [&](PassportStatus s) { status = s; });
        QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, kWaitMs));
        QVERIFY2(status->ok(), qPrintable(status->error().message));
        QCOMPARE(restored.claims()->subject, sub);
        QVERIFY(restored.isLoggedIn());
        // Bad stored tokens end cleanly.
        PassportSession bogus(Environment::local(h.f.sandbox().baseUrl()), h.nam);
        status.reset();
        QByteArray junk("never-issued");
        bogus.restore(crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>(junk.constData()),
                                          std::size_t(junk.size())),
                      &h.context, [&](PassportStatus s) { status = s; });
        QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, kWaitMs));
        QCOMPARE(status->error().code, PassportErrorCode::InvalidGrant);
        QVERIFY(!bogus.isLoggedIn());
    }

    void logoutRevokes()
    {
        Harness h;
        QVERIFY(h.login(QStringLiteral("logout@example.com")));
        const QString oldRefresh = QString::fromLatin1(bytes(h.session->refreshToken()));
        std::optional<LogoutResult> result;
        h.session->logout(&h.context, [&](LogoutResult r) { result = r; });
        QVERIFY(!h.session->isLoggedIn()); // wiped at once, before the server answers
        QVERIFY(h.session->refreshToken().empty());
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        QVERIFY2(result->revoked, qPrintable(result->revokeError));
        QCOMPARE(result->endSessionUrl.toString(),
                 h.f.sandbox().baseUrl().toString() +
                     QStringLiteral(
                         "/auth/v2/logout?client_id=stardeck-desktop&returnTo=stardeck%3A%2F%2Flogout"));
        const HttpResult refresh =
            h.f.post(QStringLiteral("/auth/oauth/token"),
                     formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("client_id"), kClientId},
                               {QStringLiteral("refresh_token"), oldRefresh}}),
                     {}, kForm);
        QCOMPARE(refresh.status, 400);
        QCOMPARE(refresh.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        // The end-session URL is one the server accepts.
        const HttpResult end = h.f.get(result->endSessionUrl.path() + QLatin1Char('?') +
                                       result->endSessionUrl.query(QUrl::FullyEncoded));
        QCOMPARE(end.status, 302);
        QCOMPARE(end.header("Location"), QByteArray("stardeck://logout"));
    }
};

QTEST_GUILESS_MAIN(TestPassportSession)
#include "tst_passport_session.moc"
