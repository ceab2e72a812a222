// SPDX-License-Identifier: GPL-3.0-or-later
// The whole path over real loopback HTTP: controller → provider → QNetworkAccessManager
// → fake server replaying recorded bytes → decoder → store.
#include "chat/chatcontroller.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "testdata.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

class TestChatController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;

    struct Fixture {
        FakeServer server;
        Database db;
        QNetworkAccessManager nam;
        std::unique_ptr<ChatController> chat;
        GenerationRequest settings;
    };

    std::unique_ptr<Fixture> make()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->server.listen())
            qFatal("cannot listen");
        if (f->db.open(m_dir.filePath(QStringLiteral("t%1.sqlite3").arg(++m_dbCount))).isError())
            qFatal("cannot open db");
        f->chat = std::make_unique<ChatController>(&f->nam, f->db.db());
        f->settings.profile.name = QStringLiteral("Fake");
        f->settings.profile.baseUrl = f->server.baseUrl();
        f->settings.profile.model = QStringLiteral("stories260K");
        return f;
    }

    static Message stored(Fixture &f, qint64 id) { return MessageRepository(f.db.db()).get(id).value; }

    static qint64 runToEnd(Fixture &f, const QString &text = QStringLiteral("Tell me a story about a cat."))
    {
        auto r = f.chat->send(0, text, f.settings);
        // Generous: a stream cut in 7-byte writes takes ~10 s on loopback (Nagle) and longer under ASan.
        if (!r.ok() || !QTest::qWaitFor([&] { return !f.chat->isBusy(); }, 60000))
            return -1;
        return r.value;
    }

