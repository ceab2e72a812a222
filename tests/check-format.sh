#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file has drifted from the repository's .clang-format.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app src ui tests bench fuzz -name '*.cpp' -o -name '*.h')
out=$(echo "$files" | xargs "$CLANG_FORMAT" --dry-run 2>&1 || true)
if [ -n "$out" ]; then
    echo "$out" | grep 'warning:' | cut -d: -f1 | sort | uniq -c | sed 's/^/drifted: /'
    echo "Run: git ls-files '*.cpp' '*.h' | xargs clang-format -i"
    exit 1
fi
echo "$(echo "$files" | wc -l) files match .clang-format"
