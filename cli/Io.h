// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

//! Unbuffered writes to file descriptors. The CLI writes with plain write(2) instead of stdio
//! or QTextStream so that no library buffer keeps a copy of an answer (some carry secrets) and
//! every line reaches the reader as soon as it is written.
namespace stardeck::cli::io {

//! The standard descriptors, overridable so the command code can be driven in-process.
struct Streams {
    int in = 0;
    int out = 1;
    int err = 2;
};

//! Writes all of `data`, retrying on EINTR and short writes; false on any other failure.
bool writeAll(int fd, QByteArrayView data);
//! Writes `line` followed by '\n' in one system call (so the newline needs no copy of the line).
bool writeLine(int fd, QByteArrayView line);

} // namespace stardeck::cli::io
