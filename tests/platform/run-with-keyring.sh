#!/bin/sh
# SPDX-License-Identifier: MIT
# run-with-keyring.sh COMMAND [ARGS...]: runs COMMAND inside a private D-Bus session with a fresh,
# unlocked gnome-keyring, so QtKeychain tests never touch the user's keyring. HOME and the XDG dirs
# point at a throwaway directory and DISPLAY is unset: with a display and a keyring that is not
# unlocked, gcr-prompter opens a window and the test hangs (qt-feasibility.md §5).
# Exits 77 (ctest SKIP_RETURN_CODE) when dbus-run-session or gnome-keyring-daemon is missing.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool not found (run scripts/install-deps.sh)" >&2
        exit 77
    fi
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/run" "$scratch/data" "$scratch/config" "$scratch/cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" \
    XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
status=0
# The daemon and the bus exit with the session; the keyring password only protects the throwaway keyring.
dbus-run-session -- sh -c 'echo -n stardeck-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@" || status=$?
exit "$status"