private Q_SLOTS:
    void streamsRecordedAnswerAndStoresIt()
    {
        auto f = make();
        f->server.setResponse(FakeServer::Response::recorded(
            testDataPath(QStringLiteral("llama-server/15_chat_stream_include_usage.headers")),
            testDataPath(QStringLiteral("llama-server/15_chat_stream_include_usage.body"))));
        f->server.setResponse([&] {
            auto r = FakeServer::Response::recorded(
                testDataPath(QStringLiteral("llama-server/15_chat_stream_include_usage.headers")),
                testDataPath(QStringLiteral("llama-server/15_chat_stream_include_usage.body")));
            r.chunkSize = 7; // odd chunks split lines, JSON and UTF-8
            return r;
        }());
        f->settings.params.temperature = 0.8;
        f->settings.params.seed = 42;
        QSignalSpy deltas(f->chat.get(), &ChatController::delta);
        const qint64 conv = runToEnd(*f);
        QVERIFY(conv > 0);
        QVERIFY(deltas.size() > 5);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Complete);
        QVERIFY(a.content.startsWith(QStringLiteral("At adventure")));
        QCOMPARE(a.finishReason, QStringLiteral("length"));
        QCOMPARE(a.modelReported, QStringLiteral("stories260K.gguf"));
        QCOMPARE(a.modelRequested, QStringLiteral("stories260K"));
        QCOMPARE(a.profileName, QStringLiteral("Fake"));
        QVERIFY(a.completionTokens > 0);
        QVERIFY(a.ttftMs >= 0);
        QVERIFY(a.params.contains(QStringLiteral("\"seed\":42")));
        // The request that went out carries what was set, and nothing else.
        const auto body = nlohmann::json::parse(f->server.requests().value(0).body.toStdString());
        QCOMPARE(body["temperature"].get<double>(), 0.8);
        QCOMPARE(body["seed"].get<int>(), 42);
        QVERIFY(!body.contains("top_p"));
        QCOMPARE(f->server.requests().value(0).path, QByteArray("/v1/chat/completions"));
    }

    void answerRowExistsBeforeFirstByteAndIsFlushed()
    {
        auto f = make();
        QByteArray body;
        for (int i = 0; i < 12; ++i)
            body += chunk(QStringLiteral("tok%1 ").arg(i));
        body += finishChunk() + "data: [DONE]\n\n";
        auto r = FakeServer::Response::sse(body, int(chunk(QStringLiteral("tok0 ")).size()), 100);
        f->server.setResponse(r);
        QSignalSpy added(f->chat.get(), &ChatController::messageAdded);
        QVERIFY(f->chat->send(0, QStringLiteral("hi"), f->settings).ok());
        QCOMPARE(added.size(), 2); // user + answer, before any network activity
        const qint64 answerId = f->chat->answers().value(0).id;
        QCOMPARE(stored(*f, answerId).status, Chat::Status::Streaming);
        // While streaming (one token per 100 ms), the stored text grows within ~250 ms steps.
        QTRY_VERIFY_WITH_TIMEOUT(stored(*f, answerId).content.contains(QStringLiteral("tok3")), 5000);
        QVERIFY(f->chat->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!f->chat->isBusy(), 10000);
        QCOMPARE(stored(*f, answerId).status, Chat::Status::Complete);
        QVERIFY(stored(*f, answerId).content.endsWith(QStringLiteral("tok11 ")));
    }

    // Megabytes of files: the body is made on a worker, and it is the same
    // request; a stop while it is being made ends it without sending.
    void largeFilesAreEncodedOffTheWindowsThread()
    {
        auto f = make();
        f->server.setResponse(
            FakeServer::Response::sse(chunk(QStringLiteral("Seen.")) + finishChunk() + "data: [DONE]\n\n"));
        Attachment photo;
        photo.name = QStringLiteral("big.jpg");
        photo.mimeType = QStringLiteral("image/jpeg");
        photo.data = QByteArray(3 << 20, 'x'); // over Generation::kWorkerBodyBytes
        auto r = f->chat->send(0, QStringLiteral("What is it?"), f->settings, {photo});
        QVERIFY(r.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!f->chat->isBusy(), 10000);
        QCOMPARE(f->server.requests().size(), 1);
        const QByteArray sent = f->server.requests().constFirst().body;
        const QByteArray url = QByteArray("data:image/jpeg;base64,") + photo.data.toBase64() + QByteArray("\"");
        QVERIFY(sent.contains(url));
        QCOMPARE(stored(*f, f->chat->answers().value(0).id).content, QStringLiteral("Seen."));

        // Stopped before the body is ready: nothing goes out, the files stay stored.
        QVERIFY(f->chat->send(r.value, QStringLiteral("Again?"), f->settings, {photo}).ok());
        f->chat->stop();
        QVERIFY(!f->chat->isBusy());
        QCOMPARE(stored(*f, f->chat->answers().value(0).id).status, Chat::Status::Stopped);
        // The next request is the second the server sees: the stopped one never went.
        QVERIFY(f->chat->send(r.value, QStringLiteral("Just text."), f->settings).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!f->chat->isBusy(), 10000);
        QCOMPARE(f->server.requests().size(), 2);
        QVERIFY(f->server.requests().constLast().body.contains("Just text."));
    }

    // A picture for a model that reads text only is refused before anything
    // is stored: no conversation, no message, no file.
    void refusedPicturesLeaveNothingBehind()
    {
        auto f = make();
        f->settings.profile.images = QStringLiteral("no");
        Attachment photo;
        photo.name = QStringLiteral("photo.png");
        photo.mimeType = QStringLiteral("image/png");
        photo.data = QByteArrayLiteral("png");
        const auto r = f->chat->send(0, QStringLiteral("What is it?"), f->settings, {photo});
        QVERIFY(!r.ok());
        QVERIFY(r.error.message.contains(QStringLiteral("does not take images")));
        QSqlQuery q(f->db.db());
        for (const char *table : {"conversations", "messages", "attachments"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QCOMPARE(f->server.requests().size(), 0);
    }

    void stopAbortsAtOnceAndKeepsPartial()
    {
        auto f = make();
        QByteArray body;
        for (int i = 0; i < 200; ++i)
            body += chunk(QStringLiteral("w%1 ").arg(i));
        body += "data: [DONE]\n\n";
        f->server.setResponse(FakeServer::Response::sse(body, int(chunk(QStringLiteral("w0 ")).size()), 20));
        QSignalSpy deltas(f->chat.get(), &ChatController::delta);
        QVERIFY(f->chat->send(0, QStringLiteral("hi"), f->settings).ok());
        QTRY_VERIFY(deltas.size() >= 3);
        QCOMPARE(f->server.openConnections(), 1);
        f->chat->stop();
        QVERIFY(!f->chat->isBusy());
        // The connection really closed: local servers stop generating.
        QTRY_COMPARE_WITH_TIMEOUT(f->server.openConnections(), 0, 5000);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Stopped);
        QVERIFY(a.content.startsWith(QStringLiteral("w0 w1 w2")));
        QVERIFY(!a.content.contains(QStringLiteral("w199")));
    }

    void dropMidStreamIsInterruptedWithPartialKept()
    {
        auto f = make();
        QByteArray body = chunk(QStringLiteral("partial ")) + chunk(QStringLiteral("text"));
        const qsizetype cut = body.size();
        body += chunk(QStringLiteral(" never")) + "data: [DONE]\n\n";
        auto r = FakeServer::Response::sse(body, 16, 1);
        r.dropAfter = cut;
        f->server.setResponse(r);
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Interrupted);
        QCOMPARE(a.content, QStringLiteral("partial text"));
        QVERIFY2(a.error.contains(QStringLiteral("127.0.0.1")), qPrintable(a.error));
    }

    // Continue: the cut answer goes back to the model and the rest is
    // appended to the same message; nothing new is created.
    void interruptedAnswerIsContinuedInPlace()
    {
        auto f = make();
        QByteArray body = chunk(QStringLiteral("Once upon a ")) + chunk(QStringLiteral("time"));
        const qsizetype cut = body.size();
        body += chunk(QStringLiteral(" lost")) + "data: [DONE]\n\n";
        auto dropped = FakeServer::Response::sse(body, 16, 1);
        dropped.dropAfter = cut;
        f->server.serveInOrder({dropped,
                                FakeServer::Response::sse(chunk(QStringLiteral(", a cat "))
                                                          + chunk(QStringLiteral("slept.")) + "data: [DONE]\n\n")});
        const qint64 conv = runToEnd(*f);
        const qint64 id = f->chat->answers().value(0).id;
        QCOMPARE(stored(*f, id).status, Chat::Status::Interrupted);
        QVERIFY(ChatController::canContinue(stored(*f, id)));
        const qsizetype rowsBefore = MessageRepository(f->db.db()).all(conv).value.size();

        QSignalSpy resumed(f->chat.get(), &ChatController::messageResumed);
        QVERIFY(f->chat->continueAnswer(conv, f->settings).ok());
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(stored(*f, id).status, Chat::Status::Streaming); // owned again while it streams
        QVERIFY(QTest::qWaitFor([&] { return !f->chat->isBusy(); }, 15000));
        const Message a = stored(*f, id);
        QCOMPARE(a.content, QStringLiteral("Once upon a time, a cat slept."));
        QCOMPARE(a.status, Chat::Status::Complete);
        QVERIFY(a.error.isEmpty());
        QCOMPARE(MessageRepository(f->db.db()).all(conv).value.size(), rowsBefore);
        const auto sent = nlohmann::json::parse(f->server.requests().constLast().body.toStdString());
        const auto &messages = sent["messages"];
        QCOMPARE(messages.size(), size_t(3));
        QCOMPARE(messages[1]["role"].get<std::string>(), std::string("assistant"));
        QCOMPARE(messages[1]["content"].get<std::string>(), std::string("Once upon a time"));
        QCOMPARE(messages[2]["role"].get<std::string>(), std::string("user"));
        QVERIFY(!ChatController::canContinue(a));
        QVERIFY(!f->chat->continueAnswer(conv, f->settings).ok()); // nothing left to continue
    }

    // Continue, by each server's rules. llama.cpp, Ollama and vLLM carry on
    // from the last token of a final assistant turn (vLLM when told so), and
    // what streams is joined as it is; a server that would start a new answer
    // is asked to go on, and its answer is joined with care.
    void continueFollowsTheServersRules_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("cut");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("asked");
        QTest::newRow("llama.cpp: prefill, joined as it comes")
            << "llamacpp"
            << "She saw a cann" << QStringList {QStringLiteral("on by "), QStringLiteral("the sea.")}
            << "She saw a cannon by the sea." << false;
        QTest::newRow("vLLM: continue_final_message")
            << "vllm"
            << "She saw a cann" << QStringList {QStringLiteral("on.")} << "She saw a cannon." << false;
        QTest::newRow("asked: a space after a finished sentence")
            << "openai"
            << "Hello Smeetie!" << QStringList {QStringLiteral("Hi, how "), QStringLiteral("are you today?")}
            << "Hello Smeetie! Hi, how are you today?" << true;
        QTest::newRow("asked: a repeated end is dropped")
            << "openai"
            << "The cat sat on the mat and"
            << QStringList {QStringLiteral("sat on the mat and then "), QStringLiteral("slept all day.")}
            << "The cat sat on the mat and then slept all day." << true;
        QTest::newRow("asked: a repeated sentence is dropped")
            << "openai"
            << "The cat sat on the mat. It was a warm and sunny afternoon in the garden."
            << QStringList {QStringLiteral("It was a warm and sunny afternoon in the garden. Then "),
                            QStringLiteral("it slept.")}
            << "The cat sat on the mat. It was a warm and sunny afternoon in the garden. Then it slept." << true;
        QTest::newRow("asked: a number goes on")
            << "openai"
            << "Pi is about 3." << QStringList {QStringLiteral("14159.")} << "Pi is about 3.14159." << true;
        QTest::newRow("asked: Chinese takes no space")
            << "openai"
            << "猫坐在垫子上。" << QStringList {QStringLiteral("然后睡了一整天。")} << "猫坐在垫子上。然后睡了一整天。"
            << true;
    }
    void continueFollowsTheServersRules()
    {
        QFETCH(QString, preset);
        QFETCH(QString, cut);
        QFETCH(QStringList, more);
        QFETCH(QString, expected);
        QFETCH(bool, asked);
        auto f = make();
        f->settings.profile.preset = preset;
        QByteArray body = chunk(cut);
        const qsizetype at = body.size();
        body += chunk(QStringLiteral(" never")) + "data: [DONE]\n\n";
        auto dropped = FakeServer::Response::sse(body, 16, 1);
        dropped.dropAfter = at;
        QByteArray rest;
        for (const QString &piece : more)
            rest += chunk(piece);
        f->server.serveInOrder({dropped, FakeServer::Response::sse(rest + "data: [DONE]\n\n")});
        const qint64 conv = runToEnd(*f);
        const qint64 id = f->chat->answers().value(0).id;
        QCOMPARE(stored(*f, id).content, cut);
        QVERIFY(f->chat->continueAnswer(conv, f->settings).ok());
        QVERIFY(QTest::qWaitFor([&] { return !f->chat->isBusy(); }, 15000));
        QCOMPARE(stored(*f, id).content, expected);
        const auto sent = nlohmann::json::parse(f->server.requests().constLast().body.toStdString());
        const auto &messages = sent["messages"];
        QCOMPARE(messages.back()["role"].get<std::string>(), std::string(asked ? "user" : "assistant"));
        QCOMPARE(messages[1]["content"].get<std::string>(), cut.toStdString());
        QCOMPARE(sent.value("continue_final_message", false), preset == u"vllm");
        QCOMPARE(sent.contains("add_generation_prompt"), preset == u"vllm");
    }

    // A server whose certificate does not verify: the error says so, nothing
    // is sent in the clear, and it is not retried (tests/data/tls holds a
    // self-signed certificate made for this test only).
    void tlsErrorsAreShownNotIgnored()
    {
        auto f = make();
        QSslServer tls;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(readTestData(QStringLiteral("tls/selfsigned.crt"))));
        conf.setPrivateKey(QSslKey(readTestData(QStringLiteral("tls/selfsigned.key")), QSsl::Rsa));
        tls.setSslConfiguration(conf);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        int handshakes = 0;
        connect(&tls, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
        f->settings.profile.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort());
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        QVERIFY2(a.error.contains(QStringLiteral("could not be verified")), qPrintable(a.error));
        QVERIFY2(a.error.contains(QStringLiteral("self-signed")), qPrintable(a.error)); // Qt's reason, quoted
        QVERIFY2(a.error.contains(QStringLiteral("127.0.0.1")), qPrintable(a.error));
        QCOMPARE(handshakes, 1);
    }

    // Copy as curl: the same body the server got, the key never in it.
    void answerRequestAsCurlReproducesIt()
    {
        auto f = make();
        f->server.setResponse(
            FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                           testDataPath(QStringLiteral("llama-server/14_chat_stream.body"))));
        f->settings.apiKey = QStringLiteral("sk-curl-secret");
        f->settings.params.temperature = 0.3;
        f->settings.params.systemPrompt = QStringLiteral("It's short."); // a quote the shell must survive
        runToEnd(*f);
        const auto curl = f->chat->requestAsCurl(f->chat->answers().value(0).id);
        QVERIFY2(curl.ok(), qPrintable(curl.error.message));
        const QString c = curl.value;
        QVERIFY2(c.startsWith(QStringLiteral("curl -sN '%1/v1/chat/completions'").arg(f->server.baseUrl())),
                 qPrintable(c));
        QVERIFY(c.contains(QStringLiteral("-H \"Authorization: Bearer $INKWELL_API_KEY\"")));
        QVERIFY(!c.contains(QStringLiteral("sk-curl-secret")) && !c.contains(QStringLiteral("redacted")));
        // The body, as a real shell reads the quoted argument, is what the server received.
        const qsizetype at = c.indexOf(QStringLiteral("--data-binary "));
        QVERIFY(at > 0);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + c.mid(at + 14)});
        QVERIFY(sh.waitForFinished(10000));
        const QByteArray body = sh.readAllStandardOutput();
        QVERIFY2(nlohmann::json::parse(body.toStdString())
                     == nlohmann::json::parse(f->server.requests().constLast().body.toStdString()),
                 body.constData());
    }

    void cleanEofWithoutDoneIsInterrupted()
    {
        auto f = make();
        f->server.setResponse(FakeServer::Response::sse(chunk(QStringLiteral("half")) + finishChunk()));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Interrupted);
        QCOMPARE(a.content, QStringLiteral("half"));
    }

    void httpErrorsBecomeClearMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("401 openai") << 401 << QStringLiteral("protocols/openai-error-401-invalid-api-key.json")
                                    << QStringList {QStringLiteral("HTTP 401"), QStringLiteral("Incorrect API key"),
                                                    QStringLiteral("check the API key of profile ‘Fake’")};
        QTest::newRow("401 llama.cpp") << 401 << QStringLiteral("llama-server/72_auth_chat_no_key.body")
                                       << QStringList {QStringLiteral("HTTP 401"), QStringLiteral("Invalid API Key")};
        QTest::newRow("429 rate") << 429 << QStringLiteral("protocols/openai-error-429-rate-limit.json")
                                  << QStringList {QStringLiteral("HTTP 429"), QStringLiteral("rate limited")};
        QTest::newRow("429 quota") << 429 << QStringLiteral("protocols/openai-error-429-insufficient-quota.json")
                                   << QStringList {QStringLiteral("no quota left")};
        QTest::newRow("500") << 500 << QString()
                             << QStringList {QStringLiteral("HTTP 500"), QStringLiteral("retry later")};
        QTest::newRow("503 loading") << 503 << QStringLiteral("protocols/llamacpp-error-503-loading-model.json")
                                     << QStringList {QStringLiteral("Loading model")};
        QTest::newRow("400 vllm legacy") << 400 << QStringLiteral("protocols/vllm-error-400-legacy-shape.json")
                                         << QStringList {QStringLiteral("HTTP 400")};
        QTest::newRow("400 gemini array")
            << 400 << QStringLiteral("protocols/gemini-error-400-api-key-invalid-array.json")
            << QStringList {QStringLiteral("API key not valid")};
    }
    void httpErrorsBecomeClearMessages()
    {
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(QStringList, phrases);
        auto f = make();
        const QByteArray body = file.isEmpty() ? QByteArray("Internal Server Error") : readTestData(file);
        f->server.setResponse(FakeServer::Response::json(status, body));
        QSignalSpy failed(f->chat.get(), &ChatController::failed);
        runToEnd(*f);
        QCOMPARE(failed.size(), 1);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        for (const QString &p : phrases)
            QVERIFY2(a.error.contains(p), qPrintable(a.error));
        QCOMPARE(f->chat->lastError().httpStatus, status);
    }

    void stallHitsInactivityTimeout()
    {
        auto f = make();
        f->settings.profile.idleTimeoutMs = 400;
        auto r = FakeServer::Response::sse(chunk(QStringLiteral("before stall")) + chunk(QStringLiteral("after")));
        r.stallAfter = chunk(QStringLiteral("before stall")).size();
        f->server.setResponse(r);
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Interrupted);
        QCOMPARE(a.content, QStringLiteral("before stall"));
        QVERIFY2(a.error.contains(QStringLiteral("sent nothing for 0.4 s")), qPrintable(a.error));
    }

    void keepAlivesResetTheInactivityTimer()
    {
        auto f = make();
        f->settings.profile.idleTimeoutMs = 1000;
        // 20 comment pings 100 ms apart: 2 s in total, never 1 s of silence.
        QByteArray body;
        for (int i = 0; i < 20; ++i)
            body += ": ping\n\n";
        body += chunk(QStringLiteral("ok")) + "data: [DONE]\n\n";
        f->server.setResponse(FakeServer::Response::sse(body, 8, 100));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Complete);
        QCOMPARE(a.content, QStringLiteral("ok"));
        QVERIFY(f->chat->generation() == nullptr);
    }

    void htmlPageInsteadOfStreamIsAnError()
    {
        auto f = make();
        f->server.setResponse(
            FakeServer::Response::raw(200, "text/html", "<html><title>Login</title><body>proxy</body></html>"));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        QVERIFY2(a.error.contains(QStringLiteral("text/html")), qPrintable(a.error));
    }

    void garbageIsAnError()
    {
        auto f = make();
        f->server.setResponse(FakeServer::Response::sse("data: \x01\x02garbage{{{\n\n"));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        QVERIFY2(a.error.contains(QStringLiteral("not valid JSON")), qPrintable(a.error));
    }

    void streamOfNoEventsIsAnErrorQuotingIt()
    {
        auto f = make();
        f->server.setResponse(FakeServer::Response::sse(QByteArrayLiteral("garbage\x01 not sse\n")));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        QVERIFY2(a.error.contains(QStringLiteral("it began with: garbage")), qPrintable(a.error));
    }

    void hugeLineIsBoundedError()
    {
        auto f = make();
        QByteArray body
            = chunk(QStringLiteral("kept")) + "data: {\"x\":\"" + QByteArray(Generation::kMaxEventBytes + 1024, 'a');
        f->server.setResponse(FakeServer::Response::sse(body, 1 << 20));
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Interrupted);
        QCOMPARE(a.content, QStringLiteral("kept"));
        QVERIFY2(a.error.contains(QStringLiteral("larger than 16 MiB")), qPrintable(a.error));
    }

    void connectionRefusedIsAnError()
    {
        auto f = make();
        f->settings.profile.baseUrl = QStringLiteral("http://127.0.0.1:1");
        runToEnd(*f);
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Error);
        QVERIFY2(a.error.contains(QStringLiteral("Could not reach 127.0.0.1:1")), qPrintable(a.error));
    }

    void nChoicesBecomeSiblings()
    {
        auto f = make();
        f->server.setResponse(
            FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/27_chat_stream_n2.headers")),
                                           testDataPath(QStringLiteral("llama-server/27_chat_stream_n2.body"))));
        f->settings.params.n = 2;
        runToEnd(*f);
        const auto answers = f->chat->answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(stored(*f, answers[0].id).content, QStringLiteral("\"One"));
        QCOMPARE(stored(*f, answers[1].id).content, QStringLiteral("Frong"));
        QCOMPARE(stored(*f, answers[1].id).parentId, stored(*f, answers[0].id).parentId);
        QCOMPARE(stored(*f, answers[1].id).choiceIndex, 1);
    }

    // Each of n answers shows its own token count: llama.cpp reports it in
    // the choice's last chunk (its `usage`, or `timings`); a count for the
    // whole request (OpenAI's, choices: []) is nobody's own.
    void nAnswersKeepTheirOwnTokenCounts_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<qint64>("prompt");
        auto chunk = [](int index, const char *extra) -> QByteArray {
            return QByteArray(R"(data: {"choices":[{"finish_reason":"stop","index":)") + QByteArray::number(index)
                + R"(,"delta":{}}],"object":"chat.completion.chunk",)" + extra + "}\n\n";
        };
        QTest::newRow("llama.cpp timings") << chunk(1, R"("timings":{"cache_n":91,"prompt_n":1,"predicted_n":20})")
                + chunk(0, R"("timings":{"cache_n":91,"prompt_n":1,"predicted_n":32})")
                                           << qint64(32) << qint64(20) << qint64(92);
        QTest::newRow("llama.cpp usage per choice")
            << chunk(1, R"("usage":{"prompt_tokens":92,"completion_tokens":20})")
                + chunk(0, R"("usage":{"prompt_tokens":92,"completion_tokens":32})")
            << qint64(32) << qint64(20) << qint64(92);
        QTest::newRow("OpenAI: one usage for the request") << chunk(1, "\"usage\":null") + chunk(0, "\"usage\":null")
                + QByteArray(R"(data: {"choices":[],"usage":{"prompt_tokens":92,"completion_tokens":52}})")
                + "\n\n" << qint64(-1) << qint64(-1) << qint64(92);
    }
    void nAnswersKeepTheirOwnTokenCounts()
    {
        QFETCH(QByteArray, tail);
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(qint64, prompt);
        auto f = make();
        const QByteArray body
            = QByteArray(R"(data: {"choices":[{"index":1,"delta":{"content":"B"}}],"object":"chat.completion.chunk"})")
            + "\n\n" + R"(data: {"choices":[{"index":0,"delta":{"content":"A"}}],"object":"chat.completion.chunk"})"
            + "\n\n" + tail + "data: [DONE]\n\n";
        f->server.setResponse(FakeServer::Response::sse(body));
        f->settings.params.n = 2;
        runToEnd(*f);
        const auto answers = f->chat->answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(stored(*f, answers[0].id).completionTokens, first);
        QCOMPARE(stored(*f, answers[1].id).completionTokens, second);
        QCOMPARE(stored(*f, answers[0].id).promptTokens, prompt);
        QCOMPARE(stored(*f, answers[1].id).promptTokens, prompt);
    }

    void followUpSendsHistoryAlongBranch()
    {
        auto f = make();
        f->server.setResponse(
            FakeServer::Response::sse(chunk(QStringLiteral("first answer")) + finishChunk() + "data: [DONE]\n\n"));
        const qint64 conv = runToEnd(*f, QStringLiteral("question one"));
        QSignalSpy busy(f->chat.get(), &ChatController::busyChanged);
        QVERIFY(f->chat->send(conv, QStringLiteral("question two"), f->settings).ok());
        QTRY_VERIFY(!f->chat->isBusy());
        const auto body = nlohmann::json::parse(f->server.requests().value(1).body.toStdString());
        QCOMPARE(body["messages"].size(), 3u);
        QCOMPARE(body["messages"][1]["content"].get<std::string>(), std::string("first answer"));
        QCOMPARE(body["messages"][2]["content"].get<std::string>(), std::string("question two"));
        // Regenerate makes a sibling answer to the same question.
        QVERIFY(f->chat->regenerate(conv, f->settings).ok());
        QTRY_VERIFY(!f->chat->isBusy());
        QCOMPARE(f->server.requests().size(), 3);
        QCOMPARE(nlohmann::json::parse(f->server.requests().value(2).body.toStdString())["messages"].size(), 3u);
    }

    void serverRefusingStreamOptionsIsAskedAgainWithout()
    {
        auto f = make();
        f->server.enqueue(FakeServer::Response::json(
            400,
            R"({"error":{"message":"Unknown parameter: 'stream_options'.","type":"invalid_request_error","param":"stream_options","code":"unknown_parameter"}})"));
        f->server.enqueue(FakeServer::Response::sse(chunk(QStringLiteral("fine")) + "data: [DONE]\n\n"));
        const qint64 conv = runToEnd(*f);
        QCOMPARE(f->server.requests().size(), 2);
        QVERIFY(f->server.requests().at(0).body.contains("stream_options"));
        QVERIFY(!f->server.requests().at(1).body.contains("stream_options"));
        const Message a = stored(*f, f->chat->answers().value(0).id);
        QCOMPARE(a.status, Chat::Status::Complete);
        QCOMPARE(a.content, QStringLiteral("fine"));
        // Remembered for that server: the next request goes without it at once.
        QVERIFY(f->chat->send(conv, QStringLiteral("again"), f->settings).ok());
        QTRY_VERIFY(!f->chat->isBusy());
        QCOMPARE(f->server.requests().size(), 3);
        QVERIFY(!f->server.requests().at(2).body.contains("stream_options"));
    }

    void otherBadRequestsAreNotRetried()
    {
        auto f = make();
        f->server.setResponse(FakeServer::Response::json(
            400, readTestData(QStringLiteral("protocols/vllm-error-400-legacy-shape.json"))));
        runToEnd(*f);
        QCOMPARE(f->server.requests().size(), 1);
    }

    void keyGoesOnlyToTheHeader()
    {
        auto f = make();
        f->settings.apiKey = QStringLiteral("sk-test-secret");
        f->server.setResponse(FakeServer::Response::sse(chunk(QStringLiteral("x")) + "data: [DONE]\n\n"));
        runToEnd(*f);
        QCOMPARE(f->server.requests().value(0).header("Authorization"), QByteArray("Bearer sk-test-secret"));
        // Not in the database, its write-ahead log, or anything beside them.
        const QFileInfo db(f->db.db().databaseName());
        const auto files = QDir(db.absolutePath()).entryInfoList(QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QFileInfo &info : files) {
            QFile file(info.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("sk-test-secret"), qPrintable(info.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
