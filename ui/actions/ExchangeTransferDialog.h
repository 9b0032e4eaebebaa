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

    //! The account's open off-ramp exchanges; choosing one fills in the fields below.
    QComboBox *openExchangesCombo() const { return m_openExchanges; }
    //! True once the open exchanges have loaded (or failed to).
    bool exchangesLoaded() const { return m_exchangesLoaded; }
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
    //! What the wallet knows of an open exchange of the account.
    struct OpenExchange {
        qint64 id = 0;
        QString provider;
        QString receiver; //!< the provider's wallet address
        QString currency; //!< what is sent (e.g. "eth")
        QString amount;   //!< as the exchange states it, shortest decimal form
        QString label;
    };
    void revalidate();
    void loadOpenExchanges();
    void applyExchange(int index);
    const OpenExchange *knownExchange() const;
    qint64 exchangeId() const;

    QList<TokenChoice> m_tokens;
    QList<OpenExchange> m_exchanges;
    QComboBox *m_openExchanges = nullptr;
    bool m_exchangesLoaded = false;
    QLineEdit *m_exchangeId = nullptr;
    AddressField *m_receiver = nullptr;
    QComboBox *m_token = nullptr;
    QLineEdit *m_amount = nullptr;
    bool m_loaded = false;
};

} // namespace stardeck::ui
