// SPDX-License-Identifier: MIT
// Fault injection: every fault kind, by route and method class, via the admin API and --fault specs.
#include "SandboxFixture.h"
#include "http/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace stardeck;
using stardeck::test::SandboxFixture;

namespace {

//! A fixture with two test-only routes: a signable-shaped GET and a counting POST.
struct FaultFixture : SandboxFixture {
    int executed = 0;
    FaultFixture()
    {
        auto &router = sandbox().server().router();
        router.add("GET", QStringLiteral("/imx/v1/test-signable"), QStringLiteral("imx.test.signable"),
                   [](const sandbox::HttpRequest &) {
                       return sandbox::HttpResponse::json(
                           200, QJsonObject{{QStringLiteral("payload_hash"), QStringLiteral("3ac5f68f")},
                                            {QStringLiteral("amount"), QStringLiteral("100")},
                                            {QStringLiteral("signable_responses"),
                                             QJsonArray{QJsonObject{
                                                 {QStringLiteral("payload_hash"), QStringLiteral("77")}}}}});
                   });
        router.add("POST", QStringLiteral("/imx/v1/test-create"), QStringLiteral("imx.test.create"),
                   [this](const sandbox::HttpRequest &) {
                       ++executed;
                       return sandbox::HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
                   });
        router.add(
            "GET", QStringLiteral("/mr/guardian/v1/test"), QStringLiteral("guardian.test"),
            [](const sandbox::HttpRequest &) { return sandbox::HttpResponse::json(200, QJsonObject{}); });
    }
    void addFault(const QJsonObject &rule)
    {
        const auto r = postJson(QStringLiteral("/__sandbox/faults"), rule);
        QCOMPARE(r.status, 200);
    }
};

} // namespace

class TestSandboxFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusWithRetryAfterThenRecovers()
    {
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("status"), 429},
                    {QStringLiteral("retry_after"), 7},
                    {QStringLiteral("times"), 1}});
        auto r = f.get(QStringLiteral("/imx/v1/test-signable"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("sandbox_fault"));
        QVERIFY(r.object().contains(QStringLiteral("message")));
        r = f.get(QStringLiteral("/imx/v1/test-signable"));
        QCOMPARE(r.status, 200);
    }

    void guardianFaultsUseTheMrErrorBody()
    {
        FaultFixture f;
        f.addFault(
            {{QStringLiteral("route"), QStringLiteral("guardian.*")}, {QStringLiteral("status"), 403}});
        const auto r = f.get(QStringLiteral("/mr/guardian/v1/test"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("AUTHENTICATION_ERROR"));
        QVERIFY(r.object().contains(QStringLiteral("trace_id")));
    }

    void latency()
    {
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("latency_ms"), 300}});
        QElapsedTimer t;
        t.start();
        const auto r = f.get(QStringLiteral("/imx/v1/test-signable"));
        QCOMPARE(r.status, 200);
        QVERIFY(t.elapsed() >= 290);
    }

    void clientGivingUpDuringLatencyIsHarmless()
    {
        // Regression: the delayed answer used to be written to the deleted socket (SIGSEGV).
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("latency_ms"), 400},
                    {QStringLiteral("times"), 1}});
        QNetworkAccessManager impatient;
        QNetworkRequest request(f.url(QStringLiteral("/imx/v1/test-signable")));
        request.setTransferTimeout(50);
        QNetworkReply *reply = impatient.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
        QTest::qWait(700); // the delayed answer fires with its client gone
        QCOMPARE(f.get(QStringLiteral("/imx/v1/test-signable")).status, 200);
    }

    void corruptBodies()
    {
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("body"), QStringLiteral("malformed")},
                    {QStringLiteral("times"), 1}});
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("body"), QStringLiteral("truncated")},
                    {QStringLiteral("times"), 1}});
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("body"), QStringLiteral("huge")},
                    {QStringLiteral("huge_bytes"), 1 << 20},
                    {QStringLiteral("times"), 1}});
        // rules apply in order, each once
        const QByteArray malformed = f.get(QStringLiteral("/imx/v1/test-signable")).body;
        QVERIFY(QJsonDocument::fromJson(malformed).isNull());
        const auto truncated = f.get(QStringLiteral("/imx/v1/test-signable"));
        QVERIFY(QJsonDocument::fromJson(truncated.body).isNull());
        const auto huge = f.get(QStringLiteral("/imx/v1/test-signable"));
        QCOMPARE(huge.body.size(), qsizetype(1 << 20));
        QVERIFY(QJsonDocument::fromJson(huge.body).isArray());
        const auto clean = f.get(QStringLiteral("/imx/v1/test-signable"));
        QCOMPARE(clean.object().value(QStringLiteral("payload_hash")).toString(), QStringLiteral("3ac5f68f"));
    }

    void tamperedPayloadHashAndFields()
    {
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.signable")},
                    {QStringLiteral("tamper_payload_hash"), true},
                    {QStringLiteral("alter_field"), QStringLiteral("amount")}});
        const QJsonObject o = f.get(QStringLiteral("/imx/v1/test-signable")).object();
        QVERIFY(o.value(QStringLiteral("payload_hash")).toString() != QStringLiteral("3ac5f68f"));
        QVERIFY(o.value(QStringLiteral("amount")).toString() != QStringLiteral("100"));
        // nested signables (v2 transfers) are tampered too
        const QJsonObject nested = o.value(QStringLiteral("signable_responses")).toArray().at(0).toObject();
        QVERIFY(nested.value(QStringLiteral("payload_hash")).toString() != QStringLiteral("77"));
    }

    void dropBeforeAndAfterExecute()
    {
        // A raw socket shows exactly what the server does; QNAM would hide it (see below).
        FaultFixture f;
        auto postRaw = [&f]() {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(f.sandbox().baseUrl().port()));
            if (!socket.waitForConnected(5000))
                return QByteArray("not connected");
            socket.write(
                "POST /imx/v1/test-create HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
            QByteArray answer;
            const bool done = QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return socket.state() == QAbstractSocket::UnconnectedState || answer.contains("\r\n\r\n");
                },
                5000);
            return done ? answer : QByteArray("timed out");
        };
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.create")},
                    {QStringLiteral("drop"), QStringLiteral("before_execute")},
                    {QStringLiteral("times"), 1}});
        QCOMPARE(postRaw(), QByteArray());
        QCOMPARE(f.executed, 0);
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.create")},
                    {QStringLiteral("drop"), QStringLiteral("after_execute")},
                    {QStringLiteral("times"), 1}});
        QCOMPARE(postRaw(), QByteArray());
        QCOMPARE(f.executed, 1); // executed, but the client never heard
        QVERIFY(postRaw().startsWith("HTTP/1.1 200"));
        QCOMPARE(f.executed, 2);
    }

    void qnamResendsADroppedPostOnce()
    {
        // QNetworkAccessManager (6.4) silently re-sends a request, even a POST, once when the
        // connection closes with no answer. A wallet on QNAM must expect a dropped submit to reach
        // the server twice: the sandbox's idempotency has to absorb that.
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("imx.test.create")},
                    {QStringLiteral("drop"), QStringLiteral("after_execute")},
                    {QStringLiteral("times"), 2}});
        f.dropClientConnections();
        const auto r = f.postJson(QStringLiteral("/imx/v1/test-create"), {});
        QCOMPARE(r.status, 0);
        QCOMPARE(f.executed, 2);
    }

    void writesDisabledReadsFine()
    {
        // A retired chain: every write refused, reads and the admin API still work.
        FaultFixture f;
        f.addFault({{QStringLiteral("route"), QStringLiteral("*")},
                    {QStringLiteral("methods"), QStringLiteral("write")},
                    {QStringLiteral("status"), 410}});
        QCOMPARE(f.postJson(QStringLiteral("/imx/v1/test-create"), {}).status, 410);
        QCOMPARE(f.executed, 0);
        QCOMPARE(f.get(QStringLiteral("/imx/v1/test-signable")).status, 200);
        QCOMPARE(f.get(QStringLiteral("/__sandbox/faults"))
                     .object()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(f.send("DELETE", QStringLiteral("/__sandbox/faults")).status, 204);
        QCOMPARE(f.postJson(QStringLiteral("/imx/v1/test-create"), {}).status, 200);
    }

    void badRulesAreRejected()
    {
        FaultFixture f;
        const QList<QByteArray> bad = {"not json",
                                       "[]",
                                       R"({"bogus": 1})",
                                       R"({"status": "500"})",
                                       R"({"status": 99})",
                                       R"({"times": 0})",
                                       R"({"body": "weird"})",
                                       R"({"retry_after": 5})",
                                       R"({"route": ""})",
                                       R"({"latency_ms": 1.5})"};
        for (const QByteArray &body : bad) {
            const auto r = f.post(QStringLiteral("/__sandbox/faults"), body);
            QVERIFY2(r.status == 400, body.constData());
            QCOMPARE(r.object().value(QStringLiteral("code")).toString().isEmpty(), false);
        }
        QVERIFY(f.get(QStringLiteral("/__sandbox/faults"))
                    .object()
                    .value(QStringLiteral("faults"))
                    .toArray()
                    .isEmpty());
    }

    void specForm()
    {
        QString error;
        const auto rule = sandbox::FaultRule::fromSpec(
            QStringLiteral("route=imx.*,status=503,times=2,methods=write"), &error);
        QVERIFY2(rule.has_value(), qPrintable(error));
        QCOMPARE(rule->status, 503);
        QCOMPARE(rule->times, 2);
        QCOMPARE(rule->methods, sandbox::FaultRule::Methods::Write);
        QVERIFY(!sandbox::FaultRule::fromSpec(QStringLiteral("status"), &error));
        QVERIFY(!sandbox::FaultRule::fromSpec(QStringLiteral("colour=red"), &error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
