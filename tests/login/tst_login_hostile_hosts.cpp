// SPDX-License-Identifier: MIT
// The embedded login view against hostile hosts, in a real (headless) browser engine. Chromium maps
// every host name to 127.0.0.1 (--host-resolver-rules), so look-alike hosts would really load from
// a local server if the view let them: the test proves each one is refused before any request
// reaches that server. Covered: look-alike hosts (capital I for l, Cyrillic і and а, their punycode,
// a suffix and a sub-domain) reached by script, by link, by form post, by a server redirect from an
// allowed page and inside a frame; a self-signed certificate on the allowed host; a callback from a
// frame. Forged and second callbacks against the real sandbox are in tst_login_callbacks.cpp.
#include "HostileHostServer.h"
#include "login/LoginDialog.h"
#include "login/LoginWebPage.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace stardeck;
using namespace stardeck::ui;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 30000;
const QString kAllowedHost = QStringLiteral("auth.immutable.com");

QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    std::optional<QVariant> result;
    page.runJavaScript(script, [&result](const QVariant &value) { result = value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return {};
    return *result;
}

//! A login page on its own off-the-record profile (as LoginDialog builds it) showing the allowed page.
struct View {
    explicit View(const QString &scheme, quint16 port)
    {
        policy.redirectUri = QUrl(QStringLiteral("stardeck://callback"));
        policy.allowedBases.append(
            QUrl(QStringLiteral("%1://%2:%3/auth").arg(scheme, kAllowedHost).arg(port)));
        profile = std::make_unique<QWebEngineProfile>();
        profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        page = std::make_unique<LoginWebPage>(policy, profile.get());
        view = std::make_unique<QWebEngineView>();
        view->setPage(page.get());
        view->resize(800, 600);
        view->show();
    }
    ~View()
    {
        view.reset(); // the page goes before its profile
        page.reset();
    }
    //! The allowed page at `path` on the server.
    QUrl allowed(quint16 port, const QString &path = QStringLiteral("/auth/page")) const
    {
        return QUrl(QStringLiteral("%1://%2:%3%4")
                        .arg(policy.allowedBases.first().scheme(), kAllowedHost)
                        .arg(port)
                        .arg(path));
    }

    LoginPolicy policy;
    std::unique_ptr<QWebEngineProfile> profile;
    std::unique_ptr<LoginWebPage> page;
    std::unique_ptr<QWebEngineView> view;
};

//! Loads the allowed page and waits until it is shown.
bool openAllowedPage(View &v, HostileHostServer &server)
{
    QSignalSpy loaded(v.page.get(), &QWebEnginePage::loadFinished);
    v.page->load(v.allowed(server.port()));
    if (!loaded.wait(kWaitMs) || !loaded.first().first().toBool())
        return false;
    return evaluate(*v.page, QStringLiteral("document.getElementById('ready') !== null")).toBool();
}

//! The look-alike hosts (as typed) and what each imitates.
void addLookAlikeRows()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("capital I for l") << QStringLiteral("auth.immutabIe.com");
    QTest::newRow("Cyrillic i (U+0456)") << QStringLiteral("auth.\u0456mmutable.com");
    QTest::newRow("Cyrillic a (U+0430)") << QStringLiteral("\u0430uth.immutable.com");
    QTest::newRow("punycode of Cyrillic i")
        << QString::fromLatin1(QUrl::toAce(QStringLiteral("auth.\u0456mmutable.com")));
    QTest::newRow("suffix") << QStringLiteral("auth.immutable.com.evil.example");
    QTest::newRow("sub-domain") << QStringLiteral("login.auth.immutable.com");
    QTest::newRow("digit for letter") << QStringLiteral("auth.immutab1e.com");
}

//! The host as the browser puts it in the Host header (ASCII, lower case).
QString aceHost(const QString &host)
{
    return QString::fromLatin1(QUrl::toAce(host)).toLower();
}

} // namespace

