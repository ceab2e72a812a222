// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatescontroller.h"

#include "exchange/exporter.h"
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"
#include "templates/templatesyntax.h"

#include <QFileInfo>

namespace Inkwell {

QHash<QString, QString> formValues(const QVariantMap &values)
{
    QHash<QString, QString> out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant &v = it.value();
        // Switches give booleans, number fields numbers.
        out.insert(it.key(),
                   v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                                 : v.toString());
    }
    return out;
}

TemplatesController::TemplatesController(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_library(db)
{
    reload();
}

void TemplatesController::setLanguage(const QString &language)
{
    m_language = language;
    reload();
}

void TemplatesController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void TemplatesController::reload()
{
    auto all = m_library.all();
    if (!all.ok()) {
        setMessage(all.error.message);
        return;
    }
    // Yours first, then the built-ins in the UI's language, then the others.
    const QString language = m_language.section(u'_', 0, 0);
    std::stable_sort(all.value.begin(), all.value.end(), [&](const Template &a, const Template &b) {
        auto rank = [&](const Template &t) { return !t.builtin ? 0 : t.language.startsWith(language) ? 1 : 2; };
        return rank(a) < rank(b);
    });
    m_model.setTemplates(all.value);
}

Template TemplatesController::find(const QString &key)
{
    auto t = m_library.find(key);
    return t.ok() ? t.value : Template {};
}

TemplateInfo TemplatesController::info(const QString &key)
{
    return TemplateInfo::from(find(key));
}

QString TemplatesController::skeleton() const
{
    return tr("---\nname: My template\ndescription: What it is for, in one line.\ncategory: Writing\n"
              "preset: balanced\nsystem: You are a careful writer.\nvariables:\n"
              "  - name: topic\n    type: text\n    label: Topic\n  - name: words\n    type: number\n"
              "    label: Length in words\n    min: 100\n    max: 3000\n    default: 600\n---\n"
              "Write about {{topic}} in about {{words}} words. Write in {{language}}.\n");
}

QList<TemplateSourceProblem> TemplatesController::problems(const QString &source) const
{
    QList<TemplateSourceProblem> out;
    for (const TemplateProblem &p : TemplateFile::parse(source).problems)
        out << TemplateSourceProblem::from(p);
    return out;
}

TemplatePreview TemplatesController::preview(const QString &source) const
{
    const TemplateFile::Parsed parsed = TemplateFile::parse(source);
    Template t = parsed.value;
    // Required text left empty shows as «its label», so the shape is visible.
    QHash<QString, QString> values;
    for (TemplateVariable &v : t.variables) {
        const QString value = TemplateRenderer::defaultValue(v);
        QString problem;
        if (!TemplateRenderer::normalise(v, value, &problem)) {
            v.required = false;
            values.insert(v.name, QStringLiteral("«%1»").arg(v.displayLabel()));
            if (v.type != TemplateVariable::Type::Text && v.type != TemplateVariable::Type::MultiLine)
                v.type = TemplateVariable::Type::MultiLine;
        }
    }
    RenderContext context;
    context.language = m_language;
    context.selection = tr("«the selected text»");
    const auto r = TemplateRenderer::render(t, values, context);
    return {r.systemPrompt, r.prompt};
}

QString TemplatesController::save(const QString &source, const QString &key)
{
    auto saved = m_library.save(source, key);
    if (!saved.ok()) {
        setMessage(saved.error.message);
        return {};
    }
    setMessage({});
    reload();
    return saved.value;
}

QString TemplatesController::duplicate(const QString &key)
{
    auto copy = m_library.duplicate(key);
    if (!copy.ok()) {
        setMessage(copy.error.message);
        return {};
    }
    reload();
    return copy.value;
}

void TemplatesController::remove(const QString &key)
{
    const Template t = find(key);
    if (const Error e = m_library.remove(key); e.isError()) {
        setMessage(e.message);
        return;
    }
    m_removedKey = key;
    m_removedName = t.name;
    m_removedSource = t.source;
    Q_EMIT undoChanged();
    reload();
}

void TemplatesController::undoRemove()
{
    if (m_removedKey.isEmpty())
        return;
    auto back = m_library.restore(m_removedKey, m_removedSource);
    if (!back.ok())
        setMessage(back.error.message);
    dismissUndo();
    reload();
}

void TemplatesController::dismissUndo()
{
    m_removedKey.clear();
    m_removedName.clear();
    m_removedSource.clear();
    Q_EMIT undoChanged();
}

void TemplatesController::importFiles(const QList<QUrl> &files)
{
    QStringList added, failed;
    for (const QUrl &url : files) {
        const auto r = m_library.importFile(url.toLocalFile());
        if (r.ok())
            added << r.value.name;
        else
            failed << r.error.message;
    }
    reload();
    QString text;
    if (!added.isEmpty())
        text = tr("Imported %n template(s): %1", nullptr, int(added.size())).arg(added.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + failed.join(u'\n');
    setMessage(text);
}

bool TemplatesController::exportTo(const QString &key, const QUrl &file)
{
    if (const Error e = m_library.exportFile(key, file.toLocalFile()); e.isError()) {
        setMessage(e.message);
        return false;
    }
    setMessage(tr("Saved %1").arg(QFileInfo(file.toLocalFile()).fileName()));
    return true;
}

QString TemplatesController::suggestedFileName(const QString &key)
{
    const QString base = safeFileName(find(key).name);
    return (base.isEmpty() ? QStringLiteral("template") : base) + QStringLiteral(".md");
}

QList<TemplateFormField> TemplatesController::form(const QString &key, bool haveSelection)
{
    const Template t = find(key);
    QList<TemplateFormField> out;
    for (const TemplateVariable &v : t.variables)
        out << TemplateFormField::from(v);
    const bool usesSelection = TemplateSyntax::references(TemplateSyntax::parse(t.body + u'\n' + t.systemPrompt))
                                   .contains(QStringLiteral("selection"));
    if (usesSelection && !haveSelection) {
        TemplateFormField selection;
        selection.name = QStringLiteral("selection");
        selection.type = QStringLiteral("multiline");
        selection.label = tr("Text to work on");
        selection.help = tr("Paste the text; in a draft, the selected text is used.");
        selection.required = true;
        out.prepend(selection);
    }
    return out;
}

QList<TemplateFieldProblem> TemplatesController::validate(const QString &key, const QVariantMap &values)
{
    const Template t = find(key);
    QHash<QString, QString> given = formValues(values);
    RenderContext context;
    context.selection = given.take(QStringLiteral("selection"));
    // One problem a field, as one line fits under it: the last one found.
    QMap<QString, QString> found;
    if (values.contains(QStringLiteral("selection")) && context.selection.trimmed().isEmpty())
        found.insert(QStringLiteral("selection"), tr("“Text to work on” is required"));
    for (const auto &p : TemplateRenderer::render(t, given, context).problems)
        found.insert(p.variable, p.message);
    // A file still being read, or one that cannot be: readAttachment's sentence.
    for (const TemplateVariable &v : t.variables) {
        if (v.type != TemplateVariable::Type::File || found.contains(v.name))
            continue;
        if (const QString problem = m_files.problem(v.name, given.value(v.name), v.displayLabel()); !problem.isEmpty())
            found.insert(v.name, problem);
    }
    QList<TemplateFieldProblem> out;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace Inkwell
