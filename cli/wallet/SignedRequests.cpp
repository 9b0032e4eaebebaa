// SPDX-License-Identifier: MIT
#include "wallet/SignedRequests.h"

#include "crypto/EthAddress.h"
#include "starkex/Amount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stardeck::cli {

using wallet::NftTransferItem;
using wallet::PassportErrorType;
using wallet::TokenRef;
using wallet::WalletFailure;
using wallet::WalletResult;

namespace {

//! The most items one batch may hold (the provider's limit).
constexpr qsizetype kMaxBatchItems = 40;
constexpr qint64 kMaxBatchFileBytes = 1 << 20;

wallet::WalletError invalid(PassportErrorType type, const QString &message)
{
    return wallet::walletError(type, WalletFailure::InvalidRequest, message);
}

bool isTokenId(const QString &text)
{
    if (text.isEmpty() || text.size() > 78)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

WalletResult<QString> checkAddress(const QString &text, const char *what, PassportErrorType type)
{
    if (!text.startsWith(QLatin1String("0x")) || text.size() != 42)
        return invalid(type, QStringLiteral("%1 must be a 0x-prefixed 40-digit address, not '%2'")
                                 .arg(QLatin1String(what), text));
    const auto parsed = crypto::EthAddress::parse(text.toStdString());
    if (!parsed)
        return invalid(type,
                       QStringLiteral("%1 '%2': %3")
                           .arg(QLatin1String(what), text, QString::fromStdString(parsed.error().message)));
    return text;
}

WalletResult<TokenRef> tokenRef(const TokenBook &book, const QString &text, const QString &tokenId,
                                PassportErrorType type)
{
    TokenRef ref;
    if (text.compare(QLatin1String("ETH"), Qt::CaseInsensitive) == 0) {
        if (!tokenId.isEmpty())
            return invalid(type, QStringLiteral("--token-id is for NFTs; ETH has none"));
        ref.type = TokenRef::Type::Eth;
        return ref;
    }
    const auto address = checkAddress(text, "the token", type);
    if (!address)
        return address.error();
    ref.tokenAddress = text.toLower();
    if (!tokenId.isNull()) {
        if (!isTokenId(tokenId))
            return invalid(type,
                           QStringLiteral("--token-id wants a decimal token id, not '%1'").arg(tokenId));
        ref.type = TokenRef::Type::Erc721;
        ref.tokenId = tokenId;
        return ref;
    }
    if (!book.find(ref.tokenAddress))
        return invalid(type,
                       QStringLiteral("%1 is not a token listed by the API (/v1/tokens); for an NFT give "
                                      "--token-id")
                           .arg(text));
    ref.type = TokenRef::Type::Erc20;
    return ref;
}

WalletResult<crypto::UInt256> parseAmount(const TokenBook &book, const TokenRef &token, const QString &text,
                                          PassportErrorType type)
{
    if (token.type == TokenRef::Type::Erc721) {
        if (!text.isNull() && text != QLatin1String("1"))
            return invalid(type, QStringLiteral("an NFT moves whole: leave out --amount (or give 1)"));
        return crypto::UInt256(1);
    }
    if (text.isEmpty())
        return invalid(type, QStringLiteral("missing --amount"));
    const auto details = book.find(token.type == TokenRef::Type::Eth ? QString() : token.tokenAddress);
    if (!details)
        return invalid(
            type, QStringLiteral("the API does not list %1, so its decimals are unknown")
                      .arg(token.type == TokenRef::Type::Eth ? QStringLiteral("ETH") : token.tokenAddress));
    const auto amount = starkex::parseDecimalAmount(text.toStdString(), unsigned(details->decimals));
    if (!amount)
        return invalid(type, QStringLiteral("--amount '%1' for %2 (%3 decimals): %4")
                                 .arg(text, details->symbol)
                                 .arg(details->decimals)
                                 .arg(QString::fromStdString(amount.error().message)));
    if (amount->isZero())
        return invalid(type, QStringLiteral("--amount must be more than zero"));
    return *amount;
}

WalletResult<wallet::TransferRequest> transferRequest(const TokenBook &book, const QString &to,
                                                      const QString &token, const QString &amount,
                                                      const QString &tokenId, PassportErrorType type)
{
    const auto receiver = checkAddress(to, "--to", type);
    if (!receiver)
        return receiver.error();
    const auto ref = tokenRef(book, token, tokenId, type);
    if (!ref)
        return ref.error();
    const auto units = parseAmount(book, ref.value(), amount, type);
    if (!units)
        return units.error();
    wallet::TransferRequest request;
    request.token = ref.value();
    request.amount = units.value();
    request.receiver = receiver.value();
    return request;
}

WalletResult<QList<NftTransferItem>> batchItems(const QString &to, const QString &token,
                                                const QStringList &tokenIds)
{
    const PassportErrorType type = PassportErrorType::TransferError;
    const auto receiver = checkAddress(to, "--to", type);
    if (!receiver)
        return receiver.error();
    const auto contract = checkAddress(token, "--token", type);
    if (!contract)
        return contract.error();
    if (tokenIds.size() > kMaxBatchItems)
        return invalid(type, QStringLiteral("at most %1 NFTs per batch").arg(kMaxBatchItems));
    QList<NftTransferItem> items;
    for (const QString &id : tokenIds) {
        if (!isTokenId(id))
            return invalid(type, QStringLiteral("--token-id wants a decimal token id, not '%1'").arg(id));
        items.append(NftTransferItem{receiver.value(), token.toLower(), id});
    }
    return items;
}

WalletResult<QList<NftTransferItem>> batchItemsFromFile(const QString &path)
{
    const PassportErrorType type = PassportErrorType::TransferError;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(type, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBatchFileBytes)
        return invalid(type, QStringLiteral("%1 is too large for a batch file").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(type,
                       QStringLiteral("%1: not a JSON array of items (%2)").arg(path, error.errorString()));
    const QJsonArray array = doc.array();
    if (array.isEmpty() || array.size() > kMaxBatchItems)
        return invalid(type, QStringLiteral("%1: a batch holds 1 to %2 items").arg(path).arg(kMaxBatchItems));
    QList<NftTransferItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue receiver = o.value(QStringLiteral("receiver"));
        const QJsonValue contract = o.value(QStringLiteral("token_address"));
        const QJsonValue id = o.value(QStringLiteral("token_id"));
        if (!array.at(i).isObject() || !receiver.isString() || !contract.isString() || !id.isString())
            return invalid(
                type, QStringLiteral("%1: item %2 needs string fields receiver, token_address and token_id")
                          .arg(path)
                          .arg(i));
        const auto checkedReceiver = checkAddress(receiver.toString(), "receiver", type);
        if (!checkedReceiver)
            return checkedReceiver.error();
        const auto checkedContract = checkAddress(contract.toString(), "token_address", type);
        if (!checkedContract)
            return checkedContract.error();
        if (!isTokenId(id.toString()))
            return invalid(type,
                           QStringLiteral("%1: item %2: token_id must be a decimal string").arg(path).arg(i));
        items.append(NftTransferItem{receiver.toString(), contract.toString().toLower(), id.toString()});
    }
    return items;
}

} // namespace stardeck::cli
