// SPDX-License-Identifier: MIT
#pragma once

#include "settings/AppSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stardeck::ui {

//! The Settings page: environment, endpoints and OAuth client (applied at the next start), media
//! privacy and theme (applied at once), language, and where secrets are kept.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    //! Builds the page showing the defaults.
    explicit SettingsPage(QWidget *parent = nullptr);

    //! Shows `settings` in the controls.
    void setSettings(const AppSettings &settings);
    //! The values the controls show.
    AppSettings settings() const;
    //! Shows which secret store holds the session ("" = not opened yet).
    void setSecretStoreDescription(const QString &description);

Q_SIGNALS:
    //! The user pressed Save.
    void settingsSaved(const stardeck::ui::AppSettings &settings);
    //! The third-party media switch changed.
    void thirdPartyMediaChanged(bool allowed);
    //! The theme changed ("system", "light", "dark").
    void themeChanged(const QString &theme);

private:
    void updateEndpointFields();

    QComboBox *m_environment = nullptr;
    QLineEdit *m_sandboxUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QCheckBox *m_thirdPartyMedia = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_store = nullptr;
    QLabel *m_savedNote = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace stardeck::ui
