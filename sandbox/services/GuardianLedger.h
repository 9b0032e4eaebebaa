// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/UInt256.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <set>

namespace stardeck::sandbox {

using crypto::UInt256;

//! When Guardian asks the user to confirm.
enum class GuardianMode {
    Default, //!< fungible transfers above the value threshold, and every order and trade
    Always,
    Never,
};

//! One transaction Guardian knows about: created when a bearer-authenticated signable call
//! issues a payload (imx-api.md 5 and 8), keyed by that payload hash.
struct GuardianRecord {
    QString id; //!< the payload hash as the IMX API returned it
    QString userId;
    QString ethAddress;
    QString transactionType; //!< "transfer", "batch_transfer", "order", "cancel_order", "trade"
    QJsonObject metadata;
    bool confirmationRequired = false;
    bool evaluated = false;
    bool approved = false;
    QDateTime createdAt;
    //! "pending" until approved (or evaluated without needing confirmation), then "approved".
    QString status() const;
    //! The MR `Transaction` JSON.
    QJsonObject toJson() const;
};

//! Counters for /__sandbox/writes.
struct GuardianCounters {
    qint64 records = 0;
    qint64 evaluations = 0;
    qint64 approvals = 0;
    qint64 refusals = 0; //!< create calls refused because confirmation was pending
};

//! Guardian's records and its confirmation policy, shared by the Guardian routes and the IMX
//! write service (which creates records and asks whether a create may proceed).
class GuardianLedger {
public:
    GuardianMode mode() const { return m_mode; }
    void setMode(GuardianMode mode) { m_mode = mode; }
    //! Transfers of more than this many whole tokens need confirmation in Default mode.
    const QString &transferThreshold() const { return m_threshold; }
    //! Sets the threshold (a decimal such as "0.5"); false if it is not a plain decimal.
    bool setTransferThreshold(const QString &wholeTokens);

    //! Whether a new transaction of this type needs confirmation under the current policy.
    //! `baseAmount`/`decimals` describe a fungible transfer; nfts are never above the threshold.
    bool requiresConfirmation(const QString &transactionType, bool fungible, const UInt256 &baseAmount,
                              int decimals) const;

    //! Adds (or replaces an unapproved) record.
    GuardianRecord &add(GuardianRecord record);
    //! The record with this id (payload hash, compared as a number), or nullptr.
    GuardianRecord *find(const QString &id);
    //! True when a create call covered by this record may proceed.
    bool allows(const QString &id);

    GuardianCounters &counters() { return m_counters; }
    const GuardianCounters &counters() const { return m_counters; }

    static std::optional<GuardianMode> parseMode(const QString &name);
    static QString modeName(GuardianMode mode);

private:
    friend class Persistence; // saves and restores the ledger, reads m_changed
    static QString canonicalId(const QString &id);

    std::map<QString, GuardianRecord> m_records; //!< by canonical id (minimal lowercase hex)
    GuardianMode m_mode = GuardianMode::Default;
    QString m_threshold = QStringLiteral("1");
    GuardianCounters m_counters;
    qint64 m_addedSincePrune = 0;
    bool m_trackChanges = false; //!< set by Persistence
    //! Records added, handed out for change (find) or pruned since the last save.
    std::set<QString> m_changed;
};

} // namespace stardeck::sandbox
