// SPDX-License-Identifier: MIT
#pragma once
// Send: ETH or an ERC20 (picked from the user's balances, amount validated as typed against the
// token's decimals, quantum and balance), or one or several NFTs handed over by the Assets page
// (several go in one signed batch). The receiver completes from the address book.

#include "actions/ActionDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace stardeck::ui {

class AddressField;

//! The Send dialog.
class SendDialog : public ActionDialog {
    Q_OBJECT

public:
    //! Sends ETH/ERC20 (the token list loads from the balances) when `nfts` is empty, else the NFTs.
    explicit SendDialog(ActionServices services, const QList<NftChoice> &nfts = {},
                        QWidget *parent = nullptr);

    //! The receiver field.
    AddressField *receiverField() const { return m_receiver; }
    //! The amount field (nullptr when sending NFTs).
    QLineEdit *amountEdit() const { return m_amount; }
    //! The token picker (nullptr when sending NFTs).
    QComboBox *tokenCombo() const { return m_token; }
    //! True once the token list has loaded (always true for NFTs).
    bool isLoaded() const { return m_loaded; }

protected:
    //! Builds the request and hands it to the provider.
    void start() override;

private:
    void revalidate();
    void tokensLoaded(const QList<TokenChoice> &tokens, const QString &error);

    QList<NftChoice> m_nfts;
    QList<TokenChoice> m_tokens;
    AddressField *m_receiver = nullptr;
    QComboBox *m_token = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_available = nullptr;
    bool m_loaded = false;
};

} // namespace stardeck::ui
