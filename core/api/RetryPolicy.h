// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

namespace stardeck::api {

//! When and how long to wait before re-sending a read. Only idempotent reads are retried, and only
//! for 5xx, 429 and timeouts: a 4xx other than 429 will not change by asking again.
struct RetryPolicy {
    int maxAttempts = 4;          //!< total attempts including the first (1 = never retry)
    int baseDelayMs = 250;        //!< delay before the second attempt, doubled each time
    int maxDelayMs = 10'000;      //!< cap on the exponential delay
    int maxRetryAfterMs = 60'000; //!< a larger Retry-After gives up instead of waiting
    double jitter = 0.5;          //!< the delay is scaled by a random factor in [1 - jitter, 1]

    //! Whether an answer with this HTTP status (0 = timeout) deserves another attempt.
    static bool isRetryableStatus(int httpStatus) { return httpStatus == 429 || httpStatus >= 500; }

    //! Delay before attempt `nextAttempt` (2 = first retry). `retryAfterMs` (>= 0 when the server
    //! sent Retry-After) is a lower bound; `random01` supplies the jitter (tests pin it).
    qint64 delayMs(int nextAttempt, qint64 retryAfterMs, const std::function<double()> &random01) const;
};

} // namespace stardeck::api
