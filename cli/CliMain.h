// SPDX-License-Identifier: MIT
#pragma once

#include "Io.h"

#include <QStringList>

namespace stardeck::cli {

//! Process exit codes of stardeck-cli.
enum ExitCode : int {
    ExitOk = 0,     //!< success (verify: the signature is valid)
    ExitFailed = 1, //!< the operation failed or rejected its input (verify: invalid signature)
    ExitUsage = 2,  //!< the command line is wrong: unknown command/option, missing argument
};

//! The program name used in messages and usage lines.
inline constexpr char kProgramName[] = "stardeck-cli";

//! Runs stardeck-cli with `arguments` (without the program name) on `streams`; returns the
//! exit code.
int runCli(const QStringList &arguments, const io::Streams &streams);

} // namespace stardeck::cli
