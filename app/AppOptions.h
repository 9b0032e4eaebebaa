// SPDX-License-Identifier: MIT
#pragma once

#include "settings/AppSettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace stardeck::app {

//! What one run of the wallet uses: the saved settings with the command line's overrides, and
//! the switches meant for scripts and tests.
struct AppOptions {
    ui::AppSettings settings;    //!< saved settings, with --environment / --sandbox-url applied
    QString autoLoginEmail;      //!< --auto-login: the embedded sandbox approves this user at once
    QString screenshotPath;      //!< --screenshot
    QString screenshotPage;      //!< --screenshot-page: one of screenshotPageNames() ("" = overview)
    QString secretDirectory;     //!< where the encrypted-file secret store lives ("" = app data)
    QString dataDirectory;       //!< where the journal lives ("" = app data)
    bool singleInstance = true;  //!< forward to a running instance instead of starting a second one
    bool quitWhenReady = false;  //!< --quit-when-ready: exit once the wallet shows balances (benchmarks)
    QUrl callbackUrl;            //!< a stardeck:// login callback given as the argument (URL handler)
    bool schemeRedirect = false; //!< --browser-redirect=scheme: browser login returns via stardeck://
};

//! The screens --screenshot-page can show: overview, assets, activity, settings, send, confirm.
QStringList screenshotPageNames();

//! Parses the command line (`arguments` includes the program name) over the saved `settings`.
//! False with *error (for people) when an option is invalid; --help and --version exit.
bool parseCommandLine(const QStringList &arguments, const ui::AppSettings &settings, AppOptions *options,
                      QString *error);

} // namespace stardeck::app
