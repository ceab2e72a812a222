#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release .deb and the source tarball into build-release/.
# Installs missing Debian packages first (scripts/deps.sh); downloads nothing else.
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release
cmake --build --preset release
cpack --preset release
(cd build-release && cpack --config CPackSourceConfig.cmake)
ls -l build-release/inkwell_*.deb build-release/inkwell-*.tar.gz
