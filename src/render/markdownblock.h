// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

// One top-level Markdown block, ready for a Qt Quick text item.
struct MarkdownBlock
{
    enum class Kind { Text, Code, Quote, Rule };
    Kind kind = Kind::Text;
    QString html;      // Text and Quote: Qt rich text (HTML subset)
    QString code;      // Code: the literal code, unescaped
    QString language;  // Code: the fence's info word, e.g. "python"

    bool operator==(const MarkdownBlock &o) const
    {
        return kind == o.kind && html == o.html && code == o.code && language == o.language;
    }
};

using MarkdownBlocks = QList<MarkdownBlock>;

} // namespace Inkwell
