#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What `inkwell-cli export --format json` writes validates against the JSON
# Schema in docs/, for a native conversation (one with attached files) and for
# imported ChatGPT ones.
# usage: check-export-schema.sh INKWELL_CLI SOURCE_DIR
set -eu
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" import --data-dir "$tmp/data" "$src/tests/data/export/chinese-article.inkwell.json" > /dev/null
"$cli" import --data-dir "$tmp/data" "$src/tests/data/export/attachments.inkwell.json" > /dev/null
"$cli" import --data-dir "$tmp/data" "$src/tests/data/chatgpt/librechat__chatgpt-tree.json" > /dev/null
"$cli" import --data-dir "$tmp/data" "$src/tests/data/chatgpt/chatlore__tests_fixtures_chatgpt__conversations.json" > /dev/null
"$cli" export --data-dir "$tmp/data" --all --format json --out "$tmp/all.json" > /dev/null
python3 - "$src/docs/inkwell-export.schema.json" "$tmp/all.json" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
doc = json.load(open(sys.argv[2]))
errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
for e in errors:
    print("FAIL:", "/".join(map(str, e.path)), e.message)
if errors:
    sys.exit(1)
files = [a for c in doc["conversations"] for m in c["messages"] for a in m.get("attachments", [])]
if not files:
    print("FAIL: no attachments in the export")
    sys.exit(1)
print("export of %d conversations (%d messages, %d attached files) matches the schema"
      % (len(doc["conversations"]), sum(len(c["messages"]) for c in doc["conversations"]), len(files)))
PY
