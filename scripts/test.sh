#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Inkwell and runs the whole test suite
# headless (offscreen Qt, a private D-Bus session with gnome-keyring).
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default -j 2 --no-tests=error
