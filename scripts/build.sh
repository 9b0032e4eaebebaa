#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing dependencies, then configures and builds Stardeck into ./build
# (or $STARDECK_BUILD_DIR) with Ninja, RelWithDebInfo and warnings as errors.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STARDECK_BUILD_DIR:-build}

./scripts/install-deps.sh
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTARDECK_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
