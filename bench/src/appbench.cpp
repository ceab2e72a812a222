// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen, in this process: opening a 10,000-message
// conversation, and a fast stream shown live.
#include "appcontroller.h"
#include "benches.h"
#include "blocklistmodel.h"
#include "corpus.h"
#include "figures.h"
#include "heartbeat.h"
#include "messagelistmodel.h"
#include "openaichunks.h"
#include "quickapp.h"
#include "streamserver.h"

#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QTimer>

#include <ctime>
#include <optional>

namespace Bench {

namespace {

void openConversations(QQuickWindow *window, Inkwell::AppController *app, const QList<qint64> &ids)
{
    QList<double> times;
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    for (int round = 0; round < 6; ++round) {
        const qint64 id = ids.at(round % ids.size());
        frames.clear();
        const qint64 start = nowNs();
        app->session()->open(id);
        if (!frames.wait(10000))
            qFatal("no frame after opening a conversation");
        times << double(nowNs() - start) / 1e6;
        if (app->session()->messages()->rowCount() < 1000)
            qFatal("the conversation opened with %d messages", app->session()->messages()->rowCount());
    }
    figure("conversation.open_10k_ms", percentile(times, 50), "ms");
}

constexpr int kSettleMs = 300;

// A reasoning model's stream (DeepSeek's field): its thoughts, then the answer.
QByteArray reasoningStream(const QStringList &thoughts, const QStringList &answer)
{
    QByteArray body;
    for (const QString &t : thoughts) {
        const nlohmann::json j
            = {{"object", "chat.completion.chunk"},
               {"choices",
                {{{"index", 0}, {"delta", {{"reasoning_content", t.toStdString()}}}, {"finish_reason", nullptr}}}}};
        body += "data: " + QByteArray::fromStdString(j.dump()) + "\n\n";
    }
    for (const QString &a : answer)
        body += chunk(a);
    return body + finishChunk() + "data: [DONE]\n\n";
}

// The CPU time of this whole process (window, parser, store) in ns.
qint64 processCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Unfolds the thought process of the answers on screen, as a user who
// watches the model think does: its text then renders while it streams.
bool unfoldReasoning(QQuickItem *item)
{
    // The visual tree: a list's delegates are its content item's children
    // there, not necessarily as QObjects.
    bool found = false;
    if (item->metaObject()->indexOfProperty("showReasoning") >= 0 && item->property("hasReasoning").toBool()) {
        item->setProperty("showReasoning", true);
        found = true;
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        found = unfoldReasoning(child) || found;
    return found;
}

struct StreamCase {
    const char *prefix; // of the figures' names (with cpu: the figure's name)
    bool stalls = true; // the heartbeat (its 1 ms timer would count as CPU)
    bool cpu = false;
    bool unfold = false; // the thought process, as soon as it shows
};

void streamAnswer(QQuickWindow *window, Inkwell::AppController *app, StreamServer &server, const QString &expected,
                  const StreamCase &how)
{
    app->session()->newConversation();
    {
        // The previous case's long answer is torn down (its delegates are
        // deleted later) before this stream's clock starts.
        QEventLoop settle;
        QTimer::singleShot(kSettleMs, &settle, &QEventLoop::quit);
        settle.exec();
    }
    QList<qint64> frames;
    qint64 shownNs = 0;
    bool unfolded = !how.unfold;
    auto *messages = app->session()->messages();
    auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = nowNs();
        frames << now;
        if (shownNs > 0 || messages->rowCount() < 2)
            return;
        if (!unfolded)
            unfolded = unfoldReasoning(window->contentItem());
        const QModelIndex last = messages->index(messages->rowCount() - 1);
        auto *blocks = messages->data(last, Inkwell::MessageListModel::BlocksRole).value<Inkwell::BlockListModel *>();
        if (blocks && blocks->parsedLength() >= expected.size())
            shownNs = now;
    });
    std::optional<Heartbeat> heartbeat;
    if (how.stalls)
        heartbeat.emplace();
    const qint64 start = nowNs();
    const qint64 cpuStart = processCpuNs();
    if (!app->session()->send(QStringLiteral("Write a very long answer.")))
        qFatal("the app did not send");
    // A plain event loop: QTest::qWaitFor sleeps between its rounds, which
    // would pace the frames and hide the stalls.
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            if (shownNs > 0)
                loop.quit();
        },
        Qt::QueuedConnection);
    loop.exec();
    if (shownNs == 0)
        qFatal("the whole answer never appeared");
    if (!unfolded)
        qFatal("the thought process was never shown");
    const qint64 cpuNs = processCpuNs() - cpuStart;
    // The stalls of what the end of an answer sets off (the store's final
    // write, the exact re-parse, the sidebar) count too.
    QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 settledNs = nowNs();
    QObject::disconnect(connection);
    const qint64 sentNs = server.sentNs();

    const auto name = [&](const char *what) { return QByteArray(QByteArray(how.prefix) + what); };
    if (how.cpu) {
        figure(how.prefix, 100.0 * double(cpuNs) / double(shownNs - start), "%");
        return;
    }
    QList<double> intervals;
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i - 1] >= start && frames[i] <= shownNs)
            intervals << double(frames[i] - frames[i - 1]) / 1e6;
    const QList<double> stalls = heartbeat->perFrame(start, settledNs);
    figure(name("lag_after_last_byte_ms").constData(), qMax(0.0, double(shownNs - sentNs) / 1e6), "ms");
    figure(name("p99_frame_stall_ms").constData(), percentile(stalls, 99), "ms");
    figure(name("max_frame_stall_ms").constData(), percentile(stalls, 100), "ms");
    // How often the offscreen window drew (it has no display to pace it).
    figure(name("p99_frame_interval_ms").constData(), percentile(intervals, 99), "ms");
    figure(name("duration_ms").constData(), double(shownNs - start) / 1e6, "ms");
}

} // namespace

