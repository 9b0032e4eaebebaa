// SPDX-License-Identifier: MIT
#pragma once

#include "Io.h"

#include <QString>
#include <QStringList>

namespace stardeck::cli {

//! True when `word` names a wallet command or is one of the global wallet options.
bool isWalletWord(const QString &word);
//! The wallet commands' part of the top-level help.
QString walletHelp();
//! Runs `[global options] COMMAND [arguments]` for the wallet commands; returns the exit code.
int runWalletCli(const QStringList &arguments, const io::Streams &streams);

} // namespace stardeck::cli
