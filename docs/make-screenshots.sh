#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes docs/screenshot-{chat,chat-zh_CN,welcome}.png from docs/screenshots.inkwell.json,
# offscreen. The export and servers dialog pictures (screenshot-export.png,
# screenshot-profiles.png) are taken by hand under xvfb-run with xdotool: click ⤓
# or ⚙, then `import -window root`.
# usage: docs/make-screenshots.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
server="--base-url http://127.0.0.1:8080 --model qwen2.5-7b-instruct"
"$build/app/inkwell-cli" import --data-dir "$tmp/en" docs/screenshots.inkwell.json > /dev/null
"$build/app/inkwell" --data-dir "$tmp/en" $server --screenshot docs/screenshot-chat.png
# The Chinese picture opens the Chinese conversation: make it the newest.
sed -e 's/"docs-zh"/"docs-zh-2"/' -e 's/"2026-11-30T08:00:10.000Z"/"2026-11-30T10:00:00.000Z"/' \
    docs/screenshots.inkwell.json > "$tmp/zh.json"
"$build/app/inkwell-cli" import --data-dir "$tmp/zh" "$tmp/zh.json" > /dev/null
"$build/app/inkwell" --data-dir "$tmp/zh" $server --language zh_CN --screenshot docs/screenshot-chat-zh_CN.png
# First run: a stand-in Ollama on a spare loopback port, found by the detection.
"$build/tests/inkwell-fakeserver" --port 18434 --content-type application/json \
    --body tests/data/protocols/ollama-tags.json > /dev/null 2>&1 &
fake=$!
sleep 0.5
INKWELL_LOCAL_SERVERS="ollama=http://127.0.0.1:18434" \
    "$build/app/inkwell" --data-dir "$tmp/empty" --screenshot docs/screenshot-welcome.png
kill $fake
