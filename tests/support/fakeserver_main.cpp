// SPDX-License-Identifier: GPL-3.0-or-later
// Serves one recorded body to every request, for manual runs and the benchmark:
//   inkwell-fakeserver --body FILE [--status N] [--content-type T] [--chunk-size N]
//                      [--interval-ms MS] [--content-length] [--port N] [--report-sent]
// Prints "port N" once listening, and with --report-sent "sent NS" when a body
// has been written (NS: std::chrono::steady_clock, comparable across processes).
#include "fakeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("File with the response body."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("HTTP status."), QStringLiteral("N"),
                                    QStringLiteral("200"));
    const QCommandLineOption type(QStringLiteral("content-type"), QStringLiteral("Content type."), QStringLiteral("T"),
                                  QStringLiteral("text/event-stream"));
    const QCommandLineOption chunk(QStringLiteral("chunk-size"), QStringLiteral("Bytes per write."),
                                   QStringLiteral("N"), QStringLiteral("16384"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption plain(QStringLiteral("content-length"),
                                   QStringLiteral("Send Content-Length instead of chunked transfer encoding."));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("Pause between writes."),
                                      QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption reportSent(QStringLiteral("report-sent"),
                                        QStringLiteral("Print the steady clock when each body has been sent."));
    parser.addOptions({body, status, type, chunk, port, plain, interval, reportSent});
    parser.process(app);
    QFile f(parser.value(body));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(parser.value(body)));
        return 2;
    }
    FakeServer server;
    auto r = FakeServer::Response::raw(parser.value(status).toInt(), parser.value(type).toUtf8(), f.readAll());
    r.chunked = !parser.isSet(plain);
    r.chunkSize = parser.value(chunk).toInt();
    r.intervalMs = parser.value(interval).toInt();
    server.setResponse(r);
    if (parser.isSet(reportSent))
        QObject::connect(&server, &FakeServer::bodySent, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("sent %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
            std::fflush(stdout);
        });
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    return app.exec();
}
