// SPDX-License-Identifier: MIT
#pragma once
// Guardian (passport-sdk.md 5): the transaction record Guardian keeps for a signable, its evaluation
// (is a confirmation required?) and, for front ends without an embedded page (the CLI), waiting for
// the user to approve on the hosted confirmation page.

#include "passport/Environment.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace stardeck::passport {
class PassportSession;
}

namespace stardeck::wallet {

//! Guardian's evaluation of a StarkEx transaction.
struct GuardianEvaluation {
    bool confirmationRequired = false;
    QString transactionId;
    QString confirmationMethod; //!< "web", "otp" or empty
};

//! The Guardian API client for StarkEx transactions.
class GuardianClient : public QObject {
    Q_OBJECT
public:
    using EvaluationCallback = std::function<void(WalletResult<GuardianEvaluation>)>;
    using StatusCallback = std::function<void(WalletStatus)>;

    GuardianClient(passport::Environment environment, QNetworkAccessManager &nam,
                   passport::PassportSession &session, QObject *parent = nullptr);

    //! Retry schedule of the transaction lookup (the SDK: 4 attempts, 1 s apart).
    void setLookupRetry(int attempts, int delayMs);
    //! GET the transaction record (retried: Guardian registers it asynchronously), then POST evaluate.
    //! 403 on evaluate = SERVICE_UNAVAILABLE_ERROR; other failures carry `type`.
    void evaluate(const QString &payloadHash, PassportErrorType type, QObject *context,
                  EvaluationCallback done);
    //! The hosted confirmation page for a transaction (query values as the SDK builds them).
    QUrl confirmationUrl(const QString &payloadHash, const QString &ethAddress) const;
    //! Polls the record every `intervalMs` until its status is "approved" (success), "rejected"
    //! (GuardianRejected) or `timeoutMs` passes (GuardianRejected, "not confirmed in time"). For the CLI and
    //! the system browser.
    void waitForApproval(const QString &payloadHash, PassportErrorType type, int intervalMs, int timeoutMs,
                         QObject *context, StatusCallback done);

private:
    passport::Environment m_environment;
    QNetworkAccessManager &m_nam;
    passport::PassportSession &m_session;
    int m_lookupAttempts = 4;
    int m_lookupDelayMs = 1000;
};

} // namespace stardeck::wallet
