// SPDX-License-Identifier: MIT
#include "Io.h"

#include <cerrno>
#include <sys/uio.h>
#include <unistd.h>

namespace stardeck::cli::io {

bool writeAll(int fd, QByteArrayView data)
{
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, std::size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

bool writeLine(int fd, QByteArrayView line)
{
    static const char newline = '\n';
    iovec parts[2] = {{const_cast<char *>(line.data()), std::size_t(line.size())},
                      {const_cast<char *>(&newline), 1}};
    ssize_t n = 0;
    do {
        n = ::writev(fd, parts, 2);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return false;
    // A short writev (pipe nearly full) is finished with plain writes.
    if (n < line.size())
        return writeAll(fd, line.sliced(n)) && writeAll(fd, QByteArrayView(&newline, 1));
    if (n == line.size())
        return writeAll(fd, QByteArrayView(&newline, 1));
    return true;
}

} // namespace stardeck::cli::io
