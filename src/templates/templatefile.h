// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "templates/template.h"
#include "templates/templatesyntax.h"

namespace Inkwell {

// A template as a Markdown file: a YAML front-matter block with the fields
// and variable declarations, then the body. One template a file, so a folder
// of them diffs well in git. The format is in docs/templates.md.
class TemplateFile {
public:
    static constexpr qsizetype kMaxBytes = qsizetype(1024) * 1024;

    struct Parsed {
        Template value;
        // Problems with the file itself (front matter, declarations) and with
        // the body and system prompt, positioned in the file's lines.
        QList<TemplateProblem> problems;
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    static Parsed parse(const QString &text);
    static QString write(const Template &t);

    // Problems of a template being edited: undeclared or misspelt variables,
    // unclosed "{{", bad declarations. Body positions count from the body's
    // first line; system prompt problems say so.
    static QList<TemplateProblem> check(const Template &t);

    // Names every template can use without declaring them.
    static const QStringList &builtinVariables();
};

} // namespace Inkwell
