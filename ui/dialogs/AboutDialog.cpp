// SPDX-License-Identifier: MIT
#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stardeck::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stardeck"));
    setAccessibleName(tr("About Stardeck"));

    auto *content = new QHBoxLayout;
    content->setSpacing(20);

    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon.pixmap(QSize(80, 80), devicePixelRatioF()));
        iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        iconLabel->setAccessibleName(tr("Stardeck logo"));
        content->addWidget(iconLabel);
    }

    auto *text = new QVBoxLayout;
    text->setSpacing(6);

    auto *name = new QLabel(tr("Stardeck"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    text->addWidget(name);

    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = tr("unknown");
    m_versionLabel = new QLabel(tr("Version %1").arg(version), this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_versionLabel);

    text->addSpacing(8);
    auto *description = new QLabel(tr("A desktop wallet for Immutable X, signing in with Passport."), this);
    description->setWordWrap(true);
    text->addWidget(description);

    auto *qtLine = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                                  .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                              this);
    qtLine->setObjectName(QStringLiteral("qtVersionLabel"));
    text->addWidget(qtLine);

    auto *license = new QLabel(tr("Free software under the MIT License."), this);
    text->addWidget(license);
    text->addStretch(1);
    content->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(content);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace stardeck::ui
