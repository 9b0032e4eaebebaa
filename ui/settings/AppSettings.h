// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace stardeck::ui {

//! The wallet's persisted preferences (QSettings). Never a secret: tokens and keys live in the
//! SecretStore only.
struct AppSettings {
    QString environment = QStringLiteral("embedded"); //!< embedded, local, sandbox or production
    QString sandboxUrl;                               //!< base URL of a local stardeck-sandbox
    QString clientId;                                 //!< OAuth client id; "" = the default
    QString redirectUri;                              //!< OAuth redirect URI; "" = the default
    bool thirdPartyMedia = true;                      //!< load images from hosts other than Immutable's
    QString theme = QStringLiteral("system");         //!< system, light or dark
    QString language;                                 //!< "" = the system's, else e.g. "de"

    //! Reads the preferences, falling back to the defaults for missing or invalid values.
    static AppSettings load(QSettings &settings);
    //! Writes every preference.
    void save(QSettings &settings) const;
    //! The accepted environment names.
    static QStringList environmentNames();
    //! The accepted theme names.
    static QStringList themeNames();
    bool operator==(const AppSettings &) const = default;
};

} // namespace stardeck::ui
