// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "attachments/attachmentfile.h"
#include "cli/backend.h"
#include "cli/chatcommand.h"
#include "cli/clicontext.h"
#include "cli/conversationscommand.h"
#include "cli/draftscommand.h"
#include "cli/exchangecommands.h"
#include "cli/options.h"
#include "cli/profilecommands.h"
#include "cli/searchcommand.h"
#include "cli/sigintwatcher.h"
#include "cli/templatecommands.h"
#include "providers/capabilities.h"
#include "providers/presets.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace Inkwell::Cli {

namespace {

const char kUsage[]
    = "Usage: inkwell-cli COMMAND [options]\n"
      "       inkwell-cli --help | --version\n\n"
      "Commands:\n"
      "  chat [options] [PROMPT]              chat with a model (PROMPT or stdin)\n"
      "  complete [options] [PROMPT]          continue a text (legacy /v1/completions, Ollama /api/generate)\n"
      "  models [--json]                      models of a profile or --base-url\n"
      "  profiles list|add|remove|test        stored servers; add: NAME --api KIND --base-url URL\n"
      "                                       [--model M] [--api-key-stdin]\n"
      "  conversations list [--json]          stored conversations, newest first\n"
      "  conversations show ID|--last [--json]\n"
      "                                       messages of a conversation's current branch\n"
      "  export (--conversation ID | --all) --format md|html|json|txt|pdf --out PATH\n"
      "                                       conversations to files; --draft ID: a draft\n"
      "  import FILE... [--format inkwell|chatgpt] [--dry-run] [--json]\n"
      "                                       Inkwell exports, ChatGPT's data export (zip, json, split\n"
      "                                       conversations-NNN.json, or a folder of them)\n"
      "  template list|show|run|import|export saved prompts with typed variables;\n"
      "                                       run: NAME --var KEY=VALUE ... [--out FILE]\n"
      "  drafts list [--search TEXT] [--json] the drafting studio's drafts, newest first\n"
      "  drafts show ID [--json]              a draft's Markdown\n"
      "  search QUERY [--json]                every message and draft that holds it\n\n"
      "Run 'inkwell-cli COMMAND --help' for a command's options.\n"
      "Exit codes: 0 success, 2 usage error, 3 backend or HTTP error,\n"
      "            4 stream interrupted (partial text printed), 5 a file to import\n"
      "            or export could not be read, written or understood, 130 Ctrl+C.\n";

// The files of --attach and --attach-pdf in the order given on the command
// line (QCommandLineParser keeps each option's values apart), true for a
// PDF to send whole.
QList<QPair<QString, bool>> filesInOrder(const QStringList &args)
{
    QList<QPair<QString, bool>> out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--")
            break;
        for (const auto &[name, whole] :
             {std::pair {QStringLiteral("--attach"), false}, std::pair {QStringLiteral("--attach-pdf"), true}}) {
            if (arg == name && i + 1 < args.size())
                out.append({args.at(++i), whole});
            else if (arg.startsWith(name + u'='))
                out.append({arg.mid(name.size() + 1), whole});
        }
    }
    return out;
}

