// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "cli/chatcommand.h"
#include "cli/clicontext.h"
#include "cli/conversationscommand.h"
#include "cli/exchangecommands.h"
#include "cli/options.h"
#include "cli/sigintwatcher.h"
#include "providers/provider.h"
#include "secrets/keystore.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QUrl>

namespace Inkwell::Cli {

namespace {

const char kUsage[] =
    "Usage: inkwell-cli COMMAND [options]\n"
    "       inkwell-cli --help | --version\n\n"
    "Commands:\n"
    "  chat [options] [PROMPT]              chat with a model (PROMPT or stdin)\n"
    "  conversations list [--json]          stored conversations, newest first\n"
    "  conversations show ID|--last [--json]\n"
    "                                       messages of a conversation's current branch\n"
    "  export (--conversation ID | --all) --format md|html|json|txt|pdf --out PATH\n"
    "                                       conversations to files\n"
    "  import FILE [--format inkwell|chatgpt] [--dry-run] [--json]\n"
    "                                       an Inkwell export or ChatGPT's data export (zip or json)\n\n"
    "Run 'inkwell-cli COMMAND --help' for a command's options.\n"
    "Exit codes: 0 success, 2 usage error, 3 backend or HTTP error,\n"
    "            4 stream interrupted (partial text printed), 130 Ctrl+C.\n";

int runChat(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Chat with a model. The answer streams to stdout as it arrives."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("The message; read from stdin when absent."));
    p.addOptions({
        opt("base-url", "Server base URL (a bare host gets /v1).", "URL"),
        opt("model", "Model name.", "M"),
        opt("api", "API family: openai.", "KIND"),
        opt("profile", "Use a stored profile (its key comes from the keychain).", "NAME"),
        opt("api-key-env", "Read the API key from this environment variable (default INKWELL_API_KEY, "
                           "and OPENAI_API_KEY for api.openai.com).", "VAR"),
        opt("system", "System prompt.", "TEXT"),
        opt("temperature", "Sampling temperature (0–2).", "F"),
        opt("top-p", "Nucleus sampling (0–1).", "F"),
        opt("max-tokens", "Most tokens to generate.", "N"),
        opt("n", "How many answers (choices) at once.", "N"),
        opt("stop", "Stop sequence (repeatable, at most 4).", "S"),
        opt("seed", "Seed for reproducible sampling.", "N"),
        opt("presence-penalty", "Presence penalty (−2–2).", "F"),
        opt("frequency-penalty", "Frequency penalty (−2–2).", "F"),
        opt("no-stream", "Ask for the whole answer at once."),
        opt("json", "Print one JSON object with choices, usage, model and timings."),
        opt("data-dir", "Data directory (default: INKWELL_DATA_DIR or the platform location).", "DIR"),
        opt("save", "Store the exchange as a new conversation."),
        opt("idle-timeout", "Seconds without a byte before giving up (default 120).", "S"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;

    ChatCommand::Options o;
    o.json = p.isSet(QStringLiteral("json"));
    o.save = p.isSet(QStringLiteral("save"));
    GenerationRequest &r = o.request;
    Database db;
    if (o.save || p.isSet(QStringLiteral("profile"))) {
        if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
            printError(e.message);
            return ExitCode::Backend;
        }
    }
    if (p.isSet(QStringLiteral("profile"))) {
        auto prof = ProfileRepository(db.db()).byName(p.value(QStringLiteral("profile")));
        if (!prof.ok())
            throw UsageError{prof.error.message};
        r.profile = prof.value;
    } else {
        r.profile.name = QStringLiteral("command line");
    }
    if (p.isSet(QStringLiteral("base-url")))
        r.profile.baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("model")))
        r.profile.model = p.value(QStringLiteral("model"));
    if (p.isSet(QStringLiteral("api")))
        r.profile.api = p.value(QStringLiteral("api"));
    if (r.profile.baseUrl.isEmpty())
        throw UsageError{QStringLiteral("say which server: --base-url URL (with --model M) or --profile NAME")};
    const QUrl url = QUrl::fromUserInput(r.profile.baseUrl);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        throw UsageError{QStringLiteral("--base-url ‘%1’ is not an http(s) URL").arg(r.profile.baseUrl)};
    if (!Provider::apis().contains(r.profile.api))
        throw UsageError{QStringLiteral("--api ‘%1’ is not one of: %2").arg(r.profile.api, Provider::apis().join(u", "))};
    if (auto s = number<int>(p, "idle-timeout", 1, 86400))
        r.profile.idleTimeoutMs = *s * 1000;

    // The key: an explicit variable, else ours, else OpenAI's for OpenAI only.
    QString keyVar = p.value(QStringLiteral("api-key-env"));
    if (keyVar.isEmpty())
        keyVar = qEnvironmentVariableIsSet("INKWELL_API_KEY") || url.host() != u"api.openai.com"
            ? QStringLiteral("INKWELL_API_KEY")
            : QStringLiteral("OPENAI_API_KEY");
    else if (!qEnvironmentVariableIsSet(keyVar.toLocal8Bit().constData()))
        throw UsageError{QStringLiteral("--api-key-env names %1, which is not set").arg(keyVar)};
    r.apiKey = qEnvironmentVariable(keyVar.toLocal8Bit().constData());
    if (r.profile.id > 0 && !p.isSet(QStringLiteral("api-key-env")) && r.apiKey.isEmpty()) {
        // A stored profile's key lives in the keychain.
        KeyStore keys;
        QEventLoop waitForKey;
        Error keyError;
        bool answered = false;
        keys.read(KeyStore::accountFor(r.profile.id), [&](const QString &key, const Error &e) {
            r.apiKey = key;
            keyError = e;
            answered = true;
            waitForKey.quit();
        });
        if (!answered)
            waitForKey.exec();
        if (keyError.isError()) {
            printError(keyError.message);
            return ExitCode::Backend;
        }
    }

    GenerationParams &g = r.params;
    g.systemPrompt = p.value(QStringLiteral("system"));
    g.temperature = number<double>(p, "temperature", 0, 2);
    g.topP = number<double>(p, "top-p", 0, 1);
    g.maxTokens = number<int>(p, "max-tokens", 1, 10000000);
    g.n = number<int>(p, "n", 1, 128);
    g.seed = number<qint64>(p, "seed", std::numeric_limits<qint32>::min(), std::numeric_limits<qint64>::max() / 2);
    g.presencePenalty = number<double>(p, "presence-penalty", -2, 2);
    g.frequencyPenalty = number<double>(p, "frequency-penalty", -2, 2);
    g.stop = p.values(QStringLiteral("stop"));
    if (g.stop.size() > 4)
        throw UsageError{QStringLiteral("at most 4 --stop sequences, not %1").arg(g.stop.size())};
    r.stream = !p.isSet(QStringLiteral("no-stream"));

    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        throw UsageError{QStringLiteral("one PROMPT at most (quote it); got %1 words").arg(positional.size())};
    if (positional.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw UsageError{QStringLiteral("no PROMPT given and stdin is unreadable")};
        o.prompt = QString::fromUtf8(in.readAll());
    } else {
        o.prompt = positional.first();
    }
    if (o.prompt.trimmed().isEmpty())
        throw UsageError{QStringLiteral("the prompt is empty")};

    ChatCommand command(o, o.save ? db.db() : QSqlDatabase());
    QEventLoop loop;
    int code = ExitCode::Ok;
    QObject::connect(&command, &ChatCommand::done, &loop, [&](int c) {
        code = c;
        loop.quit();
    });
    SigintWatcher sigint;
    QObject::connect(&sigint, &SigintWatcher::interrupted, &command, &ChatCommand::interrupt);
    command.start();
    loop.exec();
    return code;
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
        throw UsageError{QStringLiteral("conversations needs list or show")};
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
        throw UsageError{QStringLiteral("show needs a conversation ID or --last")};
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
            return runChat(rest);
        if (command == u"conversations")
            return runConversations(rest);
        if (command == u"export")
            return runExport(rest);
        if (command == u"import")
            return runImport(rest);
        if (command == u"--version" || command == u"-v") {
            writeOut("inkwell-cli " INKWELL_VERSION "\n");
            return ExitCode::Ok;
        }
        if (command == u"--help" || command == u"-h" || command == u"help") {
            writeOut(kUsage);
            return ExitCode::Ok;
        }
        printError(command.isEmpty() ? QStringLiteral("no command given") : QStringLiteral("unknown command ‘%1’").arg(command));
        std::fputs(kUsage, stderr);
        return ExitCode::Usage;
    } catch (const UsageError &e) {
        printError(e.message + QStringLiteral(" (see inkwell-cli %1 --help)").arg(command));
        return ExitCode::Usage;
    }
}

} // namespace Inkwell::Cli
