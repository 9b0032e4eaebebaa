// SPDX-License-Identifier: MIT
#pragma once
// One signed action of the IMX provider, from the signable request to the journaled submission:
// Preparing -> Checking -> AwaitingApproval -> Signing -> Submitting -> Done | Failed | Unknown.
// The kind-specific part (what to ask, how to check it, what to submit) is a Preparer
// (ProviderPrepare); everything after the check is the same for every kind and lives here.

#include "api/ImxModels.h"
#include "crypto/StarkEcdsa.h"
#include "wallet/AssetResolver.h"
#include "wallet/SignableCheck.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace stardeck::wallet {

class ImxProvider;

//! What a Preparer hands back: the checked action and how to submit it once signed.
struct SignedDraft {
    PreparedAction action; //!< every field but id, hashesVerified and guardian (the flow fills them)
    QString guardianHash;  //!< the payload_hash Guardian evaluates; empty = no Guardian (exchange transfers)
    QByteArray method;     //!< "POST" or "DELETE"
    QString path;          //!< the submit endpoint under the IMX base
    //! The exact submit body for the signatures of action.items, in order.
    std::function<QByteArray(const QList<crypto::stark::Signature> &)> body;
};

//! The pipeline of one signed action.
class ProviderSignedFlow : public QObject {
    Q_OBJECT
public:
    using DraftCallback = std::function<void(WalletResult<SignedDraft>)>;
    using Preparer = std::function<void(ProviderSignedFlow &flow, DraftCallback next)>;
    using Done = std::function<void(WalletResult<QJsonObject>)>;

    //! A flow owned by `provider` (deleted when it ends); `done` runs on `context` if it still lives.
    ProviderSignedFlow(ImxProvider &provider, ActionKind kind, PassportErrorType type, Preparer prepare,
                       QObject *context, Done done);

    //! Starts on the next event-loop turn (callbacks never run inside the public call).
    void start();

    //! For preparers: the provider, the signer (known once Preparing passed the session checks),
    //! the operation's error type, and progress reports.
    ImxProvider &provider() { return *m_provider; }
    const check::Signer &signer() const { return m_signer; }
    PassportErrorType type() const { return m_type; }
    const QString &id() const { return m_id; }
    void progress(ActionState state, const QString &detail = {});

    //! For preparers: POSTs a signable endpoint and delivers the JSON object answer.
    void postSignable(const QString &path, const QJsonObject &body, bool bearer,
                      std::function<void(WalletResult<QJsonObject>)> done);
    //! For preparers: the receiver's registered stark key (GET /v1/users/{receiver});
    //! an unregistered receiver is InvalidRequest.
    void receiverStarkKey(const QString &receiver, std::function<void(WalletResult<UInt256>)> done);
    //! For preparers: a token resolved to its StarkEx asset (AssetResolver).
    void resolveToken(const TokenRef &token, std::function<void(WalletResult<ResolvedToken>)> done);
    //! For preparers: GET /v3/orders/{id}.
    void readOrder(qint64 orderId, std::function<void(WalletResult<api::Order>)> done);

private:
    void run();
    void prepared(SignedDraft draft);
    void evaluated(bool required, const QString &transactionId);
    void review();
    void approved();
    void signNext();
    void signedAll();
    void fail(WalletError error, ActionState state = ActionState::Failed);
    void succeed(const QJsonObject &result);
    void stop();

    QPointer<ImxProvider> m_provider;
    ActionKind m_kind;
    PassportErrorType m_type;
    Preparer m_prepare;
    QPointer<QObject> m_context;
    Done m_done;
    QString m_id;
    check::Signer m_signer;
    SignedDraft m_draft;
    PreparedAction m_action; //!< immutable once built: what the user reviewed is what gets signed
    QList<crypto::stark::Signature> m_signatures;
    bool m_decided = false;
    bool m_finished = false;
};

} // namespace stardeck::wallet
