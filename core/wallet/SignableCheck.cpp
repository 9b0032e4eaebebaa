// SPDX-License-Identifier: MIT
// Shared pieces of the signable checks (the strict reader, tokens, amounts, expiration, fees, the
// hash compare) plus the two small kinds: cancel and off-chain registration. Transfers and orders
// live in SignableCheckTransfers.cpp and SignableCheckOrders.cpp.
#include "wallet/SignableCheck.h"

#include "starkex/Amount.h"
#include "starkex/ImxPayload.h"
#include "wallet/SignableCheckInternal.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace stardeck::wallet::check {

namespace detail {

namespace {

// Integers in JSON are doubles: only values below 2^53 are exact.
constexpr double kMaxExactInteger = 9007199254740992.0;
// StarkEx expiration timestamps are hours below 2^22.
constexpr qint64 kExpirationLimitHours = qint64(1) << 22;

} // namespace

SignableReader::SignableReader(const QJsonObject &object, PassportErrorType type, QString path)
    : m_object(object), m_type(type), m_path(std::move(path))
{}

QString SignableReader::path(const QString &field) const
{
    return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
}

void SignableReader::fail(const QString &field, const QString &why)
{
    if (!m_error)
        m_error = walletError(m_type, WalletFailure::InvalidResponse,
                              QStringLiteral("the signable response's %1 %2").arg(path(field), why));
}

QJsonValue SignableReader::take(const QString &field, const char *expected, bool (QJsonValue::*is)() const)
{
    if (m_error)
        return {};
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        fail(field, QStringLiteral("is missing"));
        return {};
    }
    if (!(value.*is)()) {
        fail(field, QStringLiteral("is not %1").arg(QLatin1String(expected)));
        return {};
    }
    return value;
}

bool SignableReader::has(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    return !value.isUndefined() && !value.isNull();
}

UInt256 SignableReader::hex(const QString &field)
{
    const QString text = take(field, "a hex string", &QJsonValue::isString).toString();
    if (m_error)
        return {};
    static const QRegularExpression pattern(QStringLiteral("^(0x)?[0-9a-fA-F]{1,64}$"));
    const auto parsed = UInt256::fromHex(text.toStdString());
    if (!pattern.match(text).hasMatch() || !parsed) {
        fail(field, QStringLiteral("is not a hex number of at most 256 bits"));
        return {};
    }
    return *parsed;
}

UInt256 SignableReader::decimal(const QString &field)
{
    const QString text = take(field, "a decimal string", &QJsonValue::isString).toString();
    if (m_error)
        return {};
    const auto parsed = UInt256::fromDecimal(text.toStdString());
    if (text.isEmpty() || !parsed) {
        fail(field, QStringLiteral("is not a decimal number of at most 256 bits"));
        return {};
    }
    return *parsed;
}

UInt256 SignableReader::integer(const QString &field)
{
    const double value = take(field, "a number", &QJsonValue::isDouble).toDouble();
    if (m_error)
        return {};
    if (!(value >= 0) || value >= kMaxExactInteger || std::floor(value) != value) {
        fail(field, QStringLiteral("is not a non-negative integer"));
        return {};
    }
    return UInt256(quint64(value));
}

QString SignableReader::string(const QString &field)
{
    return take(field, "a string", &QJsonValue::isString).toString();
}

QJsonObject SignableReader::object(const QString &field)
{
    return take(field, "an object", &QJsonValue::isObject).toObject();
}

QJsonArray SignableReader::array(const QString &field)
{
    return take(field, "an array", &QJsonValue::isArray).toArray();
}

WalletError security(PassportErrorType type, const QString &message)
{
    return walletError(type, WalletFailure::SecurityCheck, message);
}

WalletError mismatch(PassportErrorType type, const QString &field, const QString &what)
{
    return security(type, QStringLiteral("%1 does not match %2").arg(field, what));
}

WalletError invalidRequest(PassportErrorType type, const QString &message)
{
    return walletError(type, WalletFailure::InvalidRequest, message);
}

WalletError hashFailure(PassportErrorType type, const crypto::Error &error, const QString &prefix)
{
    // The hash functions range-check every field; a failure means the server sent a value StarkEx
    // would never accept (a nonce, vault id or expiration out of range).
    return security(type, QStringLiteral("%1the transaction's fields are out of the StarkEx range: %2")
                              .arg(prefix, QString::fromStdString(error.message)));
}

