// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecommands.h"

#include "cli/backend.h"
#include "cli/chatcommand.h"
#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "drafting/templatefiles.h"
#include "drafting/templatelibrary.h"
#include "drafting/templateparams.h"
#include "store/database.h"
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"
#include "templates/templatesyntax.h"

#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>
#include <unistd.h>

namespace Inkwell::Cli {

using nlohmann::json;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

json variableJson(const TemplateVariable &v)
{
    json j = {{"name", s(v.name)},
              {"type", s(TemplateVariable::typeName(v.type))},
              {"label", s(v.displayLabel())},
              {"required", v.required}};
    if (!v.defaultValue.isEmpty())
        j["default"] = s(v.defaultValue);
    if (!v.help.isEmpty())
        j["help"] = s(v.help);
    if (v.min)
        j["min"] = *v.min;
    if (v.max)
        j["max"] = *v.max;
    if (!v.choices.isEmpty()) {
        j["choices"] = json::array();
        for (const QString &c : v.choices)
            j["choices"].push_back(s(c));
    }
    if (!v.accept.isEmpty()) {
        j["accept"] = json::array();
        for (const QString &e : v.accept)
            j["accept"].push_back(s(e));
    }
    return j;
}

json templateJson(const Template &t, bool full)
{
    json tags = json::array();
    for (const QString &tag : t.tags)
        tags.push_back(s(tag));
    json vars = json::array();
    for (const TemplateVariable &v : t.variables)
        vars.push_back(variableJson(v));
    json j = {{"key", s(t.key)},
              {"name", s(t.name)},
              {"description", s(t.description)},
              {"category", s(t.category)},
              {"tags", tags},
              {"language", s(t.language)},
              {"builtin", t.builtin},
              {"mode", t.mode == Template::Mode::Chat ? "chat" : "completion"},
              {"output", t.output == Template::Output::Draft ? "draft" : "conversation"},
              {"variables", vars}};
    if (!t.basedOn.isEmpty())
        j["based_on"] = s(t.basedOn);
    if (!t.problem.isEmpty())
        j["problem"] = s(t.problem);
    if (full) {
        j["preset"] = s(t.preset);
        j["parameters"] = json::parse(s(t.parameters.isEmpty() ? QStringLiteral("{}") : t.parameters), nullptr, false);
        j["system"] = s(t.systemPrompt);
        j["body"] = s(t.body);
    }
    return j;
}

// A short name to type: a built-in's key without "builtin:", else the name.
QString handle(const Template &t)
{
    return t.builtin ? t.key.mid(8) : t.name;
}

int list(TemplateLibrary &lib, bool asJson, const QString &category)
{
    auto all = lib.all();
    if (!all.ok()) {
        printError(all.error.message);
        return ExitCode::Backend;
    }
    QList<Template> shown;
    for (const Template &t : std::as_const(all.value))
        if (category.isEmpty() || t.category.compare(category, Qt::CaseInsensitive) == 0)
            shown << t;
    if (asJson) {
        json arr = json::array();
        for (const Template &t : std::as_const(shown))
            arr.push_back(templateJson(t, false));
        writeJson(arr);
        return ExitCode::Ok;
    }
    qsizetype width = 4;
    for (const Template &t : std::as_const(shown))
        width = qMax(width, handle(t).size());
    QByteArray out;
    for (const Template &t : std::as_const(shown)) {
        const QString kind = t.builtin ? QStringLiteral("built-in") : QStringLiteral("yours");
        QString line = handle(t).leftJustified(width + 2) + t.name;
        if (t.builtin)
            line += QStringLiteral("  [%1, %2%3]")
                        .arg(t.category, kind, t.language.isEmpty() ? QString() : u", " + t.language);
        else
            line += QStringLiteral("  [%1, %2]").arg(t.category.isEmpty() ? QStringLiteral("-") : t.category, kind);
        if (!t.problem.isEmpty())
            line += QStringLiteral("  (problem: %1)").arg(t.problem);
        out += line.toUtf8() + '\n';
    }
    writeOut(out);
    return ExitCode::Ok;
}

QHash<QString, QString> readVars(const QCommandLineParser &p, const Template &t)
{
    QHash<QString, QString> values;
    for (const QString &pair : p.values(QStringLiteral("var"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            throw UsageError {QStringLiteral("--var takes KEY=VALUE, not ‘%1’").arg(pair)};
        values.insert(pair.left(eq), pair.mid(eq + 1));
    }
    for (const QString &pair : p.values(QStringLiteral("var-file"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            throw UsageError {QStringLiteral("--var-file takes KEY=PATH, not ‘%1’").arg(pair)};
        // A file variable's value is its path already: the file is read as
        // an attachment, not as text.
        if (const TemplateVariable *v = t.variable(pair.left(eq)); v && v->type == TemplateVariable::Type::File) {
            values.insert(pair.left(eq), pair.mid(eq + 1));
            continue;
        }
        QFile f(pair.mid(eq + 1));
        if (!f.open(QIODevice::ReadOnly))
            throw UsageError {QStringLiteral("--var-file %1: %2").arg(pair.left(eq), f.errorString())};
        values.insert(pair.left(eq), QString::fromUtf8(f.readAll()));
    }
    return values;
}

int run(const QCommandLineParser &p, const QString &name, Database &db)
{
    TemplateLibrary lib(db.db());
    auto found = lib.find(name);
    if (!found.ok())
        throw UsageError {found.error.message};
    const Template t = found.value;
    if (!t.problem.isEmpty())
        throw UsageError {QStringLiteral("template “%1”: %2").arg(t.name, t.problem)};

    QHash<QString, QString> values = readVars(p, t);
    RenderContext context;
    context.language = QLocale().name();
    context.selection = values.take(QStringLiteral("selection"));
    const bool wantsSelection = TemplateSyntax::references(TemplateSyntax::parse(t.body + t.systemPrompt))
                                    .contains(QStringLiteral("selection"));
    if (wantsSelection && context.selection.isEmpty()) {
        // The text to work on comes from stdin when it is not a terminal.
        QFile in;
        if (!isatty(fileno(stdin)) && in.open(stdin, QIODevice::ReadOnly))
            context.selection = QString::fromUtf8(in.readAll());
        if (context.selection.trimmed().isEmpty())
            throw UsageError {
                QStringLiteral("template “%1” works on a text: give it on stdin or with --var selection=TEXT")
                    .arg(t.name)};
    }
    const TemplateRenderer::Rendered rendered = TemplateRenderer::render(t, values, context);
    if (!rendered.ok()) {
        QStringList lines;
        for (const auto &problem : rendered.problems)
            lines << QStringLiteral("--var %1: %2").arg(problem.variable, problem.message);
        throw UsageError {lines.join(QStringLiteral("\ninkwell-cli: "))};
    }
    // The files of `file` variables, read as --attach reads them; one that
    // cannot be read is a data error in readAttachment's words.
    const auto readFiles = [&](const AttachmentLimits &limits) {
        TemplateFiles files = readTemplateFiles(t, values, limits);
        for (const auto &problem : std::as_const(files.problems))
            printError(problem.message);
        return files;
    };
    if (p.isSet(QStringLiteral("print-prompt"))) {
        // The server's limits where one is named (a scanned PDF for one that
        // reads PDFs, its largest file); Inkwell's own otherwise.
        AttachmentLimits limits;
        if (p.isSet(QStringLiteral("profile")) || p.isSet(QStringLiteral("base-url")))
            if (const auto backend = resolveBackend(p, db); backend.ok())
                limits = limitsFor(backend.value.profile);
        const TemplateFiles files = readFiles(limits);
        if (!files.ok())
            return ExitCode::Data;
        if (!rendered.systemPrompt.isEmpty())
            writeOut("# system\n" + rendered.systemPrompt.toUtf8() + "\n\n# prompt\n");
        // What the model reads: each document's block, then the prompt.
        writeOut(withDocumentText(rendered.prompt, files.files).toUtf8() + '\n');
        return ExitCode::Ok;
    }

    auto backend = resolveBackend(p, db);
    if (!backend.ok()) {
        printError(backend.error.message);
        return ExitCode::Backend;
    }
    const TemplateFiles files = readFiles(limitsFor(backend.value.profile));
    if (!files.ok())
        return ExitCode::Data;
    ChatCommand::Options o;
    o.request = backend.value;
    o.request.mode
        = t.mode == Template::Mode::Completion ? GenerationRequest::Mode::Completion : GenerationRequest::Mode::Chat;
    o.request.params = templateParams(t, rendered.systemPrompt);
    readSampling(p, o.request);
    o.request.stream = true;
    o.prompt = rendered.prompt;
    o.attachments = files.files; // a picture for a model that reads text only is refused (refuseFiles)
    if (o.request.mode == GenerationRequest::Mode::Completion)
        o.request.prompt = withDocumentText(rendered.prompt, files.files); // a raw prompt has no other place
    o.json = p.isSet(QStringLiteral("json"));
    o.showReasoning = p.isSet(QStringLiteral("show-reasoning"));
    if (const QString out = p.value(QStringLiteral("out")); out != u"-")
        o.outPath = out;

    return ChatCommand::run(o, QSqlDatabase());
}

int importFiles(TemplateLibrary &lib, const QStringList &files)
{
    if (files.isEmpty())
        throw UsageError {QStringLiteral("template import needs at least one FILE")};
    int code = ExitCode::Ok;
    for (const QString &file : files) {
        const auto r = lib.importFile(file);
        if (!r.ok()) {
            printError(r.error.message);
            code = r.error.kind == Error::Kind::Storage ? ExitCode::Backend : ExitCode::Data;
            continue;
        }
        writeOut(QStringLiteral("%1 %2\n")
                     .arg(r.value.replaced ? QStringLiteral("updated") : QStringLiteral("added"), r.value.name)
                     .toUtf8());
    }
    return code;
}

} // namespace

int runTemplate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Saved prompts with typed variables.\n\n"
                       "  list [--json] [--category C]     the built-in templates and yours\n"
                       "  show NAME [--json]               a template's file (or its fields as JSON)\n"
                       "  run NAME --var KEY=VALUE ...     fill it in and stream the result\n"
                       "  import FILE...                   add (or update, by name) templates from Markdown files\n"
                       "  export NAME --out FILE           write a template as a Markdown file\n\n"
                       "NAME is a template's name or a built-in's short name (see list). A file variable's\n"
                       "value is a path (--var report=notes.pdf): the file goes with the request as --attach\n"
                       "sends it, and {{report}} becomes its name."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("list|show|run|import|export"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("NAME|FILE"), QStringLiteral("The template, or files to import."));
    p.addOptions(backendOptions());
    p.addOptions(samplingOptions());
    p.addOptions({
        opt("var", "A variable's value (run; repeatable).", "KEY=VALUE"),
        opt("var-file", "A variable's value read from a file (run; repeatable).", "KEY=PATH"),
        opt("out", "Write to this file instead of stdout (run, export).", "FILE"),
        opt("print-prompt", "Print the rendered prompt instead of sending it (run)."),
        opt("show-reasoning", "Stream the model's reasoning to stderr (run)."),
        opt("category", "Only templates of this category (list).", "C"),
        opt("json", "Print JSON (list, show, run)."),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("run"),
                                        QStringLiteral("import"), QStringLiteral("export")};
    if (!actions.contains(action))
        throw UsageError {QStringLiteral("template needs list, show, run, import or export")};
    if ((action == u"show" || action == u"run" || action == u"export") && pos.size() != 2)
        throw UsageError {QStringLiteral("template %1 needs one NAME (quote a name with spaces)").arg(action)};
    if (action == u"export" && !p.isSet(QStringLiteral("out")))
        throw UsageError {QStringLiteral("template export needs --out FILE")};

    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    TemplateLibrary lib(db.db());
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (action == u"list")
        return list(lib, asJson, p.value(QStringLiteral("category")));
    if (action == u"import")
        return importFiles(lib, pos.mid(1));
    if (action == u"run")
        return run(p, pos.value(1), db);

    auto found = lib.find(pos.value(1));
    if (!found.ok())
        throw UsageError {found.error.message};
    if (action == u"export") {
        const QString out = p.value(QStringLiteral("out"));
        if (out == u"-") {
            writeOut(found.value.source.toUtf8());
            return ExitCode::Ok;
        }
        if (const Error e = lib.exportFile(found.value.key, out); e.isError()) {
            printError(e.message);
            return ExitCode::Data;
        }
        return ExitCode::Ok;
    }
    if (asJson)
        writeJson(templateJson(found.value, true));
    else
        writeOut(found.value.source.toUtf8());
    return ExitCode::Ok;
}

} // namespace Inkwell::Cli
