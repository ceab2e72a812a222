#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Inkwell and launches it. Extra arguments go
# to inkwell, e.g.: scripts/run.sh --base-url http://127.0.0.1:8080
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target inkwell inkwell-cli
exec build/app/inkwell "$@"