namespace {

//! "ETH", "ERC20" or "ERC721", for messages.
QString typeName(TokenRef::Type type)
{
    switch (type) {
    case TokenRef::Type::Eth:
        return QStringLiteral("ETH");
    case TokenRef::Type::Erc20:
        return QStringLiteral("ERC20");
    case TokenRef::Type::Erc721:
        return QStringLiteral("ERC721");
    }
    return QStringLiteral("?");
}

//! Same token: type, contract (any case) and, for ERC721, token id.
bool sameToken(const TokenRef &a, const TokenRef &b)
{
    if (a.type != b.type)
        return false;
    if (a.type == TokenRef::Type::Eth)
        return true;
    if (a.tokenAddress.compare(b.tokenAddress, Qt::CaseInsensitive) != 0)
        return false;
    return a.type != TokenRef::Type::Erc721 || a.tokenId == b.tokenId;
}

//! Whether a StarkEx asset kind can represent a token of this type.
bool kindFits(TokenRef::Type type, starkex::AssetKind kind)
{
    switch (type) {
    case TokenRef::Type::Eth:
        return kind == starkex::AssetKind::Eth;
    case TokenRef::Type::Erc20:
        return kind == starkex::AssetKind::Erc20 || kind == starkex::AssetKind::MintableErc20;
    case TokenRef::Type::Erc721:
        return kind == starkex::AssetKind::Erc721 || kind == starkex::AssetKind::MintableErc721;
    }
    return false;
}

} // namespace

WalletResult<UInt256> localAssetId(const TokenRef &asked, const ResolvedToken &token, PassportErrorType type,
                                   const QString &label)
{
    if (!sameToken(asked, token.token))
        return invalidRequest(type, QStringLiteral("%1: the resolved token is not the requested %2 token")
                                        .arg(label, typeName(asked.type)));
    if (!kindFits(asked.type, token.spec.kind))
        return invalidRequest(type, QStringLiteral("%1: a %2 token cannot be a %3 asset")
                                        .arg(label, typeName(asked.type),
                                             QLatin1String(starkex::assetKindName(token.spec.kind))));
    if (!token.spec.tokenAddress.empty() &&
        QString::fromStdString(token.spec.tokenAddress).compare(asked.tokenAddress, Qt::CaseInsensitive) != 0)
        return invalidRequest(type, QStringLiteral("%1: the asset's contract is not the token's").arg(label));
    // Never the server's asset_id, and not even the resolver's cached one: recompute from the spec.
    const auto id = starkex::assetId(token.spec);
    if (!id)
        return invalidRequest(type, QStringLiteral("%1: the token has no valid StarkEx asset: %2")
                                        .arg(label, QString::fromStdString(id.error().message)));
    if (*id != token.assetId)
        return walletError(
            type, WalletFailure::Internal,
            QStringLiteral("%1: the resolved asset id is inconsistent with its spec").arg(label));
    return *id;
}

WalletResult<UInt256> quantizeAmount(const ResolvedToken &token, const UInt256 &baseUnits,
                                     PassportErrorType type, const QString &label)
{
    if (baseUnits.isZero())
        return invalidRequest(type, QStringLiteral("%1 must not be zero").arg(label));
    const auto quantized = starkex::quantize(baseUnits, token.spec.quantum);
    if (!quantized)
        return invalidRequest(type, QStringLiteral("%1 %2 is not a multiple of the token's quantum %3")
                                        .arg(label, QString::fromStdString(baseUnits.toDecimal()),
                                             QString::fromStdString(token.spec.quantum.toDecimal())));
    if (const auto range = starkex::checkStarkAmount(*quantized, label.toStdString()); !range)
        return invalidRequest(type, QString::fromStdString(range.error().message));
    return *quantized;
}

