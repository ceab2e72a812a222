// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>
#include <string_view>

namespace Inkwell::JsonStream {

// Imports of any size: the file is read in pieces and each element of its
// big array is handed over as raw text, to be parsed on its own (nlohmann)
// and let go. Memory is one piece of the file plus the largest element,
// whatever the file's size (ChatGPT exports of heavy users pass 1 GB).
//
// Only the structure around the elements is checked here (brackets, commas,
// strings, nothing after the end); each element's own JSON is checked by
// whoever parses it. Hand-written because the parsers at hand want the
// whole document in memory (simdjson On-Demand, nlohmann's DOM) or would
// build each element twice (nlohmann's SAX).
using Each = std::function<Error(std::string_view element, size_t index)>;
// A top-level field of an object document other than the array: its name
// and raw value (only for the names asked for).
using Field = std::function<Error(std::string_view name, std::string_view value)>;

class Reader {
public:
    // `piece`: how much is read at a time (tests make it tiny, so that every
    // boundary falls inside strings, escapes and brackets).
    explicit Reader(QIODevice &in, qsizetype piece = qsizetype(1) << 20);

    // The document is an array (ChatGPT's conversations.json).
    Error forEachInArray(const Each &each);
    // The document is an object; `field` sees the fields named in `fields`,
    // `each` the elements of `arrayField` (Inkwell's archive), in the order
    // they come in the file.
    Error forEachInField(const char *arrayField, const QList<QByteArray> &fields, const Field &field, const Each &each);

    // Bytes of the document read and handed on so far, for progress.
    [[nodiscard]] qint64 consumed() const { return m_dropped + m_pos; }

    // No element may be larger: a file whose brackets never close would
    // otherwise be read whole into memory.
    static constexpr qsizetype kMaxElement = qsizetype(768) * 1024 * 1024;

private:
    int peek(); // the next byte, or -1 at the end of the input
    bool more(); // reads another piece; false at the end (or on a read error)
    void skipSpace();
    Error expect(char c, const QString &what);
    void skipByteOrderMark();
    Error skipValue();
    Error skipString();
    Error elements(const Each &each);
    // Skips one value and hands its bytes to `use`; the buffer keeps them
    // while `use` runs.
    Error takeValue(const std::function<Error(std::string_view)> &use);
    // After an array's element or an object's member: `done` at `closer`,
    // on at ‘,’, an error otherwise.
    Error separator(char closer, bool &done);
    [[nodiscard]] Error fail(const QString &why) const;

    QIODevice &m_in;
    const qsizetype m_piece;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // next byte to look at, in m_buffer
    qsizetype m_mark = -1; // start of the element being read; kept when the buffer moves on
    qint64 m_dropped = 0; // bytes of the input before m_buffer[0]
    size_t m_index = 0;
    QString m_readError;
    bool m_tooLarge = false; // an element past kMaxElement: the file is damaged
};

// Over bytes already in memory (tests, fuzzers, small files).
Error forEachInArray(const QByteArray &bytes, const Each &each);

} // namespace Inkwell::JsonStream
