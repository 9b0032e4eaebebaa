// SPDX-License-Identifier: MIT
#pragma once
// Sell: lists one NFT for a price in ETH or an ERC20 (validated against that token's decimals and
// quantum), with an optional expiry within the expiration policy window (F10); no marketplace fees
// are added.

#include "actions/ActionDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace stardeck::ui {

//! The Sell (create order) dialog.
class SellDialog : public ActionDialog {
    Q_OBJECT

public:
    //! Lists `nft`; the price tokens load from the API's token list.
    SellDialog(ActionServices services, const NftChoice &nft, QWidget *parent = nullptr);

    //! The price field.
    QLineEdit *priceEdit() const { return m_price; }
    //! The currency picker.
    QComboBox *currencyCombo() const { return m_currency; }
    //! The expiry switch and date.
    QCheckBox *expiryCheck() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    //! True once the currencies have loaded.
    bool isLoaded() const { return m_loaded; }

protected:
    //! Builds the OrderRequest and hands it to the provider.
    void start() override;

private:
    void revalidate();
    qint64 expiryWindowHours() const;

    NftChoice m_nft;
    QList<TokenChoice> m_tokens;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_price = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    bool m_loaded = false;
};

} // namespace stardeck::ui
