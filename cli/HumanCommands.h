// SPDX-License-Identifier: MIT
#pragma once

#include "Io.h"

#include <QString>
#include <QStringList>

#include <span>

namespace stardeck::cli {

//! An input of a single-shot command: a positional argument or "--<field with dashes>".
struct FieldArg {
    const char *field;       //!< request field it fills
    const char *valueName;   //!< shown in help ("HEX", "N", ...)
    const char *description; //!< one line for --help
    bool required;
};

//! A single-shot command for people (`stardeck-cli crypto sign ...`). It builds the same
//! request a batch line would and runs the same CryptoOp, then prints "field: value" lines
//! (or the JSON answer with --json).
struct HumanCommand {
    const char *name = nullptr;    //!< "sign"
    const char *op = nullptr;      //!< CryptoOp name
    const char *summary = nullptr; //!< one line for --help
    std::span<const FieldArg> positionals = {};
    std::span<const FieldArg> options = {};
    const char *secretField = nullptr;         //!< private key field read from stdin / --key-file
    const char *secretPrompt = nullptr;        //!< prompt shown when that key is typed on a terminal
    std::span<const char *const> outputs = {}; //!< printed fields, in order (absent ones skipped)
    const char *hiddenOutput = nullptr;        //!< a secret output printed only with --show-private-key
    bool invalidExitsOne = false;              //!< "valid": false exits with 1 (verify)
};

//! Every single-shot crypto command, in help order.
std::span<const HumanCommand> humanCommands();
//! The command called `name`, or nullptr.
const HumanCommand *findHumanCommand(const QString &name);
//! Runs `command` with its arguments (after the command name); returns the exit code.
int runHumanCommand(const HumanCommand &command, const QStringList &arguments, const io::Streams &streams);

} // namespace stardeck::cli
