// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecommands.h"

#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "cli/searchcommand.h"
#include "cli/sigintwatcher.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/folderrepository.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace Inkwell::Cli {

namespace {

int exportOneDraft(const QCommandLineParser &p, const QString &format, const QString &out)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("draft")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError {QStringLiteral("--draft takes an id, not ‘%1’").arg(p.value(QStringLiteral("draft")))};
    if (!draftExportFormats().contains(format))
        throw UsageError {QStringLiteral("a draft is exported as %1").arg(draftExportFormats().join(u", "))};
    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    const auto d = DraftRepository(db.db()).get(id);
    if (!d.ok()) {
        printError(d.error.message);
        return ExitCode::Data;
    }
    if (const Error e = exportDraft(d.value, format, out); e.isError()) {
        printError(e.message);
        return ExitCode::Data;
    }
    writeOut(out.toUtf8() + '\n');
    return ExitCode::Ok;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Export conversations to Markdown, HTML, JSON, plain text or PDF, "
                                               "or a draft to Markdown, HTML, plain text or PDF."));
    p.addHelpOption();
    p.addOptions({
        opt("conversation", "Conversation id (repeatable).", "ID"),
        opt("last", "The newest conversation."),
        opt("all", "Every conversation."),
        opt("folder", "Every conversation in the sidebar folder of this name.", "NAME"),
        opt("draft", "A draft's id (see drafts list).", "ID"),
        opt("format", "md, html, json, txt or pdf (default: from --out's extension).", "F"),
        opt("out",
            "File to write; a folder for one file per conversation. With --all and json, a file "
            "gets one archive of them all.",
            "PATH"),
        opt("all-branches", "Every branch, not only the current one (md, html, txt, pdf)."),
        opt("data-dir", "Data directory.", "DIR"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    ExportRequest request;
    request.outPath = p.value(QStringLiteral("out"));
    if (request.outPath.isEmpty())
        throw UsageError {QStringLiteral("say where: --out PATH")};
    request.format = p.value(QStringLiteral("format"));
    if (request.format.isEmpty())
        request.format
            = request.outPath.section(u'.', -1).toLower().replace(QStringLiteral("markdown"), QStringLiteral("md"));
    if (request.format == u"htm")
        request.format = QStringLiteral("html");
    if (!exportFormats().contains(request.format))
        throw UsageError {QStringLiteral("--format is one of %1").arg(exportFormats().join(u", "))};
    request.options.allBranches = p.isSet(QStringLiteral("all-branches"));

    const bool all = p.isSet(QStringLiteral("all"));
    const bool last = p.isSet(QStringLiteral("last"));
    const QStringList ids = p.values(QStringLiteral("conversation"));
    const bool draft = p.isSet(QStringLiteral("draft"));
    const bool folder = p.isSet(QStringLiteral("folder"));
    if (int(all) + int(last) + int(!ids.isEmpty()) + int(draft) + int(folder) != 1)
        throw UsageError {QStringLiteral("say which: --conversation ID, --last, --all, --folder NAME or --draft ID")};
    if (draft)
        return exportOneDraft(p, request.format, request.outPath);
    for (const QString &id : ids) {
        bool ok = false;
        request.conversationIds << id.toLongLong(&ok);
        if (!ok || request.conversationIds.constLast() <= 0)
            throw UsageError {QStringLiteral("--conversation takes an id, not ‘%1’").arg(id)};
    }

    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    if (last) {
        const auto newest = ConversationRepository(db.db()).lastId();
        if (!newest.ok() || newest.value <= 0) {
            printError(QStringLiteral("there are no conversations yet"));
            return ExitCode::Data;
        }
        request.conversationIds << newest.value;
    }
    if (folder) {
        const QString name = p.value(QStringLiteral("folder"));
        const auto found = FolderRepository(db.db()).findByName(name);
        if (!found.ok() || found.value == 0)
            throw UsageError {QStringLiteral("there is no folder named ‘%1’ (see conversations list)").arg(name)};
        for (const Conversation &c : ConversationRepository(db.db()).list().value)
            if (c.folderId == found.value)
                request.conversationIds << c.id;
        if (request.conversationIds.isEmpty()) {
            printError(QStringLiteral("the folder ‘%1’ is empty").arg(name));
            return ExitCode::Data;
        }
    }
    if (all) {
        const auto list = ConversationRepository(db.db()).list();
        if (list.ok() && list.value.isEmpty()) {
            printError(QStringLiteral("there are no conversations yet"));
            return ExitCode::Data;
        }
    }
    const auto done = exportConversations(db.db(), request);
    if (!done.ok()) {
        if (done.error.kind == Error::Kind::Usage)
            throw UsageError {done.error.message};
        printError(done.error.message);
        return ExitCode::Data;
    }
    for (const QString &file : done.value.files)
        writeOut(file.toUtf8() + '\n');
    return ExitCode::Ok;
}

namespace {

// "1,234 conversations, 45,678 messages · 38% · 2,100 messages/s · about 1 min 20 s left"
QString progressLine(const ImportProgress &p)
{
    const QLocale c = QLocale::c();
    QString line
        = QStringLiteral("%1 conversations, %2 messages").arg(c.toString(p.conversations), c.toString(p.messages));
    if (p.bytesTotal > 0)
        line += QStringLiteral(" · %1%").arg(int(100.0 * double(p.bytesDone) / double(p.bytesTotal)));
    line += QStringLiteral(" · %1 messages/s").arg(c.toString(qRound64(p.messagesPerSecond())));
    if (const qint64 left = p.msLeft(); left > 0)
        line += QStringLiteral(" · about %1 left").arg(durationText(left));
    return line;
}

// The import is kept; its messages then go into the search index (the
// import itself does not write it: see importer.cpp). Ctrl+C leaves the rest
// for the next search or start of the window.
int indexImported(Database &db, bool dryRun, bool showProgress, bool &interrupted)
{
    if (dryRun)
        return ExitCode::Ok;
    const Error e = catchUpSearch(db.db(), showProgress, [&interrupted] {
        QCoreApplication::processEvents(); // lets Ctrl+C through
        return interrupted;
    });
    // The import itself succeeded: that is what the exit code says.
    if (e.isError())
        printError(e.message + QStringLiteral(" (the import is kept; search will add the rest later)"));
    return ExitCode::Ok;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import Inkwell JSON exports and ChatGPT's data export: the zip, its "
                                               "conversations.json or split conversations-NNN.json files, or a folder "
                                               "holding them; several at once. Files of any size are read in pieces. "
                                               "If one file fails (or Ctrl+C), what was stored is removed again; "
                                               "importing it again adds nothing, but fills conversations an earlier "
                                               "import left empty."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files, zips or folders to import."),
                            QStringLiteral("FILE..."));
    p.addOptions({
        opt("format", "inkwell or chatgpt (default: recognised from each file).", "F"),
        opt("dry-run", "Check the files and count what would be imported; change nothing."),
        opt("progress", "Show progress on stderr even when it is not a terminal."),
        opt("json", "Print the counts as JSON."),
        opt("data-dir", "Data directory.", "DIR"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        throw UsageError {QStringLiteral("import takes at least one FILE")};
    const QString format = p.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"inkwell" && format != u"chatgpt")
        throw UsageError {QStringLiteral("--format is inkwell or chatgpt, not ‘%1’").arg(format)};
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    // Progress on one line of a terminal; Ctrl+C cancels between
    // conversations, and the transaction leaves nothing behind.
    const bool showProgress = p.isSet(QStringLiteral("progress")) || isatty(fileno(stderr));
    bool interrupted = false;
    SigintWatcher sigint;
    QObject::connect(&sigint, &SigintWatcher::interrupted, &sigint, [&interrupted] { interrupted = true; });
    ImportOptions options;
    options.format = format;
    options.dryRun = dryRun;
    bool drew = false;
    options.progress = [&](const ImportProgress &progress) {
        QCoreApplication::processEvents(); // lets Ctrl+C through
        if (showProgress) {
            std::fprintf(stderr, "\r\033[K%s", qPrintable(progressLine(progress)));
            std::fflush(stderr);
            drew = true;
        }
        return !interrupted;
    };
    const auto report = importFiles(db.db(), files, options);
    if (drew)
        std::fputs("\r\033[K", stderr);
    if (!report.ok()) {
        if (report.error.kind == Error::Kind::Cancelled) {
            printError(report.error.message);
            return ExitCode::Cancelled;
        }
        printError(report.error.message + QStringLiteral(" (nothing was imported)"));
        if (p.isSet(QStringLiteral("json"))) // a script reading stdout learns why too
            writeJson(nlohmann::ordered_json {{"error", report.error.message.toStdString()}, {"imported", false}});
        return ExitCode::Data;
    }
    const ImportReport &r = report.value;
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json j = {
            {"files", nlohmann::json::array()},
            {"format", r.format.toStdString()},
            {"dry_run", dryRun},
            {"conversations",
             {{"imported", r.conversations}, {"repaired", r.repaired}, {"skipped", r.skippedConversations}}},
            {"messages", {{"imported", r.messages}, {"skipped", r.skippedMessages}}},
            {"notes", nlohmann::json::array()},
        };
        for (const QString &file : r.files)
            j["files"].push_back(file.toStdString());
        for (const QString &note : r.notes)
            j["notes"].push_back(note.toStdString());
        writeJson(j);
        return indexImported(db, dryRun, showProgress, interrupted);
    }
    auto count = [](int n, const char *one, const char *many) -> QString {
        return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
    };
    QString text
        = QStringLiteral("%1 %2 (%3) from %4")
              .arg(dryRun ? QStringLiteral("Would import") : QStringLiteral("Imported"),
                   count(r.conversations, "conversation", "conversations"), count(r.messages, "message", "messages"),
                   r.files.size() == 1 ? r.files.constFirst() : count(int(r.files.size()), "file", "files"));
    if (r.repaired > 0)
        text += QStringLiteral("; %1 %2").arg(dryRun ? QStringLiteral("would fill") : QStringLiteral("filled"),
                                              count(r.repaired, "conversation an earlier import left empty",
                                                    "conversations an earlier import left empty"));
    if (r.skippedConversations > 0 || r.skippedMessages > 0)
        text += QStringLiteral("; skipped %1 and %2")
                    .arg(count(r.skippedConversations, "conversation", "conversations"),
                         count(r.skippedMessages, "message", "messages"));
    writeOut(text.toUtf8() + ".\n");
    for (const QString &note : r.notes)
        writeOut("  " + note.toUtf8() + '\n');
    return indexImported(db, dryRun, showProgress, interrupted);
}

} // namespace Inkwell::Cli
