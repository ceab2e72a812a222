// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an attached document named .docx, .odt and
// .txt (the content decides how it is read: zip → DOCX/ODT XML, %PDF- →
// poppler, else the encoding detection), and as text to decode. Never a
// crash, never more inflated than the limit; a failure is a Format error
// naming the file; text has no CR and a PDF's starts with its first marker.
#include "attachments/documentreader.h"
#include "attachments/textdecoding.h"

#include <cstdlib>

namespace {

void check(const QByteArray &bytes, const QString &name)
{
    using namespace Inkwell;
    // Small limits: the bounds are what is fuzzed, not the machine's memory.
    DocumentLimits limits;
    limits.maxInflatedBytes = 1 << 20;
    limits.maxPages = 20;
    const Result<DocumentText> r = readDocument(bytes, name, limits);
    if (!r.ok()) {
        if (r.error.kind != Error::Kind::Format || !r.error.message.startsWith(name))
            std::abort();
        return;
    }
    if (r.value.format == u"pdf" && !r.value.text.startsWith(QStringLiteral("--- Page 1 ---\n")))
        std::abort();
    if (r.value.format != u"pdf" && r.value.format != u"docx" && r.value.format != u"odt"
        && r.value.text.contains(u'\r'))
        std::abort();
    if (r.value.text.size() * 2 > limits.maxInflatedBytes + 4 * (qint64(bytes.size()) + 1024))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes, QStringLiteral("fuzz.docx"));
    check(bytes, QStringLiteral("fuzz.odt"));
    check(bytes, QStringLiteral("fuzz.txt"));
    const Inkwell::Result<Inkwell::DecodedText> text = Inkwell::decodeText(bytes);
    if (text.ok() && text.value.text.contains(u'\r'))
        std::abort();
    return 0;
}
