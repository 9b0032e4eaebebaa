// SPDX-License-Identifier: MIT
#include "actions/SellDialog.h"

#include "actions/InputValidation.h"
#include "wallet/ImxProvider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace stardeck::ui {

SellDialog::SellDialog(ActionServices services, const NftChoice &nft, QWidget *parent)
    : ActionDialog(services, tr("List for sale"), parent), m_nft(nft)
{
    setObjectName(QStringLiteral("sellDialog"));
    setWindowTitle(tr("Sell"));
    auto *item = new QLabel(this);
    item->setObjectName(QStringLiteral("nftLabel"));
    item->setTextFormat(Qt::PlainText);
    item->setText(nft.name.isEmpty() ? tr("#%1 of %2").arg(nft.tokenId, shortAddress(nft.tokenAddress))
                                     : tr("%1 (#%2)").arg(nft.name, nft.tokenId));
    item->setAccessibleName(tr("NFT to sell"));
    form()->addRow(tr("NFT:"), item);

    auto *priceRow = new QWidget(this);
    auto *priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    m_price = new QLineEdit(priceRow);
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setAccessibleName(tr("Price"));
    m_price->setPlaceholderText(tr("0.0"));
    m_currency = new QComboBox(priceRow);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItem(tr("Loading..."));
    m_currency->setEnabled(false);
    priceLayout->addWidget(m_price, 1);
    priceLayout->addWidget(m_currency);
    form()->addRow(tr("&Price:"), priceRow);

    auto *expiryRow = new QWidget(this);
    auto *expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("&Ends on"), expiryRow);
    m_expires->setObjectName(QStringLiteral("expiryCheck"));
    m_expires->setAccessibleName(tr("The listing ends at a set time"));
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(30), expiryRow);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setAccessibleName(tr("End of the listing"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime());
    // F10: no further ahead than the expiration policy window the provider enforces on the server's
    // choices (a listing that stays open for years is an authorisation nobody remembers).
    m_expiry->setMaximumDateTime(QDateTime::currentDateTime().addSecs(expiryWindowHours() * 3600));
    m_expiry->setEnabled(false);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiry, 1);
    form()->addRow(tr("Expiry:"), expiryRow);

    auto *fees = new QLabel(tr("None: no marketplace fees are added."), this);
    fees->setObjectName(QStringLiteral("feesLabel"));
    form()->addRow(tr("Fees:"), fees);

    connect(m_price, &QLineEdit::textChanged, this, &SellDialog::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SellDialog::revalidate);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &SellDialog::revalidate);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &SellDialog::revalidate);

    if (m_services.client)
        loadPriceTokens(*m_services.client, this, [this](QList<TokenChoice> tokens, QString error) {
            m_currency->clear();
            if (!error.isEmpty()) {
                m_currency->addItem(tr("Unavailable"));
                showLoadError(error);
                return;
            }
            m_tokens = tokens;
            for (const TokenChoice &token : m_tokens)
                m_currency->addItem(token.symbol);
            m_currency->setEnabled(!m_tokens.isEmpty());
            m_loaded = true;
            revalidate();
        });
    revalidate();
}

void SellDialog::revalidate()
{
    const int index = m_currency->currentIndex();
    if (!m_loaded || index < 0 || index >= m_tokens.size()) {
        setInputState(false, {});
        return;
    }
    const TokenChoice &token = m_tokens.at(index);
    const AmountCheck price =
        validateAmount(m_price->text(), {token.decimals, token.quantum, {}, token.symbol});
    QString message = price.message;
    bool valid = price.ok;
    if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime()) {
        valid = false;
        message = tr("The end of the listing must be in the future.");
    } else if (m_expires->isChecked() &&
               m_expiry->dateTime() > QDateTime::currentDateTime().addSecs(expiryWindowHours() * 3600)) {
        valid = false;
        message =
            tr("The listing can end at most %n day(s) from now.", nullptr, int(expiryWindowHours() / 24));
    }
    setInputState(valid, message);
}

qint64 SellDialog::expiryWindowHours() const
{
    return m_services.provider ? m_services.provider->expirationWindowHours()
                               : wallet::check::kDefaultExpirationWindowHours;
}

void SellDialog::start()
{
    const int index = m_currency->currentIndex();
    if (!m_services.provider || index < 0 || index >= m_tokens.size())
        return;
    const TokenChoice &token = m_tokens.at(index);
    const AmountCheck price =
        validateAmount(m_price->text(), {token.decimals, token.quantum, {}, token.symbol});
    if (!price.ok)
        return;
    wallet::OrderRequest request;
    request.sell = {wallet::TokenRef::Type::Erc721, m_nft.tokenAddress.toLower(), m_nft.tokenId};
    request.sellAmount = crypto::UInt256(1);
    request.buy = token.token;
    request.buyAmount = price.baseUnits;
    if (m_expires->isChecked())
        request.expiration = m_expiry->dateTime();
    begin(wallet::ActionKind::CreateOrder);
    m_services.provider->createOrder(request, this, [this](wallet::WalletResult<wallet::OrderResult> result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        succeed(tr("Listed. Order %1 is %2.")
                    .arg(result.value().orderId)
                    .arg(result.value().status.isEmpty() ? tr("active") : result.value().status));
    });
}

} // namespace stardeck::ui
