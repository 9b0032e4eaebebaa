// SPDX-License-Identifier: MIT
#pragma once
// The part of Buy and Cancel order that is the same: the order is read from the API by id and shown
// (what is sold, the price, the seller, status and expiry); the action is offered only when the
// subclass says it applies to that order (active, someone else's for Buy, the user's for Cancel).

#include "actions/ActionDialog.h"
#include "api/ImxModels.h"

#include <optional>

class QLabel;

namespace stardeck::ui {

//! Base of BuyDialog and CancelOrderDialog.
class OrderActionDialog : public ActionDialog {
    Q_OBJECT

public:
    //! Loads order `orderId` through services.client and shows it.
    OrderActionDialog(ActionServices services, qint64 orderId, const QString &okText, QWidget *parent);

    //! The order id.
    qint64 orderId() const { return m_orderId; }
    //! True once the order has loaded.
    bool isLoaded() const { return m_order.has_value(); }
    //! The order's details as shown, one "caption: value" per line (tests, screen readers).
    QString detailsText() const;

    //! "0.05 ETH", "NFT #12 (0xabc...)": an order side in words, exactly.
    static QString sideText(const api::TokenAmount &side, bool withFees);

protected:
    //! Whether the action applies to `order`; `why` says why not, for people.
    virtual bool applies(const api::Order &order, QString *why) const = 0;
    //! Captions of the sold and bought sides ("You get" / "You pay" for Buy).
    virtual QString sellCaption() const = 0;
    virtual QString buyCaption() const = 0;

    std::optional<api::Order> m_order;

private:
    void loaded(const api::Order &order);
    QLabel *addDetail(const QString &caption, const QString &objectName);

    qint64 m_orderId = 0;
    QList<QPair<QString, QLabel *>> m_details;
};

} // namespace stardeck::ui
