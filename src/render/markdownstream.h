// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/markdownblock.h"

namespace Inkwell {

// Markdown that grows at the end, as an answer streams. Blocks that later text
// can no longer change are parsed once; each append re-parses only the open
// tail (the last two blocks), so the cost of a token does not grow with the
// length of the answer. finish() makes the result exact.
class MarkdownStream {
public:
    void setText(const QString &markdown); // parse everything, exactly
    void append(const QString &more);
    // Streaming already gives the exact blocks, except where a link reference
    // definition ([x]: url) changes a link above it: only then is the whole
    // text parsed again (which takes ~10 ms for a 100 KB answer).
    void finish();
    void finish(const QString &markdown); // the final text, usually what was streamed

    [[nodiscard]] const MarkdownBlocks &blocks() const { return m_blocks; }
    [[nodiscard]] const QString &text() const { return m_text; }
    // How many leading blocks are settled (never change on append).
    [[nodiscard]] int stableCount() const { return int(m_stable); }
    // Characters an append re-parses: bounded by the open blocks, not the text.
    [[nodiscard]] qsizetype openTailLength() const { return m_text.size() - m_tailStart; }

private:
    void parseTail();

    QString m_text;
    MarkdownBlocks m_blocks;
    qsizetype m_stable = 0; // blocks before the tail
    qsizetype m_tailStart = 0; // where the tail starts in m_text
};

} // namespace Inkwell
