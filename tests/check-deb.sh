#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` gives a package with honest control fields and the files of
# the install, owned by root, and nothing from the build machine.
# The source tarball holds every tracked file and no build output.
# usage: check-deb.sh BUILD_DIR SOURCE_DIR VERSION
set -u
build=$1 source=$2 version=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cpack -G DEB -B "$tmp" --config "$build/CPackConfig.cmake" > "$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/inkwell_"$version"-1_*.deb 2>/dev/null)
[ -f "$deb" ] || { cat "$tmp/cpack.log"; echo "FAIL: no inkwell_${version}-1_ARCH.deb"; exit 1; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = inkwell ] || fail "Package"
[ "$(field Version)" = "$version-1" ] || fail "Version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
[ "$(field Section)" = net ] || fail "Section"
[ "$(field Priority)" = optional ] || fail "Priority"
field Maintainer | grep -qE '^[^<]+ <[^@>]+@[^>]+>$' || fail "Maintainer is not 'Name <address>'"
[ -n "$(field Homepage)" ] || fail "Homepage"
[ "$(field Description | wc -l)" -gt 3 ] || fail "Description has no long part"

# Libraries from dpkg-shlibdeps (with versions), QML modules and plugins by name.
depends=$(field Depends)
for p in libqt6core6 libqt6gui6 libqt6network6 libqt6sql6 libqt6qml6 libqt6quick6 libqt6quickcontrols2-6 \
    libqt6keychain1 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libsimdjson14 libsource-highlight4v5 libzip4 libyaml-cpp0.7 \
    libqt6sql6-sqlite qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtcore; do
    grep -qE "(^|, )$p( \(|,|$)" <<< "$depends" || fail "Depends lacks $p"
done
grep -q 'libqt6core6 (>= ' <<< "$depends" || fail "Depends has no library versions (dpkg-shlibdeps did not run)"
grep -q 'fonts-noto-cjk' <<< "$(field Recommends)" || fail "Recommends lacks a CJK font"

dpkg-deb -c "$deb" > "$tmp/contents"
for f in ./usr/bin/inkwell ./usr/bin/inkwell-cli ./usr/share/applications/io.github.inkwell.Inkwell.desktop \
    ./usr/share/metainfo/io.github.inkwell.Inkwell.metainfo.xml ./usr/share/man/man1/inkwell-cli.1.gz \
    ./usr/share/bash-completion/completions/inkwell-cli ./usr/share/doc/inkwell/copyright \
    ./usr/share/icons/hicolor/scalable/apps/io.github.inkwell.Inkwell.svg; do
    grep -q " $f$" "$tmp/contents" || fail "not in the package: $f"
done
awk '{print $2}' "$tmp/contents" | grep -vx root/root && fail "files not owned by root/root"
# Stripped executables, no path of the build machine inside.
dpkg-deb -x "$deb" "$tmp/root"
file "$tmp/root/usr/bin/inkwell" | grep -q 'not stripped' && fail "inkwell is not stripped"
grep -l "$(cd "$build" && pwd)" -r "$tmp/root" && fail "the package names the build directory"

cpack --config "$build/CPackSourceConfig.cmake" -B "$tmp/src" > "$tmp/cpack-src.log" 2>&1 \
    || { cat "$tmp/cpack-src.log"; fail "source tarball"; }
tarball=$tmp/src/inkwell-$version.tar.gz
if [ -f "$tarball" ]; then
    tar tzf "$tarball" | sed "s|^inkwell-$version/||" | grep -v '/$' | sort > "$tmp/in-tarball"
    grep -E '^(build|build-[^/]*|_CPack_Packages|\.git|\.flatpak-builder|bench/node_modules)/' "$tmp/in-tarball" | head -3 \
        | while read -r f; do echo "FAIL: the source tarball contains $f"; done | grep . && status=1
    if git -C "$source" rev-parse --git-dir > /dev/null 2>&1; then
        git -C "$source" ls-files | sort > "$tmp/tracked"
        missing=$(comm -23 "$tmp/tracked" "$tmp/in-tarball" | head -5)
        [ -z "$missing" ] || fail "tracked files missing from the source tarball: $missing"
    fi
fi

[ $status = 0 ] && echo "$(basename "$deb") and $(basename "${tarball:-?}") are sound"
exit $status
