// SPDX-License-Identifier: MIT
#pragma once

#include "BenchRunner.h"
#include "BenchVectors.h"

#include <string>

namespace stardeck::bench {

//! Times Stardeck's own operations (impl "stardeck") over the vector inputs.
void runStardeckBenchmarks(BenchRunner &runner, const BenchInputs &inputs);

//! Times the same curve operations on OpenSSL's generic prime-curve EC (impl "openssl"), with
//! the curve built from the pedersen_params.json at `paramsPath`.
void runOpenSslBenchmarks(BenchRunner &runner, const BenchInputs &inputs, const std::string &paramsPath);

} // namespace stardeck::bench
