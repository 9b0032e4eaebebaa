// SPDX-License-Identifier: MIT
#pragma once

// Shared helpers of the core/api tests: wait for one asynchronous client call, describe a result.

#include "api/ApiError.h"

#include <QObject>
#include <QTest>

#include <optional>
#include <utility>

namespace stardeck::test {

//! Runs one client call and waits for its callback (tests may wait; the client never does).
template <class T, class Start>
std::optional<api::ApiResult<T>> await(Start start, int timeoutMs = 10'000)
{
    std::optional<api::ApiResult<T>> out;
    QObject context;
    start(&context, [&out](api::ApiResult<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs); // callers check the optional
    return out;
}

//! The error text of a failed result, for QVERIFY2 messages (which are evaluated even on success).
template <class T>
QString why(const api::ApiResult<T> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace stardeck::test
