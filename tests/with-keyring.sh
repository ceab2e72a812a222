#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so keychain tests use the real Secret Service without touching the user's.
set -e
if [ -z "$INKWELL_IN_KEYRING" ]; then
    export INKWELL_IN_KEYRING=1
    exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'inkwell-test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
status=0
"$@" || status=$?
rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
exit $status
