#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The long soak run: the reliability_soak test (tests/reliability/tst_reliability_soak.cpp) for
# SECONDS seconds (default 600) under nice -n 19, against the in-process sandbox with random faults;
# prints the figures and writes them as JSON to $STARDECK_SOAK_REPORT (default build/soak-report.json).
# Usage: scripts/soak.sh [seconds] [seed]   (builds tst_reliability_soak in $STARDECK_BUILD_DIR or ./build)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STARDECK_BUILD_DIR:-$root/build}"
seconds="${1:-600}"
seed="${2:-0}"
report="${STARDECK_SOAK_REPORT:-$build/soak-report.json}"

if [[ ! -f "$build/build.ninja" ]]; then
    echo "soak.sh: no configured build in $build (run scripts/build.sh first)" >&2
    exit 1
fi
nice -n 19 ninja -C "$build" -j2 tst_reliability_soak
echo "soak.sh: ${seconds}s, seed ${seed}, report in ${report}"
# Qt Test stops a test function after 300 s unless told otherwise.
QTEST_FUNCTION_TIMEOUT="$(((seconds + 600) * 1000))" QT_QPA_PLATFORM=offscreen \
    STARDECK_SOAK_SECONDS="$seconds" STARDECK_SOAK_SEED="$seed" STARDECK_SOAK_REPORT="$report" \
    nice -n 19 "$build/tests/tst_reliability_soak" -maxwarnings 0
cat "$report"
