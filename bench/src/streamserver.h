// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryFile>

namespace Bench {

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

} // namespace Bench
