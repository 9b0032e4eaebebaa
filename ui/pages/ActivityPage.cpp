// SPDX-License-Identifier: MIT
#include "pages/ActivityPage.h"

#include "models/ActivityModel.h"
#include "pages/RefreshStatus.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace stardeck::ui {

ActivityPage::ActivityPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activityPage"));
    setAccessibleName(tr("Activity"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *bar = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKindCombo"));
    m_kind->setAccessibleName(tr("Kind of activity"));
    kindLabel->setBuddy(m_kind);
    m_kind->addItem(tr("Everything"), int(ActivityModel::AllKinds));
    m_kind->addItem(tr("Transfers"), int(ActivityModel::TransferKind));
    m_kind->addItem(tr("Orders"), int(ActivityModel::OrderKind));
    m_kind->addItem(tr("Trades"), int(ActivityModel::TradeKind));
    m_kind->addItem(tr("Other"), int(ActivityModel::OtherKind));
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("activityStatusLabel"));
    bar->addWidget(m_status, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshActivityButton"));
    m_refresh->setAccessibleName(tr("Refresh activity"));
    bar->addWidget(m_refresh);
    m_refreshStatus = new RefreshStatus(m_status, m_refresh, this);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export activity as CSV"));
    bar->addWidget(m_export);
    layout->addLayout(bar);
    // F19: hidden possible address-poisoning transfers are counted here and can be shown, flagged.
    m_suspicious = new QPushButton(this);
    m_suspicious->setObjectName(QStringLiteral("showSuspiciousButton"));
    m_suspicious->setCheckable(true);
    m_suspicious->setFlat(true);
    m_suspicious->setVisible(false);
    layout->addWidget(m_suspicious, 0, Qt::AlignLeft);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_table->installEventFilter(this);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setKindFilter(ActivityModel::Kinds(m_kind->currentData().toInt()));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);
    connect(m_suspicious, &QPushButton::toggled, this, [this](bool show) {
        if (m_model)
            m_model->setShowSuspicious(show);
    });
    setModel(nullptr);
}

void ActivityPage::setModel(ActivityModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    m_refresh->setEnabled(model != nullptr);
    m_export->setEnabled(model != nullptr);
    if (model) {
        model->setKindFilter(ActivityModel::Kinds(m_kind->currentData().toInt()));
        // Short columns fit their contents; the counterparty (a full address in its tooltip) gets a
        // fixed, resizable width and the details take the rest.
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(ActivityModel::CounterpartyColumn, QHeaderView::Interactive);
        header->resizeSection(ActivityModel::CounterpartyColumn, 150);
        header->setSectionResizeMode(ActivityModel::DetailsColumn, QHeaderView::Stretch);
        connect(model, &ActivityModel::loading, this, &ActivityPage::updateStatus);
        connect(model, &ActivityModel::finished, this, &ActivityPage::updateStatus);
        connect(model, &ActivityModel::error, this, &ActivityPage::updateStatus);
        connect(model, &ActivityModel::modelReset, this, &ActivityPage::updateSuspicious);
        model->setShowSuspicious(m_suspicious->isChecked());
    }
    updateStatus();
    updateSuspicious();
}

void ActivityPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export activity"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("stardeck-activity.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

bool ActivityPage::exportTo(const QString &path)
{
    if (!m_model)
        return false;
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_model->exportCsv(file) && file.commit();
    m_status->setText(ok ? tr("Exported to %1").arg(path)
                         : tr("Could not write %1: choose another folder.").arg(path));
    return ok;
}

void ActivityPage::updateStatus()
{
    if (!m_model) {
        m_refreshStatus->clear();
        return;
    }
    RefreshStatus::State state;
    state.loading = m_model->isLoading();
    state.error = m_model->errorText();
    state.lastGood = m_model->lastUpdated();
    m_refreshStatus->show(state);
}

void ActivityPage::updateSuspicious()
{
    const int count = m_model ? m_model->suspiciousCount() : 0;
    const bool shown = m_model && m_model->showsSuspicious();
    m_suspicious->setVisible(count > 0);
    m_suspicious->setText(shown ? tr("Hide %n suspicious transfer(s)", nullptr, count)
                                : tr("Show %n hidden suspicious transfer(s)", nullptr, count));
    m_suspicious->setAccessibleName(m_suspicious->text());
    m_suspicious->setToolTip(tr("Tiny or empty transfers from unknown addresses, and transfers from "
                                "addresses that imitate ones you know, are often address poisoning."));
}

bool ActivityPage::eventFilter(QObject *watched, QEvent *event)
{
    // QAbstractItemView copies the current cell's text on the Copy shortcut: refuse it on a flagged
    // row so a poisoned address is never one keystroke away from the clipboard.
    if (watched == m_table && m_model &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.data(ActivityModel::SuspiciousRole).toBool()) {
            event->accept();
            return event->type() == QEvent::KeyPress; // eat the key; the override only claims it
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace stardeck::ui
