// SPDX-License-Identifier: MIT
// Environment: Immutable's hosts per passport-sdk.md 1.2, the local sandbox prefixes, overrides, validation.
#include "passport/Environment.h"

#include <QTest>

using namespace stardeck::passport;
using Service = Environment::Service;

class TestPassportEnvironment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("url");
        QTest::newRow("prod auth") << "production" << int(Service::Auth) << "https://auth.immutable.com";
        QTest::newRow("prod imx") << "production" << int(Service::Imx) << "https://api.x.immutable.com";
        QTest::newRow("prod mr") << "production" << int(Service::Mr) << "https://api.immutable.com";
        QTest::newRow("prod passport")
            << "production" << int(Service::Passport) << "https://passport.immutable.com";
        QTest::newRow("prod tee") << "production" << int(Service::Tee) << "https://tee.express.magiclabs.com";
        QTest::newRow("sandbox auth") << "sandbox" << int(Service::Auth) << "https://auth.immutable.com";
        QTest::newRow("sandbox imx") << "sandbox" << int(Service::Imx)
                                     << "https://api.sandbox.x.immutable.com";
        QTest::newRow("sandbox mr") << "sandbox" << int(Service::Mr) << "https://api.sandbox.immutable.com";
        QTest::newRow("sandbox passport")
            << "sandbox" << int(Service::Passport) << "https://passport.sandbox.immutable.com";
        QTest::newRow("sandbox tee") << "sandbox" << int(Service::Tee) << "https://tee.express.magiclabs.com";
        QTest::newRow("local auth") << "local" << int(Service::Auth) << "http://127.0.0.1:4000/auth";
        QTest::newRow("local imx") << "local" << int(Service::Imx) << "http://127.0.0.1:4000/imx";
        QTest::newRow("local mr") << "local" << int(Service::Mr) << "http://127.0.0.1:4000/mr";
        QTest::newRow("local passport")
            << "local" << int(Service::Passport) << "http://127.0.0.1:4000/passport";
        QTest::newRow("local tee") << "local" << int(Service::Tee) << "http://127.0.0.1:4000/tee";
    }

    void hosts()
    {
        QFETCH(QString, kind);
        QFETCH(int, service);
        QFETCH(QString, url);
        ClientSettings client = ClientSettings::sandboxClient();
        const auto k = Environment::kindFromName(kind);
        QVERIFY(k.has_value());
        const Environment env =
            *k == Environment::Kind::Production ? Environment::production(client)
            : *k == Environment::Kind::Sandbox
                ? Environment::sandbox(client)
                : Environment::local(QUrl(QStringLiteral("http://127.0.0.1:4000/")), client);
        QCOMPARE(env.kind(), *k);
        QCOMPARE(env.serviceUrl(Service(service)).toString(), url);
        QVERIFY2(env.validate().ok(), qPrintable(env.validate().error().message));
    }

    void clientSettingsAreConfiguration()
    {
        const ClientSettings c = ClientSettings::sandboxClient();
        QCOMPARE(c.clientId, QStringLiteral("stardeck-desktop"));
        QCOMPARE(c.redirectUri, QStringLiteral("stardeck://callback"));
        QCOMPARE(c.scope, QStringLiteral("openid offline_access profile email transact"));
        QCOMPARE(c.audience, QStringLiteral("platform_api"));
        ClientSettings loopback = c;
        loopback.redirectUri = QStringLiteral("http://127.0.0.1:49152/callback");
        const Environment env = Environment::production(loopback);
        QCOMPARE(env.client().redirectUri, loopback.redirectUri);
        QCOMPARE(env.issuer(), QStringLiteral("https://auth.immutable.com/"));
    }

    void overrides()
    {
        Environment env = Environment::local(QUrl(QStringLiteral("http://127.0.0.1:4000")));
        env.setServiceUrl(Service::Imx, QUrl(QStringLiteral("http://127.0.0.1:5000/other/")));
        QCOMPARE(env.serviceUrl(Service::Imx).toString(), QStringLiteral("http://127.0.0.1:5000/other"));
        QCOMPARE(env.serviceUrl(Service::Auth).toString(), QStringLiteral("http://127.0.0.1:4000/auth"));
        QCOMPARE(env.endpoint(Service::Auth, QStringLiteral("/oauth/token")).toString(),
                 QStringLiteral("http://127.0.0.1:4000/auth/oauth/token"));
        QCOMPARE(env.issuer(), QStringLiteral("http://127.0.0.1:4000/auth/"));
        env.setServiceUrl(Service::Tee, QUrl(QStringLiteral("http://127.0.0.1:6000/")));
        QCOMPARE(env.endpoint(Service::Tee, QStringLiteral("/v1/wallet")).toString(),
                 QStringLiteral("http://127.0.0.1:6000/v1/wallet"));
        env.setIssuer(QStringLiteral("https://issuer.example/"));
        QCOMPARE(env.issuer(), QStringLiteral("https://issuer.example/"));
    }

    void invalidConfigurations()
    {
        ClientSettings noId = ClientSettings::sandboxClient();
        noId.clientId.clear();
        QCOMPARE(Environment::production(noId).validate().error().code,
                 PassportErrorCode::InvalidConfiguration);
        ClientSettings noRedirect = ClientSettings::sandboxClient();
        noRedirect.redirectUri.clear();
        QVERIFY(!Environment::production(noRedirect).validate().ok());
        ClientSettings noOpenId = ClientSettings::sandboxClient();
        noOpenId.scope = QStringLiteral("profile email");
        QVERIFY(!Environment::production(noOpenId).validate().ok());
        Environment plain = Environment::production(ClientSettings::sandboxClient());
        plain.setServiceUrl(Service::Auth, QUrl(QStringLiteral("http://auth.immutable.com")));
        QVERIFY(!plain.validate().ok()); // http only for a local sandbox
        Environment empty = Environment::sandbox(ClientSettings::sandboxClient());
        empty.setServiceUrl(Service::Tee, QUrl());
        QVERIFY(!empty.validate().ok());
        QVERIFY(!Environment::kindFromName(QStringLiteral("Production")).has_value());
        QVERIFY(!Environment::kindFromName(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPassportEnvironment)
#include "tst_passport_environment.moc"
