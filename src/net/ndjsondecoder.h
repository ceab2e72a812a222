// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ssedecoder.h"

namespace Inkwell {

// Newline-delimited JSON (Ollama's native streams): each non-empty line is
// handed over as the data of an untyped SseEvent, so providers read both
// framings the same way. Bytes only, split on LF (a CR before it is dropped),
// bounded like SseDecoder.
class NdjsonDecoder {
public:
    explicit NdjsonDecoder(qsizetype maxLineBytes = qsizetype(16) * 1024 * 1024);

    bool feed(QByteArrayView bytes, const SseDecoder::Sink &sink);
    // End of stream: a last line without its newline still counts.
    void finish(const SseDecoder::Sink &sink);
    [[nodiscard]] bool hasError() const { return m_overflow; }

private:
    void emitLine(QByteArrayView line, const SseDecoder::Sink &sink);

    qsizetype m_maxLine;
    QByteArray m_line;
    bool m_overflow = false;
};

} // namespace Inkwell
