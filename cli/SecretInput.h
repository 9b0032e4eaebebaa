// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/SecureBytes.h"

#include <QString>

//! Reading private keys for the single-shot commands. Keys never come from argv: the command
//! line of a process is readable by every local user (ps, /proc/<pid>/cmdline).
namespace stardeck::cli::secretinput {

//! Reads a secret from a descriptor (normally stdin) up to the end of input or, on a terminal,
//! up to the end of the line with echo off after showing `prompt` on `promptFd`. Surrounding
//! whitespace is removed; an empty secret is an error.
crypto::Expected<crypto::SecureBytes> readFromFd(int fd, int promptFd, const char *prompt);
//! Reads a secret from a file (whole content, surrounding whitespace removed).
crypto::Expected<crypto::SecureBytes> readFromFile(const QString &path);

} // namespace stardeck::cli::secretinput
