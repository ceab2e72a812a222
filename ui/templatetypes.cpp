// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetypes.h"

#include "templates/template.h"
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"
#include "templates/templatesyntax.h"

namespace Inkwell {

TemplateInfo TemplateInfo::from(const Template &t)
{
    TemplateInfo info;
    info.name = t.name;
    info.description = t.description;
    info.category = t.category;
    info.builtin = t.builtin;
    info.output = t.output == Template::Output::Draft ? QStringLiteral("draft") : QStringLiteral("conversation");
    info.problem = t.problem;
    info.source = t.source.isEmpty() && !t.name.isEmpty() ? TemplateFile::write(t) : t.source;
    return info;
}

TemplateFormField TemplateFormField::from(const TemplateVariable &v)
{
    TemplateFormField field;
    field.name = v.name;
    field.type = TemplateVariable::typeName(v.type);
    field.label = v.displayLabel();
    field.help = v.help;
    field.value = TemplateRenderer::defaultValue(v);
    field.required = v.required;
    field.choices = v.choices;
    field.hasMin = v.min.has_value();
    field.hasMax = v.max.has_value();
    field.min = v.min.value_or(0);
    field.max = v.max.value_or(0);
    field.accept = v.accept;
    return field;
}

QString TemplateFormField::acceptPatterns() const
{
    QStringList patterns;
    for (const QString &e : accept)
        patterns << QStringLiteral("*.") + e;
    return patterns.join(u' ');
}

TemplateSourceProblem TemplateSourceProblem::from(const TemplateProblem &p)
{
    return {p.at.line, p.at.column, p.message, p.describe()};
}

} // namespace Inkwell
