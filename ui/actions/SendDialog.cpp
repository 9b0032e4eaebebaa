// SPDX-License-Identifier: MIT
#include "actions/SendDialog.h"

#include "actions/AddressBook.h"
#include "actions/AddressField.h"
#include "actions/InputValidation.h"
#include "wallet/AddressLookalike.h"
#include "wallet/ImxProvider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace stardeck::ui {

using wallet::TokenRef;

SendDialog::SendDialog(ActionServices services, const QList<NftChoice> &nfts, QWidget *parent)
    : ActionDialog(services, tr("Send"), parent), m_nfts(nfts)
{
    setObjectName(QStringLiteral("sendDialog"));
    setWindowTitle(nfts.isEmpty() ? tr("Send") : tr("Send %n NFT(s)", nullptr, int(nfts.size())));
    if (m_nfts.isEmpty()) {
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
        m_available = new QLabel(this);
        m_available->setObjectName(QStringLiteral("availableLabel"));
        m_available->setTextFormat(Qt::PlainText);
        form()->addRow(tr("Available:"), m_available);
        connect(m_token, &QComboBox::currentIndexChanged, this, &SendDialog::revalidate);
        connect(m_amount, &QLineEdit::textChanged, this, &SendDialog::revalidate);
    } else {
        auto *list = new QLabel(this);
        list->setObjectName(QStringLiteral("nftList"));
        list->setTextFormat(Qt::PlainText);
        QStringList lines;
        for (const NftChoice &nft : m_nfts)
            lines << (nft.name.isEmpty() ? tr("#%1 of %2").arg(nft.tokenId, shortAddress(nft.tokenAddress))
                                         : tr("%1 (#%2)").arg(nft.name, nft.tokenId));
        list->setText(lines.join(u'\n'));
        QStringList full;
        for (const NftChoice &nft : m_nfts)
            full << tr("#%1 of %2").arg(nft.tokenId, checksumAddress(nft.tokenAddress));
        list->setToolTip(full.join(u'\n'));
        list->setAccessibleName(tr("NFTs to send"));
        form()->addRow(tr("NFTs:"), list);
        m_loaded = true;
    }
    // The receiver comes first, as in every wallet's send form; focus follows the rows.
    m_receiver = new AddressField(m_services.addressBook, ownAddress(), true, this);
    form()->insertRow(0, tr("&Receiver:"), m_receiver);
    connect(m_receiver, &AddressField::changed, this, &SendDialog::revalidate);
    if (m_amount) {
        setTabOrder(m_receiver, m_token);
        setTabOrder(m_token, m_amount);
    }
    m_receiver->setFocus();

    if (m_nfts.isEmpty() && m_services.client) {
        loadTokenChoices(*m_services.client, ownAddress(), this,
                         [this](QList<TokenChoice> tokens, QString error) { tokensLoaded(tokens, error); });
    }
    revalidate();
}

void SendDialog::tokensLoaded(const QList<TokenChoice> &tokens, const QString &error)
{
    m_token->clear();
    if (!error.isEmpty()) {
        m_token->addItem(tr("Unavailable"));
        showLoadError(error);
        return;
    }
    m_tokens = tokens;
    for (const TokenChoice &token : m_tokens)
        m_token->addItem(
            tr("%1 (%2 available)").arg(token.symbol, formatBaseUnits(token.balance, token.decimals)));
    m_token->setEnabled(!m_tokens.isEmpty());
    m_loaded = true;
    if (m_tokens.isEmpty())
        showLoadError(tr("You hold no ETH or ERC20 tokens to send."));
    revalidate();
}

void SendDialog::revalidate()
{
    const AddressCheck receiver = m_receiver->check();
    QString message = receiver.message;
    bool valid = receiver.ok;
    // Address poisoning (F19): a receiver that only looks like a known address gets a warning.
    if (valid && m_services.addressBook) {
        if (const auto known =
                wallet::AddressLookalike::find(receiver.address, m_services.addressBook->knownAddresses())) {
            const QString name = m_services.addressBook->nameFor(*known);
            message = tr("Warning: this address only looks like %1 (same first and last characters). "
                         "Check every character: look-alike addresses are used to steal funds.")
                          .arg(name.isEmpty() ? checksumAddress(*known)
                                              : tr("%1 (%2)").arg(name, checksumAddress(*known)));
        }
    }
    if (!m_nfts.isEmpty()) {
        setInputState(valid, message);
        return;
    }
    const int index = m_token->currentIndex();
    if (!m_loaded || index < 0 || index >= m_tokens.size()) {
        m_available->clear();
        setInputState(false, message);
        return;
    }
    const TokenChoice &token = m_tokens.at(index);
    m_available->setText(tr("%1 %2").arg(formatBaseUnits(token.balance, token.decimals), token.symbol));
    const AmountCheck amount =
        validateAmount(m_amount->text(), {token.decimals, token.quantum, token.balance, token.symbol});
    valid = valid && amount.ok;
    if (!amount.message.isEmpty())
        message = message.isEmpty() ? amount.message : message + u'\n' + amount.message;
    setInputState(valid, message);
}

void SendDialog::start()
{
    if (!m_services.provider)
        return;
    const AddressCheck receiver = m_receiver->check();
    if (!receiver.ok)
        return;
    if (m_nfts.size() > 1) {
        QList<wallet::NftTransferItem> items;
        for (const NftChoice &nft : m_nfts)
            items.append({receiver.address, nft.tokenAddress.toLower(), nft.tokenId});
        begin(wallet::ActionKind::BatchNftTransfer);
        m_services.provider->batchNftTransfer(
            items, this, [this](wallet::WalletResult<wallet::BatchTransferResult> result) {
                if (!result.ok()) {
                    failWith(result.error());
                    return;
                }
                succeed(tr("Sent %n NFT(s).", nullptr, int(result.value().transferIds.size())));
            });
        return;
    }
    wallet::TransferRequest request;
    request.receiver = receiver.address;
    if (m_nfts.size() == 1) {
        request.token = {TokenRef::Type::Erc721, m_nfts.first().tokenAddress.toLower(),
                         m_nfts.first().tokenId};
        request.amount = crypto::UInt256(1);
    } else {
        const int index = m_token->currentIndex();
        if (index < 0 || index >= m_tokens.size())
            return;
        const TokenChoice &token = m_tokens.at(index);
        const AmountCheck amount =
            validateAmount(m_amount->text(), {token.decimals, token.quantum, token.balance, token.symbol});
        if (!amount.ok)
            return;
        request.token = token.token;
        request.amount = amount.baseUnits;
    }
    begin(wallet::ActionKind::Transfer);
    m_services.provider->transfer(request, this, [this](wallet::WalletResult<wallet::TransferResult> result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        succeed(tr("Sent. Transfer %1 is %2.")
                    .arg(result.value().transferId)
                    .arg(result.value().status.isEmpty() ? tr("accepted") : result.value().status));
    });
}

} // namespace stardeck::ui
