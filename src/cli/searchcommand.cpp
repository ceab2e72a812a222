// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "store/database.h"
#include "store/searchindex.h"

#include <cstdio>
#include <unistd.h>

namespace Inkwell::Cli {

using nlohmann::json;

namespace {

// The snippet with its matches bold on a terminal and in [brackets] elsewhere.
QString marked(const SearchHit &h, bool terminal)
{
    const QString open = terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("[");
    const QString close = terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    QString out;
    int at = 0;
    for (const auto &[start, length] : h.marks) {
        if (start < at)
            continue; // overlapping terms: the first one wins
        out += h.snippet.mid(at, start - at) + open + h.snippet.mid(start, length) + close;
        at = start + length;
    }
    return out + h.snippet.mid(at);
}

} // namespace

Error catchUpSearch(const QSqlDatabase &db, bool progress, const std::function<bool()> &stop)
{
    SearchIndex index(db);
    auto left = index.pending();
    const qint64 total = left.ok() ? left.value : 0;
    bool drew = false;
    while (left.ok() && left.value > 0 && !stop()) {
        if (progress) {
            std::fprintf(stderr, "\r\033[KAdding to the search index: %lld of %lld messages",
                         static_cast<long long>(total - left.value), static_cast<long long>(total));
            std::fflush(stderr);
            drew = true;
        }
        // Larger batches than the window's (which must leave the database
        // to the user every fraction of a second): fewer index segments to merge.
        left = index.catchUp(10000);
    }
    if (drew)
        std::fputs("\r\033[K", stderr);
    return left.error;
}

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Search every message of every conversation and every draft. Each word must occur; quote words to keep "
        "them together (\"machine learning\"). Chinese is found inside longer text."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."));
    p.addOptions({opt("json", "Print JSON."), opt("limit", "At most N messages and N drafts (default 20).", "N"),
                  opt("data-dir", "Data directory.", "DIR")});
    if (!parse(p, args))
        return ExitCode::Ok;
    const QString query = p.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        throw UsageError {QStringLiteral("search needs a QUERY")};
    const int limit = number<int>(p, "limit", 1, 10000).value_or(20);
    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    // Messages an import left for the index are added first: a search must
    // not miss what was imported.
    if (const Error e = catchUpSearch(db.db(), isatty(fileno(stderr)), [] { return false; }); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    const auto hits = SearchIndex(db.db()).find(query, limit);
    if (!hits.ok()) {
        printError(hits.error.message);
        return ExitCode::Backend;
    }
    if (p.isSet(QStringLiteral("json"))) {
        json arr = json::array();
        for (const SearchHit &h : hits.value) {
            json marks = json::array();
            for (const auto &[start, length] : h.marks)
                marks.push_back({start, length});
            json j = {{"kind", h.kind == SearchHit::Kind::Message ? "message" : "draft"},
                      {"id", h.id},
                      {"title", h.title.toStdString()},
                      {"snippet", h.snippet.toStdString()},
                      {"highlights", marks},
                      {"time", isoTime(h.time)}};
            if (h.kind == SearchHit::Kind::Message) {
                j["conversation_id"] = h.conversationId;
                j["role"] = roleText(h.role).toStdString();
            }
            arr.push_back(j);
        }
        writeJson(arr);
        return ExitCode::Ok;
    }
    const bool terminal = isatty(fileno(stdout));
    QByteArray out;
    for (const SearchHit &h : hits.value) {
        const QString when = QDateTime::fromMSecsSinceEpoch(h.time).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString title = h.title.isEmpty() ? QStringLiteral("(untitled)") : h.title;
        const QString head = h.kind == SearchHit::Kind::Message
            ? QStringLiteral("conversation %1 · %2 · %3 · %4").arg(h.conversationId).arg(title, roleText(h.role), when)
            : QStringLiteral("draft %1 · %2 · %3").arg(h.id).arg(title, when);
        out += head.toUtf8() + "\n  " + marked(h, terminal).toUtf8() + '\n';
    }
    writeOut(out);
    return ExitCode::Ok;
}

} // namespace Inkwell::Cli
