// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver.h"

#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fake server: cannot read %s", qPrintable(path));
    return f.readAll();
}
} // namespace

FakeServer::Response FakeServer::Response::sse(const QByteArray &body, int chunkSize, int intervalMs)
{
    Response r;
    r.headers = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    r.body = body;
    r.chunkSize = chunkSize;
    r.intervalMs = intervalMs;
    return r;
}

FakeServer::Response FakeServer::Response::json(int status, const QByteArray &body)
{
    return raw(status, "application/json; charset=utf-8", body);
}

FakeServer::Response FakeServer::Response::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.headers = {{"Content-Type", contentType}};
    r.body = body;
    r.chunked = false;
    return r;
}

FakeServer::Response FakeServer::Response::recorded(const QString &headersPath, const QString &bodyPath)
{
    Response r;
    const QList<QByteArray> lines = readFile(headersPath).split('\n');
    bool first = true;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (first) { // "HTTP/1.1 200 OK"
            r.status = line.split(' ').value(1).toInt();
            first = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed();
        // Framing is ours to choose; keep the server's other headers.
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
            || name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Keep-Alive", Qt::CaseInsensitive) == 0)
            continue;
        r.headers << qMakePair(name, line.mid(colon + 1).trimmed());
    }
    r.body = readFile(bodyPath);
    return r;
}

QByteArray FakeServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onConnection);
}

bool FakeServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString FakeServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_open;
        // Each timed write goes out at once, as a streaming server's does:
        // with Nagle's algorithm a small write waits for the last one's ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
            Q_EMIT clientClosed();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request req;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                req.headers << qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return; // wait for the whole body
            req.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            m_requests << req;
            const Response r = m_queue.isEmpty() ? Response::json(500, "{\"error\":\"no response queued\"}")
                                                 : m_queue.value(qMin<qsizetype>(m_served, m_queue.size() - 1));
            ++m_served;
            Q_EMIT requestReceived();
            serve(socket, r);
        });
    }
}

void FakeServer::serve(QTcpSocket *socket, const Response &r)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += r.chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                      : "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    struct State {
        qsizetype offset = 0;
    };
    auto state = std::make_shared<State>();
    QPointer<QTcpSocket> guard(socket);
    auto timer = new QTimer(socket);
    timer->setInterval(r.intervalMs);
    QPointer<FakeServer> self(this);
    auto sendNext = [guard, timer, state, r, self] {
        if (!guard)
            return;
        const qsizetype total = r.body.size();
        qsizetype limit = total;
        if (r.dropAfter >= 0)
            limit = qMin(limit, r.dropAfter);
        if (r.stallAfter >= 0)
            limit = qMin(limit, r.stallAfter);
        if (state->offset >= limit) {
            timer->stop();
            if (r.dropAfter >= 0 && state->offset >= r.dropAfter) {
                guard->flush();
                guard->abort(); // a hard reset, as when a server dies
            } else if (r.stallAfter < 0) {
                if (r.chunked)
                    guard->write("0\r\n\r\n");
                guard->flush();
                Q_EMIT self->bodySent();
                guard->disconnectFromHost();
            }
            return; // stalled: keep the socket open and silent
        }
        const qsizetype size
            = r.chunkSize > 0 ? qMin<qsizetype>(r.chunkSize, limit - state->offset) : limit - state->offset;
        const QByteArray piece = r.body.mid(state->offset, size);
        state->offset += size;
        if (r.chunked)
            guard->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            guard->write(piece);
    };
    connect(timer, &QTimer::timeout, socket, sendNext);
    timer->start();
}
