// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen, in this process: opening a 10,000-message
// conversation, and a fast stream shown live.
#include "benches.h"
#include "corpus.h"
#include "figures.h"

#include "appcontroller.h"
#include "blocklistmodel.h"
#include "messagelistmodel.h"
#include "openaichunks.h"
#include "quickapp.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QTemporaryFile>

namespace Bench {

namespace {

// inkwell-fakeserver in a process of its own, so that the window's frames do
// not pace the server, nor the server the frames.
class StreamServer
{
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
    const qint64 start = nowNs();
    if (!app->send(QStringLiteral("Write a very long answer.")))
        qFatal("the app did not send");
    if (!QTest::qWaitFor([&] { return shownNs > 0; }, 60000))
        qFatal("the whole answer never appeared");
    QObject::disconnect(connection);
    const qint64 sentNs = server.sentNs();

    // Frame intervals while tokens arrived: from the first frame after the
    // request to the one that showed the last token.
    QList<double> intervals;
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i - 1] >= start && frames[i] <= shownNs)
            intervals << double(frames[i] - frames[i - 1]) / 1e6;
    figure("stream.lag_after_last_byte_ms", double(shownNs - sentNs) / 1e6, "ms");
    figure("stream.p99_frame_stall_ms", percentile(intervals, 99), "ms");
    figure("stream.max_frame_stall_ms", percentile(intervals, 100), "ms");
    figure("stream.frames", double(intervals.size()), "frames");
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
    auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
    openConversations(window, app, bigConversations);
    streamAnswer(window, app, server, tokens.join(QString()));
}

} // namespace Bench
