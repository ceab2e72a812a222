// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/markdownblock.h"

#include <QStringView>

namespace Inkwell {

// The blocks of Markdown that grows at the end, as an answer streams. It does
// not keep the text: whoever streams it owns the one copy and hands it over
// whole at each step. Blocks that later text can no longer change are parsed
// once; each step re-parses only the open tail (the last two blocks), so the
// cost of a token does not grow with the length of the answer.
class MarkdownStream {
public:
    // What a step changed in blocks(): the indexes (below the old count) of
    // blocks that differ, and the count before.
    struct Change {
        QList<qsizetype> changed;
        qsizetype before = 0;
    };

    Change setText(QStringView markdown); // parse everything, exactly
    // `markdown` is the whole text, which goes on from what was given before.
    Change grow(QStringView markdown);
    // The stream ended with `markdown` (which goes on from what was given).
    // Streaming already gave the exact blocks, except where a link reference
    // definition ([x]: url) changes a link above it: only then is the whole
    // text parsed again (which takes ~10 ms for a 100 KB answer).
    Change finish(QStringView markdown);

    [[nodiscard]] const MarkdownBlocks &blocks() const { return m_blocks; }
    // How much of the text has been parsed.
    [[nodiscard]] qsizetype length() const { return m_length; }
    // How many leading blocks are settled (never change on grow).
    [[nodiscard]] int stableCount() const { return int(m_stable); }
    // Characters a step re-parses: bounded by the open blocks, not the text.
    [[nodiscard]] qsizetype openTailLength() const { return m_length - m_tailStart; }

private:
    // Replaces the blocks from `from` on, saying which of the old ones changed.
    Change replaceFrom(qsizetype from, MarkdownBlocks next);

    MarkdownBlocks m_blocks;
    qsizetype m_length = 0; // of the text parsed
    qsizetype m_stable = 0; // blocks before the tail
    qsizetype m_tailStart = 0; // where the tail starts in the text
};

} // namespace Inkwell
