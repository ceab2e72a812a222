// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssedecoder.h"

namespace Inkwell {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
}

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{
}

bool SseDecoder::feed(QByteArrayView bytes, const Sink &sink)
{
    if (m_overflow)
        return false;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    // The BOM may arrive one byte at a time; hold its prefix until decided.
    while (m_bomState < 3 && i < n) {
        if (bytes[i] == kBom[m_bomState]) {
            ++m_bomState;
            ++i;
            if (m_bomState == 3)
                break;
        } else {
            m_line.append(kBom, m_bomState); // not a BOM after all
            m_bomState = 3;
        }
    }
    if (m_bomState < 3)
        return true;

    while (i < n) {
        if (m_skipLf) {
            m_skipLf = false;
            if (bytes[i] == '\n') {
                ++i;
                continue;
            }
        }
        // Find the next CR or LF from i.
        qsizetype j = i;
        const char *p = bytes.data();
        while (j < n && p[j] != '\n' && p[j] != '\r')
            ++j;
        if (j == n) {
            if (m_line.size() + (n - i) > m_maxLine) {
                m_overflow = true;
                m_line.clear();
                m_data.clear();
                return false;
            }
            m_line.append(p + i, n - i);
            break;
        }
        if (m_line.isEmpty()) {
            if (j - i > m_maxLine) {
                m_overflow = true;
                return false;
            }
            processLine(QByteArrayView(p + i, j - i), sink);
        } else {
            if (m_line.size() + (j - i) > m_maxLine) {
                m_overflow = true;
                m_line.clear();
                m_data.clear();
                return false;
            }
            m_line.append(p + i, j - i);
            processLine(m_line, sink);
            m_line.clear();
        }
        if (p[j] == '\r')
            m_skipLf = true;
        i = j + 1;
        if (m_overflow)
            return false;
    }
    return true;
}

void SseDecoder::finish(const Sink &sink)
{
    if (m_overflow)
        return;
    if (m_bomState > 0 && m_bomState < 3)
        m_line.append(kBom, m_bomState);
    m_bomState = 3;
    if (!m_line.isEmpty()) {
        const QByteArray line = std::exchange(m_line, {});
        processLine(line, sink);
    }
    dispatch(sink);
}

void SseDecoder::processLine(QByteArrayView line, const Sink &sink)
{
    if (line.isEmpty()) {
        dispatch(sink);
        return;
    }
    if (line.front() == ':')
        return; // comment / keep-alive
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);

    if (field == "data") {
        if (m_data.size() + value.size() > m_maxLine) {
            m_overflow = true;
            m_data.clear();
            return;
        }
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            m_retryMs = value.toByteArray().toLongLong();
    } else if (field == "error") {
        // Not WHATWG: llama.cpp builds through 2025 sent "error: {json}".
        sink(SseEvent {QByteArrayLiteral("error"), value.toByteArray(), m_lastId});
    }
}

void SseDecoder::dispatch(const Sink &sink)
{
    m_lastId = m_idBuffer;
    if (!m_hasData) {
        m_type.clear();
        return;
    }
    SseEvent ev {std::exchange(m_type, {}), std::exchange(m_data, {}), m_lastId};
    m_hasData = false;
    sink(ev);
}

} // namespace Inkwell
