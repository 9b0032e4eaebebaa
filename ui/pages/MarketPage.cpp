// SPDX-License-Identifier: MIT
#include "pages/MarketPage.h"

#include "models/MarketModel.h"
#include "pages/RefreshStatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stardeck::ui {

MarketPage::MarketPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("marketPage"));
    setAccessibleName(tr("Market"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *title = new QLabel(tr("Listings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("NFTs other people are selling. Buying opens the order as the server has it, "
                                "and nothing is signed before you confirm."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("marketSearchEdit"));
    m_search->setAccessibleName(tr("Search listings"));
    m_search->setPlaceholderText(tr("Search by collection or token id"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("marketStatusLabel"));
    bar->addWidget(m_status);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshMarketButton"));
    m_refresh->setAccessibleName(tr("Refresh listings"));
    bar->addWidget(m_refresh);
    m_refreshStatus = new RefreshStatus(m_status, m_refresh, this);
    m_buy = new QPushButton(tr("&Buy…"), this);
    m_buy->setObjectName(QStringLiteral("buyButton"));
    m_buy->setAccessibleName(tr("Buy the selected listing"));
    bar->addWidget(m_buy);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(MarketModel::ItemColumn);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("marketTable"));
    m_table->setAccessibleName(tr("Listings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    connect(m_buy, &QPushButton::clicked, this, &MarketPage::requestBuy);
    connect(m_table, &QTableView::activated, this, &MarketPage::requestBuy);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MarketPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MarketPage::updateButtons);
    setModel(nullptr);
}

void MarketPage::setModel(MarketModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        // Per-section modes need the columns, which exist once there is a model.
        m_table->horizontalHeader()->setSectionResizeMode(MarketModel::ItemColumn, QHeaderView::Stretch);
        connect(model, &MarketModel::loading, this, &MarketPage::updateStatus);
        connect(model, &MarketModel::finished, this, &MarketPage::updateStatus);
        connect(model, &MarketModel::error, this, &MarketPage::updateStatus);
    }
    updateStatus();
    updateButtons();
}

qint64 MarketPage::selectedOrderId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MarketModel::OrderIdRole).toLongLong();
}

void MarketPage::requestBuy()
{
    const qint64 id = selectedOrderId();
    if (id > 0)
        Q_EMIT buyRequested(id);
}

void MarketPage::updateButtons()
{
    m_buy->setEnabled(selectedOrderId() > 0);
}

void MarketPage::updateStatus()
{
    if (!m_model) {
        m_refreshStatus->clear();
        return;
    }
    RefreshStatus::State state;
    state.loading = m_model->isLoading();
    state.error = m_model->errorText();
    state.lastGood = m_model->lastUpdated();
    if (m_model->rowCount() == 0)
        state.idleText = tr("No listings");
    else if (m_model->isTruncated())
        state.idleText = tr("The newest %n listing(s)", nullptr, m_model->rowCount());
    else
        state.idleText = tr("%n listing(s)", nullptr, m_model->rowCount());
    m_refreshStatus->show(state);
}

} // namespace stardeck::ui
