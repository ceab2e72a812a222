// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SSE decoder gives the same events wherever the bytes are cut.
#include "decodercheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return checkDecoder<Inkwell::SseDecoder>(data, size);
}
