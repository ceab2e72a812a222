// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

// An HTTP/1.1 server on 127.0.0.1, port 0, that replays given bytes in chosen
// chunk sizes and pauses, and can fail on purpose (drop, stall). It drives the
// real client stack over real loopback sockets.
class FakeServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int chunkSize = 0; // 0: the whole body in one write
        int intervalMs = 0; // pause between chunks
        qsizetype dropAfter = -1; // close the socket after this many body bytes
        qsizetype stallAfter = -1; // stop sending (socket stays open) after this many
        bool chunked = true; // Transfer-Encoding: chunked, else Content-Length

        static Response sse(const QByteArray &body, int chunkSize = 0, int intervalMs = 0);
        static Response json(int status, const QByteArray &body);
        static Response raw(int status, const QByteArray &contentType, const QByteArray &body);
        // A recorded exchange: `.headers` (status line + headers) and `.body`.
        static Response recorded(const QString &headersPath, const QString &bodyPath);
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit FakeServer(QObject *parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    // Responses are served in order; the last one repeats.
    void enqueue(const Response &r) { m_queue << r; }
    void setResponse(const Response &r) { m_queue = {r}; }
    // These in order from the next request on (the last one repeats); the
    // request log starts afresh.
    void serveInOrder(const QList<Response> &list)
    {
        m_queue = list;
        m_served = 0;
        m_requests.clear();
    }

    const QList<Request> &requests() const { return m_requests; }
    int openConnections() const { return m_open; }

Q_SIGNALS:
    void requestReceived();
    void clientClosed();
    // The whole body of a response has been handed to the socket.
    void bodySent();

private:
    void onConnection();
    void serve(class QTcpSocket *socket, const Response &r);

    QTcpServer m_server;
    QList<Response> m_queue;
    QList<Request> m_requests;
    int m_served = 0;
    int m_open = 0;
};
