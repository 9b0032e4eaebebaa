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
    // Wallet commands (cli/README.md): one code per class of failure.
    ExitNotLoggedIn = 3,    //!< no stored session, or the session ended (log in again)
    ExitNotRegistered = 4,  //!< the user has no IMX registration (run register)
    ExitRejected = 5,       //!< the user (or Guardian) rejected the action; nothing was signed
    ExitSecurity = 6,       //!< a security check refused the server's answer; nothing was signed
    ExitOutcomeUnknown = 7, //!< a signed request was sent and no answer came (journal holds it)
    ExitNetwork = 8,        //!< no answer from a service before anything was submitted
    ExitApi = 9,            //!< a service answered with an error or a malformed body
};

//! The program name used in messages and usage lines.
inline constexpr char kProgramName[] = "stardeck-cli";

//! Runs stardeck-cli with `arguments` (without the program name) on `streams`; returns the
//! exit code.
int runCli(const QStringList &arguments, const io::Streams &streams);

} // namespace stardeck::cli
