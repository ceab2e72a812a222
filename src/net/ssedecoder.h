// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Inkwell {

struct SseEvent {
    QByteArray type; // empty means the default "message"
    QByteArray data; // UTF-8 bytes; lines joined with '\n'
    QByteArray lastEventId;
};

// Incremental WHATWG event-stream decoder working on raw bytes: lines are split
// on CR/LF bytes only and never decoded here, so multi-byte UTF-8 split across
// network chunks stays intact (callers parse the JSON bytes directly).
class SseDecoder {
public:
    using Sink = std::function<void(const SseEvent &)>;

    explicit SseDecoder(qsizetype maxLineBytes = qsizetype(16) * 1024 * 1024);

    // Returns false once a line grew past the bound; the decoder then drops
    // everything (memory stays bounded) and hasError() stays true.
    bool feed(QByteArrayView bytes, const Sink &sink);
    // A non-standard "error: {json}" line (llama.cpp builds through 2025) is
    // dispatched at once, in stream order, as an event of type "error".
    // End of stream: a pending unterminated line is processed, and a pending
    // event with data is dispatched (servers that omit the last blank line).
    void finish(const Sink &sink);

    [[nodiscard]] bool hasError() const { return m_overflow; }
    [[nodiscard]] qint64 retryMs() const { return m_retryMs; }

private:
    void processLine(QByteArrayView line, const Sink &sink);
    void dispatch(const Sink &sink);

    qsizetype m_maxLine;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    QByteArray m_idBuffer;
    qint64 m_retryMs = -1;
    int m_bomState = 0; // bytes of the BOM matched so far; 3 = done/checked
    bool m_skipLf = false;
    bool m_hasData = false;
    bool m_overflow = false;
};

} // namespace Inkwell
