// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownstream.h"

#include "render/markdownrenderer.h"

#include <QRegularExpression>

namespace Inkwell {

namespace {
// Blocks kept open at the end: a list or quote can still swallow the block
// after it (e.g. "1. a" + blank line + "2. b" arriving in pieces).
constexpr qsizetype kOpenBlocks = 2;
} // namespace

void MarkdownStream::setText(const QString &markdown)
{
    m_text = markdown;
    const MarkdownRenderer::Parsed all = MarkdownRenderer::parse(m_text);
    m_blocks = all.blocks;
    // Keep the same open tail as streaming would, for text appended later.
    m_stable = qMax<qsizetype>(0, all.blocks.size() - kOpenBlocks);
    m_tailStart = m_stable > 0 ? all.starts.at(m_stable) : 0;
}

void MarkdownStream::finish()
{
    // cmark-gfm's definition line: up to 3 spaces, [label]: (footnotes are off).
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[[^\]\n]+\]:)"),
                                               QRegularExpression::MultilineOption);
    if (m_text.contains(definition))
        setText(m_text);
}

void MarkdownStream::finish(const QString &markdown)
{
    if (!markdown.startsWith(m_text)) {
        setText(markdown);
        return;
    }
    append(markdown.mid(m_text.size()));
    finish();
}

void MarkdownStream::append(const QString &more)
{
    if (more.isEmpty())
        return;
    m_text += more;
    parseTail();
}

void MarkdownStream::parseTail()
{
    const MarkdownRenderer::Parsed tail = MarkdownRenderer::parse(m_text.mid(m_tailStart));
    m_blocks.resize(m_stable);
    m_blocks << tail.blocks;
    const qsizetype settle = tail.blocks.size() - kOpenBlocks;
    if (settle > 0) {
        m_stable += settle;
        m_tailStart += tail.starts.at(settle);
    }
}

} // namespace Inkwell
