// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <vector>

namespace stardeck::bench {

//! Adds the median, 99th percentile and maximum of operation latencies (nanoseconds) to a JSON
//! line as latency_p50_ms / latency_p99_ms / latency_max_ms.
void addLatency(QJsonObject *line, std::vector<qint64> nanoseconds);

} // namespace stardeck::bench
