// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftscommand.h"

#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "store/database.h"
#include "store/draftrepository.h"

namespace Inkwell::Cli {

using nlohmann::json;

namespace {

json draftJson(const Draft &d, bool withText)
{
    json j = {{"id", d.id},
              {"title", d.title.toStdString()},
              {"template", d.templateName.toStdString()},
              {"status", statusText(d.status).toStdString()},
              {"created_at", isoTime(d.createdAt)},
              {"updated_at", isoTime(d.updatedAt)}};
    if (d.targetWords > 0)
        j["target_words"] = d.targetWords;
    if (withText)
        j["text"] = d.content.toStdString();
    return j;
}

} // namespace

int runDrafts(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the drafts of the drafting studio or show one (its Markdown)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("list|show"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Draft id (show)."));
    p.addOptions({opt("json", "Print JSON."),
                  opt("search", "Only drafts whose title or text contains this (list).", "TEXT"),
                  opt("data-dir", "Data directory.", "DIR")});
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"list" && action != u"show")
        throw UsageError {QStringLiteral("drafts needs list or show")};
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    if (action == u"show" && (!ok || id <= 0))
        throw UsageError {QStringLiteral("show needs a draft ID (see drafts list)")};
    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    DraftRepository drafts(db.db());
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (action == u"show") {
        const auto d = drafts.get(id);
        if (!d.ok()) {
            printError(d.error.message);
            return ExitCode::Data;
        }
        if (asJson)
            writeJson(draftJson(d.value, true));
        else
            writeOut(d.value.content.toUtf8() + (d.value.content.endsWith(u'\n') ? "" : "\n"));
        return ExitCode::Ok;
    }
    const QString query = p.value(QStringLiteral("search"));
    const auto list = query.isEmpty() ? drafts.list() : drafts.search(query);
    if (!list.ok()) {
        printError(list.error.message);
        return ExitCode::Backend;
    }
    if (asJson) {
        json arr = json::array();
        for (const Draft &d : list.value)
            arr.push_back(draftJson(d, false));
        writeJson(arr);
        return ExitCode::Ok;
    }
    for (const Draft &d : list.value)
        writeOut(QStringLiteral("%1\t%2\t%3\n")
                     .arg(d.id)
                     .arg(QDateTime::fromMSecsSinceEpoch(d.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          d.title.isEmpty() ? QStringLiteral("(untitled)") : d.title)
                     .toUtf8());
    return ExitCode::Ok;
}

} // namespace Inkwell::Cli
