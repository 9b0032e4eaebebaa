// SPDX-License-Identifier: MIT
#pragma once

#include "world/World.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <set>

namespace stardeck::sandbox {

//! What an issued payload authorises.
enum class SignableKind {
    Transfer,
    Order,
    Cancel,
    Trade
};

//! The StarkEx fields of a transfer as the signable call returned them (all part of the create body).
struct TransferFields {
    UInt256 senderStarkKey;
    UInt256 senderVaultId;
    UInt256 receiverStarkKey;
    UInt256 receiverVaultId;
    UInt256 assetId;
    UInt256 amount; //!< quantized
    UInt256 nonce;
    UInt256 expiration; //!< hours
    bool operator==(const TransferFields &) const = default;
};

//! The StarkEx fields of a v3 order or trade (limit order with fee).
struct OrderFields {
    UInt256 starkKey;
    UInt256 vaultIdSell;
    UInt256 vaultIdBuy;
    UInt256 assetIdSell;
    UInt256 assetIdBuy;
    UInt256 amountSell; //!< quantized
    UInt256 amountBuy;  //!< quantized
    UInt256 nonce;
    UInt256 expiration; //!< hours
    UInt256 feeAssetId;
    UInt256 feeVaultId;
    UInt256 feeLimit;
    bool operator==(const OrderFields &) const = default;
};

//! One payload the sandbox handed out and will accept exactly once.
struct IssuedSignable {
    SignableKind kind = SignableKind::Transfer;
    UInt256 payloadHash;
    QString signer;          //!< L1 address of the account that must sign
    UInt256 signerStarkKey;  //!< the key stark_signature must verify against
    QString signableMessage; //!< what x-imx-eth-signature signs in L1-wallet flows
    QString guardianId;      //!< Guardian record covering this payload; "" when issued without a bearer token
    qint64 exchangeId = 0;   //!< exchange transfers only
    QDateTime expiresAt;

    // Transfer
    TransferFields transfer;
    QString receiver;
    TokenSpec token;
    UInt256 baseAmount;

    // Order / trade
    OrderFields order;
    TokenSpec sellToken;
    TokenSpec buyToken;
    UInt256 baseSell;
    UInt256 baseBuy;
    QJsonArray fees;

    // Cancel / trade
    qint64 orderId = 0;

    // Outcome, for idempotent replays
    bool consumed = false;
    UInt256 submittedR; //!< the accepted signature; a replay must carry the same one
    UInt256 submittedS;
    QJsonObject result;
};

//! Counters exposed on /__sandbox/writes so tests can check nothing was lost or doubled.
struct SignableCounters {
    qint64 issued = 0;
    qint64 consumed = 0;
    qint64 replayed = 0; //!< identical resubmissions answered from the stored result
    qint64 rejected = 0; //!< create calls refused after a signable was found (expired, bad signature, ...)
};

//! Issued signables keyed by payload hash, with a nonce index for the calls whose create body
//! does not carry every hashed field (v3 orders and trades omit fee_info details).
class SignableStore {
public:
    //! Stores a new payload (an unconsumed one with the same hash, e.g. a re-requested cancel, is replaced).
    IssuedSignable &issue(IssuedSignable signable, const QDateTime &now);
    //! The payload with this hash, or nullptr.
    IssuedSignable *find(const UInt256 &payloadHash);
    //! The payload issued with this nonce, or nullptr.
    IssuedSignable *findByNonce(const UInt256 &nonce);
    //! Marks a payload as executed and remembers its answer and accepted signature.
    void consume(IssuedSignable &signable, const UInt256 &r, const UInt256 &s, const QJsonObject &result);
    //! A fresh nonce (< 2^31), unique for the life of the store.
    qint64 nextNonce();

    SignableCounters &counters() { return m_counters; }
    const SignableCounters &counters() const { return m_counters; }
    qint64 size() const { return qint64(m_byHash.size()); }

private:
    friend class Persistence; // saves and restores the store, reads m_changed
    void prune(const QDateTime &now);

    std::map<UInt256, IssuedSignable> m_byHash;
    std::map<UInt256, UInt256> m_hashByNonce;
    SignableCounters m_counters;
    qint64 m_nextNonce = 1;
    qint64 m_issuedSincePrune = 0;
    bool m_trackChanges = false; //!< set by Persistence: record changed hashes in m_changed
    std::set<UInt256> m_changed; //!< issued, consumed or pruned since the last save
};

} // namespace stardeck::sandbox
