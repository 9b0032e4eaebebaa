// SPDX-License-Identifier: MIT
#include "actions/BuyDialog.h"

#include "wallet/ImxProvider.h"

namespace stardeck::ui {

BuyDialog::BuyDialog(ActionServices services, qint64 orderId, QWidget *parent)
    : OrderActionDialog(services, orderId, tr("Buy"), parent)
{
    setObjectName(QStringLiteral("buyDialog"));
    setWindowTitle(tr("Buy"));
}

bool BuyDialog::applies(const api::Order &order, QString *why) const
{
    if (order.status != QLatin1String("active")) {
        *why = tr("This order is %1; it can no longer be bought.").arg(order.status);
        return false;
    }
    if (order.user.compare(ownAddress(), Qt::CaseInsensitive) == 0) {
        *why = tr("This is your own listing.");
        return false;
    }
    return true;
}

QString BuyDialog::sellCaption() const
{
    return tr("You get:");
}

QString BuyDialog::buyCaption() const
{
    return tr("You pay:");
}

void BuyDialog::start()
{
    if (!m_services.provider || !m_order)
        return;
    wallet::TradeRequest request;
    request.orderId = orderId();
    begin(wallet::ActionKind::CreateTrade);
    m_services.provider->createTrade(request, this, [this](wallet::WalletResult<wallet::TradeResult> result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        succeed(tr("Bought. Trade %1 is %2.")
                    .arg(result.value().tradeId)
                    .arg(result.value().status.isEmpty() ? tr("accepted") : result.value().status));
    });
}

} // namespace stardeck::ui
