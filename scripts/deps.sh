#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Inkwell needs to build, run and test.
# Idempotent: only missing packages are installed; nothing else is downloaded.
set -eu

PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite nlohmann-json3-dev libsimdjson-dev qtkeychain-qt6-dev
libcmark-gfm-dev libcmark-gfm-extensions-dev libsource-highlight-dev libzip-dev
libyaml-cpp-dev libdtl-dev libqpdf-dev libpoppler-qt6-dev libicu-dev
qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
qml6-module-qtquick-dialogs qml6-module-qtquick-templates qml6-module-qtquick-window
qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qtcore
qml6-module-qt-labs-folderlistmodel
qt6-qpa-plugins qt6-image-formats-plugins qt6-translations-l10n fonts-noto-cjk fonts-symbola
dpkg-dev"
# The packaging checks: install tracing, completions, desktop and AppStream
# validators, man page rendering, file(1) on the packaged executables;
# PDF text extraction and JSON Schema validation for the export checks;
# clang and its libFuzzer runtime for the fuzz smoke test of the network layer
# and the template parser; clang-format, clang-tidy and QtQml's type information
# (qml6-module-qtqml, for qmllint) for the style checks;
# the QtTest QML module for the Qt Quick tests.
TEST_PACKAGES="xvfb dbus dbus-x11 gnome-keyring libsecret-tools qml6-module-qttest
strace bash-completion desktop-file-utils appstream man-db file
poppler-utils python3-jsonschema
clang libclang-rt-14-dev clang-format clang-tidy qml6-module-qtqml"

wanted="$PACKAGES"
[ "${1:-}" = "--test" ] && wanted="$PACKAGES $TEST_PACKAGES"

missing=""
for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
