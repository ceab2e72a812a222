// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecommands.h"

#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "store/conversationrepository.h"
#include "store/folderrepository.h"
#include "store/draftrepository.h"
#include "store/database.h"

#include <QGuiApplication>
#include <nlohmann/json.hpp>

namespace Inkwell::Cli {

namespace {

int exportOneDraft(const QCommandLineParser &p, const QString &format, const QString &out)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("draft")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("--draft takes an id, not ‘%1’").arg(p.value(QStringLiteral("draft")))};
    if (!draftExportFormats().contains(format))
        throw UsageError{QStringLiteral("a draft is exported as %1").arg(draftExportFormats().join(u", "))};
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
        opt("out", "File to write; a folder for one file per conversation. With --all and json, a file "
                   "gets one archive of them all.", "PATH"),
        opt("all-branches", "Every branch, not only the current one (md, html, txt, pdf)."),
        opt("data-dir", "Data directory.", "DIR"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    ExportRequest request;
    request.outPath = p.value(QStringLiteral("out"));
    if (request.outPath.isEmpty())
        throw UsageError{QStringLiteral("say where: --out PATH")};
    request.format = p.value(QStringLiteral("format"));
    if (request.format.isEmpty())
        request.format = request.outPath.section(u'.', -1).toLower().replace(QStringLiteral("markdown"), QStringLiteral("md"));
    if (request.format == u"htm")
        request.format = QStringLiteral("html");
    if (!exportFormats().contains(request.format))
        throw UsageError{QStringLiteral("--format is one of %1").arg(exportFormats().join(u", "))};
    request.options.allBranches = p.isSet(QStringLiteral("all-branches"));

    const bool all = p.isSet(QStringLiteral("all"));
    const bool last = p.isSet(QStringLiteral("last"));
    const QStringList ids = p.values(QStringLiteral("conversation"));
    const bool draft = p.isSet(QStringLiteral("draft"));
    const bool folder = p.isSet(QStringLiteral("folder"));
    if (int(all) + int(last) + int(!ids.isEmpty()) + int(draft) + int(folder) != 1)
        throw UsageError{QStringLiteral("say which: --conversation ID, --last, --all, --folder NAME or --draft ID")};
    if (draft)
        return exportOneDraft(p, request.format, request.outPath);
    for (const QString &id : ids) {
        bool ok = false;
        request.conversationIds << id.toLongLong(&ok);
        if (!ok || request.conversationIds.constLast() <= 0)
            throw UsageError{QStringLiteral("--conversation takes an id, not ‘%1’").arg(id)};
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
            throw UsageError{QStringLiteral("there is no folder named ‘%1’ (see conversations list)").arg(name)};
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
            throw UsageError{done.error.message};
        printError(done.error.message);
        return ExitCode::Data;
    }
    for (const QString &file : done.value.files)
        writeOut(file.toUtf8() + '\n');
    return ExitCode::Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import an Inkwell JSON export, or ChatGPT's data export (the zip, or the "
                                               "conversations.json in it). A file that fails imports nothing; importing "
                                               "it again adds nothing."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to import."));
    p.addOptions({
        opt("format", "inkwell or chatgpt (default: recognised from the file).", "F"),
        opt("dry-run", "Check the file and count what would be imported; change nothing."),
        opt("json", "Print the counts as JSON."),
        opt("data-dir", "Data directory.", "DIR"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        throw UsageError{QStringLiteral("import takes one FILE")};
    const QString format = p.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"inkwell" && format != u"chatgpt")
        throw UsageError{QStringLiteral("--format is inkwell or chatgpt, not ‘%1’").arg(format)};
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    const auto report = importFile(db.db(), files.constFirst(), format, dryRun);
    if (!report.ok()) {
        printError(report.error.message + QStringLiteral(" (nothing was imported)"));
        return ExitCode::Data;
    }
    const ImportReport &r = report.value;
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json j = {
            {"file", files.constFirst().toStdString()},
            {"format", r.format.toStdString()},
            {"dry_run", dryRun},
            {"conversations", {{"imported", r.conversations}, {"skipped", r.skippedConversations}}},
            {"messages", {{"imported", r.messages}, {"skipped", r.skippedMessages}}},
            {"notes", nlohmann::json::array()},
        };
        for (const QString &note : r.notes)
            j["notes"].push_back(note.toStdString());
        writeJson(j);
        return ExitCode::Ok;
    }
    auto count = [](int n, const char *one, const char *many) -> QString {
        return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
    };
    QString text = QStringLiteral("%1 %2 (%3) from %4")
                       .arg(dryRun ? QStringLiteral("Would import") : QStringLiteral("Imported"),
                            count(r.conversations, "conversation", "conversations"),
                            count(r.messages, "message", "messages"), files.constFirst());
    if (r.skippedConversations > 0 || r.skippedMessages > 0)
        text += QStringLiteral("; skipped %1 and %2").arg(count(r.skippedConversations, "conversation", "conversations"),
                                                         count(r.skippedMessages, "message", "messages"));
    writeOut(text.toUtf8() + ".\n");
    for (const QString &note : r.notes)
        writeOut("  " + note.toUtf8() + '\n');
    return ExitCode::Ok;
}

} // namespace Inkwell::Cli
