// SPDX-License-Identifier: MIT
// AppServices, second part: logging in through the system browser. The answer comes back on a
// loopback port (LoopbackReceiver) or, when none can be opened or --browser-redirect=scheme was
// given, through the stardeck:// URL handler of a second launch (deliverCallback).
#include "AppServices.h"

#include "ErrorText.h"
#include "MainWindow.h"
#include "login/LoginDialog.h"
#include "pages/LoginPage.h"
#include "passport/LoopbackReceiver.h"
#include "passport/PassportSession.h"

#include <QDesktopServices>
#include <QStatusBar>
#include <QTimer>

namespace stardeck::app {

void AppServices::browserLogin()
{
    if (m_state != State::LoggedOut && m_state != State::LoggingIn)
        return;
    delete m_receiver;
    if (m_accountContext)
        tearDownAccount();
    if (m_options.schemeRedirect) {
        schemeLogin();
        return;
    }
    auto *receiver = new passport::LoopbackReceiver(this);
    m_receiver = receiver;
    if (!receiver->listen()) {
        // No port for the answer: the desktop's stardeck:// handler brings it instead.
        delete receiver;
        schemeLogin();
        return;
    }
    m_session->deleteLater();
    m_session = createSession(receiver->redirectUri());
    const passport::PassportResult<QUrl> url = m_session->beginLogin();
    if (!url) {
        m_window->showLogin(passportErrorText(url.error()), true);
        delete receiver;
        setState(State::LoggedOut);
        return;
    }
    setState(State::LoggingIn);
    m_window->loginPage()->setStatus(
        tr("Continue in your web browser. Stardeck waits for the login to finish."));
    connect(receiver, &passport::LoopbackReceiver::callbackReceived, this,
            [this, receiver](const QUrl &callback) {
                // Not at once: the browser's socket (owned by the receiver) is still sending the answer page.
                QTimer::singleShot(10'000, receiver, &QObject::deleteLater);
                completeBrowserLogin(callback);
            });
    if (!QDesktopServices::openUrl(url.value()))
        m_window->loginPage()->setStatus(
            tr("Open this address in your web browser to log in:\n%1").arg(url.value().toString()));
}

void AppServices::schemeLogin()
{
    // The session with the configured (stardeck://) redirect; the answer arrives through deliverCallback().
    m_session->deleteLater();
    m_session = createSession(QString());
    const passport::PassportResult<QUrl> url = m_session->beginLogin();
    if (!url) {
        m_window->showLogin(passportErrorText(url.error()), true);
        setState(State::LoggedOut);
        return;
    }
    setState(State::LoggingIn);
    m_window->loginPage()->setStatus(
        tr("Continue in your web browser. Stardeck waits for the login to finish."));
    if (!QDesktopServices::openUrl(url.value()))
        m_window->loginPage()->setStatus(
            tr("Open this address in your web browser to log in:\n%1").arg(url.value().toString()));
}

void AppServices::deliverCallback(const QUrl &url)
{
    m_window->bringToFront();
    const QUrl expected(m_sessionEnvironment ? m_sessionEnvironment->client().redirectUri : QString());
    const bool waiting = m_state == State::LoggingIn && !m_loopbackSession && !m_loginDialog && m_session &&
                         m_session->loginPending() && url.scheme() == expected.scheme() &&
                         url.host() == expected.host() && url.path() == expected.path();
    if (!waiting) {
        // Never fed to a session that did not ask for it; nothing is lost by ignoring it.
        m_window->statusBar()->showMessage(
            tr("A login answer arrived, but no login in the browser was waiting for it. Log in again."),
            10'000);
        return;
    }
    completeBrowserLogin(url);
}

void AppServices::completeBrowserLogin(const QUrl &callback)
{
    m_window->loginPage()->setStatus(tr("Checking the login…"));
    m_session->completeLogin(callback, this, [this](passport::PassportStatus status) {
        if (!status) {
            m_window->showLogin(passportErrorText(status.error()), true);
            setState(State::LoggedOut);
            Q_EMIT loginFailed(passportErrorText(status.error()));
            return;
        }
        onLoggedIn();
    });
}

} // namespace stardeck::app
