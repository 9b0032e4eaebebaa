// SPDX-License-Identifier: MIT
#include "actions/ExchangeTransferDialog.h"

#include "actions/AddressField.h"
#include "actions/InputValidation.h"
#include "wallet/ImxProvider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace stardeck::ui {

ExchangeTransferDialog::ExchangeTransferDialog(ActionServices services, qint64 exchangeId, QWidget *parent)
    : ActionDialog(services, tr("Send to exchange"), parent)
{
    setObjectName(QStringLiteral("exchangeTransferDialog"));
    setWindowTitle(tr("Exchange transfer"));
    m_exchangeId = new QLineEdit(this);
    m_exchangeId->setObjectName(QStringLiteral("exchangeIdEdit"));
    m_exchangeId->setAccessibleName(tr("Exchange id"));
    m_exchangeId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[1-9][0-9]{0,17}")), m_exchangeId));
    if (exchangeId > 0)
        m_exchangeId->setText(QString::number(exchangeId));
    form()->addRow(tr("E&xchange id:"), m_exchangeId);
    m_receiver = new AddressField(m_services.addressBook, ownAddress(), true, this);
    form()->addRow(tr("&Receiver:"), m_receiver);
    m_token = new QComboBox(this);
    m_token->setObjectName(QStringLiteral("tokenCombo"));
    m_token->setAccessibleName(tr("Token"));
    m_token->addItem(tr("Loading your balances..."));
    m_token->setEnabled(false);
    form()->addRow(tr("&Token:"), m_token);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(tr("0.0"));
    form()->addRow(tr("&Amount:"), m_amount);
    connect(m_exchangeId, &QLineEdit::textChanged, this, &ExchangeTransferDialog::revalidate);
    connect(m_receiver, &AddressField::changed, this, &ExchangeTransferDialog::revalidate);
    connect(m_token, &QComboBox::currentIndexChanged, this, &ExchangeTransferDialog::revalidate);
    connect(m_amount, &QLineEdit::textChanged, this, &ExchangeTransferDialog::revalidate);
    if (m_services.client)
        loadTokenChoices(
            *m_services.client, ownAddress(), this, [this](QList<TokenChoice> tokens, QString error) {
                m_token->clear();
                if (!error.isEmpty()) {
                    m_token->addItem(tr("Unavailable"));
                    showLoadError(error);
                    return;
                }
                m_tokens = tokens;
                for (const TokenChoice &token : m_tokens)
                    m_token->addItem(tr("%1 (%2 available)")
                                         .arg(token.symbol, formatBaseUnits(token.balance, token.decimals)));
                m_token->setEnabled(!m_tokens.isEmpty());
                m_loaded = true;
                revalidate();
            });
    revalidate();
}

qint64 ExchangeTransferDialog::exchangeId() const
{
    bool ok = false;
    const qint64 id = m_exchangeId->text().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void ExchangeTransferDialog::revalidate()
{
    QStringList messages;
    bool valid = exchangeId() > 0;
    const AddressCheck receiver = m_receiver->check();
    valid = valid && receiver.ok;
    if (!receiver.message.isEmpty())
        messages << receiver.message;
    const int index = m_token->currentIndex();
    if (!m_loaded || index < 0 || index >= m_tokens.size()) {
        setInputState(false, messages.join(u'\n'));
        return;
    }
    const TokenChoice &token = m_tokens.at(index);
    const AmountCheck amount =
        validateAmount(m_amount->text(), {token.decimals, token.quantum, token.balance, token.symbol});
    valid = valid && amount.ok;
    if (!amount.message.isEmpty())
        messages << amount.message;
    setInputState(valid, messages.join(u'\n'));
}

void ExchangeTransferDialog::start()
{
    const int index = m_token->currentIndex();
    const AddressCheck receiver = m_receiver->check();
    if (!m_services.provider || index < 0 || index >= m_tokens.size() || !receiver.ok || exchangeId() == 0)
        return;
    const TokenChoice &token = m_tokens.at(index);
    const AmountCheck amount =
        validateAmount(m_amount->text(), {token.decimals, token.quantum, token.balance, token.symbol});
    if (!amount.ok)
        return;
    wallet::ExchangeTransferRequest request;
    request.exchangeId = exchangeId();
    request.token = token.token;
    request.amount = amount.baseUnits;
    request.receiver = receiver.address;
    begin(wallet::ActionKind::ExchangeTransfer);
    m_services.provider->exchangeTransfer(request, this,
                                          [this](wallet::WalletResult<wallet::TransferResult> result) {
                                              if (!result.ok()) {
                                                  failWith(result.error());
                                                  return;
                                              }
                                              succeed(tr("Sent to the exchange. Transfer %1 is %2.")
                                                          .arg(result.value().transferId)
                                                          .arg(result.value().status));
                                          });
}

} // namespace stardeck::ui
