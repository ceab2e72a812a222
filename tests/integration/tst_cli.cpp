// SPDX-License-Identifier: GPL-3.0-or-later
// The inkwell-cli executable against an in-process fake server over loopback:
// the documented output and exit codes.
#include "clirunner.h"
#include "fakeserver.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <nlohmann/json.hpp>

using Inkwell::Conversation;
using Inkwell::ConversationRepository;
using Inkwell::Database;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Run = CliRun;
} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeServer m_server;

    Run cli(const QStringList &args, const QByteArray &stdinData = {}, bool interrupt = false)
    {
        return runCli(args, stdinData, interrupt, {{QStringLiteral("TEST_KEY"), QStringLiteral("sk-cli-secret")}});
    }

    QStringList base() const
    {
        return {QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                QStringLiteral("stories260K")};
    }

    void serveRecording(const char *name, int chunk = 0, int interval = 0)
    {
        auto r = FakeServer::Response::recorded(
            testDataPath(QStringLiteral("llama-server/%1.headers").arg(QLatin1String(name))),
            testDataPath(QStringLiteral("llama-server/%1.body").arg(QLatin1String(name))));
        r.chunkSize = chunk;
        r.intervalMs = interval;
        m_server.setResponse(r);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void chatStreamsText()
    {
        serveRecording("14_chat_stream", 40);
        const Run r = cli(QStringList {QStringLiteral("chat")} + base()
                          + QStringList {QStringLiteral("--temperature"), QStringLiteral("0.8"),
                                         QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--stop"),
                                         QStringLiteral("\n"), QStringLiteral("--api-key-env"),
                                         QStringLiteral("TEST_KEY"), QStringLiteral("Tell me a story about a cat.")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("At adventure, they went back to the isorthank")); // a pipe gets the bytes as sent
        const auto &req = m_server.requests().last();
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer sk-cli-secret"));
        const auto body = nlohmann::json::parse(req.body.toStdString());
        QCOMPARE(body["seed"].get<int>(), 42);
        QCOMPARE(body["stop"][0].get<std::string>(), std::string("\n"));
        QVERIFY(!r.err.contains("sk-cli-secret") && !r.out.contains("sk-cli-secret"));
    }

    void promptFromStdin()
    {
        serveRecording("14_chat_stream");
        const Run r = cli(QStringList {QStringLiteral("chat")} + base(), "写一个关于猫的故事");
        QCOMPARE(r.code, 0);
        const auto body = nlohmann::json::parse(m_server.requests().last().body.toStdString());
        QCOMPARE(QString::fromStdString(body["messages"][0]["content"].get<std::string>()),
                 QStringLiteral("写一个关于猫的故事"));
    }

    void nChoicesPrintedUnderHeaders()
    {
        serveRecording("27_chat_stream_n2", 33);
        const Run r = cli(QStringList {QStringLiteral("chat")} + base()
                          + QStringList {QStringLiteral("--n"), QStringLiteral("2"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("--- choice 1 ---\n\"One\n--- choice 2 ---\nFrong\n"));
    }

    void jsonOutput()
    {
        serveRecording("15_chat_stream_include_usage");
        const Run r = cli(QStringList {QStringLiteral("chat")} + base()
                          + QStringList {QStringLiteral("--json"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["choices"][0]["finish_reason"].get<std::string>(), std::string("length"));
        QVERIFY(j["choices"][0]["text"].get<std::string>().rfind("At adventure", 0) == 0);
        QCOMPARE(j["model"].get<std::string>(), std::string("stories260K.gguf"));
        QVERIFY(j["usage"]["completion_tokens"].get<int>() > 0);
        QVERIFY(j["timings"].contains("time_to_first_token_ms"));
    }

    void noStream()
    {
        serveRecording("10_chat_nonstream");
        const Run r = cli(QStringList {QStringLiteral("chat")} + base()
                          + QStringList {QStringLiteral("--no-stream"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("At adventure, they went back to the isorthanks. They had many c"));
        QVERIFY(m_server.requests().last().body.contains("\"stream\":false"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no server") << QStringList {QStringLiteral("chat"), QStringLiteral("hi")}
                                   << QByteArray("--base-url");
        QTest::newRow("bad number") << QStringList {QStringLiteral("chat"),     QStringLiteral("--base-url"),
                                                    QStringLiteral("http://x"), QStringLiteral("--temperature"),
                                                    QStringLiteral("hot"),      QStringLiteral("hi")}
                                    << QByteArray("--temperature");
        QTest::newRow("n zero") << QStringList {QStringLiteral("chat"),     QStringLiteral("--base-url"),
                                                QStringLiteral("http://x"), QStringLiteral("--n"),
                                                QStringLiteral("0"),        QStringLiteral("hi")}
                                << QByteArray("--n");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("chat"), QStringLiteral("--frobnicate")}
                                        << QByteArray("frobnicate");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("dance")} << QByteArray("dance");
        QTest::newRow("show needs id") << QStringList {QStringLiteral("conversations"), QStringLiteral("show"),
                                                       QStringLiteral("--data-dir"),
                                                       m_dir.filePath(QStringLiteral("empty"))}
                                       << QByteArray("--last");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    void backendErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("401") << 401 << readTestData(QStringLiteral("llama-server/72_auth_chat_no_key.body"))
                             << QByteArray("HTTP 401");
        QTest::newRow("429") << 429 << readTestData(QStringLiteral("protocols/openai-error-429-rate-limit.json"))
                             << QByteArray("rate limited");
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray("HTTP 500");
    }
    void backendErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, says);
        m_server.setResponse(FakeServer::Response::json(status, body));
        const Run r = cli(QStringList {QStringLiteral("chat")} + base() + QStringList {QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(r.err.contains("127.0.0.1"));
    }

    void interruptedStreamPrintsPartialAndSaves()
    {
        QByteArray body = readTestData(QStringLiteral("llama-server/14_chat_stream.body"));
        auto r = FakeServer::Response::sse(body, 100);
        r.dropAfter = body.indexOf("\"content\":\"d\"") + 200;
        m_server.setResponse(r);
        const QString dataDir = m_dir.filePath(QStringLiteral("drop"));
        const Run run = cli(
            QStringList {QStringLiteral("chat")} + base()
            + QStringList {QStringLiteral("--save"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("hi")});
        QCOMPARE(run.code, 4);
        QVERIFY(run.out.startsWith("At ad"));
        QVERIFY(run.err.contains("dropped"));
        const Run show = cli({QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("--last"),
                              QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(show.code, 0);
        const auto j = nlohmann::json::parse(show.out.toStdString());
        QCOMPARE(j["messages"].size(), 2u);
        QCOMPARE(j["messages"][1]["status"].get<std::string>(), std::string("interrupted"));
        QCOMPARE(QByteArray::fromStdString(j["messages"][1]["content"].get<std::string>()), run.out);
    }

    void ctrlCStopsWith130()
    {
        QByteArray body = readTestData(QStringLiteral("llama-server/14_chat_stream.body"));
        m_server.setResponse(FakeServer::Response::sse(body, 60, 200)); // slow enough to interrupt
        const QString dataDir = m_dir.filePath(QStringLiteral("sigint"));
        const Run r = cli(
            QStringList {QStringLiteral("chat")} + base()
                + QStringList {QStringLiteral("--save"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("hi")},
            {}, true);
        QCOMPARE(r.code, 130);
        const Run show = cli({QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("--last"),
                              QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
        const auto j = nlohmann::json::parse(show.out.toStdString());
        QCOMPARE(j["messages"][1]["status"].get<std::string>(), std::string("stopped"));
    }

    // The window open on a data folder, and the CLI run beside it: what the
    // window writes afterwards still reaches the file. (Opening a second
    // connection in the window's process used to read the file's header
    // through a descriptor of its own; closing it dropped the process's
    // locks, and the CLI then deleted the write-ahead log under the window.)
    void cliBesideTheWindowLosesNothing()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("beside"));
        Database window;
        QVERIFY(!window.open(Database::defaultFilePath(dataDir)).isError());
        ConversationRepository conversations(window.db());
        Conversation first;
        first.title = QStringLiteral("before the CLI");
        QVERIFY(conversations.create(first).ok());
        {
            Database worker; // an export or the search indexer, on their threads
            QVERIFY(!worker.open(Database::defaultFilePath(dataDir)).isError());
        }
        const Run list
            = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("before the CLI"));
        QVERIFY(QFile::exists(Database::defaultFilePath(dataDir) + QStringLiteral("-wal")));
        Conversation second;
        second.title = QStringLiteral("after the CLI");
        QVERIFY(conversations.create(second).ok());
        const Run again
            = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(again.out.contains("after the CLI"), again.out.constData());
    }

    void killDashNineKeepsPartialAsInterrupted()
    {
        QByteArray body = readTestData(QStringLiteral("llama-server/14_chat_stream.body"));
        m_server.setResponse(FakeServer::Response::sse(body, 120, 150));
        const QString dataDir = m_dir.filePath(QStringLiteral("kill9"));
        QProcess p;
        p.start(
            QStringLiteral(INKWELL_CLI),
            QStringList {QStringLiteral("chat")} + base()
                + QStringList {QStringLiteral("--save"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("hi")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        // Past a 250 ms flush: several tokens out, one interval apart.
        QVERIFY(QTest::qWaitFor(
            [&] {
                seen += p.readAllStandardOutput();
                return seen.size() >= 8;
            },
            15000));
        // More tokens arrive (≥ 0.5 s later), so at least one 250 ms flush has run.
        const qsizetype before = seen.size();
        QVERIFY(QTest::qWaitFor(
            [&] {
                seen += p.readAllStandardOutput();
                return seen.size() >= before + 8;
            },
            15000));
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished());
        const Run show = cli({QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("--last"),
                              QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(show.code, 0);
        const auto j = nlohmann::json::parse(show.out.toStdString());
        QCOMPARE(j["messages"][1]["status"].get<std::string>(), std::string("interrupted"));
        const QByteArray stored = QByteArray::fromStdString(j["messages"][1]["content"].get<std::string>());
        QVERIFY2(stored.size() >= 3, stored.constData());
        QVERIFY2(seen.startsWith(stored) || stored.startsWith(seen), QByteArray(stored + " vs " + seen).constData());
    }

    void saveListShow()
    {
        serveRecording("14_chat_stream");
        const QString dataDir = m_dir.filePath(QStringLiteral("save"));
        QCOMPARE(cli(QStringList {QStringLiteral("chat")} + base()
                     + QStringList {QStringLiteral("--save"), QStringLiteral("--data-dir"), dataDir,
                                    QStringLiteral("请讲一个故事")})
                     .code,
                 0);
        const Run list
            = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(list.code, 0);
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("请讲一个故事")));
        const Run show = cli({QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("1"),
                              QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains("[assistant]\nAt adventure"));
        const Run missing = cli({QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("99"),
                                 QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(missing.code, 2);
    }

    void failedRequestPrintsNoChoiceHeaders()
    {
        QTcpServer closed; // a port that was free a moment ago: nobody listens
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Run r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url, QStringLiteral("--model"),
                           QStringLiteral("m"), QStringLiteral("--n"), QStringLiteral("2"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, QByteArray());
        QVERIFY(r.err.contains("Could not reach"));
    }

    // Issue 16: `conversations show` lists each message's files, and its
    // --json names them (without their bytes).
    void showListsAttachments()
    {
        QTemporaryDir dir;
        const QStringList data {QStringLiteral("--data-dir"), dir.path()};
        QCOMPARE(
            cli(QStringList {QStringLiteral("import"), testDataPath(QStringLiteral("export/attachments.inkwell.json"))}
                + data)
                .code,
            0);
        const Run show = cli(
            QStringList {QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("--last")} + data);
        QCOMPARE(show.code, 0);
        const QString text = QString::fromUtf8(show.out);
        QVERIFY2(text.contains(QStringLiteral("这张图和这份表说明了什么？\n[image chart.png 300×200 1.4 kB]\n"
                                              "[document cities.csv 79 bytes]\n")),
                 qPrintable(text));
        const Run json = cli(QStringList {QStringLiteral("conversations"), QStringLiteral("show"),
                                          QStringLiteral("--last"), QStringLiteral("--json")}
                             + data);
        QCOMPARE(json.code, 0);
        const auto doc = nlohmann::json::parse(json.out.toStdString());
        const auto &files = doc["messages"][0]["attachments"];
        QCOMPARE(files.size(), size_t(2));
        QCOMPARE(files[0]["name"].get<std::string>(), std::string("chart.png"));
        QCOMPARE(files[0]["kind"].get<std::string>(), std::string("image"));
        QCOMPARE(files[0]["width"].get<int>(), 300);
        QCOMPARE(files[0]["size"].get<int>(), 1358);
        QCOMPARE(files[0]["sha256"].get<std::string>().size(), size_t(64));
        QVERIFY(!files[0].contains("data"));
        QCOMPARE(files[1]["kind"].get<std::string>(), std::string("document"));
        QCOMPARE(files[1]["mime_type"].get<std::string>(), std::string("text/csv"));
        QVERIFY(doc["messages"][1]["attachments"].empty());
    }

    // Issue 16: files from the shell. --attach sends a document as its named
    // text and a photo as a data URL; --attach-pdf sends the PDF itself where
    // the server reads PDFs and is a usage error elsewhere; a scanned PDF
    // goes whole or not at all; a file that cannot be read sends nothing.
    void attachFilesFromTheShell()
    {
        serveRecording("14_chat_stream");
        const QString notes = testDataPath(QStringLiteral("attachments/docs/notes-utf8.md"));
        const QString photo = testDataPath(QStringLiteral("attachments/images/gps-rotated.jpg"));
        const QString spec = testDataPath(QStringLiteral("attachments/docs/shared-mime-info-spec.pdf"));
        const QString scanned = testDataPath(QStringLiteral("attachments/docs/scanned.pdf"));
        const qsizetype before = m_server.requests().size();
        Run r = cli(QStringList {QStringLiteral("chat")} + base()
                    + QStringList {QStringLiteral("--attach"), notes, QStringLiteral("--attach"), photo,
                                   QStringLiteral("What do these say?")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.requests().size(), before + 1);
        auto body = nlohmann::json::parse(m_server.requests().last().body.toStdString());
        const auto &parts = body["messages"].back()["content"];
        QCOMPARE(parts[0]["type"].get<std::string>(), std::string("text"));
        const QString text = QString::fromStdString(parts[0]["text"].get<std::string>());
        QVERIFY2(text.startsWith(QStringLiteral("<document name=\"notes-utf8.md\">\n")), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("What do these say?")));
        QCOMPARE(parts[1]["type"].get<std::string>(), std::string("image_url"));
        QVERIFY(parts[1]["image_url"]["url"].get<std::string>().starts_with("data:image/jpeg;base64,"));

        r = cli(QStringList {QStringLiteral("chat")} + base()
                + QStringList {QStringLiteral("--attach-pdf"), spec, QStringLiteral("Read it")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("does not read PDFs sent whole"), r.err.constData());
        r = cli(QStringList {QStringLiteral("chat")} + base()
                + QStringList {QStringLiteral("--attach"), scanned, QStringLiteral("Read it")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("scanned.pdf has no text layer"), r.err.constData());
        r = cli(QStringList {QStringLiteral("chat")} + base()
                + QStringList {QStringLiteral("--attach"), m_dir.filePath(QStringLiteral("gone.png")),
                               QStringLiteral("Read it")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("gone.png does not exist"), r.err.constData());
        QCOMPARE(m_server.requests().size(), before + 1); // nothing else was sent

        // Anthropic reads PDFs: both the chosen one and the scanned one go
        // as document blocks, before the text, in the order given.
        m_server.setResponse(
            FakeServer::Response::sse(readTestData(QStringLiteral("protocols/anthropic-messages-stream-basic.sse"))));
        r = cli({QStringLiteral("chat"), QStringLiteral("--api"), QStringLiteral("anthropic"),
                 QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                 QStringLiteral("claude-sonnet-4-5"), QStringLiteral("--attach-pdf=") + spec,
                 QStringLiteral("--attach"), scanned, QStringLiteral("Compare them")});
        QCOMPARE(r.code, 0);
        body = nlohmann::json::parse(m_server.requests().last().body.toStdString());
        const auto &blocks = body["messages"].back()["content"];
        QCOMPARE(blocks.size(), size_t(3));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(blocks[i]["type"].get<std::string>(), std::string("document"));
            QCOMPARE(blocks[i]["source"]["media_type"].get<std::string>(), std::string("application/pdf"));
            QVERIFY(blocks[i]["source"]["data"].get<std::string>().starts_with("JVBER")); // %PDF-
        }
        QCOMPARE(blocks[2]["text"].get<std::string>(), std::string("Compare them"));
        QCOMPARE(QByteArray::fromStdString(blocks[0]["source"]["data"].get<std::string>()),
                 readTestData(QStringLiteral("attachments/docs/shared-mime-info-spec.pdf")).toBase64());
    }

    // The profile's own view of images and its largest file, from the shell.
    void profileImagesAndLargestFile()
    {
        QTemporaryDir dir;
        const QStringList data {QStringLiteral("--data-dir"), dir.path()};
        Run r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("vision"),
                                 QStringLiteral("--preset"), QStringLiteral("llamacpp"), QStringLiteral("--images"),
                                 QStringLiteral("yes"), QStringLiteral("--max-file-mb"), QStringLiteral("5")}
                    + data);
        QCOMPARE(r.code, 0);
        r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")} + data);
        QCOMPARE(r.code, 0);
        const auto list = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(list[0]["images"].get<std::string>(), std::string("yes"));
        QCOMPARE(list[0]["max_file_mb"].get<int>(), 5);
        r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bad"),
                             QStringLiteral("--preset"), QStringLiteral("llamacpp"), QStringLiteral("--images"),
                             QStringLiteral("maybe")}
                + data);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--images takes auto, yes or no"));
    }

    void exportAndImportFromTheShell()
    {
        QTemporaryDir dir;
        const QStringList data {QStringLiteral("--data-dir"), dir.path()};
        const QString fixture = testDataPath(QStringLiteral("export/chinese-article.inkwell.json"));

        const Run dry
            = cli(QStringList {QStringLiteral("import"), fixture, QStringLiteral("--dry-run"), QStringLiteral("--json")}
                  + data);
        QCOMPARE(dry.code, 0);
        const auto report = nlohmann::json::parse(dry.out.toStdString());
        QCOMPARE(report["dry_run"].get<bool>(), true);
        QCOMPARE(report["conversations"]["imported"].get<int>(), 1);
        QCOMPARE(report["messages"]["imported"].get<int>(), 4);

        const Run imported = cli(QStringList {QStringLiteral("import"), fixture} + data);
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.startsWith("Imported 1 conversation (4 messages)"), imported.out.constData());
        const Run again = cli(QStringList {QStringLiteral("import"), fixture} + data);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("skipped 1 conversation"), again.out.constData());

        const QString md = dir.filePath(QStringLiteral("out.md"));
        const Run exported
            = cli(QStringList {QStringLiteral("export"), QStringLiteral("--last"), QStringLiteral("--out"), md} + data);
        QCOMPARE(exported.code, 0);
        QCOMPARE(exported.out, md.toUtf8() + '\n');
        QVERIFY(readFile(md).contains("请生成一篇关于人工智能的文章"));
        QCOMPARE(exported.err, QByteArray()); // no stray warnings on a clean run

        // PDF needs Qt's GUI side: the CLI starts it offscreen by itself.
        QProcess pdf;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        pdf.setProcessEnvironment(env);
        const QString pdfPath = dir.filePath(QStringLiteral("out.pdf"));
        pdf.start(QStringLiteral(INKWELL_CLI),
                  QStringList {QStringLiteral("export"), QStringLiteral("--last"), QStringLiteral("--out"), pdfPath}
                      + data);
        QVERIFY(pdf.waitForFinished(60000));
        QCOMPARE(pdf.exitCode(), 0);
        QVERIFY(readFile(pdfPath).startsWith("%PDF-"));

        // A sidebar folder (the fixture's conversation is filed in 写作), into a folder on disk.
        const QString byFolder = dir.filePath(QStringLiteral("by-folder"));
        const Run folder = cli(QStringList {QStringLiteral("export"), QStringLiteral("--folder"),
                                            QStringLiteral("写作"), QStringLiteral("--format"), QStringLiteral("md"),
                                            QStringLiteral("--out"), byFolder + u'/'}
                               + data);
        QCOMPARE(folder.code, 0);
        QCOMPARE(QDir(byFolder).entryList(QDir::Files).size(), 1);
        const Run noFolder
            = cli(QStringList {QStringLiteral("export"), QStringLiteral("--folder"), QStringLiteral("none"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("none.md"))}
                  + data);
        QCOMPARE(noFolder.code, 2);
        QVERIFY2(noFolder.err.contains("no folder named"), noFolder.err.constData());
        const Run listed = cli(
            QStringList {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")} + data);
        QCOMPARE(nlohmann::json::parse(listed.out.toStdString())[0]["folder"].get<std::string>(), std::string("写作"));

        QCOMPARE(cli(QStringList {QStringLiteral("export"), QStringLiteral("--last")} + data).code, 2); // no --out
        // Two conversations into one .md file: refused, nothing made.
        const Run two = cli(QStringList {QStringLiteral("export"), QStringLiteral("--conversation"),
                                         QStringLiteral("1"), QStringLiteral("--conversation"), QStringLiteral("2"),
                                         QStringLiteral("--out"), dir.filePath(QStringLiteral("both.md"))}
                            + data);
        QCOMPARE(two.code, 2);
        QVERIFY2(two.err.contains("folder"), two.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("both.md"))));
        QCOMPARE(cli(QStringList {QStringLiteral("export"), QStringLiteral("--conversation"), QStringLiteral("999"),
                                  QStringLiteral("--out"), dir.filePath(QStringLiteral("none.md"))}
                     + data)
                     .code,
                 5);
        QCOMPARE(cli(QStringList {QStringLiteral("export"), QStringLiteral("--last"), QStringLiteral("--out"),
                                  dir.filePath(QStringLiteral("x.doc"))}
                     + data)
                     .code,
                 2); // unknown format
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"conversation_id\": \"x\", \"mapping\": 5}]");
        f.close();
        const Run failed = cli(QStringList {QStringLiteral("import"), bad} + data);
        QCOMPARE(failed.code, 5);
        QVERIFY2(failed.err.contains("mapping: expected an object") && failed.err.contains("nothing was imported"),
                 failed.err.constData());
    }

    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("inkwell-cli " INKWELL_VERSION));
        const Run h = cli({QStringLiteral("chat"), QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *o : {"--base-url",
                              "--model",
                              "--system",
                              "--temperature",
                              "--top-p",
                              "--max-tokens",
                              "--n",
                              "--stop",
                              "--seed",
                              "--presence-penalty",
                              "--frequency-penalty",
                              "--no-stream",
                              "--json",
                              "--data-dir",
                              "--save",
                              "--api-key-env",
                              "--top-k",
                              "--min-p",
                              "--profile",
                              "--api",
                              "--think",
                              "--show-reasoning"})
            QVERIFY2(h.out.contains(o), o);
        // Named as typed, not by the binary's path; ranges in UTF-8.
        QVERIFY2(h.out.startsWith("Usage: inkwell-cli chat [options]"), h.out.left(80).constData());
        QVERIFY(h.out.contains("(\u22122\u20132)"));
        const Run c = cli({QStringLiteral("conversations"), QStringLiteral("--help-all")});
        QCOMPARE(c.code, 0);
        QVERIFY2(c.out.startsWith("Usage: inkwell-cli conversations [options]"), c.out.left(80).constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
