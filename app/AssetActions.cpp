// SPDX-License-Identifier: MIT
#include "AssetActions.h"

#include "MainWindow.h"
#include "actions/BuyDialog.h"
#include "actions/CancelOrderDialog.h"
#include "actions/ExchangeTransferDialog.h"
#include "actions/SellDialog.h"
#include "actions/SendDialog.h"
#include "api/ImxClient.h"
#include "models/AssetGridModel.h"
#include "pages/AssetsPage.h"
#include "wallet/ImxProvider.h"

#include <QListView>
#include <QStatusBar>

namespace stardeck::app {

AssetActions::AssetActions(ui::ActionServices services, ui::MainWindow *window, QObject *parent)
    : QObject(parent), m_services(services), m_window(window)
{}

QString AssetActions::nameOf(const QString &tokenAddress, const QString &tokenId) const
{
    const QModelIndex index = m_window->assetsPage()->view()->currentIndex();
    if (index.isValid() && index.data(ui::AssetGridModel::CollectionAddressRole).toString() == tokenAddress &&
        index.data(ui::AssetGridModel::TokenIdRole).toString() == tokenId)
        return index.data(ui::AssetGridModel::NameRole).toString();
    return QString();
}

void AssetActions::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(static_cast<ui::ActionDialog *>(dialog), &ui::ActionDialog::actionFinished, this,
            &AssetActions::actionFinished);
    dialog->show(); // not exec(): no nested event loop
}

void AssetActions::send(const QString &tokenAddress, const QString &tokenId)
{
    if (!m_window)
        return;
    const ui::NftChoice nft{tokenAddress, tokenId, nameOf(tokenAddress, tokenId)};
    show(new ui::SendDialog(m_services, {nft}, m_window));
}

void AssetActions::sendSeveral(const QList<ui::NftChoice> &nfts)
{
    if (!m_window || nfts.isEmpty())
        return;
    show(new ui::SendDialog(m_services, nfts, m_window));
}

void AssetActions::sendTokens()
{
    if (!m_window)
        return;
    show(new ui::SendDialog(m_services, {}, m_window));
}

void AssetActions::sell(const QString &tokenAddress, const QString &tokenId)
{
    if (!m_window)
        return;
    const ui::NftChoice nft{tokenAddress, tokenId, nameOf(tokenAddress, tokenId)};
    show(new ui::SellDialog(m_services, nft, m_window));
}

void AssetActions::buy(qint64 orderId)
{
    if (!m_window || orderId <= 0)
        return;
    show(new ui::BuyDialog(m_services, orderId, m_window));
}

void AssetActions::exchangeTransfer()
{
    if (!m_window)
        return;
    show(new ui::ExchangeTransferDialog(m_services, 0, m_window));
}

void AssetActions::cancelListing(const QString &tokenAddress, const QString &tokenId)
{
    if (!m_window || !m_services.client || !m_services.provider)
        return;
    const wallet::WalletResult<QString> owner = m_services.provider->getAddress();
    if (!owner)
        return;
    api::ListQuery query;
    query.filters = {{QStringLiteral("user"), owner.value()},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("sell_token_address"), tokenAddress},
                     {QStringLiteral("sell_token_id"), tokenId}};
    m_services.client->orders(
        query, this, [this, tokenAddress, tokenId](api::ApiResult<api::Page<api::Order>> page) {
            if (!m_window)
                return;
            if (!page) {
                m_window->statusBar()->showMessage(
                    tr("The listing could not be looked up: %1").arg(page.error().toString()), 8000);
                return;
            }
            for (const api::Order &order : page.value().items) {
                // The filters are the server's; check the order is this NFT's ourselves.
                if (order.status == QLatin1String("active") &&
                    order.sell.tokenAddress.value_or(QString()).compare(tokenAddress, Qt::CaseInsensitive) ==
                        0 &&
                    order.sell.tokenId.value_or(QString()) == tokenId) {
                    show(new ui::CancelOrderDialog(m_services, order.orderId, m_window));
                    return;
                }
            }
            m_window->statusBar()->showMessage(tr("This NFT is not listed for sale."), 8000);
        });
}

} // namespace stardeck::app
