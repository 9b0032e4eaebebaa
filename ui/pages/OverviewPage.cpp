// SPDX-License-Identifier: MIT
#include "pages/OverviewPage.h"

#include "models/BalancesModel.h"
#include "pages/RefreshStatus.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stardeck::ui {

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    setAccessibleName(tr("Overview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *title = new QLabel(tr("Balances"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("balancesStatusLabel"));
    bar->addWidget(m_status, 1);
    m_hide = new QCheckBox(tr("&Hide balances"), this);
    m_hide->setObjectName(QStringLiteral("hideBalancesCheck"));
    m_hide->setAccessibleName(tr("Hide balances"));
    bar->addWidget(m_hide);
    m_send = new QPushButton(tr("&Send…"), this);
    m_send->setObjectName(QStringLiteral("sendTokenButton"));
    m_send->setAccessibleName(tr("Send ETH or a token"));
    m_send->setEnabled(false);
    bar->addWidget(m_send);
    connect(m_send, &QPushButton::clicked, this, &OverviewPage::sendRequested);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshBalancesButton"));
    m_refresh->setAccessibleName(tr("Refresh balances"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    bar->addWidget(m_refresh);
    m_refreshStatus = new RefreshStatus(m_status, m_refresh, this);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("balancesTable"));
    m_table->setAccessibleName(tr("Balances"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setIconSize(QSize(24, 24));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    connect(m_hide, &QCheckBox::toggled, this, [this](bool hidden) {
        if (m_model)
            m_model->setBalancesHidden(hidden);
    });
    setModel(nullptr);
}

void OverviewPage::setModel(BalancesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    m_refresh->setEnabled(model != nullptr);
    m_send->setEnabled(model != nullptr);
    m_hide->setEnabled(model != nullptr);
    if (model) {
        m_hide->setChecked(model->balancesHidden());
        connect(model, &BalancesModel::loading, this, &OverviewPage::updateStatus);
        connect(model, &BalancesModel::finished, this, &OverviewPage::updateStatus);
        connect(model, &BalancesModel::error, this, &OverviewPage::updateStatus);
        QHeaderView *header = m_table->horizontalHeader();
        // The token takes the room; the amounts sit to the right, as wide as their digits.
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(BalancesModel::TokenColumn, QHeaderView::Stretch);
    }
    updateStatus();
}

void OverviewPage::updateStatus()
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

} // namespace stardeck::ui
