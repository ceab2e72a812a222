#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file has drifted from the repository's .clang-format.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || { echo "$CLANG_FORMAT is not installed (scripts/deps.sh --test)"; exit 1; }
# The tracked files; outside a checkout of this repository (a source tarball,
# even one unpacked inside another checkout), every source file found.
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || true)
[ -n "$files" ] || files=$(find app src ui tests bench fuzz -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no C++ files found"; exit 1; }
out=$(echo "$files" | xargs "$CLANG_FORMAT" --dry-run 2>&1 || true)
if [ -n "$out" ]; then
    echo "$out" | grep 'warning:' | cut -d: -f1 | sort | uniq -c | sed 's/^/drifted: /'
    echo "Run: git ls-files '*.cpp' '*.h' | xargs clang-format -i"
    exit 1
fi
echo "$(echo "$files" | wc -l) files match .clang-format"
