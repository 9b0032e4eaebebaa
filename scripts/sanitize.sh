#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The sanitizer stage of CI, after the normal tests: builds the whole tree and its test suite with
# AddressSanitizer + UndefinedBehaviorSanitizer (clang-14, the asan-ubsan preset of
# CMakePresets.json) into build-asan/, runs ctest on it with halt_on_error, then runs every libFuzzer
# harness (built by the same build) for a short budget from its checked-in corpus. Exits non-zero on
# any sanitizer report, failed test or fuzz finding. docs/fuzzing.md explains the exclusions.
#   scripts/sanitize.sh [fuzz-seconds-per-harness]      (default 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

FUZZ_SECONDS=${1:-${STARDECK_FUZZ_SECONDS:-20}}
BUILD_DIR=${STARDECK_ASAN_BUILD_DIR:-build-asan}
JOBS=${STARDECK_JOBS:-2}

./scripts/install-deps.sh
if ! command -v clang++-14 >/dev/null; then
    echo "sanitize.sh: clang++-14 not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi

started=$(date +%s)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# The whole tree by default, the Widgets/WebEngine layers and their tests included;
# STARDECK_ASAN_GUI=OFF leaves them out (a quicker local run of the core, sandbox, CLI and fuzz
# targets).
gui=${STARDECK_ASAN_GUI:-ON}
echo "== configure ($BUILD_DIR, ASan + UBSan, clang-14, GUI $gui)"
cmake --preset asan-ubsan -B "$BUILD_DIR" -DSTARDECK_BUILD_GUI="$gui" "${launcher[@]}" >/dev/null
echo "== build"
ninja -C "$BUILD_DIR" -j "$JOBS"
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-asan.XXXXXX")
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
# halt_on_error + abort: the first report fails the test. Leak checking stays on; the only
# suppressions are for third-party code (tests/sanitizers/lsan.supp and asan.supp, one comment per
# entry).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:suppressions=$ROOT/tests/sanitizers/asan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"

# Not run here: the valgrind constant-time tests (valgrind cannot run an ASan binary; the normal
# build runs them) and the source checks that compile nothing (format, layering, translations).
# process_hardening checks the non-dumpable state, which sanitizer builds leave off (LeakSanitizer
# stops threads with ptrace; core/platform/ProcessHardening.cpp).
exclude='^(stark_ctime|stark_ctime_detects_leak|format_check|format_check_selftest|layering_check|translations_check|process_hardening)$'
echo "== ctest under ASan + UBSan"
# The browser-engine tests (label webengine) run too. QtWebEngine's own teardown frees an object with
# the wrong sized delete inside libQt6WebEngineCore, which ASan 14 cannot suppress by library, so
# the eight tests that destroy a page add new_delete_type_mismatch=0 for themselves alone
# (tests/sanitizers/sanitizers.cmake lists them and says why). Third-party exit-time leaks (Chromium, fontconfig, libdbus) are in lsan.supp, the one
# third-party interceptor report (libxkbcommon-x11's strndup) in asan.supp.
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -E "$exclude"
tested=$(date +%s)

echo "== fuzz harnesses, ${FUZZ_SECONDS}s each"
# Single-threaded and leak-checked per input by libFuzzer: fast unwinding keeps them quick.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
harnesses=$(sed -n '/^set(STARDECK_FUZZ_HARNESSES/,/)/p' tests/fuzz/fuzz.cmake | tr -d '()' |
    sed 's/set//; s/STARDECK_FUZZ_HARNESSES//')
status=0
for name in $harnesses; do
    work=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-fuzz-$name.XXXXXX")
    cp tests/fuzz/corpus/"$name"/* "$work"/
    log="$BUILD_DIR/fuzz-$name.log"
    if "$BUILD_DIR/tests/fuzz_$name" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD_DIR/fuzz-$name-" -print_final_stats=1 "$work" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED: see $log (the crashing input is $BUILD_DIR/fuzz-$name-*)"
        tail -n 40 "$log" >&2
        status=1
    fi
    rm -rf "$work"
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
    echo "fuzz_$name: ${execs:-?} executions, $result"
done
finished=$(date +%s)
echo "== sanitize.sh: build $((built - started)) s, tests $((tested - built)) s, fuzz $((finished - tested)) s"
exit $status
