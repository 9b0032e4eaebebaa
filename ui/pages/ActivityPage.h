// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace stardeck::ui {

class ActivityModel;
class RefreshStatus;

//! The Activity view: transfers, orders, trades and pending actions, a kind filter, refresh and
//! "Export CSV…". Possible address-poisoning transfers are hidden behind a "Show N hidden suspicious
//! transfers" toggle, and their addresses cannot be copied from the table (F19).
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page without a model.
    explicit ActivityPage(QWidget *parent = nullptr);

    //! Shows `model` (not owned; null clears the table).
    void setModel(ActivityModel *model);
    //! Writes the rows shown to `path` as CSV; false (with a message on the page) on failure.
    bool exportTo(const QString &path);

protected:
    //! Swallows the table's copy shortcut on a suspicious row (no one-click copy of a poisoned address).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseExportFile();
    void updateStatus();
    void updateSuspicious();

    ActivityModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_suspicious = nullptr;
    QLabel *m_status = nullptr;
    RefreshStatus *m_refreshStatus = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace stardeck::ui
