#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a UI string is missing from a .ts file (run the build target
# update_translations and translate it) or a translation is unfinished.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$LUPDATE" -silent -no-obsolete -locations none "$src/ui" "$src/src" "$src/app" -ts "$tmp/fresh.ts" >/dev/null
strings() { grep -o '<source>.*</source>' "$1" | sort -u; }
strings "$tmp/fresh.ts" > "$tmp/wanted"
status=0
for ts in "$src"/translations/inkwell_*.ts; do
    strings "$ts" > "$tmp/have"
    if ! diff -u "$tmp/have" "$tmp/wanted" > "$tmp/diff"; then
        echo "$(basename "$ts") is out of date with the sources (lines with + are missing):"
        grep '^[+-]<' "$tmp/diff"
        status=1
    fi
    if grep -q 'type="unfinished"' "$ts"; then
        echo "$(basename "$ts") has unfinished translations:"
        grep -B1 'type="unfinished"' "$ts" | grep '<source>'
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations up to date: $(wc -l < "$tmp/wanted") strings in $(ls "$src"/translations/inkwell_*.ts | wc -l) languages"
exit $status
