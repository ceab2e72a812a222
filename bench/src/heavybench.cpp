// SPDX-License-Identifier: GPL-3.0-or-later
// A heavy user's first hour: a ChatGPT export of thousands of conversations
// imported with inkwell-cli, the window started on that history and its
// sidebar scrolled from top to bottom, a search, an export of everything.
// Times and memory are read from outside the processes, as a user's tools
// would.
#include "appcontroller.h"
#include "benches.h"
#include "corpus.h"
#include "figures.h"
#include "heartbeat.h"
#include "heavyexport.h"
#include "quickapp.h"
#include "store/database.h"
#include "store/searchindex.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QQmlApplicationEngine>

namespace Bench {

namespace {

struct Run {
    double seconds = 0;
    double untilSaid = 0; // when it first wrote `said` on stdout (0: never)
    double peakMb = 0; // the most resident memory it had (VmHWM)
};

// inkwell-cli run to its end; its peak memory read while it runs.
Run runCli(const QStringList &args, const QByteArray &said = {})
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = nowNs();
    cli.start(QStringLiteral(INKWELL_CLI), args);
    if (!cli.waitForStarted())
        qFatal("inkwell-cli did not start");
    const qint64 pid = cli.processId();
    Run run;
    QByteArray out;
    while (!cli.waitForFinished(20)) {
        run.peakMb = qMax(run.peakMb, residentMb(pid, "VmHWM:"));
        out += cli.readAllStandardOutput();
        if (run.untilSaid == 0 && !said.isEmpty() && out.contains(said))
            run.untilSaid = double(nowNs() - start) / 1e9;
    }
    run.seconds = double(nowNs() - start) / 1e9;
    if (run.untilSaid == 0)
        run.untilSaid = run.seconds;
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        qFatal("inkwell-cli %s failed: %s", qPrintable(args.join(u' ')), cli.readAllStandardOutput().constData());
    return run;
}

// The sidebar scrolled from top to bottom a screen a frame, pages read from
// the store as it goes: the longest stall of each 60 Hz frame.
QList<double> scrollSidebar(const QString &dataDir, int *rowsSeen)
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = startApp(engine, dataDir, {}, {});
    if (!window)
        qFatal("the window did not start");
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("conversationList"));
    if (!list)
        qFatal("no conversation list");
    auto *model = appOf(engine)->conversations();
    QEventLoop loop;
    // The window first settles (the newest conversation's answer is laid out
    // between frames after the first): the figure is the scroll's.
    QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    loop.exec();
    Heartbeat heartbeat;
    const qint64 start = nowNs();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            const bool atEnd = list->property("atYEnd").toBool() && !model->canFetchMore({});
            if (atEnd) {
                loop.quit();
                return;
            }
            list->setProperty("contentY", list->property("contentY").toReal() + list->height());
        },
        Qt::QueuedConnection);
    window->update();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    *rowsSeen = model->rowCount();
    return heartbeat.perFrame(start, nowNs());
}

QByteArray sized(const char *name, int conversations)
{
    const QByteArray count = conversations % 1000 == 0 ? QByteArray::number(conversations / 1000) + 'k'
                                                       : QByteArray::number(conversations);
    return QByteArray(name).replace("%", count);
}

} // namespace

void runHeavy(const QString &dataDir, const Sizes &sizes)
{
    const int n = sizes.heavyConversations;
    const QString home = QDir(dataDir).filePath(QStringLiteral("heavy"));
    QDir().mkpath(home);
    const QString file = QDir(home).filePath(QStringLiteral("conversations.json"));
    const qint64 messages = writeChatGptExport(file, n);
    const double mb = double(QFileInfo(file).size()) / 1e6;
    const QString store = QDir(home).filePath(QStringLiteral("store"));

    // Imported (every conversation stored and browsable) when it says so;
    // then it adds the messages to the search index before it exits.
    const Run imported = runCli({QStringLiteral("import"), file, QStringLiteral("--data-dir"), store}, "Imported ");
    figure("import.chatgpt_file_mb", mb, "MB");
    figure("import.chatgpt_messages", double(messages), "messages");
    figure("import.chatgpt_mb_per_s", mb / imported.untilSaid, "MB/s");
    figure("import.searchable_s", imported.seconds, "s");
    figure("import.peak_rss_mb", imported.peakMb, "MB");
    QFile::remove(file);

    QList<double> firstFrame, rss;
    for (int run = 0; run < sizes.startups; ++run) {
        const Started s = startOnce(store);
        firstFrame << s.firstFrameMs;
        rss << s.idleRssMb;
    }
    figure(sized("startup.first_frame_%_ms", n), percentile(firstFrame, 50), "ms");
    figure(sized("memory.idle_rss_%_mb", n), percentile(rss, 100), "MB");

    int rows = 0;
    const QList<double> stalls = scrollSidebar(store, &rows);
    if (rows < n)
        qFatal("the sidebar scrolled past %d rows of %d", rows, n);
    figure(sized("sidebar.scroll_p99_frame_%_ms", n), percentile(stalls, 99), "ms");
    figure(sized("sidebar.scroll_max_frame_%_ms", n), percentile(stalls, 100), "ms");

    {
        Inkwell::Database db;
        if (const Inkwell::Error e = db.open(Inkwell::Database::defaultFilePath(store)); e.isError())
            qFatal("cannot open the heavy store: %s", qPrintable(e.message));
        Inkwell::SearchIndex index(db.db());
        QList<double> times;
        for (int round = 0; round < 5; ++round)
            for (const QString &query : searchQueries()) {
                const qint64 start = nowNs();
                const auto hits = index.find(query, 50);
                times << double(nowNs() - start) / 1e6;
                if (!hits.ok())
                    qFatal("search for %s failed", qPrintable(query));
            }
        figure(sized("search.fts_%_p50_ms", n), percentile(times, 50), "ms");
    }

    const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--out"),
                                 QDir(home).filePath(QStringLiteral("all.json")), QStringLiteral("--data-dir"), store});
    figure(sized("export.all_%_s", n), exported.seconds, "s");
    figure(sized("export.peak_rss_%_mb", n), exported.peakMb, "MB");
}

} // namespace Bench
