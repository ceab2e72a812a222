// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ChatGPT's conversations.json parser must return a value or
// an error for any bytes, never crash, hang or read out of bounds.
#include "exchange/chatgptimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Inkwell::ChatGptImport::parse(bytes);
    if (parsed.ok()) {
        // What the importer would store must be a well-formed tree.
        for (const Inkwell::Snapshot &s : parsed.value.conversations) {
            (void)s.currentBranch();
            (void)s.childrenByParent();
        }
    }
    return 0;
}