std::optional<WalletError> checkExpiration(const UInt256 &hours, const std::optional<QDateTime> &asked,
                                           PassportErrorType type, const QString &field, qint64 windowHours)
{
    const qint64 nowHours = QDateTime::currentSecsSinceEpoch() / 3600;
    if (!hours.fitsU64() || hours.limb[0] >= quint64(kExpirationLimitHours))
        return security(type, QStringLiteral("%1 is beyond the StarkEx range (hours below 2^22)").arg(field));
    const qint64 value = qint64(hours.limb[0]);
    if (value <= nowHours)
        return security(type, QStringLiteral("%1 is in the past").arg(field));
    if (asked) {
        const qint64 secs = asked->toSecsSinceEpoch();
        // The API takes the request's expiration rounded down to the hour (StarkEx counts hours).
        const qint64 expected = secs >= 0 ? secs / 3600 : -1;
        if (value != expected)
            return mismatch(type, field,
                            QStringLiteral("the requested expiration (rounded down to the hour)"));
        return std::nullopt; // what the user asked for; the dialogs bound it to the same window
    }
    if (value - nowHours > windowHours) {
        // An order or transfer that stays valid for years is a standing authorisation the user never
        // asked for: refuse it and say when it would expire and where the limit is.
        const auto date = [](qint64 h) {
            return QDateTime::fromSecsSinceEpoch(h * 3600, Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        };
        const QString window = windowHours % 24 == 0 ? QStringLiteral("%1 days").arg(windowHours / 24)
                                                     : QStringLiteral("%1 hours").arg(windowHours);
        return security(type, QStringLiteral("%1 is %2, beyond the policy limit of %3 ahead (%4)")
                                  .arg(field, date(value), window, date(nowHours + windowHours)));
    }
    return std::nullopt;
}

WalletResult<quint64> feeBasisPoints(const QList<FeeEntry> &fees, PassportErrorType type)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,6})?$"));
    quint64 total = 0;
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QString &text = fees[i].percentage;
        const double value = text.toDouble();
        if (!pattern.match(text).hasMatch() || value > 100)
            return invalidRequest(
                type, QStringLiteral("fees[%1].percentage must be a decimal between 0 and 100").arg(i));
        // As the API reads fee_percentage: a number, counted in basis points (llround(p * 100)).
        total += quint64(std::llround(value * 100));
    }
    if (total > 10000)
        return invalidRequest(type, QStringLiteral("fees add up to more than 100 percent"));
    return total;
}

std::optional<WalletError> checkPayloadHash(const UInt256 &computed, const UInt256 &claimed,
                                            PassportErrorType type, const QString &field)
{
    if (!equalConstantTime(computed, claimed))
        return security(type, QStringLiteral("%1 does not match the transaction").arg(field));
    return std::nullopt;
}

} // namespace detail

using namespace detail;

bool equalConstantTime(const UInt256 &a, const UInt256 &b)
{
    // No early exit: every limb is compared, so timing does not reveal where two values differ.
    volatile std::uint64_t difference = 0;
    for (std::size_t i = 0; i < a.limb.size(); ++i)
        difference = difference | (a.limb[i] ^ b.limb[i]);
    return difference == 0;
}

WalletResult<PreparedItem> cancel(qint64 orderId, const QJsonObject &signable)
{
    const PassportErrorType type = PassportErrorType::CancelOrderError;
    if (orderId <= 0)
        return invalidRequest(type, QStringLiteral("order_id must be positive"));
    SignableReader in(signable, type);
    const UInt256 echoedId = in.integer(QStringLiteral("order_id"));
    const UInt256 payloadHash = in.hex(QStringLiteral("payload_hash"));
    if (!in.ok())
        return in.error();
    if (echoedId != UInt256(quint64(orderId)))
        return mismatch(type, QStringLiteral("order_id"), QStringLiteral("the order to cancel"));
    const auto hash = starkex::cancelOrderPayloadHash(UInt256(quint64(orderId)));
    if (!hash)
        return hashFailure(type, hash.error());
    if (auto bad = checkPayloadHash(*hash, payloadHash, type, QStringLiteral("payload_hash")))
        return *bad;
    PreparedItem item;
    item.payloadHash = *hash;
    return item;
}

WalletResult<PreparedItem> registration(const Signer &signer, const QJsonObject &signable)
{
    const PassportErrorType type = PassportErrorType::UserRegistrationError;
    // The Ethereum key signs this exact text (imx-api.md 4.1, starkex-crypto.md): anything else
    // could make it sign a message meant for another purpose.
    static const QString keyLinkingMessage =
        QStringLiteral("Only sign this key linking request from Immutable X");
    SignableReader in(signable, type);
    const UInt256 payloadHash = in.hex(QStringLiteral("payload_hash"));
    const QString message = in.string(QStringLiteral("signable_message"));
    if (!in.ok())
        return in.error();
    if (message != keyLinkingMessage)
        return security(type, QStringLiteral("signable_message is not the IMX key linking message"));
    const auto hash = starkex::registrationPayloadHash(signer.starkKey, signer.ethAddress.toStdString());
    if (!hash)
        return invalidRequest(type, QStringLiteral("the signer's keys are invalid: %1")
                                        .arg(QString::fromStdString(hash.error().message)));
    if (auto bad = checkPayloadHash(*hash, payloadHash, type, QStringLiteral("payload_hash")))
        return *bad;
    PreparedItem item;
    item.payloadHash = *hash;
    return item;
}

} // namespace stardeck::wallet::check
