// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace stardeck::ui {

class BalancesModel;
class RefreshStatus;

//! The Overview: the account's balances (exact amounts, token icons), Send and Refresh buttons, when
//! they were last updated and a switch that hides the amounts.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page without a model.
    explicit OverviewPage(QWidget *parent = nullptr);

    //! Shows `model` (not owned; null clears the table).
    void setModel(BalancesModel *model);
    //! The balances table (tests read it).
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    //! The user asked to send ETH or a token.
    void sendRequested();

private:
    void updateStatus();

    BalancesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_send = nullptr;
    QCheckBox *m_hide = nullptr;
    QLabel *m_status = nullptr;
    RefreshStatus *m_refreshStatus = nullptr;
};

} // namespace stardeck::ui
