// SPDX-License-Identifier: MIT
// The sandbox's HTTP front: loopback-only listening, routing (404/405), Host checks, HEAD.
#include "SandboxFixture.h"
#include "http/SandboxServer.h"

#include <QTcpSocket>
#include <QTest>

using namespace stardeck;
using stardeck::test::SandboxFixture;

class TestSandboxServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listensOnLoopbackPortZero()
    {
        SandboxFixture f;
        QCOMPARE(f.sandbox().baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(f.sandbox().baseUrl().port() > 0);
        const auto r = f.get(QStringLiteral("/__sandbox/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void refusesRemoteAddressWithoutFlag()
    {
        sandbox::SandboxOptions options;
        options.address = QHostAddress(QHostAddress::AnyIPv4);
        sandbox::Sandbox s(options);
        QString error;
        QVERIFY(!s.start(&error));
        QVERIFY(error.contains(QStringLiteral("allow-remote")));
    }

    void unknownPathAndWrongMethod()
    {
        SandboxFixture f;
        auto r = f.get(QStringLiteral("/imx/v1/no-such-thing"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().contains(QStringLiteral("code")));
        QVERIFY(r.object().contains(QStringLiteral("message")));
        r = f.postJson(QStringLiteral("/__sandbox/health"), {});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
    }

    void headHasNoBody()
    {
        SandboxFixture f;
        const auto r = f.send("HEAD", QStringLiteral("/__sandbox/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
    }

    void rejectsForeignHostHeader()
    {
        // DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not reach the API.
        SandboxFixture f;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(f.sandbox().baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /__sandbox/health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        // The server shares this thread: let the event loop run instead of blocking on the socket.
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
