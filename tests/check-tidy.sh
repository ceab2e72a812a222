#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when clang-tidy, with the repository's .clang-tidy (bugprone,
# performance, modernize-use-nodiscard), finds anything in the product's
# code: src/, ui/ and app/ (tests and benchmarks are not held to it).
# usage: check-tidy.sh BUILD_DIR   (its compile_commands.json)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
RUN_CLANG_TIDY=${RUN_CLANG_TIDY:-run-clang-tidy}
command -v "$RUN_CLANG_TIDY" >/dev/null || { echo "$RUN_CLANG_TIDY is not installed (scripts/deps.sh --test)"; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json"; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Generated sources (moc, qmlcachegen, resources) are not ours to fix, and
# pdftextlayer.cpp is left out: qpdf 11's JSON.hh does not compile with
# clang 14 (a std::vector of the incomplete JSON type); GCC builds it.
"$RUN_CLANG_TIDY" -p "$build" -j 2 -quiet "^(?!.*/pdftextlayer\.cpp\$)$src/(src|ui|app)/.*\.cpp\$" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' > "$out" || true
if grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$out" | grep -v "^$build/" | grep -q .; then
    grep -v '^clang-tidy-[0-9]* \|^Running clang-tidy\|warnings generated\|^Suppressed\|^Use -header-filter\|^clang-apply' "$out"
    echo "clang-tidy found the above; fix them (or, for a false positive, say why in a NOLINT comment)."
    exit 1
fi
checked=$(grep -c '^clang-tidy' "$out" || true)
# A check that looked at nothing (no tool, no entries matched) must not pass.
if [ "$checked" -lt 50 ]; then
    cat "$out"
    echo "clang-tidy checked only $checked files; expected the whole of src/, ui/ and app/."
    exit 1
fi
echo "clang-tidy: $checked files clean"
