// SPDX-License-Identifier: MIT
// F25, clock skew: the sandbox's answers carry a Date header from its clock; ImxClient's ClockSkew
// compares it with this machine's and reports a difference of more than 5 minutes (and its end).
#include "SandboxFixture.h"
#include "api/ClockSkew.h"
#include "api/ImxClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace stardeck;
using stardeck::api::ClockSkew;
using stardeck::test::SandboxFixture;

class TestReliabilityClock : public QObject {
    Q_OBJECT

    //! One read through `client` (any answer carries the Date header).
    static bool read(api::ImxClient &client)
    {
        std::optional<bool> ok;
        QObject context;
        client.tokens({}, &context, [&ok](auto r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 20000) && *ok;
    }

private Q_SLOTS:
    void parsesHttpDates()
    {
        QCOMPARE(ClockSkew::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("yesterday"), QByteArray("Sun, 06 Nov 1994 08:49:37 CET"),
              QByteArray("Sunday, 06-Nov-94 08:49:37 GMT"), QByteArray("Sun, 31 Feb 1994 08:49:37 GMT")})
            QVERIFY2(!ClockSkew::parseHttpDate(bad).isValid(), bad.constData());
    }

    void skewIsReportedFromTheDateHeader()
    {
        SandboxFixture f;
        QNetworkAccessManager nam;
        api::ImxClientConfig config;
        config.baseUrl = QUrl(f.sandbox().serviceUrl(QStringLiteral("/imx")));
        api::ImxClient client(config, &nam);
        QSignalSpy changed(&client.clockSkew(), &ClockSkew::skewedChanged);

        QVERIFY(read(client)); // same clock: nothing to say
        QVERIFY(client.clockSkew().skewSeconds().has_value());
        QVERIFY(std::abs(*client.clockSkew().skewSeconds()) <= 2);
        QVERIFY(!client.clockSkew().isSkewed());
        QCOMPARE(changed.count(), 0);

        // The server is 4 minutes ahead: within the 5-minute tolerance.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(240); };
        QVERIFY(read(client));
        QVERIFY(!client.clockSkew().isSkewed());
        QCOMPARE(changed.count(), 0);

        // Two hours apart (a wrong time zone setting): reported once, with the difference.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(-7200); };
        QVERIFY(read(client));
        QVERIFY(read(client));
        QVERIFY(client.clockSkew().isSkewed());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(std::abs(changed.at(0).at(1).toLongLong() + 7200) <= 2);

        // The clocks agree again: the warning ends.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc(); };
        QVERIFY(read(client));
        QVERIFY(!client.clockSkew().isSkewed());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
    }

    void answersWithoutADateChangeNothing()
    {
        ClockSkew skew;
        skew.setClock([] { return QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()); });
        skew.observe("Thu, 01 Jan 2026 13:00:00 GMT");
        QVERIFY(skew.isSkewed());
        QCOMPARE(*skew.skewSeconds(), qint64(3600));
        skew.observe({});
        skew.observe("garbage");
        QVERIFY(skew.isSkewed()); // the last usable Date still counts
        skew.observe("Thu, 01 Jan 2026 12:05:00 GMT");
        QVERIFY(!skew.isSkewed()); // exactly 5 minutes is within the tolerance
    }
};

QTEST_GUILESS_MAIN(TestReliabilityClock)
#include "tst_reliability_clock.moc"
