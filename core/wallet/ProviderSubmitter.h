// SPDX-License-Identifier: MIT
#pragma once
// Sends one journaled, signed request and records what happened. The bytes never change: a lost
// answer (transport failure, 5xx, 429, a 2xx that is not JSON) is answered by re-sending the
// identical request (the API answers an identical replay with its stored result), counting each
// send in the journal first. Nothing here signs.

#include "wallet/SubmissionJournal.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace stardeck::wallet {

class ImxProvider;
struct ApiAnswer;

//! How a submission ended.
struct SubmitOutcome {
    enum class Kind {
        Accepted, //!< the API holds the action; journal entry Submitted
        Refused,  //!< a definitive refusal; nothing moved; journal entry Rejected
        //! A definitive refusal of a re-send while an earlier send may have executed (e.g. the
        //! signable expired after the first send ran): the journal entry stays Signed and only
        //! reconciling by listing can tell what happened (ProviderReconcile).
        RefusedAfterSend,
        Unknown, //!< no usable answer after every retry; journal entry still Signed
        Stopped, //!< the crash hook stopped the flow (tests)
    };
    Kind kind = Kind::Unknown;
    QJsonObject result; //!< Accepted: the API's answer; RefusedAfterSend: the refusal's body
    WalletError error;  //!< Refused / Unknown
};

//! One submission (first send or resume) of a journal entry.
class ProviderSubmitter : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(SubmitOutcome)>;

    //! `entry` must be in the provider's journal. `firstSendRecorded`: the entry's attempts already
    //! count the first send (a fresh append); otherwise every send is recorded before it goes out.
    ProviderSubmitter(ImxProvider &provider, JournalEntry entry, PassportErrorType type,
                      bool firstSendRecorded, QObject *parent = nullptr);

    //! Sends and calls `done` once on this object's thread (dropped if it dies first).
    void start(Callback done);

private:
    void sendAttempt();
    void handle(const WalletResult<ApiAnswer> &answer);
    void retryOrGiveUp(const QString &why, int httpStatus = 0, const QString &apiCode = {},
                       int retryAfterSecs = -1);
    void finish(SubmitOutcome outcome);
    void refuse(WalletError error, const QJsonObject &result);

    QPointer<ImxProvider> m_provider;
    JournalEntry m_entry;
    PassportErrorType m_type;
    bool m_sendRecorded;
    int m_sends = 0;
    Callback m_done;
};

} // namespace stardeck::wallet
