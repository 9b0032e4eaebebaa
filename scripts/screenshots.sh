#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Saves a PNG of each main screen and dialog of the wallet into docs/screenshots/ (overview, assets,
# activity, settings, send, confirm). It builds nothing: run scripts/build.sh first, or point
# STARDECK_BUILD_DIR at a build directory. The wallet runs on the embedded demo sandbox as
# demo@stardeck.test, under Xvfb (or Qt's offscreen platform when xvfb-run is missing), with private
# config/data/cache directories and a file secret store, so nothing of yours is read or changed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

BUILD_DIR=${STARDECK_BUILD_DIR:-build}
[[ "$BUILD_DIR" == /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"
APP="$BUILD_DIR/app/stardeck"
OUT="$ROOT/docs/screenshots"
PAGES=(overview assets activity market settings send confirm)

if [[ ! -x "$APP" ]]; then
    echo "screenshots.sh: $APP not found; run scripts/build.sh (or set STARDECK_BUILD_DIR)" >&2
    exit 1
fi
mkdir -p "$OUT"

WORK=$(mktemp -d -t stardeck-screenshots.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [[ "$(id -u)" == 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
if command -v xvfb-run >/dev/null 2>&1; then
    RUNNER=(xvfb-run -a -s "-screen 0 1280x800x24")
else
    echo "screenshots.sh: xvfb-run not found, using Qt's offscreen platform" >&2
    RUNNER=(env QT_QPA_PLATFORM=offscreen)
fi

failed=0
for page in "${PAGES[@]}"; do
    # A fresh profile per page: no saved window geometry, session or journal carries over.
    profile="$WORK/$page"
    mkdir -p "$profile/config" "$profile/data" "$profile/cache"
    rm -f "$OUT/$page.png"
    echo "screenshots.sh: $page" >&2
    # The wallet's and Qt WebEngine's chatter goes to a log, shown only when the page fails.
    if ! XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" XDG_CACHE_HOME="$profile/cache" \
        STARDECK_SECRET_STORE=file STARDECK_PASSPHRASE=screenshots LC_ALL=C.UTF-8 LANGUAGE=en \
        "${RUNNER[@]}" "$APP" --auto-login demo@stardeck.test \
        --screenshot "$OUT/$page.png" --screenshot-page "$page" >"$profile/log" 2>&1; then
        cat "$profile/log" >&2
        echo "screenshots.sh: the wallet failed on $page" >&2
        failed=1
    fi
    if [[ ! -s "$OUT/$page.png" ]]; then
        echo "screenshots.sh: $OUT/$page.png is missing" >&2
        failed=1
    fi
done
exit "$failed"
