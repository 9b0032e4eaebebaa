// SPDX-License-Identifier: MIT
#include "wallet/CliConfirmationPrompt.h"

#include "Io.h"
#include "wallet/ActionText.h"
#include "wallet/Browser.h"
#include "wallet/GuardianClient.h"
#include "wallet/WalletApp.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrlQuery>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace stardeck::cli {

namespace {

constexpr int kGuardianPollMs = 2000;
constexpr int kGuardianTimeoutMs = 10 * 60 * 1000;
constexpr qsizetype kMaxAnswer = 64;

bool isYes(const QByteArray &line)
{
    const QByteArray word = line.trimmed().toLower();
    return word == "y" || word == "yes";
}

} // namespace

CliConfirmationPrompt::CliConfirmationPrompt(WalletApp &app, bool yes, bool openBrowser,
                                             wallet::GuardianClient &guardian, QObject *parent)
    : QObject(parent), m_app(app), m_yes(yes), m_openBrowser(openBrowser), m_guardian(guardian)
{}

CliConfirmationPrompt::~CliConfirmationPrompt()
{
    closeTerminal();
}

void CliConfirmationPrompt::closeTerminal()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_ownsTty && m_tty >= 0)
        ::close(m_tty);
    m_tty = -1;
    m_ownsTty = false;
}

void CliConfirmationPrompt::review(const wallet::PreparedAction &action, QObject *context, Decision done)
{
    ++m_reviews;
    QPointer<QObject> guard(context);
    if (m_app.json())
        io::writeLine(m_app.streams().err,
                      QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("review")},
                                                {QStringLiteral("action"), actionJson(action)}})
                          .toJson(QJsonDocument::Compact));
    const QString summary = describeAction(action);
    if (m_yes) {
        if (!m_app.json())
            m_app.err(summary);
        m_app.notice(QStringLiteral("approved"), QStringLiteral("Approved with --yes."));
        QTimer::singleShot(0, this, [this, action, guard, done] { answer(action, true, guard, done); });
        return;
    }
    // The question goes to a terminal only; piped input never approves.
    closeTerminal();
    if (::isatty(m_app.streams().in)) {
        m_tty = m_app.streams().in;
    } else {
        m_tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NONBLOCK);
        m_ownsTty = m_tty >= 0;
    }
    if (m_tty < 0) {
        if (!m_app.json())
            m_app.err(summary);
        m_app.notice(QStringLiteral("no_terminal"),
                     QStringLiteral("No terminal to ask for approval and no --yes: rejected."));
        QTimer::singleShot(0, this, [this, action, guard, done] { answer(action, false, guard, done); });
        return;
    }
    const int promptFd = m_ownsTty ? m_tty : m_app.streams().err;
    io::writeAll(promptFd, (summary + QStringLiteral("Sign and submit? [y/N] ")).toUtf8());
    m_line.clear();
    m_notifier = new QSocketNotifier(qintptr(m_tty), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this, action, guard, done] {
        char buffer[64];
        const ssize_t n = ::read(m_tty, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        const bool ended = n <= 0;
        if (!ended)
            m_line.append(buffer, qsizetype(n));
        const qsizetype newline = m_line.indexOf('\n');
        if (!ended && newline < 0 && m_line.size() < kMaxAnswer)
            return;
        const bool approved = !ended && newline >= 0 && isYes(m_line.left(newline));
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
        closeTerminal();
        answer(action, approved, guard, done);
    });
}

void CliConfirmationPrompt::answer(const wallet::PreparedAction &action, bool approved,
                                   QPointer<QObject> context, Decision done)
{
    if (!context)
        return;
    if (!approved || !action.guardian.confirmationRequired) {
        if (!approved)
            m_app.notice(QStringLiteral("rejected"), QStringLiteral("Rejected: nothing was signed."));
        done(approved);
        return;
    }
    // Guardian wants the user to confirm on its page too; wait for its verdict before approving.
    const QUrl url = action.guardian.confirmationUrl;
    const QString link = url.toString(QUrl::FullyEncoded);
    m_app.notice(
        QStringLiteral("guardian_confirmation"),
        QStringLiteral("Guardian requires a confirmation of this transaction. Confirm it at:\n%1").arg(link),
        {{QStringLiteral("url"), link}});
    QString why;
    if (m_openBrowser && !openInBrowser(url, &why))
        m_app.notice(QStringLiteral("browser_failed"),
                     QStringLiteral("(could not open a browser: %1)").arg(why));
    const QString hash = QUrlQuery(url).queryItemValue(QStringLiteral("transactionId"));
    m_app.notice(QStringLiteral("guardian_waiting"), QStringLiteral("Waiting for the confirmation..."));
    m_guardian.waitForApproval(
        hash, errorTypeOf(action.kind), kGuardianPollMs, kGuardianTimeoutMs, this,
        [this, context, done](wallet::WalletStatus status) {
            if (!context)
                return;
            if (!status)
                m_app.notice(QStringLiteral("guardian_failed"), wallet::describe(status.error()));
            else
                m_app.notice(QStringLiteral("guardian_confirmed"), QStringLiteral("Guardian: confirmed."));
            done(status.ok());
        });
}

} // namespace stardeck::cli
