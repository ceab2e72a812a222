#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# qmllint over every QML file of the app (ui/qml) and of the Qt Quick tests
# (tests/ui/qml), with the build's type information: the Inkwell module's
# qmldir and qmltypes (made by the build) and Qt's own modules. Fails on any
# warning that is not in the short list of Qt 6.4 false positives below.
#
# usage: check-qmllint.sh QMLLINT SOURCE_DIR UI_BINARY_DIR QT_QML_DIR
#   UI_BINARY_DIR  the binary dir of ui/ (holds Inkwell/qmldir and .rcc/)
#   QT_QML_DIR     Qt's QML import path (/usr/lib/x86_64-linux-gnu/qt6/qml)
# The same as the build's own target: cmake --build build --target all_qmllint
set -eu
QMLLINT=${1:?qmllint} src=${2:?source dir} ui=${3:?ui binary dir} qtqml=${4:?Qt QML dir}

if [ ! -f "$ui/Inkwell/qmldir" ] || [ ! -f "$ui/Inkwell/inkwell_ui.qmltypes" ]; then
    echo "no Inkwell module in $ui: build first (cmake --build build)"
    exit 1
fi
# Timer, Connections, Binding and the Qt namespace's enums are described by
# QtQml's plugins.qmltypes, which Debian ships apart (qml6-module-qtqml; the
# app itself runs without it). Without it every one of those is a warning.
if [ ! -f "$qtqml/QtQml/plugins.qmltypes" ]; then
    echo "$qtqml/QtQml/plugins.qmltypes is missing: install qml6-module-qtqml (scripts/deps.sh)"
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Known false positives of qmllint 6.4, each a message (a Perl regex), the
# text the warning points at and, optionally, the files (regexes, tab-separated). Keep this short: fix the QML
# instead wherever that is possible, and delete an entry once it matches
# nothing (the check fails on an entry no warning needs).
cat > "$tmp/allowed" <<'LIST'
# 6.4's builtins.qmltypes has no 64-bit integer, so every qint64 property of the
# C++ models and controllers (ids, counts) is "not found". Qt 6.5 knows it.
^Type "qlonglong" of property "\w+" not found	.*
# Enums of a value type exported with a capital name (QKeySequence as
# StandardKey) read as an unqualified id; StandardKey.Save is the documented use.
^Unqualified access$	StandardKey
# Qt.callLater is declared as a QJSValue property in QtQml's qmltypes of 6.4.
^Property "callLater" is a QJSValue property	callLater
# DialogButtonBox's roles come from an extension namespace
# (QPlatformDialogHelper) that 6.4's qmllint does not search.
^Property "\w+Role" not found on type "DialogButtonBox"	\w+Role
# 6.4's Qt types know no QAbstractListModel, so a model is not seen to be a
# QObject (Connections.target). Later Qt ship its type information.
^Cannot assign binding of type Inkwell::\w+Model to QObject	.*
# A contentItem with ids inside is created at once instead of deferred: a
# hint, not an error (Qt 6.5+ report it as info, not as a warning). Our
# contentItems replace the style's and need their ids.
^Cannot defer property assignment to "contentItem"	.*
# qmllint 6.4 calls a document's ids unqualified inside a Component, and its
# cure, pragma ComponentBehavior: Bound, breaks Loader in 6.4 ("Cannot
# instantiate bound component outside its creation context"), and so it does
# a ListView's section.delegate and header. So these files, whose Loaders load
# inline Components (DraftList: sections, DraftVersions: a header), reach the
# document's ids the old way.
^Unqualified access$	root|block|row|list|editorLoader|conversationMenu|pointerProxy|confirm	(MarkdownView|MessageDelegate|Sidebar|TemplateField|ConversationDelegate|DraftList|DraftVersions)\.qml$
LIST

# Exit status 255 only means "there were warnings": the JSON says which.
for f in "$src"/ui/qml/*.qml "$src"/tests/ui/qml/*.qml; do
    if [ -f "$f" ]; then echo "$f"; fi
done > "$tmp/files"
set -- $(for r in "$ui"/.rcc/*.qrc; do printf -- '--resource %s ' "$r"; done)
# shellcheck disable=SC2046
(cd "$src/ui" && "$QMLLINT" --bare -I "$ui" -I "$qtqml" "$@" --json "$tmp/lint.json" $(cat "$tmp/files")) > "$tmp/out" 2>&1 || true
if [ ! -s "$tmp/lint.json" ]; then
    echo "qmllint gave no report:"
    cat "$tmp/out"
    exit 1
fi

cat > "$tmp/check.pl" <<'PERL'
use strict; use warnings;
use JSON::PP;
binmode STDOUT, ':encoding(UTF-8)';
my ($json, $list, $nfiles) = @ARGV;
my @allowed;
open my $lf, '<', $list or die;
while (<$lf>) {
    chomp;
    next if /^#/ || !/\S/;
    my ($message, $token, $files) = split /\t/;
    $files //= '';
    push @allowed, { message => qr/$message/, token => qr/^(?:$token)$/, files => qr/$files/,
                     text => $_, used => 0 };
}
open my $jf, '<', $json or die;
my $report = decode_json(do { local $/; <$jf> });
my ($bad, $kept, $files) = (0, 0, 0);
for my $file (@{ $report->{files} }) {
    $files++;
    my @lines;
    if (open my $fh, '<:encoding(UTF-8)', $file->{filename}) { @lines = <$fh> }
    for my $w (@{ $file->{warnings} }) {
        next if $w->{type} eq 'info';
        my $line = $w->{line} ? $lines[$w->{line} - 1] // '' : '';
        my $token = $w->{column} ? substr($line, $w->{column} - 1, $w->{length} // 0) : '';
        my ($hit) = grep { $w->{message} =~ $_->{message} && $token =~ $_->{token} && $file->{filename} =~ $_->{files} } @allowed;
        if ($hit) { $hit->{used}++; $kept++; next }
        printf "%s:%d:%d: %s: %s [%s]\n", $file->{filename}, $w->{line} // 0, $w->{column} // 0,
            $w->{type}, $w->{message}, $token;
        $bad++;
    }
}
for my $a (grep { !$_->{used} } @allowed) {
    print "allowed but never seen (delete it from check-qmllint.sh): $a->{text}\n";
    $bad++;
}
if ($files != $nfiles) {
    print "qmllint reported on $files of $nfiles files\n";
    $bad++;
}
print "qmllint: $files QML files, ", ($bad ? "$bad problem(s)" : "clean"),
      " ($kept known Qt 6.4 false positives)\n";
exit($bad ? 1 : 0);
PERL
perl "$tmp/check.pl" "$tmp/lint.json" "$tmp/allowed" "$(wc -l < "$tmp/files")"
