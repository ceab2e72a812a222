// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterenderer.h"

#include "templates/draftingtr.h"
#include "templates/templatesyntax.h"

#include <QFileInfo>
#include <QLocale>

namespace Inkwell {

namespace {

std::optional<bool> yesNo(const QString &value)
{
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("on"),  QStringLiteral("1"), QStringLiteral("是")};
    static const QStringList no = {QStringLiteral("no"),  QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("off"), QStringLiteral("0"), QStringLiteral("否")};
    const QString v = value.trimmed().toLower();
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

QString substitute(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    for (const TemplateSyntax::Piece &p : TemplateSyntax::parse(text).pieces)
        out += p.variable ? values.value(p.text) : p.text;
    return out;
}

} // namespace

QString TemplateRenderer::languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
            ? QStringLiteral("Chinese (Traditional)")
            : QStringLiteral("Chinese (Simplified)");
    // The C locale (LANG=C, a bare server) is not a language to write in; the UI falls back to English.
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QStringLiteral("English");
    return QLocale::languageToString(locale.language());
}

QString TemplateRenderer::defaultValue(const TemplateVariable &v, const Context &context)
{
    switch (v.type) {
    case TemplateVariable::Type::Date:
        if (v.defaultValue.isEmpty() || v.defaultValue == u"today")
            return context.now.date().toString(Qt::ISODate);
        return v.defaultValue;
    case TemplateVariable::Type::YesNo:
        return yesNo(v.defaultValue).value_or(false) ? QStringLiteral("yes") : QStringLiteral("no");
    case TemplateVariable::Type::Choice:
        return v.defaultValue.isEmpty() ? v.choices.value(0) : v.defaultValue;
    case TemplateVariable::Type::Number:
        if (v.defaultValue.isEmpty() && v.min)
            return QString::number(*v.min, 'g', 12);
        return v.defaultValue;
    case TemplateVariable::Type::Text:
    case TemplateVariable::Type::MultiLine:
    case TemplateVariable::Type::File:
        return v.defaultValue;
    }
    return v.defaultValue;
}

std::optional<QString> TemplateRenderer::normalise(const TemplateVariable &v, const QString &value, QString *problem)
{
    const QString label = v.displayLabel();
    auto fail = [&](const QString &message) -> std::optional<QString> {
        *problem = message;
        return std::nullopt;
    };
    switch (v.type) {
    case TemplateVariable::Type::Text:
        if (value.contains(u'\n'))
            return fail(Drafting::tr("“%1” is one line; it contains a line break").arg(label));
        Q_FALLTHROUGH();
    case TemplateVariable::Type::MultiLine:
        if (v.required && value.trimmed().isEmpty())
            return fail(Drafting::tr("“%1” is required").arg(label));
        return value;
    case TemplateVariable::Type::Number: {
        if (value.trimmed().isEmpty())
            return fail(Drafting::tr("“%1” needs a number").arg(label));
        bool ok = false;
        const double d = value.trimmed().toDouble(&ok);
        if (!ok)
            return fail(Drafting::tr("“%1” must be a number, not “%2”").arg(label, value));
        if ((v.min && d < *v.min) || (v.max && d > *v.max)) {
            const QString lo = v.min ? QString::number(*v.min, 'g', 12) : QStringLiteral("…");
            const QString hi = v.max ? QString::number(*v.max, 'g', 12) : QStringLiteral("…");
            return fail(Drafting::tr("“%1” must be between %2 and %3; %4 is not").arg(label, lo, hi, value.trimmed()));
        }
        return QString::number(d, 'g', 12);
    }
    case TemplateVariable::Type::Choice:
        if (!v.choices.contains(value))
            return fail(Drafting::tr("“%1” must be one of: %2").arg(label, v.choices.join(QStringLiteral(", "))));
        return value;
    case TemplateVariable::Type::YesNo:
        if (const auto b = yesNo(value))
            return *b ? QStringLiteral("yes") : QStringLiteral("no");
        return fail(Drafting::tr("“%1” must be yes or no, not “%2”").arg(label, value));
    case TemplateVariable::Type::Date: {
        const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return fail(Drafting::tr("“%1” must be a date written YYYY-MM-DD, not “%2”").arg(label, value));
        return d.toString(Qt::ISODate);
    }
    case TemplateVariable::Type::File: {
        // The path only: whether the file can be read is the reader's
        // question (readAttachment, with the server's limits).
        if (value.trimmed().isEmpty()) {
            if (v.required)
                return fail(Drafting::tr("“%1” is required").arg(label));
            return QString();
        }
        const QString suffix = QFileInfo(value).suffix().toLower();
        if (!v.accept.isEmpty() && !v.accept.contains(suffix)) {
            QStringList extensions;
            for (const QString &e : v.accept)
                extensions << u'.' + e;
            return fail(Drafting::tr("“%1” takes %2 files, not “%3”")
                            .arg(label, extensions.join(QStringLiteral(", ")), QFileInfo(value).fileName()));
        }
        return value;
    }
    }
    return value;
}

TemplateRenderer::Rendered TemplateRenderer::render(const Template &t, const QHash<QString, QString> &values,
                                                    const Context &context)
{
    Rendered out;
    QHash<QString, QString> resolved;
    resolved.insert(QStringLiteral("date"), context.now.date().toString(Qt::ISODate));
    resolved.insert(QStringLiteral("time"), context.now.time().toString(QStringLiteral("HH:mm")));
    resolved.insert(QStringLiteral("language"), languageName(context.language));
    resolved.insert(QStringLiteral("selection"), context.selection);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!t.variable(it.key()))
            out.problems.append({it.key(), Drafting::tr("“%1” is not a variable of “%2”").arg(it.key(), t.name)});
    }
    for (const TemplateVariable &v : t.variables) {
        const QString given = values.contains(v.name) ? values.value(v.name) : defaultValue(v, context);
        QString problem;
        const std::optional<QString> value = normalise(v, given, &problem);
        if (!value) {
            out.problems.append({v.name, problem});
            continue;
        }
        if (v.type == TemplateVariable::Type::YesNo) {
            const bool yes = *value == u"yes";
            const QString &text = yes ? v.whenYes : v.whenNo;
            resolved.insert(v.name, text.isEmpty() && (yes ? v.whenNo : v.whenYes).isEmpty() ? *value : text);
        } else if (v.type == TemplateVariable::Type::File) {
            // The file's name: the file itself goes with the request, a
            // document as a block that names it (withDocumentText), so its
            // text is sent once, and the prompt can point at it by name.
            resolved.insert(v.name, QFileInfo(*value).fileName());
        } else {
            resolved.insert(v.name, *value);
        }
    }
    out.prompt = substitute(t.body, resolved).trimmed();
    out.systemPrompt = substitute(t.systemPrompt, resolved).trimmed();
    return out;
}

} // namespace Inkwell
