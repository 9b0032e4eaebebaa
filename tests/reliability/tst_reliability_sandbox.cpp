// SPDX-License-Identifier: MIT
// The sandbox's fault injection with several clients at once: a latency-delayed answer reaches its
// client even when another client closes its connection meanwhile, and a dropped connection is
// only the faulted request's own (regressions: both used to hit every open connection).
#include "SandboxFixture.h"
#include "http/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace stardeck;
using stardeck::test::SandboxFixture;

namespace {

//! A sandbox with a test GET and a counting POST route.
struct Fixture : SandboxFixture {
    int executed = 0;
    Fixture()
    {
        auto &router = sandbox().server().router();
        router.add("GET", QStringLiteral("/imx/v1/test-read"), QStringLiteral("imx.test.read"),
                   [](const sandbox::HttpRequest &) {
                       return sandbox::HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
                   });
        router.add("POST", QStringLiteral("/imx/v1/test-create"), QStringLiteral("imx.test.create"),
                   [this](const sandbox::HttpRequest &) {
                       ++executed;
                       return sandbox::HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
                   });
    }
    bool addFault(const QJsonObject &rule)
    {
        return postJson(QStringLiteral("/__sandbox/faults"), rule).status == 200;
    }
};

//! A second client on its own raw connection: connects and waits until the server has accepted it.
bool connectBystander(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return false;
    QTest::qWait(50); // let the server's event loop accept it
    return true;
}

} // namespace

class TestReliabilitySandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delayedAnswerSurvivesAnotherClientClosing()
    {
        Fixture f;
        QVERIFY(f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.read")},
                            {QStringLiteral("latency_ms"), 600},
                            {QStringLiteral("times"), 1}}));
        QTcpSocket bystander;
        QVERIFY(connectBystander(bystander, f.url(QStringLiteral("/")).port()));

        QNetworkAccessManager nam;
        QNetworkRequest request(f.url(QStringLiteral("/imx/v1/test-read")));
        request.setTransferTimeout(4000);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTest::qWait(150);
        bystander.disconnectFromHost(); // another client goes away during the delay
        QVERIFY(finished.wait(6000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(clock.elapsed() >= 590);
        QVERIFY(clock.elapsed() < 4000); // answered, not timed out
        reply->deleteLater();
    }

    void manyDelayedAnswersWhileClientsComeAndGo()
    {
        Fixture f;
        QVERIFY(f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.read")},
                            {QStringLiteral("latency_ms"), 300},
                            {QStringLiteral("times"), 8}}));
        QNetworkAccessManager nam; // QNAM opens up to 6 connections per host
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(f.url(QStringLiteral("/imx/v1/test-read")));
            request.setTransferTimeout(5000);
            replies.append(nam.get(request));
        }
        // Short-lived clients open and close connections while the answers are delayed.
        for (int i = 0; i < 5; ++i) {
            QTcpSocket passerby;
            QVERIFY(connectBystander(passerby, f.url(QStringLiteral("/")).port()));
            passerby.abort();
        }
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(7000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            reply->deleteLater();
        }
    }

    void clientGivingUpLosesOnlyItsOwnAnswer()
    {
        Fixture f;
        QVERIFY(f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.read")},
                            {QStringLiteral("latency_ms"), 400},
                            {QStringLiteral("times"), 2}}));
        QNetworkAccessManager impatient;
        QNetworkAccessManager patient;
        QNetworkRequest quick(f.url(QStringLiteral("/imx/v1/test-read")));
        quick.setTransferTimeout(100);
        QNetworkRequest slow(f.url(QStringLiteral("/imx/v1/test-read")));
        slow.setTransferTimeout(4000);
        QNetworkReply *gaveUp = impatient.get(quick);
        QNetworkReply *waited = patient.get(slow);
        QSignalSpy waitedDone(waited, &QNetworkReply::finished);
        QVERIFY(waitedDone.wait(6000));
        QCOMPARE(waited->error(), QNetworkReply::NoError);
        QTRY_VERIFY(gaveUp->isFinished());
        QVERIFY(gaveUp->error() != QNetworkReply::NoError);
        gaveUp->deleteLater();
        waited->deleteLater();
    }

    void dropAfterExecuteClosesOnlyTheFaultedConnection()
    {
        Fixture f;
        QVERIFY(f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.create")},
                            {QStringLiteral("drop"), QStringLiteral("after_execute")},
                            {QStringLiteral("times"), 1}}));
        QTcpSocket bystander;
        QVERIFY(connectBystander(bystander, f.url(QStringLiteral("/")).port()));
        QTcpSocket victim;
        QVERIFY(connectBystander(victim, f.url(QStringLiteral("/")).port()));
        const QByteArray post = "POST /imx/v1/test-create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        victim.write(post);
        QTRY_VERIFY_WITH_TIMEOUT(victim.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(victim.bytesAvailable(), qint64(0)); // no answer at all
        QCOMPARE(f.executed, 1);                      // but the work happened
        QTest::qWait(100);
        QCOMPARE(bystander.state(), QAbstractSocket::ConnectedState); // the other client kept its connection
        bystander.write("GET /imx/v1/test-read HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(bystander.bytesAvailable() > 0, 5000);
        QVERIFY(bystander.readAll().startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestReliabilitySandbox)
#include "tst_reliability_sandbox.moc"
