// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace stardeck::bench {

//! How long and how often each operation is timed.
struct BenchConfig {
    int runs = 5;            //!< timed runs per operation; the median is reported
    double minSeconds = 0.5; //!< each run repeats passes over the inputs until this much time passed
    bool quick = false;      //!< one untimed-quality pass per run (smoke test: the binary still works)
    std::vector<std::string> onlyOps; //!< when not empty, only these operation names run
};

//! Times operations with plain std::chrono loops and prints one JSON line per operation:
//! {"impl", "op", "ns_per_op" (median of the runs), "runs" (ns/op of each run), "iterations",
//! "inputs", "check"}. The same shape is printed by bench/js/bench.cjs.
class BenchRunner {
public:
    //! Checks one input against its expected value; returns an empty string when it matches.
    using Check = std::function<std::string(std::size_t index)>;
    //! Runs the operation on one input; the returned value is folded into a sink so the work
    //! cannot be optimised away.
    using Operation = std::function<std::uint64_t(std::size_t index)>;

    explicit BenchRunner(BenchConfig config);

    //! False when --only was given and does not name `op`.
    bool wanted(std::string_view op) const;

    //! Checks every input once, then times `run` in passes over the inputs that passed and prints
    //! the JSON line ("check" lists failures). Nothing is timed when no input passes.
    void measure(std::string_view impl, std::string_view op, std::size_t inputs, const Check &check,
                 const Operation &run);

    //! Prints {"impl", "op", "error"} for an operation that could not be set up.
    void reportError(std::string_view impl, std::string_view op, std::string_view message);

    //! Number of operations whose check failed or that reported an error.
    int failures() const { return m_failures; }

    //! JSON string literal (quotes, escapes) of `text`.
    static std::string jsonString(std::string_view text);

private:
    BenchConfig m_config;
    int m_failures = 0;
    std::uint64_t m_sink = 0;
};

} // namespace stardeck::bench
