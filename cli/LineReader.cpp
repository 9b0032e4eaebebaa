// SPDX-License-Identifier: MIT
#include "LineReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace stardeck::cli {

namespace {
constexpr std::size_t kInitialCapacity = 4096;
}

LineReader::LineReader(int fd, std::size_t maxLineLength)
    : m_fd(fd), m_maxLineLength(maxLineLength), m_buffer(std::min(kInitialCapacity, maxLineLength + 1))
{}

void LineReader::wipeLastLine()
{
    if (m_lastEnd > m_lastStart)
        crypto::secureWipe(m_buffer.data() + m_lastStart, m_lastEnd - m_lastStart);
    m_lastStart = m_lastEnd = 0;
}

bool LineReader::fill()
{
    if (m_eof || m_failed)
        return false;
    for (;;) {
        const ssize_t n = ::read(m_fd, m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n > 0) {
            m_end += std::size_t(n);
            return true;
        }
        if (n == 0) {
            m_eof = true;
            return false;
        }
        if (errno != EINTR) {
            m_failed = true;
            return false;
        }
    }
}

bool LineReader::makeRoom()
{
    if (m_start > 0) {
        const std::size_t pending = m_end - m_start;
        std::memmove(m_buffer.data(), m_buffer.data() + m_start, pending);
        crypto::secureWipe(m_buffer.data() + pending, m_end - pending);
        m_start = 0;
        m_end = pending;
        m_lastStart = m_lastEnd = 0;
    }
    if (m_end < m_buffer.size())
        return true;
    // A line may use maxLineLength bytes plus its newline.
    if (m_buffer.size() >= m_maxLineLength + 1)
        return false;
    crypto::SecureBytes bigger(std::min(m_buffer.size() * 2, m_maxLineLength + 1));
    std::memcpy(bigger.data(), m_buffer.data(), m_end);
    m_buffer = std::move(bigger); // the old buffer is wiped as it is released
    return true;
}

LineReader::Status LineReader::next(QByteArrayView &line)
{
    wipeLastLine();
    bool discarding = false;
    std::size_t scanFrom = m_start;
    for (;;) {
        const std::uint8_t *begin = m_buffer.data();
        const auto *found =
            static_cast<const std::uint8_t *>(std::memchr(begin + scanFrom, '\n', m_end - scanFrom));
        if (found || (m_eof && m_end > m_start)) {
            // A line ends at a newline, or at the end of input for a last unterminated line.
            const std::size_t lineStart = m_start;
            const std::size_t lineEnd = found ? std::size_t(found - begin) : m_end;
            m_start = found ? lineEnd + 1 : m_end;
            if (discarding) {
                crypto::secureWipe(m_buffer.data() + lineStart, m_start - lineStart);
                return Status::TooLong;
            }
            std::size_t contentEnd = lineEnd;
            if (contentEnd > lineStart && begin[contentEnd - 1] == '\r')
                --contentEnd;
            m_lastStart = lineStart;
            m_lastEnd = m_start;
            line = QByteArrayView(reinterpret_cast<const char *>(begin + lineStart),
                                  qsizetype(contentEnd - lineStart));
            return Status::Line;
        }
        if (m_failed)
            return Status::Failed;
        if (m_eof)
            return discarding ? Status::TooLong : Status::End;
        if (discarding || m_end - m_start > m_maxLineLength || !makeRoom()) {
            // Keep nothing of an over-long line: drop what was read of it and read on to its end.
            discarding = true;
            crypto::secureWipe(m_buffer.data() + m_start, m_end - m_start);
            m_start = m_end = 0;
        }
        scanFrom = m_end;
        fill();
    }
}

} // namespace stardeck::cli
