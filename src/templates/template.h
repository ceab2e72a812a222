// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Inkwell {

// One declared variable of a template: how the form asks for it and what
// values it takes.
struct TemplateVariable {
    enum class Type { Text, MultiLine, Number, Choice, YesNo, Date, File };

    QString name; // as written in {{name}}
    Type type = Type::Text;
    QString label;
    QString help;
    QString defaultValue; // as text; "today" for a date means the day it runs
    bool required = true; // text, file: not empty; the other types always have a value
    std::optional<double> min; // number
    std::optional<double> max;
    QStringList choices; // choice
    QString whenYes; // yes/no: what {{name}} becomes ("yes" when empty)
    QString whenNo; // ("no" when empty)
    // file: the extensions it takes, lower case without the dot ("pdf");
    // empty for any file. The value is the file's path; {{name}} becomes
    // its name, and the file itself goes with the request (drafting/templatefiles.h).
    QStringList accept;

    [[nodiscard]] QString displayLabel() const { return label.isEmpty() ? name : label; }
    static QString typeName(Type t);
    static std::optional<Type> typeFromName(const QString &name);
};

// A reusable prompt. Built-ins ship inside the app and are read-only; user
// templates live in the database, one Markdown file's text each.
struct Template {
    enum class Mode { Chat, Completion };
    enum class Output { Draft, Conversation };

    QString name;
    QString description;
    QString category;
    QStringList tags;
    QString language; // "en", "zh_CN", or empty for any
    QString body;
    QString systemPrompt;
    QString preset; // precise | balanced | creative | empty
    QString parameters; // JSON object of GenerationParams (our names); may be empty
    Mode mode = Mode::Chat;
    Output output = Output::Draft;
    QList<TemplateVariable> variables;

    // Where it came from: "builtin:article" for a built-in, the uid of a
    // user template, and for a copy, what it was copied from.
    QString key;
    QString basedOn;
    bool builtin = false;
    int bodyLine = 1; // line of the body's first line in its file
    QString source; // the file's text, as the editor shows it
    QString problem; // a stored template that no longer reads cleanly

    [[nodiscard]] const TemplateVariable *variable(const QString &wanted) const;
};

} // namespace Inkwell
