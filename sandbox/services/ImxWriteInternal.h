// SPDX-License-Identifier: MIT
#pragma once

#include "services/ImxWriteService.h"

#include "crypto/Eip191.h"
#include "crypto/EthSignature.h"
#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "services/RequestFields.h"
#include "starkex/ImxPayload.h"
#include "starkex/MessageHash.h"
#include "world/Seed.h"

#include <QJsonDocument>

#include <cmath>
#include <set>

// Small helpers shared by the IMX write service's translation units: common checks and
// registration (ImxWriteService.cpp), transfers (ImxWriteTransfers.cpp), orders and trades
// (ImxWriteOrders.cpp). Internal to the sandbox.
namespace stardeck::sandbox::writes_internal {

namespace stark = crypto::stark;

// How long an issued payload can be submitted. The StarkEx expiration_timestamp is much later;
// this is the API's own window for accepting the create call.
inline constexpr qint64 kSignableLifetimeSeconds = 30 * 60;
// The default StarkEx expiration of transfers and orders without one is
// SandboxOptions::defaultExpirationHours (a year unless a test sets another).
inline constexpr qint64 kExpirationLimit = qint64(1) << 22;

inline const QString kInternalUsePrefix = QStringLiteral(
    "Only sign this request if you\u2019ve initiated an action with Immutable X.\n\nFor internal use:\n");
inline const QString kKeyLinkingMessage =
    QStringLiteral("Only sign this key linking request from Immutable X");

inline QString str(const char *text)
{
    return QString::fromLatin1(text);
}

inline HttpResponse badRequest(const QString &message)
{
    return imxError(400, str("bad_request"), message);
}

inline QString hex(const UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

inline QString hexMinimal(const UInt256 &value)
{
    return QString::fromStdString(value.toHexMinimal());
}

//! A stark key as x-client's getAddress() writes it: "0x" + hex padded to an even length only.
inline QString starkKeyText(const UInt256 &key)
{
    QString digits = QString::fromStdString(key.toHexMinimal());
    if (digits.size() % 2 != 0)
        digits.prepend(QLatin1Char('0'));
    return QStringLiteral("0x") + digits;
}

inline QString decimal(const UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

inline qint64 toInt(const UInt256 &value)
{
    return qint64(value.limb[0]);
}

inline QString verificationSignature(const UInt256 &payloadHash)
{
    const auto digest = crypto::keccak256(payloadHash.toHex());
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

inline QString readable(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

//! The L1 address an EIP-191 signature over `message` recovers to, or "" if it does not parse.
inline QString recoverSigner(const QString &message, const QString &signatureText)
{
    const auto signature = crypto::EthSignature::parse(signatureText.toStdString());
    if (!signature)
        return {};
    const auto address = crypto::secp256k1::recoverAddress(
        crypto::eip191::personalMessageDigest(message.toUtf8()), *signature);
    return address ? QString::fromStdString(address->toLowerHex()) : QString();
}

inline std::optional<UInt256> storedStarkKey(const UserRecord &user)
{
    const auto key = UInt256::fromHex(user.starkKey.toStdString());
    return key ? std::optional<UInt256>(*key) : std::nullopt;
}

inline QJsonObject tokenJson(const TokenSpec &token)
{
    QJsonObject data;
    if (!token.tokenAddress.isEmpty())
        data.insert(QStringLiteral("token_address"), token.tokenAddress);
    if (!token.tokenId.isEmpty())
        data.insert(QStringLiteral("token_id"), token.tokenId);
    return QJsonObject{{QStringLiteral("type"), token.type}, {QStringLiteral("data"), data}};
}

} // namespace stardeck::sandbox::writes_internal
