#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Stardeck (scripts/build.sh) and runs the whole test suite headless.
# Exits non-zero when a test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STARDECK_BUILD_DIR:-build}

./scripts/build.sh

# Widgets tests need no display: Qt renders offscreen.
export QT_QPA_PLATFORM=offscreen
# Qt warns without a runtime dir (CI containers have none); give it a private, throwaway one.
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-test.XXXXXX")
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
