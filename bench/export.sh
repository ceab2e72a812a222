#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Export and import of 10,000 messages: time and peak memory of inkwell-cli.
# usage: bench/export.sh [BUILD_DIR]   (default build/)
set -eu
build=${1:-build}
cli=$build/app/inkwell-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One archive: 100 conversations of 100 messages, about 1 KB each, mixed
# English and Chinese Markdown.
python3 - "$tmp/big.json" <<'PY'
import json, sys
text = ("## 段落 {i}\n\nThe quick brown fox 跳过了懒狗。" * 12 + "\n\n```python\nprint({i})\n```\n")
convs = []
for c in range(100):
    msgs = []
    for i in range(1, 101):
        msgs.append({"id": i, "parent_id": i - 1 or None, "role": "user" if i % 2 else "assistant",
                     "content": text.format(i=i), "status": "complete",
                     "created_at": "2026-11-30T09:00:00.000Z", "updated_at": "2026-11-30T09:00:00.000Z"})
    convs.append({"uid": "bench-%03d" % c, "title": "Conversation %d 对话" % c, "current_leaf_id": 100,
                  "created_at": "2026-11-30T09:00:00.000Z", "updated_at": "2026-11-30T09:00:00.000Z", "messages": msgs})
json.dump({"format": "inkwell-export", "schema_version": 1, "conversations": convs}, open(sys.argv[1], "w"), ensure_ascii=False)
PY
# And a ChatGPT data export of 1,000 conversations × 100 messages (about 86 MB).
python3 - "$tmp/chatgpt.json" <<'PY'
import json, sys
text = ("## 段落 {i}\n\nThe quick brown fox 跳过了懒狗。" * 12 + "\n\n```python\nprint({i})\n```\n")
convs = []
for c in range(1000):
    mapping = {"root": {"id": "root", "message": None, "parent": None, "children": ["n1"]}}
    for i in range(1, 101):
        mapping["n%d" % i] = {"id": "n%d" % i, "parent": "root" if i == 1 else "n%d" % (i - 1),
                              "children": ["n%d" % (i + 1)] if i < 100 else [],
                              "message": {"author": {"role": "user" if i % 2 else "assistant"}, "create_time": 1714585031.1 + i,
                                          "content": {"content_type": "text", "parts": [text.format(i=i)]},
                                          "metadata": {"model_slug": "gpt-4o"}}}
    convs.append({"title": "Conversation %d" % c, "conversation_id": "conv-%05d" % c, "create_time": 1714585031.1,
                  "update_time": 1714585999.1, "mapping": mapping, "current_node": "n100"})
json.dump(convs, open(sys.argv[1], "w"), ensure_ascii=False)
PY
size() { du -sh "$1" | cut -f1; }
run() { # label, command...
    label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > /dev/null
    read -r secs kib < "$tmp/time"
    printf '| %-34s | %6s s | %6s MiB |\n' "$label" "$secs" "$((kib / 1024))"
}
echo "| step (10,000 messages, $(size "$tmp/big.json") of JSON) | time | peak RSS |"
echo "| --- | --- | --- |"
run "import (one transaction)" "$cli" import --data-dir "$tmp/data" "$tmp/big.json"
run "export json, one archive" "$cli" export --data-dir "$tmp/data" --all --format json --out "$tmp/out.json"
run "export md, 100 files" "$cli" export --data-dir "$tmp/data" --all --format md --out "$tmp/md/"
run "export html, 100 files" "$cli" export --data-dir "$tmp/data" --all --format html --out "$tmp/html/"
run "export pdf, 100 files" "$cli" export --data-dir "$tmp/data" --all --format pdf --out "$tmp/pdf/"
run "import ChatGPT, $(size "$tmp/chatgpt.json"), 100,000 msgs" "$cli" import --data-dir "$tmp/data2" "$tmp/chatgpt.json"
echo
echo "archive written: $(size "$tmp/out.json"); pdf folder: $(size "$tmp/pdf")"
