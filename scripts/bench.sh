#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds stardeck-bench, installs StarkWare's official JS library into the build tree (npm, from
# the registry, exact versions from bench/js/package-lock.json), times both on the same vector
# inputs in one run, and prints the table: ours vs the JS library vs OpenSSL's generic EC, with
# the issue's targets. A missed target is reported, not an error: exit 0 unless something fails
# to build or Stardeck's results are wrong.
#
#   scripts/bench.sh [--quick] [--runs N] [--min-time SECONDS] [--js-min-time SECONDS] [--no-js]
#
# Environment: STARDECK_BENCH_BUILD_DIR (default build-bench), STARDECK_BENCH_BUILD_TYPE (used
# when that directory is configured for the first time; default RelWithDebInfo, as scripts/build.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STARDECK_BENCH_BUILD_DIR:-build-bench}
BUILD_TYPE=${STARDECK_BENCH_BUILD_TYPE:-RelWithDebInfo}
RUNS=5
MIN_TIME=1.0
JS_MIN_TIME=1.5
QUICK=()
WITH_JS=1

usage() {
    sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) QUICK=(--quick) ;;
        --runs) RUNS=${2:?--runs needs a value}; shift ;;
        --min-time) MIN_TIME=${2:?--min-time needs a value}; shift ;;
        --js-min-time) JS_MIN_TIME=${2:?--js-min-time needs a value}; shift ;;
        --no-js) WITH_JS=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

for tool in cmake ninja; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool not found (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
if [[ $WITH_JS -eq 1 ]] && ! { command -v node >/dev/null && command -v npm >/dev/null; }; then
    echo "bench.sh: node/npm not found: the JS column will be empty (install nodejs and npm, or pass --no-js)" >&2
    WITH_JS=0
fi

# 1. Build only the bench (and what it links).
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DSTARDECK_WERROR=ON >/dev/null
else
    cmake "$BUILD_DIR" >/dev/null
fi
cmake --build "$BUILD_DIR" --target stardeck-bench --parallel "$(nproc)"

RESULTS="$BUILD_DIR/bench-results.jsonl"
JS_RESULTS="$BUILD_DIR/bench-results-js.jsonl"
TABLE="$BUILD_DIR/bench-table.md"
rm -f "$RESULTS" "$JS_RESULTS"

# 2. The JS reference, installed into the build tree (never the source tree). --ignore-scripts:
# no package code runs at install time; it only ever runs under scripts/nonet.cjs.
JS_DIR="$BUILD_DIR/bench-js"
if [[ $WITH_JS -eq 1 ]]; then
    mkdir -p "$JS_DIR"
    if ! cmp -s bench/js/package-lock.json "$JS_DIR/package-lock.json" || [[ ! -d "$JS_DIR/node_modules" ]]; then
        cp bench/js/package.json bench/js/package-lock.json "$JS_DIR/"
        echo "bench.sh: installing the JS reference into $JS_DIR (npm ci)" >&2
        (cd "$JS_DIR" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error \
            --update-notifier=false >/dev/null)
    fi
fi

# 3. One run, same inputs: C++ (ours + OpenSSL), then the JS library under the network guard.
STATUS=0
echo "bench.sh: timing stardeck and OpenSSL" >&2
"$BUILD_DIR/bench/stardeck-bench" "${QUICK[@]}" --runs "$RUNS" --min-time "$MIN_TIME" >"$RESULTS" || STATUS=$?
if [[ $WITH_JS -eq 1 ]]; then
    echo "bench.sh: timing starkware-crypto-utils" >&2
    # A check failure of the JS library is a note in the table (it cannot represent some inputs).
    node -r ./scripts/nonet.cjs bench/js/bench.cjs "${QUICK[@]}" --modules "$JS_DIR" --runs "$RUNS" \
        --min-time "$JS_MIN_TIME" >"$JS_RESULTS" ||
        { rc=$?; [[ $rc -eq 1 ]] || echo "bench.sh: the JS bench failed (exit $rc); its column stays empty" >&2; }
fi

# 4. The table (Node formats it when present; otherwise the raw JSON lines are the report).
if command -v node >/dev/null; then
    REPORT_FILES=("$RESULTS")
    [[ -f "$JS_RESULTS" ]] && REPORT_FILES+=("$JS_RESULTS")
    node -r ./scripts/nonet.cjs bench/js/report.cjs "${REPORT_FILES[@]}" | tee "$TABLE" || STATUS=1
    echo "bench.sh: raw results in ${REPORT_FILES[*]}; table in $TABLE" >&2
else
    cat "$RESULTS"
fi

if [[ $STATUS -ne 0 ]]; then
    echo "bench.sh: Stardeck's results failed their check against the vectors (see above)" >&2
    exit 1
fi
exit 0
