// SPDX-License-Identifier: MIT
#include "pages/LoginPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stardeck::ui {

LoginPage::LoginPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loginPage"));
    setAccessibleName(tr("Log in"));
    setAccessibleDescription(tr("Log in to your Immutable Passport account"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(12);
    layout->addStretch(3);

    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setObjectName(QStringLiteral("iconLabel"));
        iconLabel->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatioF()));
        iconLabel->setAlignment(Qt::AlignCenter);
        iconLabel->setAccessibleName(tr("Stardeck logo"));
        layout->addWidget(iconLabel);
    }

    auto *title = new QLabel(tr("Welcome to Stardeck"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *subtitle = new QLabel(tr("Your Immutable X wallet. Log in with your Immutable Passport account; "
                                   "Stardeck never sees your password."),
                                this);
    subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    layout->addSpacing(16);

    m_login = new QPushButton(tr("Log in with Immutable Passport"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setAccessibleName(tr("Log in with Immutable Passport"));
    m_login->setDefault(true);
    m_login->setMinimumHeight(40);
    m_browser = new QPushButton(tr("Log in with your browser"), this);
    m_browser->setObjectName(QStringLiteral("browserLoginButton"));
    m_browser->setAccessibleName(tr("Log in with your browser"));
    m_browser->setToolTip(tr("Opens the login page in your web browser, e.g. to use Google or a "
                             "password manager"));
    m_browser->setFlat(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_login);
    buttons->addWidget(m_browser);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addLayout(buttons, 2);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // server messages are never rendered as rich text
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(4);

    connect(m_login, &QPushButton::clicked, this, &LoginPage::loginRequested);
    connect(m_browser, &QPushButton::clicked, this, &LoginPage::browserLoginRequested);
    setTabOrder(m_login, m_browser);
}

void LoginPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setAccessibleDescription(text);
}

QString LoginPage::statusText() const
{
    return m_status->text();
}

void LoginPage::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_browser->setEnabled(!busy);
}

} // namespace stardeck::ui
