#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the wire fuzz targets (SSE and NDJSON decoders, every provider's
# mapping), the template parser's and the document readers' with clang, ASan
# and UBSan, and runs each for a bounded time on the recorded streams,
# templates and documents in the tree.
# Skipped (77) when clang or its fuzzer runtime is missing.
# usage: check-fuzz.sh SOURCE_DIR WORK_DIR SECONDS_PER_TARGET
set -u
src=$1 work=$2 seconds=${3:-10}
command -v clang++ > /dev/null || { echo "clang++ is not installed: skipped"; exit 77; }
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }' \
        | clang++ -x c++ -fsanitize=fuzzer - -o "$probe/probe" 2> /dev/null; then
    echo "clang's libFuzzer runtime (libclang-rt-14-dev) is missing: skipped"
    exit 77
fi

set -e
# -O0 without debug info: the build is most of the time this test takes.
cmake -S "$src" -B "$work" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
    "-DCMAKE_CXX_FLAGS=-O0 -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
    -DINKWELL_WIRE_ONLY=ON -DINKWELL_BUILD_TESTS=OFF -DINKWELL_BUILD_BENCH=OFF > "$work.configure.log" 2>&1 \
    || { cat "$work.configure.log"; exit 1; }
targets="fuzz_sse fuzz_ndjson fuzz_openai fuzz_ollama fuzz_anthropic fuzz_gemini fuzz_template fuzz_documents"
# shellcheck disable=SC2086
cmake --build "$work" --target $targets > "$work.build.log" 2>&1 || { tail -50 "$work.build.log"; exit 1; }

data=$src/tests/data
seeds() { # target → seed files
    case $1 in
        fuzz_sse | fuzz_openai) ls "$data"/protocols/*.sse "$data"/llama-server/*.body ;;
        fuzz_ndjson | fuzz_ollama) ls "$data"/protocols/*.ndjson "$data"/protocols/ollama-*.json ;;
        fuzz_anthropic) ls "$data"/protocols/anthropic-* ;;
        fuzz_gemini) ls "$data"/protocols/gemini-* ;;
        fuzz_template) ls "$src"/resources/templates/*.md "$data"/templates/*.md ;;
        # Not the long PDFs (past -max_len, and poppler is not what is fuzzed).
        fuzz_documents) ls "$data"/attachments/docs/*.docx "$data"/attachments/docs/*.odt \
            "$data"/attachments/docs/*.txt "$data"/attachments/docs/*.html "$data"/attachments/docs/encrypted.pdf ;;
    esac
}
status=0
for t in $targets; do
    corpus=$probe/$t
    mkdir -p "$corpus"
    seeds "$t" | while read -r f; do cp "$f" "$corpus/"; done
    # -fork would need more cores; one process, bounded time and memory.
    if "$work/fuzz/$t" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=1024 \
            -artifact_prefix="$probe/" "$corpus" > "$probe/$t.log" 2>&1; then
        echo "$t: $(grep -oE 'stat::number_of_executed_units: [0-9]+' "$probe/$t.log" || grep -oE '#[0-9]+' "$probe/$t.log" | tail -1) runs, no finding"
    else
        status=1
        echo "FAIL: $t found a problem:"
        tail -40 "$probe/$t.log"
        for crash in "$probe"/crash-* "$probe"/leak-* "$probe"/timeout-*; do
            [ -f "$crash" ] && { echo "input ($crash):"; head -c 600 "$crash" | od -c | head -20; }
        done
    fi
done
exit $status
