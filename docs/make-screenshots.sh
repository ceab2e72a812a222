#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes docs/screenshot-{chat,chat-zh_CN,welcome}.png from docs/screenshots.inkwell.json,
# and the studio pictures (screenshot-{templates,template-form,template-editor,draft}.png),
# offscreen. The export and servers dialog pictures (screenshot-export.png,
# screenshot-profiles.png), the compare view (screenshot-compare.png: a
# conversation made with `inkwell-cli chat --n 2 --save`, then Compare), the
# appearance popup (Aa) and screenshot-dark-zh_CN.png / screenshot-code.png
# (appearance rows in app_state, then --screenshot) are taken by hand under
# xvfb-run with xdotool: click, then `import -window root`.
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

# The drafting studio needs clicks: under a real X server (xvfb-run) with
# xdotool, against a stand-in server that streams docs/screenshot-article.sse.
command -v xvfb-run > /dev/null && command -v xdotool > /dev/null || { echo "no xvfb-run/xdotool: studio pictures skipped"; exit 0; }
cat > "$tmp/studio.sh" << 'SCRIPT'
#!/bin/sh
# usage: studio.sh BUILD DATA LANG PICTURES...
set -u
build=$1 data=$2 lang=$3
export QT_QPA_PLATFORM=xcb  # a real window on the X server, to click on
"$build/tests/inkwell-fakeserver" --port 18555 --body docs/screenshot-article.sse --chunk-size 200 --interval-ms 30 > /dev/null 2>&1 &
fake=$!
"$build/app/inkwell" --data-dir "$data" --base-url http://127.0.0.1:18555 --model qwen2.5-7b-instruct --language "$lang" &
app=$!
sleep 3
xdotool mousemove 135 740 click 1; sleep 1                      # Template library
[ "$lang" = en ] && import -window root docs/screenshot-templates.png
xdotool mousemove 420 130 click 1; sleep 1                      # the first card: its form
[ "$lang" = en ] && import -window root docs/screenshot-template-form.png
xdotool mousemove 806 664 click 1; sleep 9                      # Generate; the draft streams in
[ "$lang" = zh_CN ] && import -window root docs/screenshot-draft.png
if [ "$lang" = en ]; then
    xdotool key ctrl+shift+t; sleep 1
    xdotool mousemove 1116 26 click 1; sleep 1                  # New template
    xdotool key ctrl+End; xdotool type "{{topc}}"; sleep 1
    import -window root docs/screenshot-template-editor.png
fi
kill $app $fake
SCRIPT
xvfb-run -a -s "-screen 0 1200x780x24" sh "$tmp/studio.sh" "$build" "$tmp/studio-en" en
xvfb-run -a -s "-screen 0 1200x780x24" sh "$tmp/studio.sh" "$build" "$tmp/studio-zh" zh_CN
