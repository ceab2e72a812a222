// SPDX-License-Identifier: GPL-3.0-or-later
// The real `inkwell` executable started as a user starts it: time to its
// first frame, and its resident memory once idle.
#include "benches.h"
#include "figures.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace Bench {

double residentMb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

Started startOnce(const QString &dataDir)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INKWELL_REPORT_FIRST_FRAME"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.setReadChannel(QProcess::StandardError);
    const qint64 start = nowNs();
    app.start(QStringLiteral(INKWELL_APP), {QStringLiteral("--data-dir"), dataDir});
    QByteArray err;
    while (!err.contains("first frame")) {
        if (!app.waitForReadyRead(30000))
            qFatal("inkwell showed no frame: %s", err.constData());
        err += app.readAllStandardError();
    }
    Started out;
    out.firstFrameMs = double(nowNs() - start) / 1e6;
    // Idle: two seconds with nothing to do, as a window left open.
    QEventLoop idle;
    QTimer::singleShot(2000, &idle, &QEventLoop::quit);
    idle.exec();
    out.idleRssMb = residentMb(app.processId());
    app.terminate();
    if (!app.waitForFinished(10000))
        app.kill();
    return out;
}

void runStartup(const QString &dataDir, const Sizes &sizes)
{
    QList<double> firstFrame, rss;
    for (int run = 0; run < sizes.startups; ++run) {
        QTemporaryDir fresh;
        // Every other start on the full store: a new user and a heavy one.
        const Started s = startOnce(run % 2 == 0 ? fresh.path() : dataDir);
        firstFrame << s.firstFrameMs;
        rss << s.idleRssMb;
    }
    figure("startup.first_frame_ms", percentile(firstFrame, 50), "ms");
    figure("memory.idle_rss_mb", percentile(rss, 100), "MB");
}

} // namespace Bench
