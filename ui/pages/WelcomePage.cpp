// SPDX-License-Identifier: MIT
#include "pages/WelcomePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace stardeck::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    setAccessibleDescription(tr("Stardeck is under construction"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(12);
    layout->addStretch(3);

    // The application icon is set by the app (from resources); tests run without it.
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setObjectName(QStringLiteral("iconLabel"));
        iconLabel->setPixmap(icon.pixmap(QSize(112, 112), devicePixelRatioF()));
        iconLabel->setAlignment(Qt::AlignCenter);
        iconLabel->setAccessibleName(tr("Stardeck logo"));
        layout->addWidget(iconLabel);
        layout->addSpacing(8);
    }

    auto *title = new QLabel(tr("Stardeck"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *subtitle = new QLabel(tr("A wallet for Immutable X, signing in with Passport."), this);
    subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    QFont subtitleFont = subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.2);
    subtitle->setFont(subtitleFont);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);

    layout->addSpacing(16);

    auto *status = new QLabel(tr("The wallet is being built. This version contains its cryptography: "
                                 "StarkEx and Ethereum keys, hashes and signatures, usable through the "
                                 "stardeck-cli tool. Signing in, balances and transfers come next."),
                              this);
    status->setObjectName(QStringLiteral("statusLabel"));
    status->setAlignment(Qt::AlignCenter);
    status->setWordWrap(true);
    status->setMaximumWidth(560);
    // Centred through stretches, not an alignment flag: an aligned word-wrapped label gets its height
    // for the wrong width and is clipped.
    auto *statusRow = new QHBoxLayout;
    statusRow->addStretch(1);
    statusRow->addWidget(status, 8);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

    layout->addStretch(4);
}

} // namespace stardeck::ui
