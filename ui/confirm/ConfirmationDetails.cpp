// SPDX-License-Identifier: MIT
#include "confirm/ConfirmationDetails.h"

#include "confirm/ConfirmationFormat.h"

#include <QJsonDocument>
#include <QStringList>

namespace stardeck::ui {

namespace {

using wallet::ActionKind;

//! One "name: value" line, indented under its item.
QString field(const QString &name, const QString &value)
{
    return QStringLiteral("  ") + name + QStringLiteral(": ") + value + QLatin1Char('\n');
}

QString decimal(const crypto::UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

QString tokenText(const wallet::TokenRef &token)
{
    QString text = ConfirmationFormat::tokenKind(token.type);
    if (!token.tokenAddress.isEmpty())
        text += QStringLiteral(" ") + token.tokenAddress;
    if (!token.tokenId.isEmpty())
        text += QStringLiteral(" #") + token.tokenId;
    return text;
}

//! The kinds whose items carry the fields of a StarkEx transfer or limit order.
bool hasStarkFields(ActionKind kind)
{
    return kind != ActionKind::Registration && kind != ActionKind::CancelOrder;
}

} // namespace

QString ConfirmationDetails::itemText(const wallet::PreparedAction &action, const wallet::PreparedItem &item)
{
    QString out;
    if (hasStarkFields(action.kind)) {
        const bool order = action.kind == ActionKind::CreateOrder || action.kind == ActionKind::CreateTrade;
        if (!item.receiver.isEmpty())
            out += field(QStringLiteral("receiver"), item.receiver);
        if (!order)
            out +=
                field(QStringLiteral("receiver_stark_key"), ConfirmationFormat::hex(item.receiverStarkKey));
        out += field(order ? QStringLiteral("token_sell") : QStringLiteral("token"), tokenText(item.token));
        out += field(order ? QStringLiteral("asset_id_sell") : QStringLiteral("asset_id"),
                     ConfirmationFormat::hex(item.assetId));
        out +=
            field(order ? QStringLiteral("amount_sell (base units)") : QStringLiteral("amount (base units)"),
                  decimal(item.amount));
        out += field(QStringLiteral("quantized_amount"), decimal(item.quantizedAmount));
        if (item.buyToken) {
            out += field(QStringLiteral("token_buy"), tokenText(*item.buyToken));
            out += field(QStringLiteral("amount_buy (base units)"), decimal(item.buyAmount));
        }
        out += field(order ? QStringLiteral("vault_id_sell") : QStringLiteral("sender_vault_id"),
                     decimal(item.vaultIdSell));
        out += field(order ? QStringLiteral("vault_id_buy") : QStringLiteral("receiver_vault_id"),
                     decimal(item.vaultIdBuy));
        out += field(QStringLiteral("nonce"), decimal(item.nonce));
        out += field(QStringLiteral("expiration_timestamp"),
                     tr("%1 (hours since 1970-01-01 UTC)").arg(decimal(item.expirationHours)));
        if (item.feeLimit)
            out += field(QStringLiteral("fee_limit"), decimal(*item.feeLimit));
        if (item.feeAssetId)
            out += field(QStringLiteral("fee_asset_id"), ConfirmationFormat::hex(*item.feeAssetId));
    }
    out += field(QStringLiteral("payload_hash"), ConfirmationFormat::hex(item.payloadHash));
    return out;
}

QString ConfirmationDetails::rawText(const wallet::PreparedAction &action)
{
    QString out;
    out += tr("Action: %1").arg(wallet::actionKindName(action.kind)) + QLatin1Char('\n');
    if (!action.id.isEmpty())
        out += tr("Local id: %1").arg(action.id) + QLatin1Char('\n');
    out += tr("Sender: %1").arg(action.sender) + QLatin1Char('\n');
    out += tr("Sender Stark key: %1").arg(ConfirmationFormat::hex(action.senderStarkKey)) + QLatin1Char('\n');
    if (action.orderId > 0)
        out += tr("Order id: %1").arg(action.orderId) + QLatin1Char('\n');
    if (action.exchangeId > 0)
        out += tr("Exchange id: %1").arg(action.exchangeId) + QLatin1Char('\n');
    for (const wallet::FeeEntry &fee : action.fees)
        out += tr("Fee: %1% to %2").arg(fee.percentage, fee.address) + QLatin1Char('\n');
    if (action.guardian.evaluated) {
        out += tr("Guardian: %1")
                   .arg(action.guardian.confirmationRequired ? tr("confirmation required")
                                                             : tr("no confirmation required"));
        if (!action.guardian.transactionId.isEmpty())
            out += QStringLiteral(" (") + action.guardian.transactionId + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
    const qsizetype count = action.items.size();
    for (qsizetype i = 0; i < count; ++i) {
        out += QLatin1Char('\n') + tr("StarkEx message %1 of %2").arg(i + 1).arg(count) + QLatin1Char('\n');
        out += itemText(action, action.items.at(i));
    }
    out += QLatin1Char('\n') + tr("Server's readable_transaction:") + QLatin1Char('\n');
    // A JSON answer is indented for reading; anything else is shown exactly as received.
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(action.readableTransaction.toUtf8(), &parseError);
    if (action.readableTransaction.isEmpty())
        out += tr("(none)");
    else if (parseError.error == QJsonParseError::NoError && !json.isNull())
        out += QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    else
        out += action.readableTransaction;
    out += QLatin1Char('\n');
    if (!action.signable.isEmpty()) {
        out += QLatin1Char('\n') + tr("Server's signable response:") + QLatin1Char('\n');
        out += QString::fromUtf8(QJsonDocument(action.signable).toJson(QJsonDocument::Indented)).trimmed();
        out += QLatin1Char('\n');
    }
    return ConfirmationFormat::visible(out);
}

} // namespace stardeck::ui
