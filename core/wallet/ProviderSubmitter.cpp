// SPDX-License-Identifier: MIT
#include "wallet/ProviderSubmitter.h"

#include "wallet/ImxProvider.h"
#include "wallet/ProviderApi.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace stardeck::wallet {

ProviderSubmitter::ProviderSubmitter(ImxProvider &provider, JournalEntry entry, PassportErrorType type,
                                     bool firstSendRecorded, QObject *parent)
    : QObject(parent)
    , m_provider(&provider)
    , m_entry(std::move(entry))
    , m_type(type)
    , m_sendRecorded(firstSendRecorded)
{}

void ProviderSubmitter::start(Callback done)
{
    m_done = std::move(done);
    sendAttempt();
}

void ProviderSubmitter::sendAttempt()
{
    if (!m_provider)
        return;
    SubmissionJournal &journal = *m_provider->m_services.journal;
    if (m_sends > 0 || !m_sendRecorded) {
        // Durable before the bytes leave: a crash now still shows how often it was sent.
        const WalletStatus recorded = journal.recordAttempt(m_entry.id);
        if (!recorded.ok()) {
            WalletError error = recorded.error();
            error.type = m_type;
            finish({m_sends > 0 ? SubmitOutcome::Kind::Unknown : SubmitOutcome::Kind::Refused, {}, error});
            return;
        }
    }
    ++m_sends;
    ApiRequest request{m_entry.method, m_entry.path, m_entry.body, true};
    QPointer<ProviderSubmitter> self(this);
    m_provider->m_api->send(request, m_type, this, [self](WalletResult<ApiAnswer> answer) {
        if (self)
            self->handle(answer);
    });
}

void ProviderSubmitter::handle(const WalletResult<ApiAnswer> &result)
{
    if (!m_provider)
        return;
    // After a send that may have reached the server, only an answer to the identical bytes can
    // say what happened; an auth failure on a later send says nothing about the earlier one.
    // On resume every earlier send belongs to a previous run and may have executed.
    const bool earlierMayHaveExecuted = m_sends > 1 || (!m_sendRecorded && m_entry.attempts > 0);
    if (!result.ok()) {
        if (earlierMayHaveExecuted) {
            WalletError error = result.error();
            error.failure = WalletFailure::OutcomeUnknown;
            error.message =
                QStringLiteral("the signed request was sent but its outcome is unknown: ") + error.message;
            finish({SubmitOutcome::Kind::Unknown, {}, error});
        } else {
            refuse(result.error(), {});
        }
        return;
    }
    const ApiAnswer &answer = result.value();
    if (answer.status == 0) {
        retryOrGiveUp(QStringLiteral("no answer (%1)").arg(answer.transportError));
        return;
    }
    if (m_provider->crashAt(QStringLiteral("posted"))) {
        finish({SubmitOutcome::Kind::Stopped, {}, {}});
        return;
    }
    if (answer.status >= 200 && answer.status <= 299) {
        if (!isJsonObject(answer.body)) {
            // Accepted, but the answer is unreadable: ask again with the same bytes (a replay
            // returns the stored result).
            retryOrGiveUp(QStringLiteral("HTTP %1 with an unreadable body").arg(answer.status));
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        // The API holds the action even if this write fails; resumePending would replay it.
        m_provider->m_services.journal->update(m_entry.id, JournalState::Submitted, body);
        finish({SubmitOutcome::Kind::Accepted, body, {}});
        return;
    }
    if (answer.status >= 500 || answer.status == 429) {
        // The server may have executed it (5xx) or not yet (429); a replay of the same bytes is safe.
        const WalletError api = apiFailure(answer, m_type, QStringLiteral("submitting"));
        retryOrGiveUp(QStringLiteral("HTTP %1: %2").arg(answer.status).arg(api.message), answer.status,
                      api.apiCode, answer.status == 429 ? answer.retryAfterSecs : -1);
        return;
    }
    WalletError error = apiFailure(answer, m_type, QStringLiteral("submitting"));
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if ((answer.status == 403 || answer.status == 404 || answer.status == 410) &&
        error.apiCode == QLatin1String("confirmation_required")) {
        error.failure = WalletFailure::GuardianRejected;
    } else if (answer.status == 403 || answer.status == 404 || answer.status == 410) {
        const QString reason =
            QStringLiteral("The IMX API refused a write (HTTP %1: %2). The account is read-only until you "
                           "reconnect.")
                .arg(answer.status)
                .arg(error.message);
        m_provider->setReadOnly(true, reason);
        error.failure = WalletFailure::ReadOnly;
        error.message = reason;
    }
    const bool authRefusal = answer.status == 401 || answer.status == 403;
    if (answer.status == 409 || (earlierMayHaveExecuted && authRefusal)) {
        error.failure = WalletFailure::OutcomeUnknown;
        finish({SubmitOutcome::Kind::Unknown, {}, error});
        return;
    }
    if (earlierMayHaveExecuted) {
        // This refusal is about the re-send; the earlier send may have executed: never record it as
        // Rejected without looking at the API's listings.
        error.type = error.type == PassportErrorType::NotLoggedInError ? error.type : m_type;
        finish({SubmitOutcome::Kind::RefusedAfterSend, body, error});
        return;
    }
    refuse(error, body);
}

void ProviderSubmitter::retryOrGiveUp(const QString &why, int httpStatus, const QString &apiCode,
                                      int retryAfterSecs)
{
    const int retries = m_provider->m_services.submitRetries;
    if (m_sends <= retries) {
        int delay = m_provider->m_services.submitBackoffMs * (1 << (m_sends - 1));
        // The server's Retry-After is a lower bound (HttpAnswer caps it at 60 s).
        if (retryAfterSecs >= 0)
            delay = std::max(delay, retryAfterSecs * 1000);
        QPointer<ProviderSubmitter> self(this);
        QTimer::singleShot(delay, this, [self] {
            if (self)
                self->sendAttempt();
        });
        return;
    }
    WalletError error = walletError(
        m_type, WalletFailure::OutcomeUnknown,
        QStringLiteral(
            "the signed request was sent %1 times and no usable answer came back (%2); it stays in the "
            "journal and will be resolved by re-sending the same bytes")
            .arg(m_sends)
            .arg(why));
    error.httpStatus = httpStatus;
    error.apiCode = apiCode;
    finish({SubmitOutcome::Kind::Unknown, {}, error});
}

void ProviderSubmitter::refuse(WalletError error, const QJsonObject &result)
{
    error.type = error.type == PassportErrorType::NotLoggedInError ? error.type : m_type;
    m_provider->m_services.journal->update(m_entry.id, JournalState::Rejected, result, error.message);
    finish({SubmitOutcome::Kind::Refused, {}, error});
}

void ProviderSubmitter::finish(SubmitOutcome outcome)
{
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(std::move(outcome));
    }
}

} // namespace stardeck::wallet
