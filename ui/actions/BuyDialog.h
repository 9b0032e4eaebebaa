// SPDX-License-Identifier: MIT
#pragma once
// Buy: fills someone else's active order (read from the API); shows what you get and what you pay.

#include "actions/OrderActionDialog.h"

namespace stardeck::ui {

//! The Buy (create trade) dialog.
class BuyDialog : public OrderActionDialog {
    Q_OBJECT

public:
    //! Buys order `orderId`.
    BuyDialog(ActionServices services, qint64 orderId, QWidget *parent = nullptr);

protected:
    //! Hands a TradeRequest to the provider.
    void start() override;
    //! Active and not the user's own order.
    bool applies(const api::Order &order, QString *why) const override;
    QString sellCaption() const override;
    QString buyCaption() const override;
};

} // namespace stardeck::ui
