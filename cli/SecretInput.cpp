// SPDX-License-Identifier: MIT
#include "SecretInput.h"

#include "Io.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace stardeck::cli::secretinput {

using crypto::ErrorCode;
using crypto::Expected;
using crypto::makeError;
using crypto::SecureBytes;

namespace {

//! A key file or stdin holding more than this is not a hex key.
constexpr std::size_t kMaxSecretSize = 4096;

bool isSpace(std::uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

//! Reads up to kMaxSecretSize bytes (stopping at a newline when `stopAtNewline`), then trims.
Expected<SecureBytes> readTrimmed(int fd, bool stopAtNewline, const std::string &source)
{
    SecureBytes buffer(kMaxSecretSize + 1);
    std::size_t size = 0;
    for (;;) {
        if (size == buffer.size())
            return makeError(ErrorCode::InvalidLength, source + " holds more than a private key");
        const ssize_t n = ::read(fd, buffer.data() + size, stopAtNewline ? 1 : buffer.size() - size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError(ErrorCode::InvalidFormat, "cannot read " + source + ": " + std::strerror(errno));
        }
        if (n == 0)
            break;
        size += std::size_t(n);
        if (stopAtNewline && buffer[size - 1] == '\n')
            break;
    }
    std::size_t begin = 0;
    std::size_t end = size;
    while (begin < end && isSpace(buffer[begin]))
        ++begin;
    while (end > begin && isSpace(buffer[end - 1]))
        --end;
    if (begin == end)
        return makeError(ErrorCode::InvalidFormat, "no private key on " + source);
    return SecureBytes(buffer.data() + begin, end - begin);
}

//! Turns terminal echo off for its lifetime.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Expected<SecureBytes> readFromFd(int fd, int promptFd, const char *prompt)
{
    if (!::isatty(fd))
        return readTrimmed(fd, false, "standard input");
    io::writeAll(promptFd, prompt);
    Expected<SecureBytes> secret = makeError(ErrorCode::InvalidFormat, "no private key");
    {
        EchoOff quiet(fd);
        secret = readTrimmed(fd, true, "standard input");
    }
    io::writeAll(promptFd, "\n");
    return secret;
}

Expected<SecureBytes> readFromFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::InvalidFormat,
                         "cannot open key file " + path.toStdString() + ": " + std::strerror(errno));
    auto secret = readTrimmed(fd, false, "key file " + path.toStdString());
    ::close(fd);
    return secret;
}

} // namespace stardeck::cli::secretinput
