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

#include <QEventLoop>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTimer>

namespace Bench {

namespace {

// inkwell-fakeserver in a process of its own, so that the window's frames do
// not pace the server, nor the server the frames.
class StreamServer {
public:
    StreamServer(const QByteArray &body, int writes, int seconds)
    {
        m_body.open();
        m_body.write(body);
        m_body.flush();
        const int chunk = int((body.size() + writes - 1) / writes);
        m_process.start(QStringLiteral(INKWELL_FAKESERVER),
                        {QStringLiteral("--body"), m_body.fileName(), QStringLiteral("--chunk-size"),
                         QString::number(chunk), QStringLiteral("--interval-ms"),
                         QString::number(seconds * 1000 / writes), QStringLiteral("--report-sent")});
        if (!m_process.waitForReadyRead(10000))
            qFatal("inkwell-fakeserver did not start");
        m_port = m_process.readLine().trimmed().split(' ').value(1).toInt();
    }
    ~StreamServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    // The steady-clock time the server wrote the last byte, once it has.
    qint64 sentNs()
    {
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(10000);
        return m_process.readLine().trimmed().split(' ').value(1).toLongLong();
    }

private:
    QTemporaryFile m_body;
    QProcess m_process;
    int m_port = 0;
};

void openConversations(QQuickWindow *window, Inkwell::AppController *app, const QList<qint64> &ids)
{
    QList<double> times;
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    for (int round = 0; round < 6; ++round) {
        const qint64 id = ids.at(round % ids.size());
        frames.clear();
        const qint64 start = nowNs();
        app->openConversation(id);
        if (!frames.wait(10000))
            qFatal("no frame after opening a conversation");
        times << double(nowNs() - start) / 1e6;
        if (app->messages()->rowCount() < 1000)
            qFatal("the conversation opened with %d messages", app->messages()->rowCount());
    }
    figure("conversation.open_10k_ms", percentile(times, 50), "ms");
}

constexpr int kSettleMs = 300;

void streamAnswer(QQuickWindow *window, Inkwell::AppController *app, StreamServer &server, const QString &expected)
{
    app->newConversation();
    QList<qint64> frames;
    qint64 shownNs = 0;
    auto *messages = app->messages();
    auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = nowNs();
        frames << now;
        if (shownNs > 0 || messages->rowCount() < 2)
            return;
        const QModelIndex last = messages->index(messages->rowCount() - 1);
        auto *blocks = messages->data(last, Inkwell::MessageListModel::BlocksRole).value<Inkwell::BlockListModel *>();
        if (blocks && blocks->text().size() >= expected.size())
            shownNs = now;
    });
    Heartbeat heartbeat;
    const qint64 start = nowNs();
    if (!app->send(QStringLiteral("Write a very long answer.")))
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
    // The stalls of what the end of an answer sets off (the store's final
    // write, the exact re-parse, the sidebar) count too.
    QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 settledNs = nowNs();
    QObject::disconnect(connection);
    const qint64 sentNs = server.sentNs();

    QList<double> intervals;
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i - 1] >= start && frames[i] <= shownNs)
            intervals << double(frames[i] - frames[i - 1]) / 1e6;
    const QList<double> stalls = heartbeat.perFrame(start, settledNs);
    figure("stream.lag_after_last_byte_ms", qMax(0.0, double(shownNs - sentNs) / 1e6), "ms");
    figure("stream.p99_frame_stall_ms", percentile(stalls, 99), "ms");
    figure("stream.max_frame_stall_ms", percentile(stalls, 100), "ms");
    // How often the offscreen window drew (it has no display to pace it).
    figure("stream.p99_frame_interval_ms", percentile(intervals, 99), "ms");
    figure("stream.duration_ms", double(shownNs - start) / 1e6, "ms");
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
    if (sizes.stream)
        streamAnswer(window, app, server, tokens.join(QString()));
}

} // namespace Bench
