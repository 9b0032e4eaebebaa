// SPDX-License-Identifier: MIT
#pragma once
// Internal to SignableCheck*.cpp: a strict reader for the server's untrusted signable JSON and the
// checks every kind shares (tokens, quantization, expiration, fees, the payload hash).

#include "crypto/Error.h"
#include "wallet/SignableCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stardeck::wallet::check::detail {

//! Reads fields of one JSON object. The first failure is kept: an InvalidResponse naming the field
//! by its full path ("signable_responses[1].nonce"); later reads then return zero values.
class SignableReader {
public:
    //! Reads `object`; `path` prefixes field names in errors ("" at the top level).
    SignableReader(const QJsonObject &object, PassportErrorType type, QString path = {});

    //! A required hex string ("0x" optional, at most 64 digits): asset ids, stark keys, hashes.
    UInt256 hex(const QString &field);
    //! A required decimal string of digits (amounts, fee limits).
    UInt256 decimal(const QString &field);
    //! A required non-negative integral JSON number below 2^53 (nonces, vault ids, hours, ids).
    UInt256 integer(const QString &field);
    //! A required string.
    QString string(const QString &field);
    //! A required object.
    QJsonObject object(const QString &field);
    //! A required array.
    QJsonArray array(const QString &field);
    //! True when the field is present and not null.
    bool has(const QString &field) const;

    //! False once any read failed.
    bool ok() const { return !m_error.has_value(); }
    //! The first failure (only when !ok()).
    const WalletError &error() const { return *m_error; }
    //! The full path of a field, for messages.
    QString path(const QString &field) const;

private:
    QJsonValue take(const QString &field, const char *expected, bool (QJsonValue::*is)() const);
    void fail(const QString &field, const QString &why);

    QJsonObject m_object;
    PassportErrorType m_type;
    QString m_path;
    std::optional<WalletError> m_error;
};

//! WalletFailure::SecurityCheck with `message`.
WalletError security(PassportErrorType type, const QString &message);
//! SecurityCheck "<field> does not match <what>".
WalletError mismatch(PassportErrorType type, const QString &field, const QString &what);
//! WalletFailure::InvalidRequest with `message`.
WalletError invalidRequest(PassportErrorType type, const QString &message);

//! The asset id of `token`, recomputed from its spec, after checking that `token` is the token the
//! user asked for (`asked`) and that its spec has the kind that token type needs.
WalletResult<UInt256> localAssetId(const TokenRef &asked, const ResolvedToken &token, PassportErrorType type,
                                   const QString &label);

//! Base units to StarkEx quanta: exact (a multiple of the quantum) and below 2^63; ERC721 is 1.
WalletResult<UInt256> quantizeAmount(const ResolvedToken &token, const UInt256 &baseUnits,
                                     PassportErrorType type, const QString &label);

//! The server's expiration (hours since the epoch) is in the future and below 2^22, and equals the
//! requested one rounded down to the hour when the request had one; one the server chose lies at
//! most `windowHours` ahead of now (F10).
std::optional<WalletError> checkExpiration(const UInt256 &hours, const std::optional<QDateTime> &asked,
                                           PassportErrorType type, const QString &field, qint64 windowHours);

//! The summed basis points of `fees` (each percentage a decimal string in [0, 100], the sum at most 100).
WalletResult<quint64> feeBasisPoints(const QList<FeeEntry> &fees, PassportErrorType type);

//! Requires the recomputed hash to equal the server's (constant time).
std::optional<WalletError> checkPayloadHash(const UInt256 &computed, const UInt256 &claimed,
                                            PassportErrorType type, const QString &field);

//! A failure of a StarkEx hash function on the server's values (a field out of range).
WalletError hashFailure(PassportErrorType type, const crypto::Error &error, const QString &prefix = {});

} // namespace stardeck::wallet::check::detail
