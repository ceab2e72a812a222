// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ChatGPT's conversations.json parser must return a value or
// an error for any bytes, never crash, hang or read out of bounds; and the
// streaming reader must give the same result whatever the size of the pieces
// it reads (chosen by the input's first byte) as when it reads them whole.
#include "exchange/chatgptimport.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QStringList read(const QByteArray &bytes, qsizetype piece)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Inkwell::JsonStream::Reader reader(buffer, piece);
    QStringList out;
    const auto stats = Inkwell::ChatGptImport::parse(reader, [&](Inkwell::Snapshot &&s) {
        // What the importer would store must be a well-formed tree.
        (void)s.childrenByParent();
        for (const Inkwell::Message *m : s.currentBranch())
            out << Inkwell::roleText(m->role) + u'\n' + m->content;
        out << QString::number(s.messages.size());
        return Inkwell::Error {};
    });
    out << (stats.ok() ? stats.value.skipped.join(u'\n') : stats.error.message) << QString::number(reader.consumed());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (read(bytes, 1 + data[0] % 97) != read(bytes, qsizetype(1) << 20))
        std::abort();
    return 0;
}
