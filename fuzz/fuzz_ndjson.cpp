// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the NDJSON decoder gives the same lines wherever the bytes are cut.
#include "decodercheck.h"
#include "net/ndjsondecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return checkDecoder<Inkwell::NdjsonDecoder>(data, size);
}
