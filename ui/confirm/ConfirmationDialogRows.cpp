// SPDX-License-Identifier: MIT
// ConfirmationDialog, part two: the rows each kind of action shows (what moves, from and to, price,
// fees, expiry) and the verification and Guardian lines. Split from ConfirmationDialog.cpp by topic.
#include "confirm/ConfirmationDialog.h"

#include "confirm/ConfirmationFormat.h"
#include "confirm/ConfirmationStyle.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace stardeck::ui {

namespace {

using wallet::ActionKind;
using wallet::TokenRef;

//! The kinds whose items are StarkEx transfers or orders (with amounts, vaults and an expiry).
bool movesAssets(ActionKind kind)
{
    return kind != ActionKind::Registration && kind != ActionKind::CancelOrder;
}

} // namespace

void ConfirmationDialog::addKindRows()
{
    const auto &items = m_action.items;
    const wallet::PreparedItem first = items.value(0);
    const auto amountRow = [this](const QString &caption, const QString &text, const QString &objectName) {
        QLabel *label = makeLabel(text, objectName, m_summary);
        // An amount is never wrapped or elided: a very long one scrolls instead.
        label->setWordWrap(false);
        label->setFont(ConfirmationStyle::scaled(font(), 1.15, true));
        label->setAccessibleName(tr("%1: %2").arg(caption, text));
        addRow(caption, label);
    };

    addRow(tr("From (your account)"), addressWidget(m_action.sender, false, QStringLiteral("from")));
    switch (m_action.kind) {
    case ActionKind::Registration:
        m_title = tr("Register with Immutable X");
        addTextRow(tr("Stark key"),
                   ConfirmationFormat::groupedHex(ConfirmationFormat::hex(m_action.senderStarkKey)),
                   QStringLiteral("starkKey"));
        m_summary->findChild<QLabel *>(QStringLiteral("starkKey"))->setFont(ConfirmationStyle::monospace());
        addNote(tr("Links this Stark key to your Ethereum address on Immutable X so that you can trade and "
                   "transfer. No assets or funds move."),
                QStringLiteral("kindNote"), false);
        break;
    case ActionKind::CancelOrder:
        m_title = tr("Cancel listing #%1").arg(m_action.orderId);
        addTextRow(tr("Listing"), tr("Order #%1").arg(m_action.orderId), QStringLiteral("orderLabel"));
        addNote(tr("The listing is removed from the order book. No assets or funds move."),
                QStringLiteral("kindNote"), false);
        break;
    case ActionKind::Transfer:
    case ActionKind::ExchangeTransfer: {
        const QString amount = holdingText(first.token, first.display, first.amount);
        if (m_action.kind == ActionKind::Transfer) {
            m_title = tr("Send %1").arg(amount);
        } else {
            m_title = tr("Send %1 for exchange #%2").arg(amount).arg(m_action.exchangeId);
        }
        addRow(tr("To"), addressWidget(first.receiver, true, QStringLiteral("to")));
        addRow(tr("Asset"), assetWidget(first.token, first.display, first.assetId, QStringLiteral("asset")));
        amountRow(tr("Amount"), amount, QStringLiteral("amountLabel"));
        if (m_action.kind == ActionKind::ExchangeTransfer)
            addTextRow(tr("Exchange"), tr("Exchange #%1").arg(m_action.exchangeId),
                       QStringLiteral("exchangeLabel"));
        break;
    }
    case ActionKind::BatchNftTransfer: {
        // English has no plural rules without a translator: spell out the singular.
        m_title = items.size() == 1 ? tr("Send 1 NFT") : tr("Send %n NFTs", nullptr, int(items.size()));
        QSet<QString> receivers;
        for (const auto &item : items)
            receivers.insert(item.receiver.toLower());
        const bool oneReceiver = receivers.size() == 1;
        if (oneReceiver)
            addRow(tr("To"), addressWidget(first.receiver, true, QStringLiteral("to")));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto &item = items.at(i);
            const QString suffix = QString::number(i);
            QWidget *asset =
                assetWidget(item.token, item.display, item.assetId, QStringLiteral("asset") + suffix);
            if (item.token.type != TokenRef::Type::Erc721 || item.amount != crypto::UInt256(1))
                refuse(tr("a batch transfer moves something other than one NFT."));
            if (!oneReceiver) {
                auto *box = new QWidget(m_summary);
                box->setObjectName(QStringLiteral("batchItem") + suffix);
                auto *column = new QVBoxLayout(box);
                column->setContentsMargins(0, 0, 0, 0);
                column->setSpacing(3);
                column->addWidget(asset);
                QLabel *toCaption =
                    makeLabel(tr("To"), QStringLiteral("to") + suffix + QStringLiteral("Caption"), box);
                toCaption->setTextInteractionFlags(Qt::NoTextInteraction);
                ConfirmationStyle::applyMuted(toCaption);
                column->addSpacing(4);
                column->addWidget(toCaption);
                column->addWidget(addressWidget(item.receiver, true, QStringLiteral("to") + suffix));
                box->setAccessibleName(asset->accessibleName());
                asset = box;
            }
            addRow(tr("NFT %1 of %2").arg(i + 1).arg(items.size()), asset);
        }
        break;
    }
    case ActionKind::CreateOrder: {
        const QString sell = holdingText(first.token, first.display, first.amount);
        const TokenRef buyToken = first.buyToken.value_or(TokenRef{});
        if (!first.buyToken)
            refuse(tr("the order does not say what it asks for."));
        const QString price = holdingText(buyToken, first.buyDisplay, first.buyAmount);
        m_title = tr("Sell %1 for %2").arg(sell, price);
        addRow(tr("You sell"),
               assetWidget(first.token, first.display, first.assetId, QStringLiteral("asset")));
        if (first.token.type != TokenRef::Type::Erc721)
            amountRow(tr("Amount"), sell, QStringLiteral("amountLabel"));
        amountRow(tr("Price"), price, QStringLiteral("priceLabel"));
        break;
    }
    case ActionKind::CreateTrade: {
        const TokenRef getToken = first.buyToken.value_or(TokenRef{});
        if (!first.buyToken)
            refuse(tr("the trade does not say what you receive."));
        const QString get = holdingText(getToken, first.buyDisplay, first.buyAmount);
        const QString pay = holdingText(first.token, first.display, first.amount);
        m_title = tr("Buy %1 for %2").arg(get, pay);
        addTextRow(tr("Order"), tr("Order #%1").arg(m_action.orderId), QStringLiteral("orderLabel"));
        addRow(tr("You receive"),
               assetWidget(getToken, first.buyDisplay, std::nullopt, QStringLiteral("asset")));
        if (getToken.type != TokenRef::Type::Erc721)
            amountRow(tr("You receive"), get, QStringLiteral("receiveLabel"));
        amountRow(tr("You pay"), pay, QStringLiteral("amountLabel"));
        break;
    }
    }
    if (m_title.isEmpty())
        m_title = tr("Confirm an action");
}

