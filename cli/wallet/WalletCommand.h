// SPDX-License-Identifier: MIT
#pragma once

#include "ArgParser.h"

#include <QList>

namespace stardeck::cli {

class WalletApp;

//! One wallet command: its name, help and options, and the code that starts it on a WalletApp.
struct WalletCommand {
    const char *name;
    const char *synopsis; //!< arguments after the name, for the usage line
    const char *summary;
    //! Declares the command's options (besides --json and --help).
    void (*declare)(ArgParser &parser);
    //! Checks the parsed arguments; an error text means a usage error (exit 2).
    QString (*check)(const ArgParser &parser);
    //! Starts the command; it ends with app.finish() or app.fail().
    void (*start)(WalletApp &app, const ArgParser &parser);
};

//! login, logout, whoami.
QList<WalletCommand> sessionCommands();
//! balances, assets, orders, trades, transfers.
QList<WalletCommand> readCommands();
//! register, transfer, batch-transfer, then tradingCommands().
QList<WalletCommand> signedCommands();
//! order create|cancel, trade, exchange-transfer.
QList<WalletCommand> tradingCommands();

} // namespace stardeck::cli
