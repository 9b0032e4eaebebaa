#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian packages (stardeck, stardeck-cli, stardeck-sandbox) with CPack, installs them with
# apt, runs the installed programs (the GUI offscreen long enough to save a picture of its window),
# lints the desktop integration, the man pages and the Flatpak manifest, checks a `cmake --install`
# into a DESTDIR, then purges the packages and checks that nothing of them remains.
#
# Uses the build directory ./build (or $STARDECK_BUILD_DIR), the one scripts/test.sh uses, so CI can
# run it after the tests without building again; configures and builds the packaged targets there
# when needed. Needs root (or sudo) for apt-get. Exits non-zero at the first failed check.
# STARDECK_PACKAGE_CHECK_SCREENSHOT=FILE keeps the installed wallet's picture.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

BUILD_DIR=${STARDECK_BUILD_DIR:-build}
[[ "$BUILD_DIR" == /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"
APP_ID=org.stardeck.Stardeck
PACKAGES=(stardeck stardeck-cli stardeck-sandbox)
# Tools the checks use; installed when missing (desktop-file-utils also keeps mimeinfo.cache, which
# shows the stardeck:// handler registration).
TOOLS=(desktop-file-utils appstream man-db groff-base python3 dpkg-dev binutils)

START=$(date +%s)
log() { printf 'package-check: [%3ds] %s\n' "$(($(date +%s) - START))" "$*"; }
fail() {
    printf 'package-check: FAILED: %s\n' "$*" >&2
    exit 1
}

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    fail "needs root or sudo (apt-get install / purge)"
fi
apt_get() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y "$@" </dev/null; }
installed() { [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true) == installed ]]; }
installed_set() { dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' | sort; }

for pkg in "${PACKAGES[@]}"; do
    installed "$pkg" && fail "$pkg is already installed; this check installs and purges it, remove it first"
done

WORK=$(mktemp -d -t stardeck-package-check.XXXXXX)
chmod 755 "$WORK" # apt's _apt user reads the .deb files from here
INSTALLED_BY_US=0
cleanup() {
    local status=$?
    if ((INSTALLED_BY_US)) && ((status != 0)); then
        log "purging the packages after a failure"
        apt_get purge "${PACKAGES[@]}" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

# --- tools
missing=()
for tool in "${TOOLS[@]}"; do
    installed "$tool" || missing+=("$tool")
done
if ((${#missing[@]})); then
    log "installing check tools: ${missing[*]}"
    apt_get update >/dev/null
    apt_get install --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build (the same configuration as scripts/build.sh, so test.sh can reuse the directory)
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    log "configuring $BUILD_DIR"
    ./scripts/install-deps.sh
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTARDECK_WERROR=ON >/dev/null
fi
grep -q '^STARDECK_BUILD_GUI:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" ||
    fail "$BUILD_DIR is configured with STARDECK_BUILD_GUI=OFF; the packages need the desktop app"
log "building the packaged targets in $BUILD_DIR"
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target stardeck stardeck-cli stardeck-sandbox stardeck_man_pages >/dev/null
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[[ -n "$VERSION" ]] || fail "no project version in $BUILD_DIR/CMakeCache.txt"

# --- cmake --install into a DESTDIR: the layout, and nothing but the packaged files
log "cmake --install into a DESTDIR"
DESTDIR="$WORK/destdir" cmake --install "$BUILD_DIR" --prefix /usr >/dev/null
(cd "$WORK/destdir" && find . -type f -o -type l | sed 's|^\./|/|' | sort) >"$WORK/destdir.list"
EXPECTED=(
    /usr/bin/stardeck /usr/bin/stardeck-cli /usr/bin/stardeck-sandbox
    "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/man/man1/stardeck.1.gz /usr/share/man/man1/stardeck-cli.1.gz
    /usr/share/man/man1/stardeck-sandbox.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    EXPECTED+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for file in "${EXPECTED[@]}"; do
    grep -qxF "$file" "$WORK/destdir.list" || fail "cmake --install did not install $file"
done
if grep -vE '^/usr/(bin/stardeck(-cli|-sandbox)?|share/(applications|metainfo|icons/hicolor|man/man1|doc/stardeck(-cli|-sandbox)?)/)' \
    "$WORK/destdir.list"; then
    fail "cmake --install installed files outside the expected layout (above)"
fi
log "DESTDIR layout ok: $(wc -l <"$WORK/destdir.list") files"

# --- the packages
log "building the .deb packages (cpack)"
rm -rf "$BUILD_DIR/packages"
(cd "$BUILD_DIR" && cpack -G DEB >"$WORK/cpack.log" 2>&1) || {
    cat "$WORK/cpack.log" >&2
    fail "cpack failed"
}
DEBS=()
for pkg in "${PACKAGES[@]}"; do
    deb=$(find "$BUILD_DIR/packages" -maxdepth 1 -name "${pkg}_${VERSION}-*_*.deb" | head -n 1)
    [[ -n "$deb" ]] || fail "cpack made no package $pkg ($VERSION)"
    cp "$deb" "$WORK/"
    DEBS+=("$WORK/$(basename "$deb")")
done
for deb in "${DEBS[@]}"; do
    name=$(dpkg-deb -f "$deb" Package)
    for field in Version Architecture Maintainer Section Priority Depends Description; do
        [[ -n "$(dpkg-deb -f "$deb" "$field")" ]] || fail "$name has no $field field"
    done
    # Depends comes from dpkg-shlibdeps: the binary's own libraries with versions.
    # (Outputs are read into variables first: with pipefail, `producer | grep -q` fails when grep
    # stops reading early and the producer gets SIGPIPE.)
    depends=$(dpkg-deb -f "$deb" Depends)
    grep -q 'libqt6core6 (>=' <<<"$depends" || fail "$name: Depends was not computed by shlibdeps"
    dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$WORK/$name.contents"
    if grep -E '(tst_|bench|fuzz|\.a$|\.h$|/include/|/lib/cmake/|\.so)' "$WORK/$name.contents"; then
        fail "$name contains test, benchmark, static library or header files (above)"
    fi
    # Run-time pieces no direct library link of the wallet names: QtWebEngineProcess, the SVG icon
    # engine, the SQLite driver of the sandbox's --data.
    case "$name" in
    stardeck) needs=(libqt6webenginecore6-bin libqt6svg6) ;;
    stardeck-sandbox) needs=(libqt6sql6-sqlite) ;;
    *) needs=() ;;
    esac
    for need in "${needs[@]}"; do
        tr ',' '\n' <<<"$depends" | grep -E "^ *$need( |$)" >/dev/null || fail "$name does not depend on $need"
    done
    mkdir -p "$WORK/x/$name"
    dpkg-deb -x "$deb" "$WORK/x/$name"
    for binary in "$WORK/x/$name"/usr/bin/*; do
        sections=$(readelf -S "$binary")
        if grep -q '\.debug_info' <<<"$sections"; then
            fail "$name: $(basename "$binary") is not stripped"
        fi
    done
    log "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, Section $(dpkg-deb -f "$deb" Section), Depends $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | wc -l) packages"
done

# --- lints on the packaged files
GUI_ROOT="$WORK/x/stardeck"
log "desktop-file-validate $APP_ID.desktop"
desktop-file-validate "$GUI_ROOT/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
grep -qx 'MimeType=x-scheme-handler/stardeck;' "$GUI_ROOT/usr/share/applications/$APP_ID.desktop" ||
    fail "the .desktop file does not register x-scheme-handler/stardeck"
log "appstreamcli validate --no-net $APP_ID.metainfo.xml"
appstreamcli validate --no-net "$GUI_ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    fail "appstreamcli validate"
# The installed tree as a whole: the metainfo's launchable and icon against the desktop file and icons.
appstreamcli validate-tree --no-net "$GUI_ROOT" >"$WORK/validate-tree.log" 2>&1 || {
    cat "$WORK/validate-tree.log" >&2
    fail "appstreamcli validate-tree"
}
for name in "${PACKAGES[@]}"; do
    for page in "$WORK/x/$name"/usr/share/man/man1/*.1.gz; do
        # groff -ww: every warning; a clean page prints nothing.
        if ! zcat "$page" | groff -man -ww -z 2>"$WORK/groff.log" || [[ -s "$WORK/groff.log" ]]; then
            cat "$WORK/groff.log" >&2
            fail "$(basename "$page") does not render cleanly"
        fi
        rendered=$(man -l "$page" 2>/dev/null)
        grep -q '^NAME' <<<"$rendered" || fail "man -l $(basename "$page") shows no NAME section"
    done
done
log "man pages render cleanly"

log "checking the Flatpak manifest"
python3 - "$ROOT/packaging/flatpak/$APP_ID.json" "$APP_ID" <<'PY' || fail "Flatpak manifest"
import json, re, sys
path, app_id = sys.argv[1], sys.argv[2]
try:
    m = json.load(open(path, encoding="utf-8"))
except ValueError as e:
    sys.exit(f"{path}: not valid JSON: {e}")
errors = []
def need(cond, what):
    if not cond:
        errors.append(what)
for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    need(key in m, f"missing field {key}")
need(m.get("id") == app_id, f"id is not {app_id}")
need(m.get("runtime") in ("org.kde.Platform", "org.freedesktop.Platform"), "runtime is not KDE or Freedesktop")
need(m.get("command") == "stardeck", "command is not stardeck")
args = m.get("finish-args", [])
for arg in ("--share=network", "--talk-name=org.freedesktop.secrets", "--share=ipc"):
    need(arg in args, f"finish-args lacks {arg}")
need(any(a.startswith("--socket=") for a in args), "finish-args gives no display socket")
modules = m.get("modules", [])
need(bool(modules) and modules[-1].get("name") == "stardeck", "the last module is not stardeck")
for mod in modules:
    name = mod.get("name", "?")
    need("name" in mod and "buildsystem" in mod and mod.get("sources"), f"module {name}: name/buildsystem/sources")
    for src in mod.get("sources", []):
        if src.get("type") in ("archive", "file"):
            need(re.fullmatch(r"https://\S+", src.get("url", "")) is not None, f"module {name}: https url")
            need(re.fullmatch(r"[0-9a-f]{64}", src.get("sha256", "")) is not None, f"module {name}: sha256")
if errors:
    sys.exit("\n".join(f"{path}: {e}" for e in errors))
print(f"package-check: Flatpak manifest ok: {len(modules)} modules, {len(args)} finish-args")
PY

# --- install with apt, as a user would
installed_set >"$WORK/before.list"
log "apt-get install ${DEBS[*]##*/}"
INSTALLED_BY_US=1
apt_get install --no-install-recommends "${DEBS[@]}" >"$WORK/apt-install.log" 2>&1 || {
    cat "$WORK/apt-install.log" >&2
    fail "apt-get install"
}
installed_set >"$WORK/after.list"
PULLED=$(comm -13 "$WORK/before.list" "$WORK/after.list" | grep -vxE 'stardeck(-cli|-sandbox)?' || true)
[[ -z "$PULLED" ]] || log "apt also installed: $(echo "$PULLED" | tr '\n' ' ')"

for pkg in "${PACKAGES[@]}"; do
    [[ "$(command -v "$pkg")" == "/usr/bin/$pkg" ]] || fail "$pkg is not on PATH as /usr/bin/$pkg"
done
out=$(stardeck-cli --version || true)
[[ "$out" == "stardeck-cli $VERSION" ]] || fail "stardeck-cli --version: $out"
log "$out"
out=$(stardeck-sandbox --version || true)
[[ "$out" == "stardeck-sandbox $VERSION" ]] ||
    fail "stardeck-sandbox --version: $out"
log "$out"
# The crypto core through the installed CLI: Pedersen hash of the README's vector.
out=$(printf '%s\n' '{"op":"pedersen","a":"0x3d937c035c878245caf64531a5756109c53068da139362728feb561405371cb","b":"0x208a0a10250e382e1e4bbe2880906c2791bf6275695e02fbbc6aeff9cd8b31a"}' |
    stardeck-cli crypto batch)
[[ "$out" == '{"hash":"0x030e480bed5fe53fa909cc0f8c4d99b8f9f2c016be4c41e13a4848797979c662"}' ]] ||
    fail "stardeck-cli crypto batch pedersen: $out"
log "stardeck-cli crypto batch: Pedersen vector ok"
# The installed sandbox starts and announces its port.
coproc SANDBOX { exec stardeck-sandbox --nfts 10 2>/dev/null; }
# shellcheck disable=SC2153 # set by coproc
sandbox_pid=$SANDBOX_PID
read -r -t 30 line <&"${SANDBOX[0]}" || line=""
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
[[ "$line" =~ ^stardeck-sandbox\ listening\ on\ http://127\.0\.0\.1:[0-9]+ ]] ||
    fail "stardeck-sandbox did not announce its port: $line"
log "stardeck-sandbox: $line"
if installed desktop-file-utils && [[ -f /usr/share/applications/mimeinfo.cache ]]; then
    grep -q "^x-scheme-handler/stardeck=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache ||
        fail "mimeinfo.cache does not list $APP_ID.desktop for x-scheme-handler/stardeck"
    log "stardeck:// is registered (mimeinfo.cache)"
fi
if [[ -d /usr/share/man/man1 ]] && [[ -f /usr/share/man/man1/stardeck-cli.1.gz ]]; then
    man -w stardeck-cli >/dev/null || fail "man -w stardeck-cli"
else
    log "man pages are excluded by this system's dpkg configuration; checked in the package instead"
fi

# The installed GUI on the embedded demo sandbox, offscreen, in a throwaway home.
log "starting the installed stardeck offscreen"
GUI_HOME="$WORK/home"
mkdir -p "$GUI_HOME/run"
chmod 700 "$GUI_HOME/run"
GUI_ENV=(HOME="$GUI_HOME" XDG_CONFIG_HOME="$GUI_HOME/.config" XDG_DATA_HOME="$GUI_HOME/.local/share"
    XDG_CACHE_HOME="$GUI_HOME/.cache" XDG_RUNTIME_DIR="$GUI_HOME/run" QT_QPA_PLATFORM=offscreen
    STARDECK_SECRET_STORE=file STARDECK_PASSPHRASE=package-check LC_ALL=C.UTF-8 LANGUAGE=en
    QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu)
[[ $(id -u) -ne 0 ]] || GUI_ENV+=(QTWEBENGINE_DISABLE_SANDBOX=1) # Chromium's sandbox refuses root
out=$(env "${GUI_ENV[@]}" stardeck --version 2>/dev/null || true)
[[ "$out" == "Stardeck $VERSION" ]] ||
    fail "stardeck --version: $out"
log "$out"
SHOT="$WORK/stardeck.png"
if ! env "${GUI_ENV[@]}" timeout 150 stardeck --auto-login demo@stardeck.test --screenshot "$SHOT" \
    >"$WORK/gui.log" 2>&1; then
    tail -n 40 "$WORK/gui.log" >&2
    fail "the installed stardeck did not show its window"
fi
size=$(python3 - "$SHOT" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(32)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit("not a PNG")
print("%dx%d" % struct.unpack(">II", data[16:24]))
PY
) || fail "$SHOT is not a PNG"
log "the installed stardeck showed its window: ${size} PNG, $(du -k "$SHOT" | cut -f1) KiB"
if [[ -n "${STARDECK_PACKAGE_CHECK_SCREENSHOT:-}" ]]; then
    cp "$SHOT" "$STARDECK_PACKAGE_CHECK_SCREENSHOT" # e.g. for a CI artifact
fi

# The man pages stay true to --help: every long option the installed program lists is documented.
help_matches_man() { # <name> <help text>
    local name=$1 help=$2 page="$WORK/x/$1/usr/share/man/man1/$1.1.gz" text option missing=()
    text=$(zcat "$page" | sed 's/\\-/-/g')
    while read -r option; do
        grep -qF -- "$option" <<<"$text" || missing+=("$option")
    done < <(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
    ((${#missing[@]} == 0)) || fail "$name.1 does not document ${missing[*]} (from $name --help)"
}
help_matches_man stardeck-cli "$(stardeck-cli --help)"
help_matches_man stardeck-sandbox "$(stardeck-sandbox --help)"
help_matches_man stardeck "$(env "${GUI_ENV[@]}" stardeck --help 2>/dev/null)"
log "the man pages document every option of --help"

# --- purge, and check that nothing remains
log "apt-get purge ${PACKAGES[*]}"
apt_get purge "${PACKAGES[@]}" >"$WORK/apt-purge.log" 2>&1 || {
    cat "$WORK/apt-purge.log" >&2
    fail "apt-get purge"
}
INSTALLED_BY_US=0
if [[ -n "$PULLED" ]]; then
    # Only what this check's install pulled in, so the machine is as before.
    # shellcheck disable=SC2086
    apt_get purge $PULLED >/dev/null 2>&1 || true
fi
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ -z "$status" || "$status" == not-installed ]] || fail "$pkg is still $status after purge"
    while read -r file; do
        [[ -z "$file" || "$file" == */ ]] && continue
        [[ ! -e "$file" && ! -L "$file" ]] || fail "$file is still there after purge"
    done <"$WORK/$pkg.contents"
done
if [[ -f /usr/share/applications/mimeinfo.cache ]] && grep -q "$APP_ID" /usr/share/applications/mimeinfo.cache; then
    fail "mimeinfo.cache still lists $APP_ID after purge"
fi
log "purged: no file of the packages remains"

log "all checks passed in $(($(date +%s) - START)) s"
