#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# ThreadSanitizer run of the async core (issue 6): configures the tsan preset of CMakePresets.json
# (clang-14, -fsanitize=thread, no GUI) into build-tsan/, builds only the test binaries of the
# selected ctest labels and runs them with halt_on_error. Exits non-zero on any ThreadSanitizer
# report or failed test. Suppressions: tests/sanitizers/tsan.supp (third-party code only, one
# comment per entry); docs/fuzzing.md explains them and the options below.
#   scripts/tsan.sh [ctest-label-regex]     (default: passport|wallet|api|media|platform)
# STARDECK_TSAN_BUILD_DIR overrides the build directory, STARDECK_JOBS the parallelism (default 2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

LABELS=${1:-${STARDECK_TSAN_LABELS:-passport|wallet|api|media|platform}}
BUILD_DIR=${STARDECK_TSAN_BUILD_DIR:-build-tsan}
JOBS=${STARDECK_JOBS:-2}

./scripts/install-deps.sh
if ! command -v clang++-14 >/dev/null; then
    echo "tsan.sh: clang++-14 not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi

started=$(date +%s)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
echo "== configure ($BUILD_DIR, ThreadSanitizer, clang-14, no GUI)"
cmake --preset tsan -B "$BUILD_DIR" "${launcher[@]}" >/dev/null

# The test binaries of the selected tests (stardeck_add_qtest names them tst_<test>); nothing else is
# built. ctest lists the tests as soon as the tree is configured, before anything is built.
targets=()
others=()
while read -r name; do
    if ninja -C "$BUILD_DIR" -t query "tst_$name" >/dev/null 2>&1; then
        targets+=("tst_$name")
    else
        others+=("$name")
    fi
done < <(ctest --test-dir "$BUILD_DIR" -N -L "$LABELS" --show-only=json-v1 |
    python3 -c 'import json, sys; print("\n".join(t["name"] for t in json.load(sys.stdin)["tests"]))')
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "tsan.sh: no test binary matches the labels '$LABELS'" >&2
    exit 1
fi
if [[ ${#others[@]} -gt 0 ]]; then
    # Script-driven tests (cli_e2e, the fidelity checks) need the whole tree: build it for them.
    echo "tsan.sh: ${others[*]} are not Qt Test binaries; building the whole tree for them"
    targets=(all)
fi
echo "== build (${targets[*]})"
ninja -C "$BUILD_DIR" -j "$JOBS" "${targets[@]}"
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-tsan.XXXXXX")
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
# halt_on_error: the first report fails the test (exit code 66). second_deadlock_stack: both
# stacks of a lock-order inversion. ignore_noninstrumented_modules: Qt, GLib, libdbus and OpenSSL
# are not instrumented; memory accesses by interceptors they call (malloc/free, memcpy, ...) are not
# checked, their pthread synchronisation still is (docs/fuzzing.md has what this can miss). The
# suppressions name third-party frames only. log_path: every report goes to a file, so one from a
# child process (stardeck-cli started by a test) is caught even if its test passes.
reports="$ROOT/$BUILD_DIR/tsan-reports"
rm -rf "$reports"
mkdir -p "$reports"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$ROOT/tests/sanitizers/tsan.supp:print_suppressions=0:log_path=$reports/report"

echo "== ctest under ThreadSanitizer (labels: $LABELS)"
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -L "$LABELS" || status=1
tested=$(date +%s)
if compgen -G "$reports/report.*" >/dev/null; then
    for report in "$reports"/report.*; do
        echo "---- $report" >&2
        head -n 60 "$report" >&2
    done
    echo "tsan.sh: ThreadSanitizer reports in $reports" >&2
    status=1
fi
echo "== tsan.sh: build $((built - started)) s, tests $((tested - built)) s"
exit $status
