// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

namespace stardeck::api {

QString ApiError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::Network:
        text = QStringLiteral("network error: %1").arg(message);
        break;
    case Kind::Timeout:
        text = QStringLiteral("timeout: %1").arg(message);
        break;
    case Kind::HttpStatus:
        text = QStringLiteral("HTTP %1%2: %3")
                   .arg(httpStatus)
                   .arg(code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code), message);
        break;
    case Kind::Decode:
        text = QStringLiteral("bad response at %1: %2")
                   .arg(path.isEmpty() ? QStringLiteral("$") : path, message);
        break;
    case Kind::TooLarge:
        text = QStringLiteral("response too large: %1").arg(message);
        break;
    }
    if (attempts > 1)
        text += QStringLiteral(" (gave up after %1 attempts)").arg(attempts);
    return text;
}

} // namespace stardeck::api
