// SPDX-License-Identifier: MIT
// F16, OAuth callback anomalies on the loopback listener (passport::LoopbackReceiver, RFC 8252 7.3):
// it answers exactly one valid callback, then closes its port (a later callback is refused, one on a
// connection opened before gets a clear 404) and nothing changes; it is bound to 127.0.0.1 only.
// The client side is a plain TCP socket, as a browser would be.
#include "passport/LoopbackReceiver.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using stardeck::passport::LoopbackReceiver;

namespace {

constexpr int kWaitMs = 10000;

//! A GET of `target` as a browser sends it.
QByteArray getRequest(const QByteArray &target, quint16 port)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nAccept: text/html\r\nConnection: keep-alive\r\n\r\n";
}

//! Everything the listener sent on `socket` until it closed the connection (empty on timeout).
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        kWaitMs);
    answer += socket.readAll();
    return closed ? answer : QByteArray();
}

//! The status line of an HTTP answer.
QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class TestReliabilityCallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneCallbackThenThePortCloses()
    {
        LoopbackReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        const QUrl redirect(receiver.redirectUri());
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        const auto port = quint16(redirect.port());
        QVERIFY(port != 0);
        QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);

        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(first.waitForConnected(kWaitMs));
        first.write(getRequest("/callback?code=first-code&state=first-state", port));
        const QByteArray answer = readUntilClosed(first);
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(received.count(), 1);
        const QUrl url = received.at(0).at(0).toUrl();
        QCOMPARE(url.toString(),
                 QStringLiteral("http://127.0.0.1:%1/callback?code=first-code&state=first-state").arg(port));

        // The port is closed: a second callback (a replayed or forged redirect) cannot even connect.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!second.waitForConnected(kWaitMs));
        QCOMPARE(second.error(), QAbstractSocket::ConnectionRefusedError);
        QTest::qWait(50); // a late signal would arrive through the event loop
        QCOMPARE(received.count(), 1);
    }

    void secondCallbackOnAnOpenConnectionChangesNothing()
    {
        LoopbackReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        const auto port = quint16(QUrl(receiver.redirectUri()).port());
        QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);

        // A connection opened before the real redirect (a browser preconnect, or an attacker's page
        // racing it), holding an unfinished request. It is accepted no later than `real`, which
        // connects after it.
        QTcpSocket early;
        early.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(early.waitForConnected(kWaitMs));
        const QByteArray forged = getRequest("/callback?code=forged-code&state=forged-state", port);
        early.write(forged.left(forged.size() - 2)); // everything but the final empty line
        QVERIFY(early.waitForBytesWritten(kWaitMs));

        QTcpSocket real;
        real.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(real.waitForConnected(kWaitMs));
        real.write(getRequest("/callback?code=real-code&state=real-state", port));
        QCOMPARE(statusLine(readUntilClosed(real)), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(received.count(), 1);

        // The early connection completes its callback after the login got its answer: a clear 404.
        QCOMPARE(early.state(), QAbstractSocket::ConnectedState);
        early.write("\r\n");
        const QByteArray late = readUntilClosed(early);
        QCOMPARE(statusLine(late), QByteArray("HTTP/1.1 404 Not Found"));
        QTest::qWait(50);
        QCOMPARE(received.count(), 1);
        const QUrlQuery query(received.at(0).at(0).toUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("code")), QStringLiteral("real-code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("real-state"));

        // And the port is closed for new connections.
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!after.waitForConnected(kWaitMs));
        QCOMPARE(after.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void boundToLoopbackOnly()
    {
        LoopbackReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        const auto port = quint16(QUrl(receiver.redirectUri()).port());
        QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);

        // Every other address of this machine (::1 and the interfaces' own addresses; the traffic
        // stays on this host). IPv6 link-local addresses need a scope and are left out.
        QList<QHostAddress> others;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address == QHostAddress(QHostAddress::LocalHost) || address.isLinkLocal())
                continue;
            others.append(address);
        }
        if (others.isEmpty())
            QSKIP("this machine has no local address other than 127.0.0.1");
        for (const QHostAddress &address : others) {
            QTcpSocket socket;
            socket.connectToHost(address, port);
            QVERIFY2(!socket.waitForConnected(kWaitMs), qPrintable(address.toString()));
            QVERIFY2(socket.error() == QAbstractSocket::ConnectionRefusedError,
                     qPrintable(address.toString() + QStringLiteral(": ") + socket.errorString()));
        }

        // 127.0.0.1 itself works, and the refused attempts changed nothing.
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(loopback.waitForConnected(kWaitMs));
        loopback.write(getRequest("/callback?code=c&state=s", port));
        QCOMPARE(statusLine(readUntilClosed(loopback)), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(received.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityCallback)
#include "tst_reliability_callback.moc"
