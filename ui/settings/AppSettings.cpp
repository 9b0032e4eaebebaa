// SPDX-License-Identifier: MIT
#include "settings/AppSettings.h"

#include <QSettings>

namespace stardeck::ui {

QStringList AppSettings::environmentNames()
{
    return {QStringLiteral("embedded"), QStringLiteral("local"), QStringLiteral("sandbox"),
            QStringLiteral("production")};
}

QStringList AppSettings::themeNames()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    const QString environment = settings.value(QStringLiteral("environment"), s.environment).toString();
    if (environmentNames().contains(environment))
        s.environment = environment;
    s.sandboxUrl = settings.value(QStringLiteral("sandboxUrl")).toString();
    s.clientId = settings.value(QStringLiteral("clientId")).toString();
    s.redirectUri = settings.value(QStringLiteral("redirectUri")).toString();
    s.thirdPartyMedia = settings.value(QStringLiteral("thirdPartyMedia"), s.thirdPartyMedia).toBool();
    const QString theme = settings.value(QStringLiteral("theme"), s.theme).toString();
    if (themeNames().contains(theme))
        s.theme = theme;
    s.language = settings.value(QStringLiteral("language")).toString();
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("environment"), environment);
    settings.setValue(QStringLiteral("sandboxUrl"), sandboxUrl);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("redirectUri"), redirectUri);
    settings.setValue(QStringLiteral("thirdPartyMedia"), thirdPartyMedia);
    settings.setValue(QStringLiteral("theme"), theme);
    settings.setValue(QStringLiteral("language"), language);
}

} // namespace stardeck::ui
