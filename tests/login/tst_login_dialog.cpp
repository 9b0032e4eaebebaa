// SPDX-License-Identifier: MIT
// The embedded login dialog in a real (headless) browser engine against the in-process sandbox:
// the sandbox's login page is filled in by script as a user would, the redirect is intercepted and
// handed to the session; off-list navigation, providers that refuse embedded views and forged
// callbacks are handled.
#include "SandboxFixture.h"
#include "login/LoginDialog.h"
#include "login/LoginWebPage.h"
#include "login/WebPageTestSupport.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace stardeck;
using namespace stardeck::ui;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 30000;

//! The visible text of the page and its URL, for failure messages.
QString pageText(QWebEnginePage &page)
{
    return page.url().toString() + QStringLiteral(": ") +
           evaluate(page, QStringLiteral("document.body ? document.body.innerText : ''")).toString();
}

struct Harness {
    SandboxFixture f;
    QNetworkAccessManager nam;
    passport::Environment environment = passport::Environment::local(f.sandbox().baseUrl());
    passport::PassportSession session{environment, nam};
    LoginDialog dialog{session, LoginPolicy::forEnvironment(environment)};
};

} // namespace

class TestLoginDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void embeddedLoginCompletes()
    {
        Harness h;
        QSignalSpy loggedIn(&h.dialog, &LoginDialog::loggedIn);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(fillSandboxLogin(*h.dialog.page(), QStringLiteral("embedded@example.com")));
        QVERIFY2(loggedIn.wait(kWaitMs), qPrintable(pageText(*h.dialog.page()) + h.dialog.statusText()));
        QVERIFY(h.session.isLoggedIn());
        QCOMPARE(h.session.claims()->email, QStringLiteral("embedded@example.com"));
        QCOMPARE(h.dialog.result(), int(QDialog::Accepted));
    }

    void forgedCallbackRefusedThenRealLoginWorks()
    {
        Harness h;
        QSignalSpy failed(&h.dialog, &LoginDialog::loginFailed);
        QSignalSpy loggedIn(&h.dialog, &LoginDialog::loggedIn);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(waitForElement(*h.dialog.page(), QStringLiteral("#email")));
        // A page (or a link) that jumps to our redirect URI with someone else's code and state.
        evaluate(*h.dialog.page(),
                 QStringLiteral("location.href = 'stardeck://callback?code=stolen&state=forged'; true"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() > 0, kWaitMs);
        QVERIFY(!h.session.isLoggedIn());
        QVERIFY(h.dialog.statusText().contains(QStringLiteral("Login failed")));
        QVERIFY(h.dialog.findChild<QPushButton *>(QStringLiteral("retryLoginButton"))->isVisible());
        // The pending login survives a forged state: the user's own login still completes.
        QVERIFY(fillSandboxLogin(*h.dialog.page(), QStringLiteral("after-forgery@example.com")));
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn.size() > 0, kWaitMs);
        QVERIFY(h.session.isLoggedIn());
    }

    void offListNavigationIsRefused()
    {
        Harness h;
        QSignalSpy refused(h.dialog.page(), &LoginWebPage::navigationRefused);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(waitForElement(*h.dialog.page(), QStringLiteral("#email")));
        const QUrl before = h.dialog.page()->url();
        for (const QString &target : {QStringLiteral("https://example.com/"),
                                      QStringLiteral("http://auth.immutable.com.evil.example/"),
                                      h.f.url(QStringLiteral("/imx/v1/tokens")).toString()}) {
            refused.clear();
            evaluate(*h.dialog.page(), QStringLiteral("location.href = '%1'; true").arg(target));
            QTRY_VERIFY2_WITH_TIMEOUT(refused.size() > 0, qPrintable(target), kWaitMs);
            QCOMPARE(refused.first().first().toUrl(), QUrl(target));
        }
        QTest::qWait(200);
        QCOMPARE(h.dialog.page()->url(), before);
        QVERIFY(!h.dialog.statusText().isEmpty());
        // Pop-up windows are never opened.
        refused.clear();
        evaluate(*h.dialog.page(), QStringLiteral("window.open('https://example.com/'); true"));
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, kWaitMs);
    }

    void providerThatRefusesEmbeddingGoesToTheBrowser()
    {
        Harness h;
        QSignalSpy browser(&h.dialog, &LoginDialog::browserLoginRequested);
        h.dialog.show();
        h.dialog.start();
        QVERIFY(waitForElement(*h.dialog.page(), QStringLiteral("#email")));
        evaluate(*h.dialog.page(),
                 QStringLiteral("location.href = 'https://accounts.google.com/o/oauth2/auth'; true"));
        QTRY_VERIFY_WITH_TIMEOUT(browser.size() > 0, kWaitMs);
        QCOMPARE(h.dialog.result(), int(QDialog::Rejected));
    }

    void browserButtonIsAlwaysOffered()
    {
        Harness h;
        QSignalSpy browser(&h.dialog, &LoginDialog::browserLoginRequested);
        h.dialog.show();
        auto *button = h.dialog.findChild<QPushButton *>(QStringLiteral("browserLoginButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        button->click();
        QCOMPARE(browser.size(), 1);
    }
};

int main(int argc, char **argv)
{
    registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestLoginDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_login_dialog.moc"
