// SPDX-License-Identifier: MIT
#pragma once
// Cancel order: withdraws one of the user's active listings (read from the API and shown first).

#include "actions/OrderActionDialog.h"

namespace stardeck::ui {

//! The Cancel order dialog.
class CancelOrderDialog : public OrderActionDialog {
    Q_OBJECT

public:
    //! Cancels order `orderId`.
    CancelOrderDialog(ActionServices services, qint64 orderId, QWidget *parent = nullptr);

protected:
    //! Hands the order id to the provider's cancelOrder.
    void start() override;
    //! Active and the user's own order.
    bool applies(const api::Order &order, QString *why) const override;
    QString sellCaption() const override;
    QString buyCaption() const override;
};

} // namespace stardeck::ui
