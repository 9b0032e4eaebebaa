#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian package Stardeck needs to build, test and run. Idempotent: it asks dpkg what
# is already installed and only calls apt-get (and apt-get update) when something is missing.
set -euo pipefail

# The one list of Debian (bookworm) packages. See README.md for what each group is for.
PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6.4 (Widgets, WebEngine, HttpServer, WebSockets, Linguist tools, SVG) and QtKeychain
    qt6-base-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-svg-dev
    qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite  # the SQLite driver behind stardeck-sandbox --data
    # crypto
    libsecp256k1-dev libssl-dev
    # OpenGL headers for Qt's Gui module, headless X, a session bus and a keyring for tests
    libgl-dev xvfb xauth dbus gnome-keyring libgl1-mesa-dri fonts-dejavu-core
    # the constant-time (ctime) test runs under valgrind memcheck; format_check needs clang-format
    valgrind clang-format
    # libFuzzer targets (scripts/fuzz.sh) build with clang and its sanitizer runtimes
    clang-14 libclang-rt-14-dev
)
# Node.js is only needed by the benchmark script (it runs the official JS library for comparison).
NODE_PACKAGES=(nodejs npm)

log() { printf 'install-deps: %s\n' "$*"; }

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$pkg")
done

# Any node/npm already on PATH (e.g. from NodeSource) is good enough; Debian's npm package conflicts
# with NodeSource's nodejs, so never install it next to an existing node.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    :
else
    for pkg in "${NODE_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [[ "$status" == installed ]] || missing+=("$pkg")
    done
fi

if ((${#missing[@]} == 0)); then
    log "all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    log "missing packages: ${missing[*]}" >&2
    log "not root and sudo is not available; install them as root" >&2
    exit 1
fi

log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# stdin from /dev/null: CI runs without a terminal and nothing here may wait for an answer.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
log "done"
