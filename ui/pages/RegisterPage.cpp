// SPDX-License-Identifier: MIT
#include "pages/RegisterPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace stardeck::ui {

RegisterPage::RegisterPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("registerPage"));
    setAccessibleName(tr("Register with Immutable X"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(12);
    layout->addStretch(2);

    auto *title = new QLabel(tr("One more step: register with Immutable X"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_account = new QLabel(this);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_account);

    auto *text = new QLabel(tr("Your Passport account has no Immutable X wallet yet. Registering links a "
                               "Stark key, derived from your Passport signer, to your account. It is "
                               "free and needs no transaction fee."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 6);
    textRow->addStretch(1);
    layout->addLayout(textRow);

    m_register = new QPushButton(tr("Register with Immutable X"), this);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setAccessibleName(tr("Register with Immutable X"));
    m_register->setDefault(true);
    m_register->setMinimumHeight(40);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_register, 1);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("registerProgress"));
    m_progress->setAccessibleName(tr("Registration progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(3);

    connect(m_register, &QPushButton::clicked, this, &RegisterPage::registerRequested);
}

void RegisterPage::setAccount(const QString &email)
{
    m_account->setText(email.isEmpty() ? QString() : tr("Logged in as %1").arg(email));
}

void RegisterPage::setBusy(bool busy, const QString &text)
{
    m_register->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setPalette(palette());
    m_status->setText(text);
}

void RegisterPage::setError(const QString &text)
{
    setBusy(false);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(p);
    m_status->setText(text);
    m_register->setText(tr("Try again"));
}

QString RegisterPage::statusText() const
{
    return m_status->text();
}

} // namespace stardeck::ui
