#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a UI string is missing from a .ts file (run the build target
# update_translations and translate it), a translation is unfinished or is
# the English again, or QML shows a literal string outside qsTr.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$LUPDATE" -silent -no-obsolete -locations none "$src/ui" "$src/src" "$src/app" -ts "$tmp/fresh.ts" >/dev/null
# Each string with its context: Qt looks a translation up by both, so a
# string moved to another file is untranslated there until the .ts follows.
strings() {
    awk '/<name>/ { sub(/.*<name>/, ""); sub(/<\/name>.*/, ""); ctx = $0 }
         /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src); print ctx ": " src }' "$1" | sort -u
}
strings "$tmp/fresh.ts" > "$tmp/wanted"
status=0
for ts in "$src"/translations/inkwell_*.ts; do
    strings "$ts" > "$tmp/have"
    if ! diff -u "$tmp/have" "$tmp/wanted" > "$tmp/diff"; then
        echo "$(basename "$ts") is out of date with the sources (lines with + are missing):"
        grep '^[+-][^+-]' "$tmp/diff"
        status=1
    fi
    if grep -q 'type="unfinished"' "$ts"; then
        echo "$(basename "$ts") has unfinished translations:"
        grep -B1 'type="unfinished"' "$ts" | grep '<source>'
        status=1
    fi
done

# Shown text in QML that lupdate never sees: literal strings in text:, title:,
# placeholderText:, ToolTip.text:, Accessible.name: and the like, outside qsTr.
cat > "$tmp/qml.pl" <<'PERL'
use strict; use warnings;
binmode STDOUT, ':encoding(UTF-8)';
my $props = qr/(?:text|title|placeholderText|ToolTip\.text|Accessible\.name|Accessible\.description|displayText|label|description)/;
# Words that are the same in every language: the app's name, formats, glyph labels.
my %allowed = map { $_ => 1 } qw(Inkwell Markdown PDF JSON HTML A Aa);
my $bad = 0;
# The expression from $s up to a ; or } outside strings (or the line's end).
sub expression {
    my ($s) = @_;
    my $out = ''; my $q = '';
    for (my $k = 0; $k < length $s; $k++) {
        my $c = substr $s, $k, 1;
        if ($q) { $out .= $c; if ($c eq '\\') { $out .= substr $s, ++$k, 1 } elsif ($c eq $q) { $q = '' } next }
        last if $c eq ';' || $c eq '}';
        last if $c eq '/' && substr($s, $k + 1, 1) eq '/';
        $q = $c if $c eq '"' || $c eq "'";
        $out .= $c;
    }
    return $out;
}
for my $file (@ARGV) {
    open my $fh, '<:encoding(UTF-8)', $file or die "$file: $!";
    my @lines = <$fh>;
    for (my $i = 0; $i < @lines; $i++) {
        while ($lines[$i] =~ /(?:^|[{;])\s*$props\s*:(?!:)/g) {
            my $expr = expression(substr $lines[$i], pos $lines[$i]);
            # A ternary or sum goes on over lines that start with ? : + && ||.
            for (my $j = $i + 1; $j < @lines && $lines[$j] =~ /^\s*(?:[?:+]|&&|\|\|)\s/; $j++) {
                $expr .= ' ' . expression($lines[$j]);
            }
            $expr =~ s/\bqsTr(?:anslate|Id)?\s*\(\s*(?:"(?:[^"\\]|\\.)*"\s*,\s*)?"(?:[^"\\]|\\.)*"/qsTr(/g;
            while ($expr =~ /(===|!==|==|!=)?\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(?=\s*(===|!==|==|!=)?)/g) {
                next if defined $1 || defined $3;  # compared, not shown
                (my $lit = $2) =~ s/^.|.$//g;
                $lit =~ s/(?:\\)+\p{L}?//g;  # escapes: \n, \\t
                next if $lit =~ m{[<>]|://|^\{\{.*\}\}$};  # markup, addresses, {{name}}
                my @words = grep { /\p{L}/ } split /[^\p{L}]+/, $lit;
                next unless grep { !$allowed{$_} } @words;
                printf "%s:%d: not in qsTr: \"%s\"\n", $file, $i + 1, $lit;
                $bad = 1;
            }
        }
    }
}
exit $bad;
PERL
if ! perl "$tmp/qml.pl" "$src"/ui/qml/*.qml > "$tmp/literals"; then
    echo "QML shows text that is not wrapped in qsTr (so never translated):"
    cat "$tmp/literals"
    status=1
fi

# A Chinese "translation" that is the English source again, where the source
# has words: forgotten, unless every word is one of these, the same in every
# language (the app's name, file formats, parameter names as APIs spell them).
cat > "$tmp/same.pl" <<'PERL'
use strict; use warnings;
my %same = map { $_ => 1 } qw(Inkwell Markdown PDF JSON HTML Top Min P K YYYY MM DD md pdf json html KB MB);
local $/;
my $ts = <STDIN>;
my $bad = 0;
while ($ts =~ m{<message[^>]*>\s*<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>}sg) {
    my ($source, $translation) = ($1, $2);
    $translation =~ s{</?numerusform>}{}g;
    $translation =~ s/^\s+|\s+$//g;
    next unless $source eq $translation;
    next unless grep { !$same{$_} } grep { /[A-Za-z]/ } split /[^A-Za-z]+/, $source;
    print "  $source\n";
    $bad = 1;
}
exit $bad;
PERL
if [ -f "$src/translations/inkwell_zh_CN.ts" ] && ! perl "$tmp/same.pl" < "$src/translations/inkwell_zh_CN.ts" > "$tmp/same"; then
    echo "inkwell_zh_CN.ts has translations that are the English source unchanged:"
    cat "$tmp/same"
    status=1
fi

[ $status -eq 0 ] && echo "translations up to date: $(wc -l < "$tmp/wanted") strings in $(ls "$src"/translations/inkwell_*.ts | wc -l) languages; QML text all in qsTr"
exit $status
