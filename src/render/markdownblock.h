// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

// One top-level Markdown block, ready for a Qt Quick text item.
struct MarkdownBlock {
    enum class Kind { Text, Code, Quote, Rule };
    Kind kind = Kind::Text;
    QString html; // Text and Quote: Qt rich text (HTML subset)
    QString code; // Code: the literal code, unescaped
    QString language; // Code: the fence's info word, e.g. "python"
    QString title; // Code: the rest of the info line (a tool's name)

    // A tool call and its result (imported, or made by tools): a fence whose
    // info is "tool-call NAME" or "tool-result NAME", shown folded.
    [[nodiscard]] bool isTool() const
    {
        return kind == Kind::Code && (language == u"tool-call" || language == u"tool-result");
    }
    // The language its code is highlighted as: a tool's JSON arguments as JSON.
    [[nodiscard]] QString codeLanguage() const
    {
        if (!isTool())
            return language;
        const QStringView start = QStringView(code).trimmed().left(1);
        return start == u"{" || start == u"[" ? QStringLiteral("json") : QString();
    }

    bool operator==(const MarkdownBlock &o) const
    {
        return kind == o.kind && html == o.html && code == o.code && language == o.language && title == o.title;
    }
};

using MarkdownBlocks = QList<MarkdownBlock>;

} // namespace Inkwell
