// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace stardeck::ui {

class ActivityModel;

//! The Activity view: transfers, orders, trades and pending actions, a kind filter, refresh and
//! "Export CSV…".
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page without a model.
    explicit ActivityPage(QWidget *parent = nullptr);

    //! Shows `model` (not owned; null clears the table).
    void setModel(ActivityModel *model);
    //! Writes the rows shown to `path` as CSV; false (with a message on the page) on failure.
    bool exportTo(const QString &path);

private:
    void chooseExportFile();
    void updateStatus();

    ActivityModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace stardeck::ui
