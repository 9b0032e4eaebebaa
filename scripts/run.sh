#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Stardeck (scripts/build.sh) and starts the wallet; arguments are passed to it (try --help)
# and relative paths in them are relative to the directory you started from.
# Without a display the wallet runs under Xvfb, which is mostly useful with --screenshot <file>.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

BUILD_DIR=${STARDECK_BUILD_DIR:-build}
[[ "$BUILD_DIR" == /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"

"$ROOT/scripts/build.sh"

# Chromium (the login view's browser engine) refuses to run its sandbox as root.
if [[ $(id -u) -eq 0 && -z "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]]; then
    echo "run.sh: running as root: the browser engine's sandbox is off (run as a normal user to keep it)" >&2
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no display found, starting the wallet on a virtual X server (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/app/stardeck" "$@"
fi
exec "$BUILD_DIR/app/stardeck" "$@"
