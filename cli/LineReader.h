// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArrayView>

#include <cstddef>

namespace stardeck::cli {

//! Splits a file descriptor into lines as data arrives (so a batch can be driven
//! interactively). Lines may carry private keys, so the buffer is a SecureBytes: it is wiped
//! when it grows, when consumed bytes are moved out and when the reader is destroyed.
class LineReader {
public:
    //! What next() found.
    enum class Status {
        Line,    //!< a line (newline and a trailing '\r' removed)
        TooLong, //!< a line longer than the limit; it was read and discarded
        End,     //!< end of input
        Failed,  //!< read error
    };

    //! Reads `fd` (not owned); lines longer than `maxLineLength` bytes are refused.
    explicit LineReader(int fd, std::size_t maxLineLength = std::size_t(1) << 20);

    //! Blocks until the next line or the end. `line` stays valid until the next call. A last
    //! line without a newline still counts; an empty input after the last newline does not.
    Status next(QByteArrayView &line);

    //! Wipes the bytes of the line returned last (call when done with it).
    void wipeLastLine();

private:
    //! Reads more bytes after m_end; false at end of input or on error (m_failed set).
    bool fill();
    //! Moves unconsumed bytes to the front, growing the buffer when full; false at the limit.
    bool makeRoom();

    int m_fd;
    std::size_t m_maxLineLength;
    crypto::SecureBytes m_buffer;
    std::size_t m_start = 0;     //!< first unconsumed byte
    std::size_t m_end = 0;       //!< one past the last byte read
    std::size_t m_lastStart = 0; //!< range of the line returned last, for wipeLastLine()
    std::size_t m_lastEnd = 0;
    bool m_eof = false;
    bool m_failed = false;
};

} // namespace stardeck::cli
