// SPDX-License-Identifier: MIT
// The embedded login view's navigation rules, without a browser engine.
#include "login/LoginPolicy.h"
#include "passport/Environment.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::ui;

Q_DECLARE_METATYPE(LoginPolicy::Verdict)

class TestLoginPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("mainFrame");
        QTest::addColumn<LoginPolicy::Verdict>("verdict");
        using V = LoginPolicy::Verdict;
        const auto row = [](const char *name, const QString &url, bool main, V verdict) {
            QTest::newRow(name) << url << main << verdict;
        };
        row("auth page", QStringLiteral("https://auth.immutable.com/authorize?x=1"), true, V::Allow);
        row("auth page, explicit default port", QStringLiteral("https://auth.immutable.com:443/login"), true,
            V::Allow);
        row("auth host upper case", QStringLiteral("https://AUTH.Immutable.COM/login"), true, V::Allow);
        row("callback", QStringLiteral("stardeck://callback?code=abc&state=xyz"), true, V::Callback);
        row("callback in a frame is not a callback", QStringLiteral("stardeck://callback?code=a"), false,
            V::Callback);
        row("other custom path", QStringLiteral("stardeck://logout"), true, V::Refuse);
        row("http downgrade of the auth host", QStringLiteral("http://auth.immutable.com/login"), true,
            V::Refuse);
        row("other port", QStringLiteral("https://auth.immutable.com:8443/login"), true, V::Refuse);
        row("subdomain", QStringLiteral("https://evil.auth.immutable.com/"), true, V::Refuse);
        row("suffix look-alike", QStringLiteral("https://auth.immutable.com.evil.example/"), true, V::Refuse);
        row("prefix look-alike", QStringLiteral("https://auth-immutable.com/"), true, V::Refuse);
        row("homoglyph (Cyrillic a)", QStringLiteral("https://\u0430uth.immutable.com/"), true, V::Refuse);
        row("punycode", QStringLiteral("https://xn--uth-5cd.immutable.com/"), true, V::Refuse);
        row("userinfo trick", QStringLiteral("https://auth.immutable.com@evil.example/"), true, V::Refuse);
        row("google goes to the browser", QStringLiteral("https://accounts.google.com/o/oauth2/auth"), true,
            V::OpenInBrowser);
        row("google in a frame is refused", QStringLiteral("https://accounts.google.com/"), false, V::Refuse);
        row("google over http is refused", QStringLiteral("http://accounts.google.com/"), true, V::Refuse);
        row("javascript url", QStringLiteral("javascript:alert(1)"), true, V::Refuse);
        row("data url", QStringLiteral("data:text/html,<h1>x</h1>"), true, V::Refuse);
        row("file url", QStringLiteral("file:///etc/passwd"), true, V::Refuse);
        row("about blank frame", QStringLiteral("about:blank"), false, V::Allow);
        row("about blank main frame", QStringLiteral("about:blank"), true, V::Refuse);
        row("another site", QStringLiteral("https://example.com/"), true, V::Refuse);
        row("empty", QString(), true, V::Refuse);
    }
    void classify()
    {
        QFETCH(QString, url);
        QFETCH(bool, mainFrame);
        QFETCH(LoginPolicy::Verdict, verdict);
        passport::ClientSettings client = passport::ClientSettings::sandboxClient();
        const LoginPolicy policy = LoginPolicy::forEnvironment(passport::Environment::production(client));
        QCOMPARE(policy.classify(QUrl(url), mainFrame), verdict);
    }

    void loopbackRedirect()
    {
        passport::ClientSettings client = passport::ClientSettings::sandboxClient();
        client.redirectUri = QStringLiteral("http://127.0.0.1:53100/callback");
        const LoginPolicy policy = LoginPolicy::forEnvironment(
            passport::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:8470")), client));
        using V = LoginPolicy::Verdict;
        QCOMPARE(
            policy.classify(QUrl(QStringLiteral("http://127.0.0.1:53100/callback?code=1&state=2")), true),
            V::Callback);
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://127.0.0.1:53101/callback?code=1")), true),
                 V::Refuse);
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://127.0.0.1:53100/other")), true), V::Refuse);
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://localhost:53100/callback")), true), V::Refuse);
        // The local sandbox's auth pages load; its other services do not belong in the login view.
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://127.0.0.1:8470/auth/authorize?x")), true),
                 V::Allow);
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://127.0.0.1:8471/auth/authorize")), true),
                 V::Refuse);

        // A loopback redirect URI without a port accepts any port (RFC 8252 7.3).
        LoginPolicy anyPort = policy;
        anyPort.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
        QCOMPARE(anyPort.classify(QUrl(QStringLiteral("http://127.0.0.1:40000/callback?code=1")), true),
                 V::Callback);
    }

    void originOf()
    {
        QCOMPARE(LoginPolicy::originOf(QUrl(QStringLiteral("https://A.example:443/x"))),
                 QStringLiteral("https://a.example"));
        QCOMPARE(LoginPolicy::originOf(QUrl(QStringLiteral("http://127.0.0.1:8470/auth"))),
                 QStringLiteral("http://127.0.0.1:8470"));
        QCOMPARE(LoginPolicy::originOf(QUrl(QStringLiteral("https://\u0430.example/"))),
                 QStringLiteral("https://xn--80a.example"));
        QVERIFY(LoginPolicy::originOf(QUrl(QStringLiteral("ftp://a.example/"))).isEmpty());
        QVERIFY(LoginPolicy::originOf(QUrl(QStringLiteral("stardeck://callback"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoginPolicy)
#include "tst_login_policy.moc"