// chat and complete: one request, streamed to stdout.
int runGenerate(const QStringList &args, GenerationRequest::Mode mode)
{
    const bool completion = mode == GenerationRequest::Mode::Completion;
    QCommandLineParser p;
    p.setApplicationDescription(
        completion
            ? QStringLiteral("Continue a text with a completion model (OpenAI's legacy /v1/completions, or Ollama's "
                             "/api/generate). The text streams to stdout as it arrives.")
            : QStringLiteral("Chat with a model. The answer streams to stdout as it arrives."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("The text; read from stdin when absent."));
    p.addOptions(backendOptions());
    p.addOptions(samplingOptions());
    if (completion) {
        p.addOptions({
            opt("suffix", "Text that comes after the completion (insertion).", "TEXT"),
            opt("echo", "The answer repeats the prompt before the completion."),
            opt("logprobs", "Ask for the log-probabilities of the N likeliest tokens (0–5).", "N"),
        });
    }
    p.addOptions({
        opt("no-stream", "Ask for the whole answer at once."),
        opt("json", "Print one JSON object with choices (and reasoning), usage, model and timings."),
        opt("show-reasoning", "Stream the model's reasoning to stderr as it arrives."),
        opt("save", "Store the exchange as a new conversation."),
    });
    if (!completion)
        p.addOption(opt("attach",
                        "Send FILE with the message (repeat for several): an image (PNG, JPEG, WebP, GIF…; "
                        "turned upright, its metadata removed, scaled) or a document (PDF, DOCX, ODT, text, "
                        "Markdown, CSV, HTML: its text).",
                        "FILE"));
    if (!completion)
        p.addOption(opt("attach-pdf",
                        "Send the PDF FILE itself (repeatable), for a server that reads PDFs "
                        "(Anthropic, Gemini, OpenAI): it sees the pages' pictures and layout too. A scanned PDF "
                        "goes this way only.",
                        "FILE"));
    if (!parse(p, args))
        return ExitCode::Ok;

    ChatCommand::Options o;
    o.json = p.isSet(QStringLiteral("json"));
    o.save = p.isSet(QStringLiteral("save"));
    o.showReasoning = p.isSet(QStringLiteral("show-reasoning"));
    Database db;
    if (o.save) {
        if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
            printError(e.message);
            return ExitCode::Backend;
        }
    }
    auto backend = resolveBackend(p, db);
    if (!backend.ok()) {
        printError(backend.error.message);
        return ExitCode::Backend;
    }
    GenerationRequest &r = o.request;
    r = backend.value;
    r.mode = mode;
    if (completion && !supportsCompletion(r.profile))
        throw UsageError {QStringLiteral("%1 (%2) has no text-completion API; use chat")
                              .arg(Preset::of(r.profile).name, r.profile.api)};
    readSampling(p, r);
    r.stream = !p.isSet(QStringLiteral("no-stream"));
    if (!completion) {
        const AttachmentLimits limits = limitsFor(r.profile);
        const auto files = filesInOrder(args);
        // The parser's own count: a value it took another way is not lost.
        if (files.size() != p.values(QStringLiteral("attach")).size() + p.values(QStringLiteral("attach-pdf")).size())
            throw UsageError {QStringLiteral("write --attach FILE or --attach=FILE (and the same for --attach-pdf)")};
        for (const auto &[path, whole] : files) {
            if (whole && !limits.wholePdf)
                throw UsageError {QStringLiteral("--attach-pdf: %1 (%2) does not read PDFs sent whole; use --attach "
                                                 "to send the text")
                                      .arg(Preset::of(r.profile).name, r.profile.api)};
            auto file = readAttachment(path, limits);
            if (!file.ok()) {
                printError(file.error.message);
                return ExitCode::Data;
            }
            if (whole && !file.value.isPdf())
                throw UsageError {QStringLiteral("--attach-pdf: %1 is not a PDF").arg(path)};
            file.value.native = file.value.native || whole;
            o.attachments << file.value;
        }
    }
    if (completion) {
        r.suffix = p.value(QStringLiteral("suffix"));
        r.echo = p.isSet(QStringLiteral("echo"));
        r.logprobs = number<int>(p, "logprobs", 0, 5);
        if (r.profile.api == u"ollama" && (r.echo || r.logprobs))
            printError(QStringLiteral("warning: --echo and --logprobs are not supported by Ollama; not sent"));
        if (r.profile.api == u"ollama") {
            r.echo = false;
            r.logprobs.reset();
        }
    }

    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        throw UsageError {QStringLiteral("one PROMPT at most (quote it); got %1 words").arg(positional.size())};
    if (positional.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw UsageError {QStringLiteral("no PROMPT given and stdin is unreadable")};
        o.prompt = QString::fromUtf8(in.readAll());
    } else {
        o.prompt = positional.first();
    }
    // A completion prompt is taken as written (a trailing space matters).
    if (o.prompt.trimmed().isEmpty() && o.attachments.isEmpty())
        throw UsageError {QStringLiteral("the prompt is empty")};
    if (completion)
        r.prompt = o.prompt;

    return ChatCommand::run(o, o.save ? db.db() : QSqlDatabase());
}

int runConversations(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List stored conversations or show one."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("list|show"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Conversation id (show)."));
    p.addOptions({opt("json", "Print JSON."), opt("last", "Show the newest conversation."),
                  opt("data-dir", "Data directory.", "DIR")});
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"list" && action != u"show")
        throw UsageError {QStringLiteral("conversations needs list or show")};
    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    if (action == u"list")
        return listConversations(db.db(), json);
    const bool last = p.isSet(QStringLiteral("last"));
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    if (!last && (!ok || id <= 0))
        throw UsageError {QStringLiteral("show needs a conversation ID or --last")};
    return showConversation(db.db(), id, last, json);
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // Each subcommand parses the arguments after its name; argv[0] stays first.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + command);
    try {
        if (command == u"chat")
            return runGenerate(rest, GenerationRequest::Mode::Chat);
        if (command == u"complete")
            return runGenerate(rest, GenerationRequest::Mode::Completion);
        if (command == u"models")
            return runModels(rest);
        if (command == u"profiles")
            return runProfiles(rest);
        if (command == u"conversations")
            return runConversations(rest);
        if (command == u"export")
            return runExport(rest);
        if (command == u"import")
            return runImport(rest);
        if (command == u"template")
            return runTemplate(rest);
        if (command == u"drafts")
            return runDrafts(rest);
        if (command == u"search")
            return runSearch(rest);
        if (command == u"--version" || command == u"-v") {
            writeOut("inkwell-cli " INKWELL_VERSION "\n");
            return ExitCode::Ok;
        }
        if (command == u"--help" || command == u"-h" || command == u"help") {
            writeOut(kUsage);
            return ExitCode::Ok;
        }
        printError(command.isEmpty() ? QStringLiteral("no command given")
                                     : QStringLiteral("unknown command ‘%1’").arg(command));
        std::fputs(kUsage, stderr);
        return ExitCode::Usage;
    } catch (const UsageError &e) {
        printError(e.message + QStringLiteral(" (see inkwell-cli %1 --help)").arg(command));
        return ExitCode::Usage;
    }
}

} // namespace Inkwell::Cli
