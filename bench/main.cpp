// SPDX-License-Identifier: MIT
// stardeck-bench: times Stardeck's crypto operations and the same curve operations on OpenSSL's
// generic prime-curve EC, over the public test vectors, and prints one JSON line per operation.
// scripts/bench.sh runs it next to the official JS library and prints the comparison table.
#include "BenchOps.h"
#include "BenchRunner.h"
#include "BenchVectors.h"

#include <QString>
#include <QtGlobal>

#include <openssl/crypto.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>

namespace {

using stardeck::bench::BenchConfig;
using stardeck::bench::BenchRunner;

constexpr const char *kUsage =
    "usage: stardeck-bench [--quick] [--runs N] [--min-time SECONDS] [--only OP[,OP...]]\n"
    "                      [--impl stardeck|openssl|all] [--vectors DIR] [--pedersen-params FILE]\n"
    "\n"
    "Prints one JSON line per operation: {impl, op, ns_per_op (median), runs, iterations, inputs, check}.\n"
    "  --quick            one short run per operation (smoke test; figures are meaningless)\n"
    "  --runs N           timed runs per operation, median reported (default 5)\n"
    "  --min-time S       minimum seconds per run (default 0.5)\n"
    "  --only OPS         comma-separated operations: pedersen, public_key, sign, verify,\n"
    "                     imx_key_derivation, imx_seed_sign, imx_derive_private_key, keccak256,\n"
    "                     asset_id, transfer_msg_hash\n"
    "  --impl WHICH       stardeck, openssl or all (default all)\n"
    "  --vectors DIR      test vectors directory (default: the source tree's tests/data/vectors)\n"
    "  --pedersen-params FILE  StarkWare's pedersen_params.json for the OpenSSL curve\n"
    "Exit status: 0, or 1 when an operation failed its check against the vectors, 2 on bad usage.\n";

std::string cpuModel()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            const std::size_t colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "unknown";
}

std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start)
            out.emplace_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

bool parseNumber(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0' && out >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    BenchConfig config;
    std::string impl = "all";
    QString vectorDir = QStringLiteral(STARDECK_BENCH_VECTOR_DIR);
    std::string paramsPath = STARDECK_BENCH_PEDERSEN_PARAMS;

    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        double number = 0;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (arg == "--quick") {
            config.quick = true;
        } else if (arg == "--runs" && hasValue && parseNumber(argv[i + 1], number) && number >= 1) {
            config.runs = int(number);
            ++i;
        } else if (arg == "--min-time" && hasValue && parseNumber(argv[i + 1], number)) {
            config.minSeconds = number;
            ++i;
        } else if (arg == "--only" && hasValue) {
            config.onlyOps = splitList(argv[++i]);
        } else if (arg == "--impl" && hasValue) {
            impl = argv[++i];
            if (impl != "stardeck" && impl != "openssl" && impl != "all") {
                std::cerr << "stardeck-bench: --impl must be stardeck, openssl or all\n";
                return 2;
            }
        } else if (arg == "--vectors" && hasValue) {
            vectorDir = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--pedersen-params" && hasValue) {
            paramsPath = argv[++i];
        } else {
            std::cerr << "stardeck-bench: bad argument: " << arg << "\n" << kUsage;
            return 2;
        }
    }

    stardeck::crypto::Expected<stardeck::bench::BenchInputs> inputs =
        stardeck::bench::loadBenchInputs(vectorDir);
    if (!inputs) {
        std::cerr << "stardeck-bench: " << inputs.error().message << "\n";
        return 1;
    }

    std::ostringstream meta;
    meta << R"({"meta":{"cpu":)" << BenchRunner::jsonString(cpuModel())
         << ",\"hardware_threads\":" << std::thread::hardware_concurrency()
         << ",\"compiler\":" << BenchRunner::jsonString(__VERSION__)
         << ",\"build_type\":" << BenchRunner::jsonString(STARDECK_BENCH_BUILD_TYPE)
         << ",\"openssl\":" << BenchRunner::jsonString(OpenSSL_version(OPENSSL_VERSION))
         << ",\"qt\":" << BenchRunner::jsonString(qVersion())
         << ",\"runs\":" << (config.quick ? 1 : config.runs)
         << ",\"min_seconds\":" << (config.quick ? 0.0 : config.minSeconds) << "}}";
    std::cout << meta.str() << std::endl;

    BenchRunner runner(config);
    if (impl == "stardeck" || impl == "all")
        stardeck::bench::runStardeckBenchmarks(runner, *inputs);
    if (impl == "openssl" || impl == "all")
        stardeck::bench::runOpenSslBenchmarks(runner, *inputs, paramsPath);
    return runner.failures() == 0 ? 0 : 1;
}
