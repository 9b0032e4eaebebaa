// SPDX-License-Identifier: MIT
#include "api/RetryPolicy.h"

#include <algorithm>

namespace stardeck::api {

qint64 RetryPolicy::delayMs(int nextAttempt, qint64 retryAfterMs,
                            const std::function<double()> &random01) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 30);
    const qint64 exponential = std::min<qint64>(qint64(std::max(baseDelayMs, 0)) << exponent, maxDelayMs);
    const double r = random01 ? std::clamp(random01(), 0.0, 1.0) : 1.0;
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * r;
    const qint64 jittered = qint64(double(exponential) * factor);
    // Retry-After is the server's explicit instruction: never come back earlier than it says.
    return std::max(jittered, retryAfterMs);
}

} // namespace stardeck::api
