// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ChatGPT's conversations.json parser must return a value or
// an error for any bytes, never crash, hang or read out of bounds.
#include "exchange/chatgptimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // What the importer would store must be a well-formed tree.
    (void)Inkwell::ChatGptImport::parse(bytes, [](Inkwell::Snapshot &&s) {
        (void)s.currentBranch();
        (void)s.childrenByParent();
        return Inkwell::Error{};
    });
    return 0;
}
