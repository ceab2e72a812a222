// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/template.h"

#include <QDateTime>
#include <QHash>

namespace Inkwell {

// What the built-in variables stand for when a template runs.
struct RenderContext {
    QDateTime now = QDateTime::currentDateTime();
    QString language = QStringLiteral("en"); // the UI language, e.g. "zh_CN"
    QString selection;
};

// What the user typed into the form (or gave with --var), checked against
// the declarations, and the prompt that results.
class TemplateRenderer {
public:
    using Context = RenderContext;
    struct Problem {
        QString variable;
        QString message; // names the variable; fit for a form and for stderr
    };
    struct Rendered {
        QString prompt;
        QString systemPrompt;
        QList<Problem> problems;
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    // Values as given; missing ones take their defaults. Every problem is
    // reported, not just the first, so a form can mark all of them.
    static Rendered render(const Template &t, const QHash<QString, QString> &values, const Context &context = {});
    // The value a variable has when the user gave nothing.
    static QString defaultValue(const TemplateVariable &v, const Context &context = {});
    // One value checked and normalised ("yes" for 是, 2026-01-05 for a date…);
    // an error message when it does not fit.
    static std::optional<QString> normalise(const TemplateVariable &v, const QString &value, QString *problem);
    // The UI language as a model understands it ("Chinese (Simplified)").
    static QString languageName(const QString &code);
};

} // namespace Inkwell
