// SPDX-License-Identifier: MIT
#include "login/LoginDialog.h"

#include "login/LoginWebPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

namespace stardeck::ui {

void registerLoginUrlSchemes()
{
    static bool registered = false;
    if (!registered) {
        registered = true;
        QWebEngineUrlScheme scheme(QByteArrayLiteral("stardeck"));
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        // SecureScheme only: LocalScheme makes Chromium block the redirect (qt-feasibility.md 3).
        scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
        QWebEngineUrlScheme::registerScheme(scheme);
    }
}

LoginDialog::LoginDialog(passport::PassportSession &session, LoginPolicy policy, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Log in with Immutable Passport"));
    setObjectName(QStringLiteral("loginDialog"));
    // No storage name: an off-the-record profile, so cookies and cache live only in memory.
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new LoginWebPage(std::move(policy), m_profile, this);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Immutable Passport login page"));
    m_view->setMinimumSize(420, 520);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Login status"));

    m_browserButton = new QPushButton(tr("Log in with your browser"), this);
    m_browserButton->setObjectName(QStringLiteral("browserLoginButton"));
    m_browserButton->setAccessibleName(tr("Log in with your browser instead"));
    m_retryButton = new QPushButton(tr("Try again"), this);
    m_retryButton->setObjectName(QStringLiteral("retryLoginButton"));
    m_retryButton->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_browserButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retryButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        Q_EMIT browserLoginRequested();
        reject();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { start(m_hints); });
    connect(m_page, &LoginWebPage::callbackReceived, this, &LoginDialog::handleCallback);
    connect(m_page, &LoginWebPage::browserRequired, this, [this] {
        setStatus(tr("This sign-in provider does not allow embedded windows. Continue in your browser."));
        Q_EMIT browserLoginRequested();
        reject();
    });
    connect(m_page, &LoginWebPage::navigationRefused, this,
            [this](const QUrl &, const QString &reason) { setStatus(reason, true); });
    // Page loads only replace the "Loading" line; a refusal or a failed login stays readable.
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        if (!m_completing && !m_status->property("error").toBool())
            setStatus(tr("Loading…"));
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (m_completing || m_status->text() != tr("Loading…"))
            return;
        if (ok)
            setStatus(QString());
        else
            setStatus(tr("The login page could not be loaded. Check the connection and try again."), true);
    });
}

LoginDialog::~LoginDialog()
{
    // The page must go before its profile.
    delete m_view;
    delete m_page;
}

void LoginDialog::start(const passport::LoginHints &hints)
{
    m_hints = hints;
    m_completing = false;
    m_retryButton->setVisible(false);
    setStatus(QString());
    const passport::PassportResult<QUrl> url = m_session.beginLogin(hints);
    if (!url) {
        setStatus(url.error().message, true);
        Q_EMIT loginFailed(url.error().message);
        return;
    }
    m_page->load(url.value());
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

void LoginDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_status->setProperty("error", error);
}

void LoginDialog::handleCallback(const QUrl &url)
{
    if (m_completing)
        return; // a second callback: the session refuses it anyway
    m_completing = true;
    setStatus(tr("Checking the login…"));
    m_session.completeLogin(url, this, [this](passport::PassportStatus status) {
        if (status) {
            setStatus(tr("Logged in."));
            Q_EMIT loggedIn();
            accept();
            return;
        }
        m_completing = false;
        setStatus(tr("Login failed: %1").arg(status.error().message), true);
        m_retryButton->setVisible(true);
        Q_EMIT loginFailed(status.error().message);
    });
}

} // namespace stardeck::ui
