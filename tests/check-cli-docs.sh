#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages and the bash completions say what --help says: every option
# a command accepts is documented and completed, and nothing else is.
# usage: check-cli-docs.sh INKWELL_CLI INKWELL MAN_DIR COMPLETIONS_DIR
set -u
cli=$1 gui=$2 mandir=$3 compdir=$4
status=0
fail() { echo "FAIL: $*"; status=1; }

# Options from a --help text: the long form where a line has one (-h, --help → --help).
help_options() {
    sed -n '/^Options:/,/^$/p' | awk '/^ +-/ {
        n = split($0, w, /[ ,]+/); long = ""; short = ""
        for (i = 1; i <= n; i++) {
            if (w[i] ~ /^--[a-zA-Z]/) { if (long == "") long = w[i] }
            else if (w[i] ~ /^-[a-zA-Z]$/) { if (short == "") short = w[i] }
        }
        print (long != "" ? long : short)
    }' | sort -u
}

# Options a man page documents in one .SS section ("" = the whole page): the
# tags of its .TP items, with the same long-over-short rule.
man_options() {
    awk -v want="$2" '
        /^\.SS / { section = substr($0, 5) }
        /^\.TP/ { tag = 1; next }
        tag { tag = 0; if (want == "" || section == want) { gsub(/\\-/, "-"); print } }
    ' "$1" | awk '{
        n = split($0, w, /[ ",]+/); long = ""; short = ""
        for (i = 1; i <= n; i++) {
            if (w[i] ~ /^--[a-zA-Z]/) { if (long == "") long = w[i] }
            else if (w[i] ~ /^-[a-zA-Z]$/) { if (short == "") short = w[i] }
        }
        if (long != "" || short != "") print (long != "" ? long : short)
    }' | sort -u
}

# What bash completes for the words given, the last being the word under the cursor.
completions() {
    local fn=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    "$fn" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort -u
}

same() { # what, expected (file), actual (file)
    if ! diff -u "$2" "$3" > "$tmp/diff"; then
        fail "$1 (- in --help only, + in the other only):"
        grep -E '^[+-]' "$tmp/diff" | grep -vE '^(\+\+\+|---) '
    fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion || { echo "bash-completion is not installed"; exit 1; }
source "$compdir/inkwell-cli"
source "$compdir/inkwell"

# inkwell-cli: the commands of the top-level usage.
"$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ' | sort -u > "$tmp/commands"
[ -s "$tmp/commands" ] || fail "inkwell-cli --help lists no commands"
completions _inkwell_cli inkwell-cli '' | grep -v '^-' > "$tmp/completed"
same "commands completed" "$tmp/commands" "$tmp/completed"
while read -r command; do
    grep -q "^\.B inkwell-cli $command" "$mandir/inkwell-cli.1" || fail "inkwell-cli.1 SYNOPSIS lacks $command"
done < "$tmp/commands"

# Each command's options.
while read -r command; do
    "$cli" "$command" --help | help_options > "$tmp/help"
    [ -s "$tmp/help" ] || fail "inkwell-cli $command --help lists no options"
    # Options shared by several commands have sections of their own.
    case $command in
        chat) sections=("Server options" "Sampling options" "chat and complete" chat) ;;
        complete) sections=("Server options" "Sampling options" "chat and complete" complete) ;;
        models) sections=("Server options" models) ;;
        template) sections=("Server options" "Sampling options" template) ;;
        *) sections=("$command") ;;
    esac
    for section in "${sections[@]}" "Every command"; do man_options "$mandir/inkwell-cli.1" "$section"; done \
        | sort -u | grep -vx -e --version > "$tmp/man"
    same "inkwell-cli.1 section $command" "$tmp/help" "$tmp/man"
    completions _inkwell_cli inkwell-cli "$command" - > "$tmp/completed"
    same "completion of inkwell-cli $command -" "$tmp/help" "$tmp/completed"
    # An option's value is not taken for the command's action.
    completions _inkwell_cli inkwell-cli "$command" --data-dir /tmp - > "$tmp/completed"
    same "completion after --data-dir DIR" "$tmp/help" "$tmp/completed"
done < "$tmp/commands"

completions _inkwell_cli inkwell-cli conversations '' > "$tmp/completed"
printf 'list\nshow\n' > "$tmp/actions"
same "conversations actions" "$tmp/actions" "$tmp/completed"
completions _inkwell_cli inkwell-cli chat --api o > "$tmp/completed"
printf 'ollama\nopenai\n' > "$tmp/api"
same "values of --api" "$tmp/api" "$tmp/completed"
completions _inkwell_cli inkwell-cli profiles '' > "$tmp/completed"
printf 'add\nlist\nremove\ntest\n' > "$tmp/actions"
same "profiles actions" "$tmp/actions" "$tmp/completed"
completions _inkwell_cli inkwell-cli template '' > "$tmp/completed"
printf 'export\nimport\nlist\nrun\nshow\n' > "$tmp/actions"
same "template actions" "$tmp/actions" "$tmp/completed"

# inkwell: one set of options, man page and completion alike.
"$gui" --help | help_options > "$tmp/help"
[ -s "$tmp/help" ] || fail "inkwell --help lists no options"
man_options "$mandir/inkwell.1" "" > "$tmp/man"
same "inkwell.1" "$tmp/help" "$tmp/man"
completions _inkwell inkwell - > "$tmp/completed"
same "completion of inkwell -" "$tmp/help" "$tmp/completed"

# Both pages are well-formed troff.
for page in "$mandir"/inkwell.1 "$mandir"/inkwell-cli.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done

[ $status = 0 ] && echo "man pages and completions match --help"
exit $status
