// SPDX-License-Identifier: MIT
// The hosted confirmation page run in a real browser engine (Qt WebEngine, headless): the page's
// own JavaScript must speak the imx_passport_confirmation protocol with window.opener and really
// approve the transaction in Guardian (passport-sdk.md 5.2).
#include "WritesTestWorld.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

using namespace stardeck;
using namespace Qt::StringLiterals;
using stardeck::test::SandboxFixture;
using stardeck::test::WritesTestWorld;

namespace {

// Stands in for the Passport SDK window that opened the popup: records every message.
const QString kOpenerShim = uR"JS(
window.__messages = [];
window.opener = { postMessage: function (message, origin) {
  if (message && message.eventType === 'imx_passport_confirmation') window.__messages.push(message.messageType);
} };
)JS"_s;

QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    QVariant result;
    bool done = false;
    page.runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

QString messages(QWebEnginePage &page)
{
    return evaluate(page, u"window.__messages.join(',')"_s).toString();
}

} // namespace

class TestConfirmationWebEngine : public QObject {
    Q_OBJECT

    struct Pending {
        QString payload;
        QJsonObject create;
        QUrl page;
    };

    Pending pendingTransfer(SandboxFixture &f, const test::TestAccount &from, const test::TestAccount &to)
    {
        const auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                         {{u"sender"_s, from.ethAddress},
                                          {u"receiver"_s, to.ethAddress},
                                          {u"amount"_s, u"300000000000000000"_s},
                                          {u"token"_s, WritesTestWorld::ethToken()}},
                                         WritesTestWorld::bearer(from));
        Pending p;
        p.payload = signable.object().value(u"payload_hash"_s).toString();
        p.create = WritesTestWorld::transferCreateBody(signable.object(),
                                                       WritesTestWorld::starkSign(from, p.payload));
        p.page = f.url(u"/passport/transaction-confirmation/transaction?transactionId="_s + p.payload +
                       u"&etherAddress="_s + from.ethAddress + u"&chainType=starkex"_s);
        return p;
    }

    void openPage(QWebEnginePage &page, const QUrl &url, bool httpOk = true)
    {
        QWebEngineScript shim;
        shim.setName(u"opener-shim"_s);
        shim.setSourceCode(kOpenerShim);
        shim.setInjectionPoint(QWebEngineScript::DocumentCreation);
        shim.setWorldId(QWebEngineScript::MainWorld);
        page.scripts().insert(shim);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(url);
        QVERIFY(loaded.wait(20000));
        // WebEngine reports an HTTP error status as a failed load, though the page still runs.
        QCOMPARE(loaded.first().first().toBool(), httpOk);
    }

private Q_SLOTS:
    void confirmApprovesInGuardian()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);
        QVERIFY(w.setGuardianPolicy(u"always"_s));
        const Pending p = pendingTransfer(f, *alice, *bob);
        QCOMPARE(f.postJson(u"/imx/v1/transfers"_s, p.create, WritesTestWorld::bearer(*alice)).status, 403);

        QWebEngineProfile profile; // off the record: nothing touches $HOME
        QWebEnginePage page(&profile);
        openPage(page, p.page);
        QTRY_COMPARE_WITH_TIMEOUT(messages(page), u"confirmation_window_ready"_s, 10000);
        // The SDK answers the handshake.
        evaluate(page, u"window.postMessage({eventType: 'imx_passport_confirmation', messageType: "
                       u"'confirmation_start'}, '*')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, u"document.body.getAttribute('data-started')"_s).toString(),
                                  u"true"_s, 10000);
        // The user clicks Confirm: the page approves with Guardian and tells the opener.
        evaluate(page, u"document.getElementById('confirm').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messages(page), u"confirmation_window_ready,transaction_confirmed"_s,
                                  15000);
        QCOMPARE(f.postJson(u"/imx/v1/transfers"_s, p.create, WritesTestWorld::bearer(*alice)).status, 200);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"300000000000000000"_s);
    }

    void rejectLeavesItPending()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"5000000000000000000"_s);
        QVERIFY(w.setGuardianPolicy(u"always"_s));
        const Pending p = pendingTransfer(f, *alice, *bob);

        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        openPage(page, p.page);
        evaluate(page, u"document.getElementById('reject').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messages(page), u"confirmation_window_ready,transaction_rejected"_s, 10000);
        QCOMPARE(f.postJson(u"/imx/v1/transfers"_s, p.create, WritesTestWorld::bearer(*alice)).status, 403);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"0"_s);
    }

    void unknownTransactionReportsAnError()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        auto alice = w.addRegistered(u"alice"_s);
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        openPage(page,
                 f.url(u"/passport/transaction-confirmation/transaction?transactionId=123&etherAddress="_s +
                       alice->ethAddress + u"&chainType=starkex"_s),
                 /*httpOk=*/false);
        QTRY_COMPARE_WITH_TIMEOUT(messages(page), u"confirmation_window_ready,transaction_error"_s, 10000);
    }
};

int main(int argc, char **argv)
{
    // As root, Chromium refuses to start with its sandbox (qt-feasibility.md 3).
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestConfirmationWebEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_confirmation_webengine.moc"
