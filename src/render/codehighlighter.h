// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

// Syntax highlighting by GNU source-highlight: code as HTML spans with classes
// (keyword, string, comment, number, type, function …) for the style sheets
// below. The code is escaped by the library; nothing in it is interpreted.
class CodeHighlighter {
public:
    // Empty when the language (as written after ```: python, js, bash, sql …)
    // is unknown or highlighting failed: callers show the code plain.
    static QString toHtml(const QString &code, const QString &language);

    // CSS for the spans: a browser's (light and dark) and Qt rich text's (light).
    static QString browserStyleSheet();
    static QString richTextStyleSheet();
};

} // namespace Inkwell
