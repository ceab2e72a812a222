#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a DESTDIR staging root gives a complete, valid install
# that runs without reading a single file of the build or source tree.
# usage: check-install.sh BUILD_DIR SOURCE_DIR VERSION
set -u
build=$1 source=$2 version=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stage=$tmp/stage
id=io.github.inkwell.Inkwell

DESTDIR=$stage cmake --install "$build" --prefix /usr > "$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }

for f in bin/inkwell bin/inkwell-cli \
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg \
    share/icons/hicolor/{32x32,48x48,64x64,128x128,256x256}/apps/$id.png \
    share/man/man1/inkwell.1.gz share/man/man1/inkwell-cli.1.gz \
    share/bash-completion/completions/inkwell share/bash-completion/completions/inkwell-cli \
    share/doc/inkwell/copyright share/doc/inkwell/templates.md; do
    [ -s "$stage/usr/$f" ] || fail "not installed: /usr/$f"
done
# Nothing a user should not get: test programs, static libraries, headers.
extra=$(cd "$stage/usr" && find . -type f | grep -vE '^\./(bin/inkwell(-cli)?|share/(applications|metainfo|icons|man|bash-completion|doc)/)')
[ -z "$extra" ] || fail "unexpected files installed: $extra"

desktop-file-validate "$stage/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$stage/usr/share/metainfo/$id.metainfo.xml" > "$tmp/as.log" 2>&1 \
    || { cat "$tmp/as.log"; fail "appstreamcli validate"; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$stage/usr/share/metainfo/$id.metainfo.xml" \
    || fail "metainfo does not launch $id.desktop"

# One version everywhere, from CMake's project().
[ "$("$stage/usr/bin/inkwell-cli" --version)" = "inkwell-cli $version" ] || fail "inkwell-cli --version"
[ "$("$stage/usr/bin/inkwell" --version)" = "inkwell $version" ] || fail "inkwell --version"
grep -q "<release version=\"$version\"" "$stage/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo release"
for page in inkwell inkwell-cli; do
    zcat "$stage/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"Inkwell $version\"" || fail "$page.1 version"
done

# Run both from the staging root, in a neutral directory, and watch every file they touch.
cd "$tmp" || exit 1
export QT_QPA_PLATFORM=offscreen
mkdir -p "$tmp/home"
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config XDG_CACHE_HOME=$tmp/home/cache
strace -f -qq -e trace=%file -o "$tmp/gui.trace" \
    "$stage/usr/bin/inkwell" --screenshot "$tmp/shot.png" > "$tmp/gui.log" 2>&1 || { cat "$tmp/gui.log"; fail "installed inkwell did not run"; }
[ -s "$tmp/shot.png" ] || fail "installed inkwell rendered nothing"
[ -s "$XDG_DATA_HOME/inkwell/inkwell.sqlite3" ] || fail "installed inkwell made no database in XDG_DATA_HOME"
strace -f -qq -e trace=%file -o "$tmp/cli.trace" \
    "$stage/usr/bin/inkwell-cli" conversations list > "$tmp/cli.log" 2>&1 || { cat "$tmp/cli.log"; fail "installed inkwell-cli did not run"; }
for trace in "$tmp/gui.trace" "$tmp/cli.trace"; do
    leaked=$(grep -F -e "\"$build" -e "\"$source" "$trace" | grep -vF "\"$stage" | head -5)
    [ -z "$leaked" ] || fail "$(basename "$trace" .trace) read the build or source tree: $leaked"
done

[ $status = 0 ] && echo "install in $stage is complete and self-contained"
exit $status
