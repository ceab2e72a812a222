#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a .deb into a fresh Debian 12 root and starts both executables
# there, offscreen. Needs root and Debian's mirror; not part of the test suite.
# usage: packaging/check-clean-install.sh path/to/inkwell_VERSION-1_ARCH.deb [ROOT]
set -eu
deb=$(readlink -f "$1")
root=${2:-$(mktemp -d /tmp/inkwell-clean.XXXXXX)}
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cleanup() { for m in dev sys proc; do umount "$root/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for m in proc sys dev; do mountpoint -q "$root/$m" || mount --bind "/$m" "$root/$m"; done
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/"
chroot "$root" sh -ec "
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q /root/$(basename "$deb")
    inkwell --version
    inkwell-cli --version
    cd /tmp
    QT_QPA_PLATFORM=offscreen inkwell --data-dir /tmp/check --screenshot /tmp/inkwell-en.png
    QT_QPA_PLATFORM=offscreen inkwell --data-dir /tmp/check --language zh_CN --screenshot /tmp/inkwell-zh_CN.png
    inkwell-cli conversations list --data-dir /tmp/check
"
echo "installed and started in $root; look at $root/tmp/inkwell-en.png and $root/tmp/inkwell-zh_CN.png"
