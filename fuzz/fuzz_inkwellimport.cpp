// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Inkwell's own archive reader, then every document writer
// on whatever it accepted (transcript walk, Markdown, HTML, text).
#include "exchange/documents.h"
#include "exchange/jsonformat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Inkwell::JsonFormat::parse(bytes);
    if (!parsed.ok())
        return 0;
    for (const Inkwell::Snapshot &s : parsed.value) {
        for (bool all : {false, true}) {
            (void)Inkwell::toMarkdown(s, {all});
            (void)Inkwell::toPlainText(s, {all});
            (void)Inkwell::toHtml(s, {all});
        }
        (void)Inkwell::JsonFormat::conversationToJson(s);
    }
    return 0;
}