void runApp(const QString &dataDir, const QList<qint64> &bigConversations, const Sizes &sizes)
{
    const QStringList tokens = answerTokens(sizes.answerTokens);
    const int seconds = qMax(1, sizes.answerTokens / sizes.tokensPerSecond);
    // One write every 10 ms, as a fast server's packets come.
    StreamServer server(chatStream(tokens), seconds * 100, seconds);

    QQmlApplicationEngine engine;
    QQuickWindow *window = startApp(engine, dataDir, server.baseUrl(), QStringLiteral("bench-model"));
    if (!window)
        qFatal("the window did not start");
    auto *app = appOf(engine);
    if (!bigConversations.isEmpty())
        openConversations(window, app, bigConversations);
    if (!sizes.stream)
        return;
    streamAnswer(window, app, server, tokens.join(QString()), {"stream."});

    // A reasoning model at the same pace: half thoughts (unfolded), half answer.
    const QStringList thoughts = tokens.mid(0, tokens.size() / 2);
    const QStringList answer = tokens.mid(tokens.size() / 2);
    StreamServer thinking(reasoningStream(thoughts, answer), seconds * 100, seconds);
    app->server()->useServer(thinking.baseUrl(), QStringLiteral("bench-model"), {});
    streamAnswer(window, app, thinking, answer.join(QString()), {"stream.reasoning_", true, false, true});

    // A fast real server's pace, 150 tokens a second (three every 20 ms),
    // with no heartbeat in the process: what streaming costs the machine.
    const int paced = qMin(int(tokens.size()), sizes.cpuSeconds * 150);
    const QStringList some = tokens.mid(0, paced);
    StreamServer steady(chatStream(some), paced / 3, sizes.cpuSeconds);
    app->server()->useServer(steady.baseUrl(), QStringLiteral("bench-model"), {});
    streamAnswer(window, app, steady, some.join(QString()), {"stream.cpu_percent_at_150_tps", false, true, false});
}

} // namespace Bench
