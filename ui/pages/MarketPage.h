// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace stardeck::ui {

class MarketModel;
class RefreshStatus;

//! The Market view: other people's active NFT listings with a search box, refresh and "Buy…"
//! (double-click or Enter on a row does the same). Buying itself happens in the Buy dialog, which
//! shows the order as the server has it and asks for confirmation.
class MarketPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page without a model.
    explicit MarketPage(QWidget *parent = nullptr);

    //! Shows `model` (not owned; null clears the table).
    void setModel(MarketModel *model);
    //! The table (for tests and keyboard focus).
    QTableView *table() const { return m_table; }
    //! The order id of the selected listing, 0 when none.
    qint64 selectedOrderId() const;

Q_SIGNALS:
    //! The user wants to buy listing `orderId`.
    void buyRequested(qint64 orderId);

private:
    void updateStatus();
    void updateButtons();
    void requestBuy();

    MarketModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_buy = nullptr;
    QLabel *m_status = nullptr;
    RefreshStatus *m_refreshStatus = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace stardeck::ui
