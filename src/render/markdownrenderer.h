// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/markdownblock.h"

namespace Inkwell {

// GitHub-flavoured Markdown (cmark-gfm: tables, task lists, strikethrough,
// autolinks) split into top-level blocks. Raw HTML is dropped and images become
// links, so nothing is ever fetched without a click.
class MarkdownRenderer {
public:
    struct Parsed {
        MarkdownBlocks blocks;
        QList<qsizetype> starts; // where each block starts in the input (UTF-16 index)
    };
    static Parsed parse(const QString &markdown);

    // The whole text as one HTML fragment, with the same safety rules: for a
    // browser (exported HTML) or for Qt's rich text subset (PDF).
    enum class HtmlFor { Browser, QtRichText };
    static QString toHtml(const QString &markdown, HtmlFor target);
    // "Tool call · canmore.update_textdoc": what a folded tool block says.
    static QString toolLabel(const MarkdownBlock &block);
};

} // namespace Inkwell
