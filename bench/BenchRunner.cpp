// SPDX-License-Identifier: MIT
#include "BenchRunner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <utility>

namespace stardeck::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Results are folded into this so the compiler must compute them.
volatile std::uint64_t g_sink = 0;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::string formatNumber(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

} // namespace

BenchRunner::BenchRunner(BenchConfig config) : m_config(std::move(config)) {}

bool BenchRunner::wanted(std::string_view op) const
{
    return m_config.onlyOps.empty() ||
           std::find(m_config.onlyOps.begin(), m_config.onlyOps.end(), op) != m_config.onlyOps.end();
}

void BenchRunner::measure(std::string_view impl, std::string_view op, std::size_t inputs, const Check &check,
                          const Operation &run)
{
    if (!wanted(op))
        return;
    if (inputs == 0) {
        reportError(impl, op, "no inputs");
        return;
    }

    // Every input is checked first; only those that pass are timed (a failing one could not
    // produce a value to fold), and the failures are reported in "check".
    std::vector<std::size_t> good;
    std::size_t mismatches = 0;
    std::string firstMismatch;
    for (std::size_t i = 0; i < inputs; ++i) {
        std::string problem = check(i);
        if (problem.empty())
            good.push_back(i);
        else if (mismatches++ == 0)
            firstMismatch = "input " + std::to_string(i) + ": " + problem;
    }
    if (good.empty()) {
        reportError(impl, op, firstMismatch);
        return;
    }

    // One warm-up pass (caches, lazily built tables), then the timed runs. A run repeats whole
    // passes over the inputs so every run sees the same mix.
    for (const std::size_t i : good)
        m_sink += run(i);

    const auto minDuration = std::chrono::duration<double>(m_config.quick ? 0.0 : m_config.minSeconds);
    const int runs = m_config.quick ? 1 : std::max(1, m_config.runs);
    std::vector<double> perRun;
    std::uint64_t totalIterations = 0;
    for (int r = 0; r < runs; ++r) {
        std::uint64_t iterations = 0;
        const Clock::time_point start = Clock::now();
        Clock::duration elapsed{};
        do {
            for (const std::size_t i : good)
                m_sink += run(i);
            iterations += good.size();
            elapsed = Clock::now() - start;
        } while (elapsed < minDuration);
        perRun.push_back(std::chrono::duration<double, std::nano>(elapsed).count() / double(iterations));
        totalIterations += iterations;
    }

    std::ostringstream line;
    line << "{\"impl\":" << jsonString(impl) << ",\"op\":" << jsonString(op)
         << ",\"ns_per_op\":" << formatNumber(median(perRun)) << ",\"runs\":[";
    for (std::size_t r = 0; r < perRun.size(); ++r)
        line << (r ? "," : "") << formatNumber(perRun[r]);
    line << "],\"iterations\":" << totalIterations << ",\"inputs\":" << good.size() << ",\"check\":";
    if (mismatches == 0) {
        line << "\"ok\"";
    } else {
        ++m_failures;
        line << jsonString(std::to_string(mismatches) + " of " + std::to_string(inputs) + " inputs wrong; " +
                           firstMismatch);
    }
    line << "}";
    g_sink = m_sink;
    std::cout << line.str() << std::endl;
}

void BenchRunner::reportError(std::string_view impl, std::string_view op, std::string_view message)
{
    ++m_failures;
    std::cout << "{\"impl\":" << jsonString(impl) << ",\"op\":" << jsonString(op)
              << ",\"error\":" << jsonString(message) << "}" << std::endl;
}

std::string BenchRunner::jsonString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace stardeck::bench
