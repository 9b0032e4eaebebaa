// SPDX-License-Identifier: MIT
#pragma once
// Passport's connectImx surface (passport-sdk.md 3-5) over the IMX API, with our safety rules:
// every signed action runs prepare -> check (fields + local hash recompute + Guardian) -> review
// (ConfirmationPrompt) -> sign -> submit through the SubmissionJournal. Nothing is signed without the
// user's approval and nothing is signed whose hash we did not compute ourselves.
//
// Threading: lives on one thread (the GUI thread in the app); every call returns at once and calls
// back later on `context`'s thread (dropped if `context` dies). Signing runs on a worker thread.

#include "api/ImxClient.h"
#include "passport/Environment.h"
#include "wallet/ConfirmationPrompt.h"
#include "wallet/SignableCheck.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletConnector.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace stardeck::passport {
class PassportSession;
}

namespace stardeck::wallet {

class AssetResolver;
class GuardianClient;
class ProviderApi;
class SubmissionJournal;

//! Results of the signed actions (the API's answers, typed).
struct RegisterResult {
    bool alreadyRegistered = false; //!< the API answered 409
    QString txHash;                 //!< "" as the SDK returns
};
struct TransferResult {
    qint64 transferId = 0;
    QString status;
    QString sentSignature;
};
struct BatchTransferResult {
    QList<qint64> transferIds;
};
struct OrderResult {
    qint64 orderId = 0;
    QString status;
};
struct CancelResult {
    qint64 orderId = 0;
    QString status;
};
struct TradeResult {
    qint64 tradeId = 0;
    QString status;
};

//! How one journal entry was resolved by resumePending().
struct ResolvedEntry {
    QString id;
    ActionKind kind = ActionKind::Transfer;
    bool executed = false; //!< the API holds the action (first send or replay); false = refused/abandoned
    QJsonObject result;
    QString note;
};

//! The services an ImxProvider works with (none owned; all must outlive it).
struct ProviderServices {
    passport::Environment environment;
    QNetworkAccessManager *nam = nullptr;
    passport::PassportSession *session = nullptr;
    api::ImxClient *client = nullptr;
    SubmissionJournal *journal = nullptr;
    ConfirmationPrompt *prompt = nullptr;
    GuardianClient *guardian = nullptr; //!< optional: when null the provider makes its own

    //! Extra sends of the identical signed bytes after a lost answer (transport error, 5xx, 429).
    int submitRetries = 2;
    //! Pause before the first extra send; doubled for the next one; a 429's Retry-After (capped
    //! at 60 s) is a lower bound.
    int submitBackoffMs = 250;
    //! registerOffchain: session refreshes until the passport claims appear, and the pause between.
    int registrationPolls = 4;
    int registrationPollDelayMs = 1000;
    //! resumePending reconciles by listing records from this long before an entry was signed
    //! (clock differences between this machine and the API).
    int reconcileWindowSecs = 300;
    //! Per-request timeout of the provider's signable and submit calls: no complete answer within
    //! it (of silence) counts as a lost answer (a submit is then re-sent with the same bytes).
    int requestTimeoutMs = 15000;
    //! F10: how far ahead an expiration the server chose may lie, in hours (check::Signer).
    qint64 expirationWindowHours = check::kDefaultExpirationWindowHours;
    //! Test hook, consulted at "approved", "signed", "journaled" and "posted" (an answer arrived,
    //! before the journal records it): true stops the flow there as if the process died (no
    //! callback, no further progress, nothing else written).
    std::function<bool(const QString &point)> crashPoint;
};

//! The IMX provider of one connected account.
class ImxProvider : public QObject {
    Q_OBJECT
public:
    template <class T>
    using Callback = std::function<void(WalletResult<T>)>;

    ImxProvider(ProviderServices services, ConnectedAccount account, QObject *parent = nullptr);
    ~ImxProvider() override;

