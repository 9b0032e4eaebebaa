// SPDX-License-Identifier: MIT
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stardeck::ui {

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    m_environment = new QComboBox(network);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Built-in demo sandbox"), QStringLiteral("embedded"));
    m_environment->addItem(tr("Local sandbox (stardeck-sandbox)"), QStringLiteral("local"));
    m_environment->addItem(tr("Immutable X testnet (sandbox)"), QStringLiteral("sandbox"));
    m_environment->addItem(tr("Immutable X mainnet (production)"), QStringLiteral("production"));
    networkForm->addRow(tr("&Environment:"), m_environment);
    m_sandboxUrl = new QLineEdit(network);
    m_sandboxUrl->setObjectName(QStringLiteral("sandboxUrlEdit"));
    m_sandboxUrl->setAccessibleName(tr("Local sandbox URL"));
    m_sandboxUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8470"));
    networkForm->addRow(tr("Local sandbox &URL:"), m_sandboxUrl);
    m_clientId = new QLineEdit(network);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Passport client ID"));
    m_clientId->setPlaceholderText(tr("default"));
    networkForm->addRow(tr("Passport &client ID:"), m_clientId);
    m_redirectUri = new QLineEdit(network);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setPlaceholderText(QStringLiteral("stardeck://callback"));
    networkForm->addRow(tr("&Redirect URI:"), m_redirectUri);
    auto *restartNote = new QLabel(tr("Network changes take effect the next time Stardeck starts."), network);
    restartNote->setWordWrap(true);
    networkForm->addRow(restartNote);
    layout->addWidget(network);

    auto *privacy = new QGroupBox(tr("Privacy and appearance"), this);
    auto *privacyForm = new QFormLayout(privacy);
    m_thirdPartyMedia = new QCheckBox(tr("Load images from third-party servers"), privacy);
    m_thirdPartyMedia->setObjectName(QStringLiteral("thirdPartyMediaCheck"));
    m_thirdPartyMedia->setAccessibleName(tr("Load images from third-party servers"));
    m_thirdPartyMedia->setToolTip(
        tr("NFT images are often hosted by their creators. Loading them tells those servers your IP "
           "address. When off, only images from Immutable's own servers are shown."));
    privacyForm->addRow(m_thirdPartyMedia);
    m_theme = new QComboBox(privacy);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    privacyForm->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(privacy);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    privacyForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(privacy);

    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    m_store = new QLabel(tr("Not opened yet"), security);
    m_store->setObjectName(QStringLiteral("secretStoreLabel"));
    m_store->setWordWrap(true);
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    securityForm->addRow(tr("Session and keys stored in:"), m_store);
    layout->addWidget(security);

    auto *buttons = new QHBoxLayout;
    m_savedNote = new QLabel(this);
    m_savedNote->setObjectName(QStringLiteral("savedNote"));
    buttons->addWidget(m_savedNote, 1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setAccessibleName(tr("Save settings"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsPage::updateEndpointFields);
    connect(m_thirdPartyMedia, &QCheckBox::toggled, this, &SettingsPage::thirdPartyMediaChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT themeChanged(m_theme->currentData().toString()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_savedNote->setText(tr("Saved."));
        Q_EMIT settingsSaved(settings());
    });
    updateEndpointFields();
}

void SettingsPage::setSettings(const AppSettings &settings)
{
    const QSignalBlocker blockMedia(m_thirdPartyMedia);
    const QSignalBlocker blockTheme(m_theme);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(settings.environment)));
    m_sandboxUrl->setText(settings.sandboxUrl);
    m_clientId->setText(settings.clientId);
    m_redirectUri->setText(settings.redirectUri);
    m_thirdPartyMedia->setChecked(settings.thirdPartyMedia);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(std::max(0, language));
    m_savedNote->clear();
    updateEndpointFields();
}

AppSettings SettingsPage::settings() const
{
    AppSettings s;
    s.environment = m_environment->currentData().toString();
    s.sandboxUrl = m_sandboxUrl->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.redirectUri = m_redirectUri->text().trimmed();
    s.thirdPartyMedia = m_thirdPartyMedia->isChecked();
    s.theme = m_theme->currentData().toString();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsPage::setSecretStoreDescription(const QString &description)
{
    m_store->setText(description.isEmpty() ? tr("Not opened yet") : description);
}

void SettingsPage::updateEndpointFields()
{
    m_sandboxUrl->setEnabled(m_environment->currentData().toString() == QLatin1String("local"));
}

} // namespace stardeck::ui
