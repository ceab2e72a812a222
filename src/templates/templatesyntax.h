// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

// A place in a template's text, counted from 1 like an editor does.
struct TextPosition {
    int line = 1;
    int column = 1;
};

struct TemplateProblem {
    TextPosition at;
    QString message;

    // "line 3, column 7: …"
    [[nodiscard]] QString describe() const;
};

// The body language: text with {{name}} (spaces inside allowed) and \{{ for
// a literal "{{". Nothing else: no conditions, no loops, no filters.
class TemplateSyntax {
public:
    struct Piece {
        QString text; // literal text, or the variable's name
        bool variable = false;
        TextPosition at; // of the "{{" for a variable
    };
    struct Parsed {
        QList<Piece> pieces;
        QList<TemplateProblem> problems;
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    static Parsed parse(const QString &text);
    // Variables referenced, in order of first use, without repeats.
    static QStringList references(const Parsed &parsed);
    static bool isName(const QString &name);
};

} // namespace Inkwell
