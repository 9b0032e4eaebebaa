// SPDX-License-Identifier: MIT
#include "actions/CancelOrderDialog.h"

#include "wallet/ImxProvider.h"

#include <QPushButton>

namespace stardeck::ui {

CancelOrderDialog::CancelOrderDialog(ActionServices services, qint64 orderId, QWidget *parent)
    : OrderActionDialog(services, orderId, tr("Cancel listing"), parent)
{
    setObjectName(QStringLiteral("cancelOrderDialog"));
    setWindowTitle(tr("Cancel order"));
    // "Cancel listing" next to "Cancel" would be ambiguous: the dismiss button says what it does.
    closeButton()->setText(tr("Keep listing"));
    closeButton()->setAccessibleName(tr("Keep listing"));
}

bool CancelOrderDialog::applies(const api::Order &order, QString *why) const
{
    if (order.status != QLatin1String("active")) {
        *why = tr("This order is %1; there is nothing to cancel.").arg(order.status);
        return false;
    }
    if (order.user.compare(ownAddress(), Qt::CaseInsensitive) != 0) {
        *why = tr("This is not your order.");
        return false;
    }
    return true;
}

QString CancelOrderDialog::sellCaption() const
{
    return tr("Selling:");
}

QString CancelOrderDialog::buyCaption() const
{
    return tr("Price:");
}

void CancelOrderDialog::start()
{
    if (!m_services.provider || !m_order)
        return;
    begin(wallet::ActionKind::CancelOrder);
    m_services.provider->cancelOrder(
        orderId(), this, [this](wallet::WalletResult<wallet::CancelResult> result) {
            if (!result.ok()) {
                failWith(result.error());
                return;
            }
            succeed(tr("Order %1 is %2.")
                        .arg(result.value().orderId)
                        .arg(result.value().status.isEmpty() ? tr("cancelled") : result.value().status));
        });
}

} // namespace stardeck::ui
