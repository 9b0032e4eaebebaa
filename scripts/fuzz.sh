#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The long fuzz campaign: builds the libFuzzer targets with clang-14 (ASan + UBSan) in build-fuzz/
# and runs each for a time budget at the lowest CPU priority, growing a working corpus seeded from
# tests/fuzz/corpus/<name>/ (build-fuzz/corpus/<name>/, kept between runs). Prints the executions
# per harness (record them in docs/fuzzing.md). A crash, leak, timeout or out-of-memory stops that
# harness and leaves the input as build-fuzz/corpus/<name>-crash-*: fix the bug and add the input to
# tests/fuzz/corpus/<name>/ as a regression. CI runs the short version (scripts/sanitize.sh).
#   scripts/fuzz.sh [seconds-per-harness] [harness...]       (default: 60 s, every harness)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_EACH=${1:-60}
shift || true
HARNESSES=("$@")
if [[ ${#HARNESSES[@]} -eq 0 ]]; then
    read -r -a HARNESSES <<<"$(sed -n '/^set(STARDECK_FUZZ_HARNESSES/,/)/p' tests/fuzz/fuzz.cmake |
        tr -d '()' | sed 's/set//; s/STARDECK_FUZZ_HARNESSES//' | tr '\n' ' ')"
fi
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
ninja -C "$BUILD_DIR" -j2 $(printf 'fuzz_%s ' "${HARNESSES[@]}")

status=0
for name in "${HARNESSES[@]}"; do
    work="$BUILD_DIR/corpus/$name"
    mkdir -p "$work"
    cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    log="$BUILD_DIR/fuzz-$name.log"
    echo "== $name (${SECONDS_EACH}s)"
    if nice -n 19 "$BUILD_DIR/tests/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/corpus/$name-" "$work" >"$log" 2>&1; then
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
