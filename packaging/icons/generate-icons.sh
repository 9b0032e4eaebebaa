#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders resources/icons/stardeck.svg into the hicolor PNG sizes checked in under packaging/icons/hicolor/.
# Reproducible: rsvg-convert (Debian package librsvg2-bin) renders the same bytes for the same SVG and
# version, and the PNGs carry no timestamp chunk. Run it after changing the SVG, then commit the PNGs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

APP_ID=org.stardeck.Stardeck
SVG=resources/icons/stardeck.svg
OUT=packaging/icons/hicolor
SIZES=(16 22 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "generate-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
fi

for size in "${SIZES[@]}"; do
    dir="$OUT/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "$dir/$APP_ID.png" "$SVG"
    echo "generate-icons: $dir/$APP_ID.png"
done
