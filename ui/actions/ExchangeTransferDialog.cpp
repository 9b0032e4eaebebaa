// SPDX-License-Identifier: MIT
#include "actions/ExchangeTransferDialog.h"

#include "actions/AddressField.h"
#include "actions/InputValidation.h"
#include "api/ImxClient.h"
#include "wallet/ImxProvider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

namespace stardeck::ui {

ExchangeTransferDialog::ExchangeTransferDialog(ActionServices services, qint64 exchangeId, QWidget *parent)
    : ActionDialog(services, tr("Send to exchange"), parent)
{
    setObjectName(QStringLiteral("exchangeTransferDialog"));
    setWindowTitle(tr("Exchange transfer"));
    m_openExchanges = new QComboBox(this);
    m_openExchanges->setObjectName(QStringLiteral("openExchangesCombo"));
    m_openExchanges->setAccessibleName(tr("Open exchanges"));
    m_openExchanges->addItem(tr("Loading your open exchanges..."));
    m_openExchanges->setEnabled(false);
    form()->addRow(tr("&Open exchange:"), m_openExchanges);
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
    connect(m_openExchanges, &QComboBox::activated, this, &ExchangeTransferDialog::applyExchange);
    loadOpenExchanges();
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

void ExchangeTransferDialog::loadOpenExchanges()
{
    const QString owner = ownAddress();
    if (!m_services.client || owner.isEmpty()) {
        m_openExchanges->setItemText(0, tr("Unavailable"));
        m_exchangesLoaded = true;
        return;
    }
    api::ListQuery query;
    query.pageSize = 100;
    query.filters = {{QStringLiteral("wallet_address"), owner}};
    m_services.client->exchanges(query, this, [this, owner](api::ApiResult<api::Page<api::Exchange>> page) {
        m_exchangesLoaded = true;
        m_openExchanges->clear();
        if (!page) {
            m_openExchanges->addItem(tr("Unavailable"));
            revalidate();
            return;
        }
        for (const api::Exchange &x : page.value().items) {
            // The filter is the server's: keep only this account's open off-ramps with a receiver.
            const QString status = x.status.value_or(QString());
            if (!x.id || x.type.value_or(QString()) != QLatin1String("offramp") ||
                x.walletAddress.value_or(QString()).compare(owner, Qt::CaseInsensitive) != 0 ||
                !(status == QLatin1String("created") || status == QLatin1String("pending") ||
                  status == QLatin1String("waitingPayment")) ||
                !x.data || !x.data->providerWalletAddress)
                continue;
            OpenExchange open;
            open.id = *x.id;
            open.provider = x.provider.value_or(QString());
            open.receiver = *x.data->providerWalletAddress;
            open.currency = x.data->fromCurrency.value_or(QString());
            if (x.data->fromAmount)
                open.amount = QString::number(*x.data->fromAmount, 'f', QLocale::FloatingPointShortest);
            const QString sent = QString(open.amount + QLatin1Char(' ') + open.currency.toUpper()).trimmed();
            //: an open off-ramp exchange: %1 its id, %2 the amount and currency to send, %3 the provider
            open.label = tr("#%1: %2 to %3").arg(open.id).arg(sent, open.provider);
            m_exchanges.append(open);
        }
        if (m_exchanges.isEmpty()) {
            m_openExchanges->addItem(tr("No open exchanges"));
        } else {
            m_openExchanges->addItem(tr("Choose an exchange..."));
            for (const OpenExchange &open : std::as_const(m_exchanges))
                m_openExchanges->addItem(open.label, open.id);
            m_openExchanges->setEnabled(true);
        }
        revalidate();
    });
}

void ExchangeTransferDialog::applyExchange(int index)
{
    const qint64 id = m_openExchanges->itemData(index).toLongLong();
    for (const OpenExchange &open : std::as_const(m_exchanges)) {
        if (open.id != id)
            continue;
        m_exchangeId->setText(QString::number(open.id));
        m_receiver->lineEdit()->setText(open.receiver);
        for (int i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens.at(i).symbol.compare(open.currency, Qt::CaseInsensitive) == 0)
                m_token->setCurrentIndex(i);
        }
        if (!open.amount.isEmpty())
            m_amount->setText(open.amount);
        revalidate();
        return;
    }
}

const ExchangeTransferDialog::OpenExchange *ExchangeTransferDialog::knownExchange() const
{
    const qint64 id = exchangeId();
    for (const OpenExchange &open : m_exchanges) {
        if (open.id == id)
            return &open;
    }
    return nullptr;
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
    if (const OpenExchange *open = knownExchange()) {
        // Funds sent anywhere but the provider's address would not complete the exchange.
        if (receiver.ok && receiver.address.compare(open->receiver, Qt::CaseInsensitive) != 0) {
            valid = false;
            messages
                << tr("Exchange %1 is paid to %2, not to this receiver.").arg(open->id).arg(open->receiver);
        }
    } else if (exchangeId() > 0 && m_exchangesLoaded && !m_exchanges.isEmpty()) {
        messages << tr("Exchange %1 is not one of your open exchanges: check the id.").arg(exchangeId());
    }
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
