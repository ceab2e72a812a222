// SPDX-License-Identifier: GPL-3.0-or-later
#include "ndjsondecoder.h"

namespace Inkwell {

NdjsonDecoder::NdjsonDecoder(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{
}

void NdjsonDecoder::emitLine(QByteArrayView line, const SseDecoder::Sink &sink)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    SseEvent ev;
    ev.data = line.toByteArray();
    sink(ev);
}

bool NdjsonDecoder::feed(QByteArrayView bytes, const SseDecoder::Sink &sink)
{
    if (m_overflow)
        return false;
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        if (nl < 0) {
            if (m_line.size() + bytes.size() > m_maxLine) {
                m_overflow = true;
                m_line.clear();
                return false;
            }
            m_line += bytes;
            return true;
        }
        if (m_line.size() + nl > m_maxLine) {
            m_overflow = true;
            m_line.clear();
            return false;
        }
        if (m_line.isEmpty()) {
            emitLine(bytes.first(nl), sink);
        } else {
            m_line += bytes.first(nl);
            emitLine(m_line, sink);
            m_line.clear();
        }
        bytes = bytes.sliced(nl + 1);
    }
    return true;
}

void NdjsonDecoder::finish(const SseDecoder::Sink &sink)
{
    if (!m_overflow && !m_line.isEmpty())
        emitLine(m_line, sink);
    m_line.clear();
}

} // namespace Inkwell
