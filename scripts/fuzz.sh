#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) in build-fuzz/ and runs each for a
# time budget, growing a working corpus seeded from tests/fuzz/corpus/<name>/. Prints the
# executions per harness. A crash stops that harness and leaves crash-* next to the corpus:
# fix it and add the input to tests/fuzz/corpus/<name>/ as a regression.
#   scripts/fuzz.sh [seconds-per-harness] [harness...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_EACH=${1:-60}
shift || true
HARNESSES=("$@")
[[ ${#HARNESSES[@]} -gt 0 ]] || HARNESSES=(uint256 stark_signature eth_parsers amount cli_batch)
BUILD_DIR=${STARDECK_FUZZ_BUILD_DIR:-build-fuzz}

./scripts/install-deps.sh
if ! command -v clang++-14 >/dev/null; then
    echo "fuzz.sh: clang++-14 not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSTARDECK_FUZZ=ON -DSTARDECK_BUILD_GUI=OFF -DSTARDECK_BUILD_BENCH=OFF
fi
ninja -C "$BUILD_DIR" $(printf 'fuzz_%s ' "${HARNESSES[@]}")

status=0
for name in "${HARNESSES[@]}"; do
    work="$BUILD_DIR/corpus/$name"
    mkdir -p "$work"
    cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    log="$BUILD_DIR/fuzz-$name.log"
    echo "== $name (${SECONDS_EACH}s)"
    if "$BUILD_DIR/tests/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD_DIR/corpus/$name-" "$work" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
    fi
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
    [[ -n "$execs" ]] || execs=$(grep -Eo '#[0-9]+' "$log" | tail -n 1 | tr -d '#')
    echo "$name: ${execs:-?} executions, $result"
done
exit $status