class TestLoginHostileHosts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theAllowedHostLoadsSoRefusalsAreReal()
    {
        // The control: through the same resolver rules the allowed host reaches the server and loads.
        HostileHostServer server;
        QVERIFY(server.port() != 0);
        View v(QStringLiteral("http"), server.port());
        QVERIFY(openAllowedPage(v, server));
        QVERIFY(server.requestsFor(kAllowedHost) >= 1); // the page (and perhaps its icon)
        // And a look-alike would load too if the page allowed it: a policy-free page proves the mapping.
        QWebEngineProfile profile;
        QWebEnginePage plain(&profile);
        QSignalSpy loaded(&plain, &QWebEnginePage::loadFinished);
        plain.load(QUrl(QStringLiteral("http://auth.immutabie.com:%1/auth/page").arg(server.port())));
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(server.requestsFor(QStringLiteral("auth.immutabie.com")) >= 1);
    }

    void lookAlikeByScript_data() { addLookAlikeRows(); }
    void lookAlikeByScript()
    {
        QFETCH(QString, host);
        refusedWithoutARequest(host, [](View &v, const QString &target) {
            evaluate(*v.page, QStringLiteral("location.href = '%1'; true").arg(target));
        });
    }

    void lookAlikeByLink_data() { addLookAlikeRows(); }
    void lookAlikeByLink()
    {
        QFETCH(QString, host);
        refusedWithoutARequest(host, [](View &v, const QString &target) {
            evaluate(*v.page,
                     QStringLiteral("const a = document.createElement('a'); a.href = '%1'; "
                                    "a.textContent = 'x'; document.body.appendChild(a); a.click(); true")
                         .arg(target));
        });
    }

    void lookAlikeByFormPost_data() { addLookAlikeRows(); }
    void lookAlikeByFormPost()
    {
        QFETCH(QString, host);
        refusedWithoutARequest(host, [](View &v, const QString &target) {
            evaluate(*v.page,
                     QStringLiteral("const f = document.createElement('form'); f.method = 'post'; "
                                    "f.action = '%1'; const i = document.createElement('input'); "
                                    "i.name = 'email'; i.value = 'demo@stardeck.test'; f.appendChild(i); "
                                    "document.body.appendChild(f); f.submit(); true")
                         .arg(target));
        });
    }

    void lookAlikeByServerRedirect_data() { addLookAlikeRows(); }
    void lookAlikeByServerRedirect()
    {
        QFETCH(QString, host);
        refusedWithoutARequest(host, [](View &v, const QString &target) {
            // An allowed page whose server answers with a redirect off the allow-list.
            const QUrl redirect = v.allowed(quint16(v.policy.allowedBases.first().port()),
                                            QStringLiteral("/auth/redirect?to=") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(target)));
            evaluate(*v.page,
                     QStringLiteral("location.href = '%1'; true").arg(redirect.toString(QUrl::FullyEncoded)));
        });
    }

    void lookAlikeInAFrameIsRefused()
    {
        HostileHostServer server;
        View v(QStringLiteral("http"), server.port());
        QVERIFY(openAllowedPage(v, server));
        QSignalSpy refused(v.page.get(), &LoginWebPage::navigationRefused);
        const QString host = QStringLiteral("auth.immutabIe.com");
        const QString target = QStringLiteral("http://%1:%2/auth/page").arg(host).arg(server.port());
        evaluate(*v.page, QStringLiteral("const f = document.createElement('iframe'); f.src = '%1'; "
                                         "document.body.appendChild(f); true")
                              .arg(target));
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, kWaitMs);
        QCOMPARE(refused.first().first().toUrl().host(QUrl::FullyEncoded), aceHost(host));
        QTest::qWait(300);
        QCOMPARE(server.requestsFor(aceHost(host)), 0);
    }

    void callbackFromAFrameIsRefused()
    {
        HostileHostServer server;
        View v(QStringLiteral("http"), server.port());
        QVERIFY(openAllowedPage(v, server));
        QSignalSpy refused(v.page.get(), &LoginWebPage::navigationRefused);
        QSignalSpy callbacks(v.page.get(), &LoginWebPage::callbackReceived);
        evaluate(*v.page, QStringLiteral("const f = document.createElement('iframe'); "
                                         "f.src = 'stardeck://callback?code=c&state=s'; "
                                         "document.body.appendChild(f); true"));
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, kWaitMs);
        QCOMPARE(refused.first().first().toUrl().scheme(), QStringLiteral("stardeck"));
        QTest::qWait(200);
        QCOMPARE(callbacks.size(), 0);
    }

    void selfSignedCertificateOnTheAllowedHostIsRejected()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is needed to make a self-signed certificate");
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + kAllowedHost, QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:") + kAllowedHost, QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                    QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(make.waitForFinished(kWaitMs));
        QCOMPARE(make.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        HostileHostServer server(certificate, key);
        QVERIFY(server.port() != 0);
        View v(QStringLiteral("https"), server.port());
        QSignalSpy refused(v.page.get(), &LoginWebPage::navigationRefused);
        QSignalSpy loaded(v.page.get(), &QWebEnginePage::loadFinished);
        v.page->load(v.allowed(server.port()));
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, kWaitMs);
        QVERIFY2(refused.first().at(1).toString().contains(QStringLiteral("certificate")),
                 qPrintable(refused.first().at(1).toString()));
        QCOMPARE(refused.first().first().toUrl().host(), kAllowedHost);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > 0, kWaitMs);
        QVERIFY(!loaded.first().first().toBool());
        // The handshake reached the server; no HTTP request ever did.
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(evaluate(*v.page, QStringLiteral("document.getElementById('ready') === null")).toBool());
    }

private:
    //! Opens the allowed page, lets `navigate` try `http://<host>:PORT/auth/page`, and checks the page
    //! refused it (the signal names the ASCII host), stayed where it was, and the server never saw a
    //! request for that host.
    template <typename Navigate>
    static void refusedWithoutARequest(const QString &host, Navigate navigate)
    {
        HostileHostServer server;
        QVERIFY(server.port() != 0);
        View v(QStringLiteral("http"), server.port());
        QVERIFY(openAllowedPage(v, server));
        const QUrl before = v.page->url();
        QSignalSpy refused(v.page.get(), &LoginWebPage::navigationRefused);
        const QString target = QStringLiteral("http://%1:%2/auth/page").arg(host).arg(server.port());
        navigate(v, QString::fromLatin1(QUrl(target).toEncoded()));
        QTRY_VERIFY2_WITH_TIMEOUT(refused.size() > 0, qPrintable(target), kWaitMs);
        QCOMPARE(refused.last().first().toUrl().host(QUrl::FullyEncoded), aceHost(host));
        QTest::qWait(300);
        QCOMPARE(server.requestsFor(aceHost(host)), 0);
        QCOMPARE(v.page->url(), before);
        QVERIFY(
            evaluate(*v.page, QStringLiteral("document.getElementById('ready').textContent")).toString() ==
            kAllowedHost);
    }
};

int main(int argc, char **argv)
{
    // Every host name resolves to 127.0.0.1 (no DNS): look-alike hosts reach the local server. Qt parses
    // quotes in QTWEBENGINE_CHROMIUM_FLAGS (and ignores application arguments when it is set).
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags += " --host-resolver-rules=\"MAP * 127.0.0.1\"";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestLoginHostileHosts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_login_hostile_hosts.moc"
