#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the PDF fixtures of tst_documents from a real PDF that nobody here
# wrote: the Shared MIME-info Database specification as Debian 12 ships it
# (shared-mime-info, GPL-2.0-or-later; pdfTeX, 17 pages). Needs poppler-utils
# (pdfseparate, pdftocairo), Ghostscript and ImageMagick's convert (whose
# Debian policy refuses to write PDF, hence Ghostscript's viewjpeg.ps).
# usage: make-pdfs.sh   (from this folder; the outputs are committed)
set -eu
spec=/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$spec" shared-mime-info-spec.pdf
# The first 50,000 bytes: pages begun, no cross-reference table, no %%EOF.
head -c 50000 "$spec" > truncated.pdf

pdfseparate -f 1 -l 1 "$spec" "$work/page1.pdf"
# A user password (RC4, Ghostscript's default): nothing opens without it.
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOwnerPassword=owner -sUserPassword=secret \
    -o encrypted.pdf "$work/page1.pdf"
# An owner password alone, copying forbidden: opens, and its text is read.
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOwnerPassword=owner -dEncryptionR=3 -dKeyLength=128 -dPermissions=-3904 \
    -o owner-password.pdf "$work/page1.pdf"

# "Scanned": two pages rendered to grey pictures and put back as images only.
pdftocairo -png -r 50 -gray -f 1 -l 2 "$spec" "$work/scan"
for p in "$work"/scan-*.png; do convert "$p" -quality 40 "${p%.png}.jpg"; done
viewjpeg=$(find /usr/share/ghostscript -name viewjpeg.ps | head -1)
page() { echo "($1) << /PageSize 2 index viewJPEGgetsize 2 array astore >> setpagedevice viewJPEG showpage"; }
gs -q -dNOSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o scanned.pdf "$viewjpeg" \
    -c "$(page "$work/scan-01.jpg") $(page "$work/scan-02.jpg")"
