// SPDX-License-Identifier: MIT
#include "actions/OrderActionDialog.h"

#include "actions/AddressBook.h"
#include "actions/InputValidation.h"
#include "api/ImxClient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace stardeck::ui {

OrderActionDialog::OrderActionDialog(ActionServices services, qint64 orderId, const QString &okText,
                                     QWidget *parent)
    : ActionDialog(services, okText, parent), m_orderId(orderId)
{
    addDetail(tr("Order:"), QStringLiteral("orderIdLabel"))->setText(QString::number(orderId));
    setInputState(false, {});
    if (!m_services.client)
        return;
    // The subclass's virtual functions are usable only after construction: ask on the next turn.
    QTimer::singleShot(0, this, [this] {
        m_services.client->order(m_orderId, this, [this](api::ApiResult<api::Order> order) {
            if (!order.ok()) {
                showLoadError(
                    tr("Order %1 could not be loaded: %2").arg(m_orderId).arg(order.error().message));
                return;
            }
            loaded(order.value());
        });
    });
}

QLabel *OrderActionDialog::addDetail(const QString &caption, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    // Unwrapped: a wrapped label in a form row is given one line's height; the window widens instead.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(caption);
    form()->addRow(caption, label);
    m_details.append({caption, label});
    return label;
}

QString OrderActionDialog::detailsText() const
{
    QStringList lines;
    for (const auto &[caption, label] : m_details)
        lines << caption + u' ' + label->text();
    return lines.join(u'\n');
}

QString OrderActionDialog::sideText(const api::TokenAmount &side, bool withFees)
{
    if (side.type == QLatin1String("ERC721")) {
        const QString address = checksumAddress(side.tokenAddress.value_or(QString()));
        return tr("NFT #%1 (%2)").arg(side.tokenId.value_or(QStringLiteral("?")), address);
    }
    const crypto::UInt256 amount =
        withFees && !side.quantityWithFees.isZero() ? side.quantityWithFees : side.quantity;
    const unsigned decimals = unsigned(side.decimals.value_or(side.type == QLatin1String("ETH") ? 18 : 0));
    const QString symbol = side.symbol.value_or(
        side.type == QLatin1String("ETH") ? QStringLiteral("ETH") : side.tokenAddress.value_or(QString()));
    return tr("%1 %2").arg(formatBaseUnits(amount, decimals), symbol);
}

void OrderActionDialog::loaded(const api::Order &order)
{
    m_order = order;
    addDetail(sellCaption(), QStringLiteral("sellLabel"))->setText(sideText(order.sell, false));
    addDetail(buyCaption(), QStringLiteral("buyLabel"))->setText(sideText(order.buy, true));
    const QString sellerName =
        m_services.addressBook ? m_services.addressBook->nameFor(order.user) : QString();
    addDetail(tr("Seller:"), QStringLiteral("sellerLabel"))
        ->setText(sellerName.isEmpty() ? checksumAddress(order.user)
                                       : tr("%1 (%2)").arg(sellerName, checksumAddress(order.user)));
    addDetail(tr("Status:"), QStringLiteral("orderStatusLabel"))->setText(order.status);
    if (order.expirationTimestamp) {
        const QDateTime expiry = QDateTime::fromString(*order.expirationTimestamp, Qt::ISODateWithMs);
        addDetail(tr("Expires:"), QStringLiteral("expiryLabel"))
            ->setText(expiry.isValid() ? QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat)
                                       : *order.expirationTimestamp);
    }
    QString why;
    const bool ok = applies(order, &why);
    setInputState(ok, why);
}

} // namespace stardeck::ui
