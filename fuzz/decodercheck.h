// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The property both stream decoders must have: the events do not depend on
// where the network cut the bytes. A hash of the input chooses the cut, so
// seeds from tests/data are used as they are.
#include "net/ssedecoder.h"

#include <QHash>

#include <cstdint>
#include <cstdlib>

template<typename Decoder> QList<Inkwell::SseEvent> decodeAll(const QByteArray &bytes, qsizetype cut, qsizetype bound)
{
    Decoder d(bound);
    QList<Inkwell::SseEvent> out;
    auto sink = [&](const Inkwell::SseEvent &e) { out << e; };
    if (cut < 0) {
        d.feed(bytes, sink);
    } else {
        d.feed(QByteArrayView(bytes).first(cut), sink);
        d.feed(QByteArrayView(bytes).sliced(cut), sink);
    }
    d.finish(sink);
    return out;
}

template<typename Decoder> int checkDecoder(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const size_t hash = qHash(bytes);
    const qsizetype cut = qsizetype(hash % (size + 1));
    // Sometimes a small bound, so that overflow handling is exercised too.
    const qsizetype bound = (hash & 0x10000) ? 64 + qsizetype(hash >> 20 & 0xff) : 1 << 16;
    const auto whole = decodeAll<Decoder>(bytes, -1, bound);
    const auto split = decodeAll<Decoder>(bytes, cut, bound);
    if (whole.size() != split.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i)
        if (whole[i].data != split[i].data || whole[i].type != split[i].type)
            std::abort();
    return 0;
}
