// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownstream.h"

#include "render/markdownrenderer.h"

#include <QRegularExpression>

#include <tuple>

namespace Inkwell {

namespace {
// Blocks kept open at the end: a list or quote can still swallow the block
// after it (e.g. "1. a" + blank line + "2. b" arriving in pieces).
constexpr qsizetype kOpenBlocks = 2;
} // namespace

MarkdownStream::Change MarkdownStream::replaceFrom(qsizetype from, MarkdownBlocks next)
{
    Change change;
    change.before = m_blocks.size();
    const qsizetype common = qMin(m_blocks.size(), from + next.size());
    for (qsizetype i = from; i < common; ++i)
        if (!(m_blocks.at(i) == next.at(i - from)))
            change.changed << i;
    m_blocks.resize(from);
    m_blocks << std::move(next);
    return change;
}

MarkdownStream::Change MarkdownStream::setText(QStringView markdown)
{
    MarkdownRenderer::Parsed all = MarkdownRenderer::parse(markdown.toString());
    m_length = markdown.size();
    // Keep the same open tail as streaming would, for text that comes later.
    m_stable = qMax<qsizetype>(0, all.blocks.size() - kOpenBlocks);
    m_tailStart = m_stable > 0 ? all.starts.at(m_stable) : 0;
    return replaceFrom(0, std::move(all.blocks));
}

MarkdownStream::Change MarkdownStream::grow(QStringView markdown)
{
    if (markdown.size() <= m_length)
        return {{}, m_blocks.size()};
    m_length = markdown.size();
    MarkdownRenderer::Parsed tail = MarkdownRenderer::parse(markdown.sliced(m_tailStart).toString());
    const qsizetype from = m_stable;
    const qsizetype settle = tail.blocks.size() - kOpenBlocks;
    if (settle > 0) {
        m_stable += settle;
        m_tailStart += tail.starts.at(settle);
    }
    return replaceFrom(from, std::move(tail.blocks));
}

MarkdownStream::Change MarkdownStream::finish(QStringView markdown)
{
    // cmark-gfm's definition line: up to 3 spaces, [label]: (footnotes are off).
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[[^\]\n]+\]:)"),
                                               QRegularExpression::MultilineOption);
    const MarkdownBlocks before = m_blocks; // shared, not copied, unless parsed anew
    Change change = grow(markdown);
    if (!definition.match(markdown).hasMatch())
        return change;
    // Parsed anew: what changed is against what was shown before this step.
    std::ignore = setText(markdown);
    change = {{}, before.size()};
    for (qsizetype i = 0; i < qMin(before.size(), m_blocks.size()); ++i)
        if (!(before.at(i) == m_blocks.at(i)))
            change.changed << i;
    return change;
}

} // namespace Inkwell
