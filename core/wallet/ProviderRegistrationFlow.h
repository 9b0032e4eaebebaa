// SPDX-License-Identifier: MIT
#pragma once
// registerOffchain (passport-sdk.md 3.3): signable-registration-offchain without Authorization,
// check::registration, the Ethereum (TEE) signature of the signable_message and the stark
// signature of payload_hash, POST /v2/passport/users with Bearer (409 = already registered), then
// session refreshes until the passport claims appear. The SDK does not ask the user; neither do we.

#include "wallet/ImxProvider.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace stardeck::wallet {

//! One registerOffchain() call.
class ProviderRegistrationFlow : public QObject {
    Q_OBJECT
public:
    //! Owned by `provider`; `done` runs on `context` if it still lives.
    ProviderRegistrationFlow(ImxProvider &provider, QObject *context,
                             ImxProvider::Callback<RegisterResult> done);
    //! Starts on the next event-loop turn.
    void start();

private:
    void run();
    void checkSignable(const QJsonObject &signable);
    void signStark();
    void submit();
    void poll(int remaining);
    void progress(ActionState state, const QString &detail = {});
    void fail(WalletError error);
    void succeed();

    QPointer<ImxProvider> m_provider;
    QPointer<QObject> m_context;
    ImxProvider::Callback<RegisterResult> m_done;
    QString m_id;
    QString m_etherKey;
    UInt256 m_payloadHash;
    QString m_signableMessage;
    QString m_ethSignature;
    QString m_starkSignature;
    bool m_alreadyRegistered = false;
    bool m_finished = false;
};

} // namespace stardeck::wallet
