// SPDX-License-Identifier: MIT
#include "Latency.h"

#include <algorithm>

namespace stardeck::bench {

void addLatency(QJsonObject *line, std::vector<qint64> nanoseconds)
{
    if (nanoseconds.empty())
        return;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double quantile) {
        const auto i = std::size_t(quantile * double(nanoseconds.size() - 1));
        return qRound(double(nanoseconds[i]) / 1e4) / 100.0; // ms, two decimals
    };
    line->insert(QStringLiteral("latency_p50_ms"), at(0.5));
    line->insert(QStringLiteral("latency_p99_ms"), at(0.99));
    line->insert(QStringLiteral("latency_max_ms"), at(1.0));
}

} // namespace stardeck::bench
