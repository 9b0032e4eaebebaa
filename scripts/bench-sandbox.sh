#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds stardeck-sandbox and stardeck-sandbox-bench and times the sandbox over loopback: signed
# transfers per second end to end (signable call, local hash check and stark signature, create
# call, Guardian policy "never") and 200-item GET /imx/v1/assets pages per second, against issue
# #3's targets. The sandbox runs as its own process. A missed target is reported, not an error:
# exit 0 unless the build fails or the bench finds an error or a mismatch in the sandbox's books.
#
#   scripts/bench-sandbox.sh [--quick] [any stardeck-sandbox-bench option, e.g. --seconds 20 --connections 8]
#
# Environment: STARDECK_BENCH_BUILD_DIR (default build-bench, shared with scripts/bench.sh),
# STARDECK_BENCH_BUILD_TYPE (used when that directory is configured for the first time; default
# RelWithDebInfo, as scripts/build.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STARDECK_BENCH_BUILD_DIR:-build-bench}
BUILD_TYPE=${STARDECK_BENCH_BUILD_TYPE:-RelWithDebInfo}

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

for tool in cmake ninja; do
    command -v "$tool" >/dev/null || { echo "bench-sandbox.sh: $tool not found (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

# 1. Build only the bench and the sandbox (and what they link).
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DSTARDECK_WERROR=ON >/dev/null
else
    cmake "$BUILD_DIR" >/dev/null
fi
cmake --build "$BUILD_DIR" --target stardeck-sandbox stardeck-sandbox-bench --parallel "$(nproc)"

# 2. Run. JSON lines go to the results file (and the terminal), the table to the terminal.
RESULTS="$BUILD_DIR/bench-sandbox-results.jsonl"
echo "bench-sandbox.sh: load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
STATUS=0
"$BUILD_DIR/bench/sandbox/stardeck-sandbox-bench" "$BUILD_DIR/sandbox/stardeck-sandbox" "$@" | tee "$RESULTS" ||
    STATUS=${PIPESTATUS[0]}
echo "bench-sandbox.sh: raw results in $RESULTS" >&2
if [[ $STATUS -ne 0 ]]; then
    echo "bench-sandbox.sh: the bench failed (exit $STATUS; see above)" >&2
    exit 1
fi
exit 0
