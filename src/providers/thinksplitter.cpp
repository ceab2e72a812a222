// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinksplitter.h"

namespace Inkwell {

namespace {
const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// How many characters at the end of `s` could start `tag`.
qsizetype partialTail(const QString &s, const QString &tag)
{
    for (qsizetype n = qMin(s.size(), tag.size() - 1); n > 0; --n)
        if (QStringView(s).right(n) == QStringView(tag).left(n))
            return n;
    return 0;
}
} // namespace

ThinkSplitter::Piece ThinkSplitter::feed(const QString &text)
{
    Piece out;
    if (m_state == State::Answer) {
        out.content = text;
        return out;
    }
    m_pending += text;
    if (m_state == State::Start) {
        const QString lead = m_pending;
        qsizetype i = 0;
        while (i < lead.size() && lead.at(i).isSpace())
            ++i;
        const QStringView rest = QStringView(lead).mid(i);
        if (rest.isEmpty())
            return out; // only whitespace so far
        if (rest.size() < kOpen.size() && kOpen.startsWith(rest))
            return out; // "<thi" — wait for more
        if (!rest.startsWith(kOpen)) {
            m_state = State::Answer;
            out.content = std::exchange(m_pending, {});
            return out;
        }
        m_state = State::Thinking;
        m_pending = rest.mid(kOpen.size()).toString();
    }
    if (m_state == State::Thinking) {
        const qsizetype close = m_pending.indexOf(kClose);
        if (close < 0) {
            const qsizetype keep = partialTail(m_pending, kClose);
            out.reasoning = m_pending.left(m_pending.size() - keep);
            m_pending = m_pending.right(keep);
            return out;
        }
        out.reasoning = m_pending.left(close);
        m_pending = m_pending.mid(close + kClose.size());
        m_state = State::AfterThinking;
    }
    // The blank lines between </think> and the answer belong to neither.
    qsizetype i = 0;
    while (i < m_pending.size() && m_pending.at(i).isSpace())
        ++i;
    if (i == m_pending.size()) {
        m_pending.clear();
        return out;
    }
    m_state = State::Answer;
    out.content = m_pending.mid(i);
    m_pending.clear();
    return out;
}

ThinkSplitter::Piece ThinkSplitter::finish()
{
    Piece out;
    if (m_state == State::Thinking)
        out.reasoning = std::exchange(m_pending, {});
    else if (m_state == State::Start)
        out.content = std::exchange(m_pending, {});
    m_pending.clear();
    return out;
}

} // namespace Inkwell
