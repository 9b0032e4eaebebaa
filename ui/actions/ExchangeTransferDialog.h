// SPDX-License-Identifier: MIT
#pragma once
// Exchange transfer: completes a fiat off-ramp exchange by sending ETH or an ERC20 to the exchange
// provider's receiver, tagged with the exchange id.

#include "actions/ActionDialog.h"

class QComboBox;
class QLineEdit;

namespace stardeck::ui {

class AddressField;

//! The Exchange transfer dialog.
class ExchangeTransferDialog : public ActionDialog {
    Q_OBJECT

public:
    //! An exchange transfer; the tokens load from the balances. `exchangeId` pre-fills the id (0 = none).
    explicit ExchangeTransferDialog(ActionServices services, qint64 exchangeId = 0,
                                    QWidget *parent = nullptr);

    //! The exchange id, receiver, token and amount fields.
    QLineEdit *exchangeIdEdit() const { return m_exchangeId; }
    AddressField *receiverField() const { return m_receiver; }
    QComboBox *tokenCombo() const { return m_token; }
    QLineEdit *amountEdit() const { return m_amount; }
    //! True once the token list has loaded.
    bool isLoaded() const { return m_loaded; }

protected:
    //! Builds the ExchangeTransferRequest and hands it to the provider.
    void start() override;

private:
    void revalidate();
    qint64 exchangeId() const;

    QList<TokenChoice> m_tokens;
    QLineEdit *m_exchangeId = nullptr;
    AddressField *m_receiver = nullptr;
    QComboBox *m_token = nullptr;
    QLineEdit *m_amount = nullptr;
    bool m_loaded = false;
};

} // namespace stardeck::ui
