#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# inkwell-cli vs the official OpenAI Node SDK on the same 200,000-chunk stream
# from a loopback server. Needs a build (scripts/test.sh or cmake --build) and
# npm (the SDK is installed into bench/node_modules from the npm registry).
# Usage: bench/throughput.sh [CHUNKS] [RUNS]
set -eu
cd "$(dirname "$0")"
CHUNKS=${1:-200000}
RUNS=${2:-3}
BUILD=../build
OUT=out
mkdir -p $OUT
[ -d node_modules/openai ] || npm install --silent --no-audit --no-fund --no-package-lock >/dev/null

node make-stream.mjs "$CHUNKS" $OUT/stream.sse
rm -f $OUT/server.port
$BUILD/tests/inkwell-fakeserver --body $OUT/stream.sse --chunk-size 65536 > $OUT/server.port &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
while [ ! -s $OUT/server.port ]; do sleep 0.1; done
URL="http://127.0.0.1:$(cut -d' ' -f2 $OUT/server.port)/v1"

measure() { # name, command...
    name=$1; shift
    best=""
    for i in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o $OUT/$name.time "$@" > $OUT/$name.out
        t=$(cut -d' ' -f1 $OUT/$name.time); rss=$(cut -d' ' -f2 $OUT/$name.time)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; bestrss=$rss; fi
    done
    if cmp -s $OUT/$name.out $OUT/stream.sse.txt; then same=yes; else same=NO; fi
    echo "$name: best of $RUNS ${best}s, peak RSS $((bestrss / 1024)) MiB, text identical: $same"
    eval "${name}_time=$best"
}
# A pipe gets the answer byte for byte, so the two outputs compare directly.
measure inkwell $BUILD/app/inkwell-cli chat --base-url "$URL" --model bench-model go
measure openai node openai-client.mjs "$URL"
echo "speed-up: $(echo "scale=2; $openai_time / $inkwell_time" | bc)x"

# Memory against stream length at a pace still far above any model's
# (4 KiB every millisecond, about 15,000 chunks/s): Qt's HTTP thread hands
# over what the socket has, so a paced server shows what the client itself keeps.
kill $SERVER 2>/dev/null
paced() { # chunks
    node make-stream.mjs "$1" $OUT/paced.sse
    rm -f $OUT/paced.port
    $BUILD/tests/inkwell-fakeserver --body $OUT/paced.sse --chunk-size 4096 --interval-ms 1 > $OUT/paced.port &
    PACED=$!
    while [ ! -s $OUT/paced.port ]; do sleep 0.1; done
    /usr/bin/time -f "%e %M" -o $OUT/paced.time $BUILD/app/inkwell-cli chat \
        --base-url "http://127.0.0.1:$(cut -d' ' -f2 $OUT/paced.port)" --model bench-model go > $OUT/paced.out
    kill $PACED
    echo "paced $1 chunks: $(cut -d' ' -f1 $OUT/paced.time)s, peak RSS $(( $(cut -d' ' -f2 $OUT/paced.time) / 1024 )) MiB"
}
paced $((CHUNKS / 10))
paced "$CHUNKS"
