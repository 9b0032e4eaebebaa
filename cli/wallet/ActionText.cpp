// SPDX-License-Identifier: MIT
#include "wallet/ActionText.h"

#include "wallet/TokenBook.h"

#include <QDateTime>
#include <QJsonArray>

namespace stardeck::cli {

using wallet::ActionKind;
using wallet::PreparedAction;
using wallet::PreparedItem;
using wallet::TokenDisplay;
using wallet::TokenRef;

namespace {

QString hex(const crypto::UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

QString tokenText(const TokenRef &token, const TokenDisplay &display)
{
    switch (token.type) {
    case TokenRef::Type::Eth:
        return QStringLiteral("ETH");
    case TokenRef::Type::Erc20:
        return QStringLiteral("%1 (ERC20 %2)").arg(display.symbol, token.tokenAddress);
    case TokenRef::Type::Erc721:
        break;
    }
    QString name = display.name.isEmpty() ? QStringLiteral("token %1").arg(token.tokenId) : display.name;
    if (!display.collection.isEmpty())
        name += QStringLiteral(" from %1").arg(display.collection);
    return QStringLiteral("NFT %1 (ERC721 %2, token id %3)").arg(name, token.tokenAddress, token.tokenId);
}

QString amountText(const TokenRef &token, const TokenDisplay &display, const crypto::UInt256 &amount)
{
    if (token.type == TokenRef::Type::Erc721)
        return QString::fromStdString(amount.toDecimal());
    const QString symbol = token.type == TokenRef::Type::Eth ? QStringLiteral("ETH") : display.symbol;
    return QStringLiteral("%1 %2 (%3 base units, %4 decimals)")
        .arg(TokenBook::formatUnits(amount, display.decimals), symbol,
             QString::fromStdString(amount.toDecimal()))
        .arg(display.decimals);
}

QString expiryText(const crypto::UInt256 &hours)
{
    bool ok = false;
    const qint64 h = QString::fromStdString(hours.toDecimal()).toLongLong(&ok);
    if (!ok || hours.isZero())
        return QStringLiteral("(none)");
    const QDateTime when = QDateTime::fromSecsSinceEpoch(h * 3600).toLocalTime();
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QJsonObject tokenJson(const TokenRef &token, const TokenDisplay &display, const crypto::UInt256 &amount)
{
    QJsonObject o{{QStringLiteral("type"), token.type == TokenRef::Type::Eth     ? QStringLiteral("ETH")
                                           : token.type == TokenRef::Type::Erc20 ? QStringLiteral("ERC20")
                                                                                 : QStringLiteral("ERC721")},
                  {QStringLiteral("symbol"),
                   token.type == TokenRef::Type::Eth ? QStringLiteral("ETH") : display.symbol},
                  {QStringLiteral("decimals"), display.decimals},
                  {QStringLiteral("amount"), TokenBook::formatUnits(amount, display.decimals)},
                  {QStringLiteral("amount_base_units"), QString::fromStdString(amount.toDecimal())}};
    if (!token.tokenAddress.isEmpty())
        o.insert(QStringLiteral("token_address"), token.tokenAddress);
    if (!token.tokenId.isEmpty())
        o.insert(QStringLiteral("token_id"), token.tokenId);
    if (!display.name.isEmpty())
        o.insert(QStringLiteral("name"), display.name);
    if (!display.collection.isEmpty())
        o.insert(QStringLiteral("collection"), display.collection);
    return o;
}

} // namespace

wallet::PassportErrorType errorTypeOf(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Registration:
        return wallet::PassportErrorType::UserRegistrationError;
    case ActionKind::Transfer:
    case ActionKind::BatchNftTransfer:
        return wallet::PassportErrorType::TransferError;
    case ActionKind::CreateOrder:
        return wallet::PassportErrorType::CreateOrderError;
    case ActionKind::CancelOrder:
        return wallet::PassportErrorType::CancelOrderError;
    case ActionKind::CreateTrade:
        return wallet::PassportErrorType::CreateTradeError;
    case ActionKind::ExchangeTransfer:
        break;
    }
    return wallet::PassportErrorType::ExchangeTransferError;
}

QString describeAction(const PreparedAction &action)
{
    QString text = QStringLiteral("What:      %1").arg(wallet::actionKindName(action.kind));
    if (action.kind == ActionKind::CancelOrder || action.kind == ActionKind::CreateTrade)
        text += QStringLiteral(" of order %1").arg(action.orderId);
    if (action.kind == ActionKind::ExchangeTransfer)
        text += QStringLiteral(" for exchange %1").arg(action.exchangeId);
    text += QStringLiteral("\nFrom:      %1 (stark key %2)\n").arg(action.sender, hex(action.senderStarkKey));
    const bool many = action.items.size() > 1;
    for (qsizetype i = 0; i < action.items.size(); ++i) {
        const PreparedItem &item = action.items[i];
        const QString indent = many ? QStringLiteral("  ") : QString();
        if (many)
            text += QStringLiteral("Item %1 of %2:\n").arg(i + 1).arg(action.items.size());
        if (!item.receiver.isEmpty())
            text += indent + QStringLiteral("To:        %1\n").arg(item.receiver);
        const bool order = item.buyToken.has_value();
        text += indent + QStringLiteral("%1%2\n").arg(order ? QStringLiteral("Sell:      ")
                                                            : QStringLiteral("Asset:     "),
                                                      tokenText(item.token, item.display));
        text +=
            indent + QStringLiteral("Amount:    %1\n").arg(amountText(item.token, item.display, item.amount));
        if (order) {
            text +=
                indent + QStringLiteral("Buy:       %1\n").arg(tokenText(*item.buyToken, item.buyDisplay));
            text += indent + QStringLiteral("Price:     %1\n")
                                 .arg(amountText(*item.buyToken, item.buyDisplay, item.buyAmount));
        }
        if (item.feeLimit)
            text += indent + QStringLiteral("Fee limit: %1 base units\n")
                                 .arg(QString::fromStdString(item.feeLimit->toDecimal()));
        text += indent + QStringLiteral("Expires:   %1\n").arg(expiryText(item.expirationHours));
        text += indent + QStringLiteral("Payload:   %1\n").arg(hex(item.payloadHash));
    }
    if (action.fees.isEmpty()) {
        text += QStringLiteral("Fees:      none\n");
    } else {
        for (const wallet::FeeEntry &fee : action.fees)
            text += QStringLiteral("Fee:       %1% to %2\n").arg(fee.percentage, fee.address);
    }
    text += action.hashesVerified
                ? QStringLiteral("Check:     hash verified locally (recomputed from the fields above)\n")
                : QStringLiteral("Check:     NOT VERIFIED\n");
    if (action.guardian.confirmationRequired)
        text += QStringLiteral("Guardian:  confirmation required at %1\n")
                    .arg(action.guardian.confirmationUrl.toString(QUrl::FullyEncoded));
    return text;
}

QJsonObject actionJson(const PreparedAction &action)
{
    QJsonArray items;
    for (const PreparedItem &item : action.items) {
        QJsonObject o{
            {QStringLiteral("token"), tokenJson(item.token, item.display, item.amount)},
            {QStringLiteral("payload_hash"), hex(item.payloadHash)},
            {QStringLiteral("expiration_hours"), QString::fromStdString(item.expirationHours.toDecimal())}};
        if (!item.receiver.isEmpty())
            o.insert(QStringLiteral("receiver"), item.receiver);
        if (item.buyToken)
            o.insert(QStringLiteral("buy"), tokenJson(*item.buyToken, item.buyDisplay, item.buyAmount));
        if (item.feeLimit)
            o.insert(QStringLiteral("fee_limit"), QString::fromStdString(item.feeLimit->toDecimal()));
        items.append(o);
    }
    QJsonArray fees;
    for (const wallet::FeeEntry &fee : action.fees)
        fees.append(QJsonObject{{QStringLiteral("address"), fee.address},
                                {QStringLiteral("percentage"), fee.percentage}});
    QJsonObject o{{QStringLiteral("id"), action.id},
                  {QStringLiteral("kind"), wallet::actionKindName(action.kind)},
                  {QStringLiteral("sender"), action.sender},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("fees"), fees},
                  {QStringLiteral("hashes_verified"), action.hashesVerified},
                  {QStringLiteral("guardian_confirmation_required"), action.guardian.confirmationRequired}};
    if (action.orderId != 0)
        o.insert(QStringLiteral("order_id"), action.orderId);
    if (action.exchangeId != 0)
        o.insert(QStringLiteral("exchange_id"), action.exchangeId);
    return o;
}

} // namespace stardeck::cli