    //! passport.imx_eth_address of the ID token; USER_NOT_REGISTERED_ERROR / NOT_LOGGED_IN_ERROR.
    WalletResult<QString> getAddress() const;
    //! True iff the ID token carries the passport imx_* claims (no HTTP call, as the SDK).
    bool isRegisteredOffchain() const;
    //! Registers the user off-chain (signable-registration-offchain, TEE eth signature + stark
    //! signature, POST /v2/passport/users); 409 = already registered; then refreshes the session
    //! until the passport claims appear. Errors: USER_REGISTRATION_ERROR.
    void registerOffchain(QObject *context, Callback<RegisterResult> done);

    //! ETH, ERC20 or ERC721 transfer (TRANSFER_ERROR).
    void transfer(const TransferRequest &request, QObject *context, Callback<TransferResult> done);
    //! Several NFTs in one signed batch (TRANSFER_ERROR); at most 40 items.
    void batchNftTransfer(const QList<NftTransferItem> &items, QObject *context,
                          Callback<BatchTransferResult> done);
    //! A sell order (CREATE_ORDER_ERROR).
    void createOrder(const OrderRequest &request, QObject *context, Callback<OrderResult> done);
    //! Cancels one of the user's orders (CANCEL_ORDER_ERROR).
    void cancelOrder(qint64 orderId, QObject *context, Callback<CancelResult> done);
    //! Fills an order (CREATE_TRADE_ERROR).
    void createTrade(const TradeRequest &request, QObject *context, Callback<TradeResult> done);
    //! Completes an exchange with a transfer (EXCHANGE_TRANSFER_ERROR; no Guardian, as the SDK).
    void exchangeTransfer(const ExchangeTransferRequest &request, QObject *context,
                          Callback<TransferResult> done);

    //! Unsupported for Passport users: always OPERATION_NOT_SUPPORTED_ERROR.
    WalletStatus deposit() const;
    WalletStatus prepareWithdrawal() const;
    WalletStatus completeWithdrawal() const;
    WalletStatus isRegisteredOnchain() const;

    //! Resolves every journal entry of this account still in state Signed: re-sends the identical
    //! signed request; when that is refused or unanswered, reconciles by listing the API (exactly
    //! one matching record = executed; ambiguity leaves the entry Signed); never signs anything new.
    void resumePending(QObject *context, Callback<QList<ResolvedEntry>> done);

    //! True after a write endpoint answered 403/404/410: signed actions are refused until
    //! setReadOnly(false) (e.g. after the user reconnects).
    bool isReadOnly() const { return m_readOnly; }
    //! Switches read-only mode (readOnlyChanged when it changes); `reason` is shown to people.
    void setReadOnly(bool readOnly, const QString &reason = {});
    //! The account this provider signs for.
    const ConnectedAccount &account() const { return m_account; }
    //! The expiration policy window in hours (ProviderServices::expirationWindowHours).
    qint64 expirationWindowHours() const { return m_services.expirationWindowHours; }

Q_SIGNALS:
    //! An action moved to a new state (actionId is the PreparedAction id once known, else a local id).
    void progress(const QString &actionId, stardeck::wallet::ActionKind kind,
                  stardeck::wallet::ActionState state, const QString &detail);
    //! Read-only mode switched on or off; `reason` says why for people.
    void readOnlyChanged(bool readOnly, const QString &reason);

private:
    friend class ProviderSignedFlow;
    friend class ProviderSubmitter;
    friend class ProviderRegistrationFlow;
    friend class ProviderResumeFlow;

    //! True when the test hook asks to stop at `point`.
    bool crashAt(const QString &point) const;
    //! True when every service the flows need was provided.
    bool wired() const;

    ProviderServices m_services;
    ConnectedAccount m_account;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    ProviderApi *m_api = nullptr;         //!< child
    AssetResolver *m_resolver = nullptr;  //!< child
    GuardianClient *m_guardian = nullptr; //!< services.guardian or a child
};

} // namespace stardeck::wallet