void ConfirmationDialog::addFeeRows()
{
    if (!movesAssets(m_action.kind))
        return;
    QStringList lines;
    for (const wallet::FeeEntry &fee : m_action.fees) {
        const QString name = m_options.addressName ? m_options.addressName(fee.address) : QString();
        const QString who = ConfirmationFormat::groupedAddress(fee.address);
        //: A fee: percentage and recipient, e.g. "1.5% to Marketplace (0x1234 ...)".
        lines << (name.isEmpty() ? tr("%1% to %2").arg(fee.percentage, who)
                                 : tr("%1% to %2 (%3)").arg(fee.percentage, name, who));
    }
    for (const auto &item : m_action.items) {
        if (item.feeLimit)
            lines << tr("StarkEx fee of at most %1 quantized units (details under Advanced)")
                         .arg(QString::fromStdString(item.feeLimit->toDecimal()));
    }
    lines.removeDuplicates();
    addTextRow(tr("Fees"), lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')),
               QStringLiteral("feesLabel"));
}

void ConfirmationDialog::addExpiryRow()
{
    if (!movesAssets(m_action.kind) || m_action.items.isEmpty())
        return;
    QStringList lines;
    for (const auto &item : m_action.items) {
        const auto text = ConfirmationFormat::expiry(item.expirationHours);
        if (!text) {
            refuse(tr("the expiry is not a valid date."));
            lines << tr("(invalid date)");
            continue;
        }
        lines << *text;
    }
    lines.removeDuplicates();
    addTextRow(tr("Expires (local time)"), lines.join(QLatin1Char('\n')), QStringLiteral("expiryLabel"));
}

void ConfirmationDialog::addVerificationRows()
{
    if (!m_action.hashesVerified) {
        refuse(tr("the payload hash was not verified on this computer, so what would be signed may differ "
                  "from what is shown."));
    } else if (!m_action.items.isEmpty()) {
        QLabel *verified =
            makeLabel(tr("\u2713 Hash verified locally"), QStringLiteral("hashVerifiedLabel"), m_summary);
        verified->setFont(ConfirmationStyle::scaled(font(), 1.0, true));
        const int count = int(m_action.items.size());
        const QString text =
            count == 1
                ? tr("Stardeck recomputed the StarkEx payload hash from the fields shown here, and it "
                     "matches the server's.")
                : tr("Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and "
                     "they match the server's.",
                     nullptr, count);
        QLabel *explain = makeLabel(text, QStringLiteral("hashVerifiedNote"), m_summary);
        ConfirmationStyle::applyMuted(explain);
        auto *box = new QWidget(m_summary);
        box->setObjectName(QStringLiteral("verification"));
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 4, 0, 0);
        column->setSpacing(2);
        column->addWidget(verified);
        column->addWidget(explain);
        m_rows->addWidget(box);
    }
    if (m_action.guardian.confirmationRequired)
        addNote(tr("Immutable requires a second confirmation for this action. After you continue, "
                   "Immutable's confirmation page opens; nothing is signed before you confirm there too."),
                QStringLiteral("guardianNote"), true);
}

} // namespace stardeck::ui
