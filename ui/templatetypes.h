// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <algorithm>

// What App.templates hands to QML, as records with named members: qmllint
// checks every use, and a misspelt member is a warning instead of a silent
// undefined.

namespace Inkwell {

struct Template;
struct TemplateVariable;
struct TemplateProblem;

// A template as its form and its editor start from: App.templates.info(key).
class TemplateInfo {
    Q_GADGET
    QML_VALUE_TYPE(templateInfo)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(bool builtin MEMBER builtin)
    Q_PROPERTY(QString output MEMBER output)
    Q_PROPERTY(QString problem MEMBER problem)
    Q_PROPERTY(QString source MEMBER source)
public:
    [[nodiscard]] static TemplateInfo from(const Template &t);
    friend bool operator==(const TemplateInfo &, const TemplateInfo &) = default;

    QString name; // empty: no template has that key
    QString description;
    QString category;
    bool builtin = false;
    QString output; // "draft" or "conversation"
    QString problem;
    QString source; // the file's text, as the editor shows it
};

// One variable of a template as a field of its form.
class TemplateFormField {
    Q_GADGET
    QML_VALUE_TYPE(templateFormField)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString help MEMBER help)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(bool required MEMBER required)
    Q_PROPERTY(QStringList choices MEMBER choices)
    Q_PROPERTY(double min MEMBER min)
    Q_PROPERTY(double max MEMBER max)
    Q_PROPERTY(bool hasMin MEMBER hasMin)
    Q_PROPERTY(bool hasMax MEMBER hasMax)
    Q_PROPERTY(QStringList accept MEMBER accept)
    Q_PROPERTY(QString acceptPatterns READ acceptPatterns)
    Q_PROPERTY(int valueIndex READ valueIndex)
public:
    [[nodiscard]] static TemplateFormField from(const TemplateVariable &v);
    // A choice's starting row; 0 for a value that is none of the choices,
    // as a combo box cannot show "nothing chosen". (qmllint 6.4 knows no
    // indexOf on a QStringList, so QML cannot work this out cleanly.)
    [[nodiscard]] int valueIndex() const { return std::max(0, int(choices.indexOf(value))); }
    // "*.pdf *.docx" for a file dialog's filter ("" for any file); QML 6.4
    // has no map() on a QStringList either.
    [[nodiscard]] QString acceptPatterns() const;
    friend bool operator==(const TemplateFormField &, const TemplateFormField &) = default;

    QString name;
    QString type; // TemplateVariable::typeName: "text", "multiline", "number", …
    QString label;
    QString help;
    QString value; // the default, as text ("yes"/"no" for a switch)
    bool required = false;
    QStringList choices;
    double min = 0; // a number's bounds, when hasMin/hasMax
    double max = 0;
    bool hasMin = false;
    bool hasMax = false;
    QStringList accept; // a file's extensions ("pdf"); empty: any file
};

// A value the form cannot use, said under its field.
class TemplateFieldProblem {
    Q_GADGET
    QML_VALUE_TYPE(templateFieldProblem)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString message MEMBER message)
public:
    friend bool operator==(const TemplateFieldProblem &, const TemplateFieldProblem &) = default;

    QString name; // the variable's
    QString message;
};

// A mistake in a template's file, where the editor can point at it.
class TemplateSourceProblem {
    Q_GADGET
    QML_VALUE_TYPE(templateSourceProblem)
    Q_PROPERTY(int line MEMBER line)
    Q_PROPERTY(int column MEMBER column)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString text MEMBER text)
public:
    [[nodiscard]] static TemplateSourceProblem from(const TemplateProblem &p);
    friend bool operator==(const TemplateSourceProblem &, const TemplateSourceProblem &) = default;

    int line = 0; // 1-based, in the file's lines
    int column = 0;
    QString message;
    QString text; // "line 3, column 7: …"
};

// The prompt a template renders to, for the editor's preview.
class TemplatePreview {
    Q_GADGET
    QML_VALUE_TYPE(templatePreview)
    Q_PROPERTY(QString system MEMBER system)
    Q_PROPERTY(QString prompt MEMBER prompt)
public:
    friend bool operator==(const TemplatePreview &, const TemplatePreview &) = default;

    QString system;
    QString prompt;
};

} // namespace Inkwell
