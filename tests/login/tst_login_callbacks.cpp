// SPDX-License-Identifier: MIT
// The embedded login's callback rules in a real (headless) browser engine against the in-process
// sandbox (fault F16): exactly one valid callback completes a login. A second callback (the real one,
// replayed after the login) reaches no token endpoint; a forged callback carrying the right state but
// someone else's code is refused by the server and logs nobody in; an error callback is reported.
// (A forged state, off-list hosts and frames: tst_login_dialog.cpp and tst_login_hostile_hosts.cpp.)
#include "SandboxFixture.h"
#include "login/LoginDialog.h"
#include "login/LoginWebPage.h"
#include "login/WebPageTestSupport.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace stardeck;
using namespace stardeck::ui;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 30000;

struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    passport::PassportSession session{environment, nam};
    LoginDialog dialog{session, LoginPolicy::forEnvironment(environment)};

    //! How many secrets of `kind` the sandbox's auth service issued or received so far.
    int issued(const QString &kind)
    {
        int n = 0;
        for (const auto &secret : f.sandbox().context().issuedSecrets)
            n += secret.kind == kind ? 1 : 0;
        return n;
    }
};

//! The state of the login the dialog started (from the authorize URL the page first asked for).
QString pendingState(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        if (!state.isEmpty())
            return state;
    }
    return {};
}

} // namespace

class TestLoginCallbacks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondCallbackReachesNoTokenEndpoint()
    {
        Harness h;
        QSignalSpy callbacks(h.dialog.page(), &LoginWebPage::callbackReceived);
        QSignalSpy loggedIn(&h.dialog, &LoginDialog::loggedIn);
        QSignalSpy failed(&h.dialog, &LoginDialog::loginFailed);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(fillSandboxLogin(*h.dialog.page(), QStringLiteral("twice@example.com")));
        QVERIFY2(loggedIn.wait(kWaitMs), qPrintable(h.dialog.statusText()));
        QCOMPARE(callbacks.size(), 1);
        const QUrl callback = callbacks.first().first().toUrl();
        QVERIFY(QUrlQuery(callback).hasQueryItem(QStringLiteral("code")));
        QCOMPARE(h.issued(QStringLiteral("code_verifier")), 1);
        QCOMPARE(h.issued(QStringLiteral("access_token")), 1);

        // The same redirect again (a replay, a double navigation): intercepted, never exchanged.
        evaluate(*h.dialog.page(), QStringLiteral("location.href = '%1'; true").arg(callback.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 2, kWaitMs);
        QTest::qWait(500);
        QCOMPARE(h.issued(QStringLiteral("code_verifier")), 1); // no second token request
        QCOMPARE(h.issued(QStringLiteral("access_token")), 1);
        QCOMPARE(loggedIn.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(h.session.isLoggedIn());

        // The session itself accepts one callback per login: a replay straight to it is refused too.
        std::optional<bool> replay;
        h.session.completeLogin(callback, &h.dialog,
                                [&](passport::PassportStatus status) { replay = bool(status); });
        QTRY_VERIFY_WITH_TIMEOUT(replay.has_value(), kWaitMs);
        QVERIFY(!*replay);
        QCOMPARE(h.issued(QStringLiteral("code_verifier")), 1);
        QVERIFY(h.session.isLoggedIn());
    }

    void forgedCodeWithTheRightStateLogsNobodyIn()
    {
        Harness h;
        QList<QUrl> requested;
        connect(h.dialog.page(), &QWebEnginePage::urlChanged, this,
                [&requested](const QUrl &url) { requested.append(url); });
        QSignalSpy failed(&h.dialog, &LoginDialog::loginFailed);
        QSignalSpy loggedIn(&h.dialog, &LoginDialog::loggedIn);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(waitForElement(*h.dialog.page(), QStringLiteral("#email")));
        const QString state =
            pendingState(QList<QUrl>{h.dialog.page()->requestedUrl(), h.dialog.page()->url()} + requested);
        QVERIFY2(!state.isEmpty(), qPrintable(h.dialog.page()->url().toString()));
        // Someone who saw the state injects a redirect with a code of their own.
        evaluate(*h.dialog.page(),
                 QStringLiteral("location.href = 'stardeck://callback?code=%1&state=%2'; true")
                     .arg(QStringLiteral("Zm9yZ2VkLWNvZGUtZnJvbS1hbi1hdHRhY2tlcg"), state));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() > 0, kWaitMs);
        QCOMPARE(loggedIn.size(), 0);
        QVERIFY(!h.session.isLoggedIn());
        QCOMPARE(h.issued(QStringLiteral("access_token")), 0); // the server refused the code
        QVERIFY(h.dialog.statusText().contains(QStringLiteral("Login failed")));
    }

    void errorCallbackIsReported()
    {
        Harness h;
        QList<QUrl> requested;
        connect(h.dialog.page(), &QWebEnginePage::urlChanged, this,
                [&requested](const QUrl &url) { requested.append(url); });
        QSignalSpy failed(&h.dialog, &LoginDialog::loginFailed);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(waitForElement(*h.dialog.page(), QStringLiteral("#email")));
        const QString state =
            pendingState(QList<QUrl>{h.dialog.page()->requestedUrl(), h.dialog.page()->url()} + requested);
        QVERIFY(!state.isEmpty());
        evaluate(*h.dialog.page(),
                 QStringLiteral("location.href = 'stardeck://callback?error=access_denied&state=%1'; true")
                     .arg(state));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() > 0, kWaitMs);
        QVERIFY(!h.session.isLoggedIn());
        QCOMPARE(h.issued(QStringLiteral("code_verifier")), 0);
        QVERIFY(h.dialog.statusText().contains(QStringLiteral("Login failed")));
    }
};

int main(int argc, char **argv)
{
    registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestLoginCallbacks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_login_callbacks.moc"
