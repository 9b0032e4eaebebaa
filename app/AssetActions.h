// SPDX-License-Identifier: MIT
#pragma once

#include "actions/ActionSupport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QDialog;

namespace stardeck::ui {
class MainWindow;
}

namespace stardeck::app {

//! Opens the action dialogs (ui/actions) for what the pages and menus ask: send, sell or cancel the
//! listing of the selected NFT, send tokens, buy a listing, complete an exchange. Lives as long as
//! the connected account.
class AssetActions : public QObject {
    Q_OBJECT
public:
    //! Dialogs over `window`, acting through `services` (not owned; they outlive this object).
    AssetActions(ui::ActionServices services, ui::MainWindow *window, QObject *parent = nullptr);

    //! Opens the Send dialog for one NFT.
    void send(const QString &tokenAddress, const QString &tokenId);
    //! Opens the Send dialog for several NFTs (one batch transfer).
    void sendSeveral(const QList<ui::NftChoice> &nfts);
    //! Send ETH or an ERC20 (the dialog offers the account's tokens).
    void sendTokens();
    //! Opens the Sell dialog for one NFT.
    void sell(const QString &tokenAddress, const QString &tokenId);
    //! Finds the NFT's active listing and opens the Cancel order dialog for it.
    void cancelListing(const QString &tokenAddress, const QString &tokenId);
    //! Opens the Buy dialog for someone else's listing `orderId`.
    void buy(qint64 orderId);
    //! Opens the Exchange transfer dialog (complete an off-ramp exchange).
    void exchangeTransfer();

Q_SIGNALS:
    //! An action ended (`ok` when it was done): the views should refresh.
    void actionFinished(bool ok);

private:
    void show(QDialog *dialog);
    QString nameOf(const QString &tokenAddress, const QString &tokenId) const;

    ui::ActionServices m_services;
    QPointer<ui::MainWindow> m_window;
};

} // namespace stardeck::app
