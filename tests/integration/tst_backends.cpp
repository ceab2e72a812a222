// SPDX-License-Identifier: GPL-3.0-or-later
// Every backend end to end: inkwell-cli and ChatController against a fake
// server over loopback that speaks each API's recorded bytes; retries; the
// keychain (runs under tests/with-keyring.sh: a real gnome-keyring).
#include "chat/chatcontroller.h"
#include "clirunner.h"
#include "fakeserver.h"
#include "testdata.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;
using nlohmann::json;

namespace {
FakeServer::Response recordedStream(const QString &file, const QByteArray &type, int chunk = 23)
{
    FakeServer::Response r = FakeServer::Response::raw(200, type, readTestData(file));
    r.chunked = true;
    r.chunkSize = chunk;
    return r;
}

json bodyOf(const FakeServer::Request &r)
{
    return json::parse(r.body.toStdString());
}
} // namespace

class TestBackends : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    FakeServer m_server;

    CliRun cli(QStringList args, const QByteArray &stdinData = {}, QList<QPair<QString, QString>> env = {})
    {
        env << qMakePair(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return runCli(args, stdinData, false, env);
    }
    QString url() const { return m_server.baseUrl(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid() && m_config.isValid());
    }

    void ollamaNative()
    {
        m_server.serveInOrder(
            {recordedStream(QStringLiteral("protocols/ollama-chat-stream-thinking.ndjson"), "application/x-ndjson")});
        CliRun r
            = cli({QStringLiteral("chat"), QStringLiteral("--api"), QStringLiteral("ollama"),
                   QStringLiteral("--base-url"), url(), QStringLiteral("--model"), QStringLiteral("qwen3:0.6b"),
                   QStringLiteral("--top-k"), QStringLiteral("20"), QStringLiteral("--min-p"), QStringLiteral("0.05"),
                   QStringLiteral("--num-ctx"), QStringLiteral("4096"), QStringLiteral("--think"), QStringLiteral("on"),
                   QStringLiteral("--json"), QStringLiteral("2+3?")});
        QCOMPARE(r.code, 0);
        const json out = json::parse(r.out.toStdString());
        QCOMPARE(out["choices"][0]["text"].get<std::string>(), std::string("2 + 3 = 5."));
        QCOMPARE(out["choices"][0]["reasoning"].get<std::string>(), std::string("Okay, the")); // apart from the answer
        QCOMPARE(out["usage"]["completion_tokens"].get<int>(), 137);
        const FakeServer::Request &req = m_server.requests().constLast();
        QCOMPARE(req.path, QByteArray("/api/chat"));
        const json body = bodyOf(req);
        QCOMPARE(body["options"]["top_k"].get<int>(), 20);
        QCOMPARE(body["options"]["num_ctx"].get<int>(), 4096);
        QCOMPARE(body["think"].get<bool>(), true);

        m_server.serveInOrder({recordedStream(QStringLiteral("protocols/ollama-generate-stream-real.ndjson"),
                                              "application/x-ndjson", 7)});
        r = cli({QStringLiteral("complete"), QStringLiteral("--api"), QStringLiteral("ollama"),
                 QStringLiteral("--base-url"), url(), QStringLiteral("--model"), QStringLiteral("qwen2.5-coder:7b"),
                 QStringLiteral("--max-tokens"), QStringLiteral("30"), QStringLiteral("Describe a rabbit:")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("Cute and fluffy, with long ears and a bushy tail."));
        QCOMPARE(m_server.requests().constLast().path, QByteArray("/api/generate"));
        QCOMPARE(bodyOf(m_server.requests().constLast())["options"]["num_predict"].get<int>(), 30);
    }

    void ollamaErrorAfter200()
    {
        m_server.serveInOrder({recordedStream(QStringLiteral("protocols/ollama-generate-stream-midstream-error.ndjson"),
                                              "application/x-ndjson")});
        const CliRun r = cli({QStringLiteral("complete"), QStringLiteral("--api"), QStringLiteral("ollama"),
                              QStringLiteral("--base-url"), url(), QStringLiteral("--model"), QStringLiteral("gemma4"),
                              QStringLiteral("Is it?")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, QByteArray(" Yes.Ican\n").left(r.out.size())); // the text so far is printed
        QVERIFY2(r.err.contains("an error was encountered while running the model"), r.err.constData());
        QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData()); // names the server
    }

    void anthropic()
    {
        m_server.serveInOrder(
            {recordedStream(QStringLiteral("protocols/anthropic-messages-stream-basic.sse"), "text/event-stream")});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--api"), QStringLiteral("anthropic"),
                              QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("claude-x"), QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--system"), QStringLiteral("Be brief."), QStringLiteral("hi")},
                             {}, {{QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-secret")}});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("Hello there!"));
        QVERIFY2(r.err.contains("--seed not supported by Anthropic"), r.err.constData()); // never dropped silently
        const FakeServer::Request &req = m_server.requests().constLast();
        QCOMPARE(req.path, QByteArray("/v1/messages"));
        QCOMPARE(req.header("x-api-key"), QByteArray("sk-ant-secret"));
        QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(req.header("Authorization").isEmpty());
        const json body = bodyOf(req);
        QCOMPARE(body["max_tokens"].get<int>(), 4096); // required by the API
        QCOMPARE(body["system"].get<std::string>(), std::string("Be brief."));
        QVERIFY(!body.contains("seed"));
    }

    void gemini()
    {
        m_server.serveInOrder(
            {recordedStream(QStringLiteral("protocols/gemini-stream-crlf.sse"), "text/event-stream", 5)});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--api"), QStringLiteral("gemini"),
                              QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("gemini-2.5-flash"), QStringLiteral("--n"), QStringLiteral("1"),
                              QStringLiteral("--top-k"), QStringLiteral("5"), QStringLiteral("Count to 3")},
                             {}, {{QStringLiteral("GEMINI_API_KEY"), QStringLiteral("g-secret")}});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("1, 2, 3"));
        const FakeServer::Request &req = m_server.requests().constLast();
        QCOMPARE(req.path, QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"));
        QCOMPARE(req.header("x-goog-api-key"), QByteArray("g-secret"));
        QCOMPARE(bodyOf(req)["generationConfig"]["topK"].get<int>(), 5);
    }

    void legacyCompletions()
    {
        FakeServer::Response rec = FakeServer::Response::recorded(
            testDataPath(QStringLiteral("llama-server/35_completions_n2_stream.headers")),
            testDataPath(QStringLiteral("llama-server/35_completions_n2_stream.body")));
        rec.chunkSize = 31;
        m_server.serveInOrder({rec});
        const CliRun r = cli({QStringLiteral("complete"), QStringLiteral("--base-url"), url(),
                              QStringLiteral("--model"), QStringLiteral("stories260K"), QStringLiteral("--max-tokens"),
                              QStringLiteral("6"), QStringLiteral("--n"), QStringLiteral("2"),
                              QStringLiteral("--temperature"), QStringLiteral("0.8"), QStringLiteral("--seed"),
                              QStringLiteral("42"), QStringLiteral("--json"), QStringLiteral("Once upon a time")});
        QCOMPARE(r.code, 0);
        const json out = json::parse(r.out.toStdString());
        QCOMPARE(out["choices"][0]["text"].get<std::string>(), std::string(", there was a little b"));
        QCOMPARE(out["choices"][1]["text"].get<std::string>(), std::string(", there was a little g"));
        const FakeServer::Request &req = m_server.requests().constLast();
        QCOMPARE(req.path, QByteArray("/v1/completions"));
        const json body = bodyOf(req);
        QCOMPARE(body["prompt"].get<std::string>(), std::string("Once upon a time"));
        QCOMPARE(body["max_tokens"].get<int>(), 6);
        QCOMPARE(body["n"].get<int>(), 2);
        QVERIFY(!body.contains("messages"));
    }

    void openAiCompletionsNeverDefaultTo16Tokens()
    {
        FakeServer::Response rec
            = FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/32_completions_stream.headers")),
                                             testDataPath(QStringLiteral("llama-server/32_completions_stream.body")));
        m_server.serveInOrder({rec});
        const CliRun r = cli({QStringLiteral("complete"), QStringLiteral("--preset"), QStringLiteral("openai"),
                              QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("gpt-3.5-turbo-instruct"), QStringLiteral("Once")});
        QCOMPARE(r.code, 0);
        QCOMPARE(bodyOf(m_server.requests().constLast())["max_tokens"].get<int>(), 1024);
    }

    void rateLimitIsRetriedThenAnswered()
    {
        FakeServer::Response limited = FakeServer::Response::json(
            429, readTestData(QStringLiteral("protocols/openai-error-429-rate-limit.json")));
        limited.headers << qMakePair(QByteArray("retry-after-ms"), QByteArray("40"));
        m_server.serveInOrder(
            {limited,
             FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                            testDataPath(QStringLiteral("llama-server/14_chat_stream.body")))});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.requests().size(), 2);
        QVERIFY(r.out.startsWith("At adventure"));
        QVERIFY2(r.err.contains("HTTP 429") && r.err.contains("retrying in 0.0 s (1 of 2)"), r.err.constData());
    }

    void exhaustedQuotaIsNotRetried()
    {
        FakeServer::Response quota = FakeServer::Response::json(
            429, readTestData(QStringLiteral("protocols/openai-error-429-insufficient-quota.json")));
        quota.headers << qMakePair(QByteArray("retry-after"), QByteArray("0"));
        m_server.serveInOrder({quota});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY2(r.err.contains("quota"), r.err.constData());
        QVERIFY(!r.err.contains("retrying"));
    }

    void aWaitOfHoursIsNotWaitedFor()
    {
        FakeServer::Response limited = FakeServer::Response::json(
            429, readTestData(QStringLiteral("protocols/openai-error-429-rate-limit.json")));
        limited.headers << qMakePair(QByteArray("Retry-After"), QByteArray("7200"));
        m_server.serveInOrder({limited});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY2(r.err.contains("asks to wait 120.0 min"), r.err.constData());
    }

    void serverErrorsAreRetriedTwiceAtMost()
    {
        FakeServer::Response down = FakeServer::Response::json(
            503, readTestData(QStringLiteral("protocols/llamacpp-error-503-loading-model.json")));
        down.headers << qMakePair(QByteArray("Retry-After"), QByteArray("0"));
        m_server.serveInOrder({down});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QCOMPARE(m_server.requests().size(), 3);
        QVERIFY2(r.err.contains("Loading model"), r.err.constData());
    }

    void droppedConnectionBeforeAnswerIsRetried()
    {
        FakeServer::Response ok
            = FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                             testDataPath(QStringLiteral("llama-server/14_chat_stream.body")));
        FakeServer::Response dropped = ok;
        dropped.dropAfter = 0;
        m_server.serveInOrder({dropped, ok});
        const CliRun r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.requests().size(), 2);
        QVERIFY(r.out.startsWith("At adventure"));
    }

    // In one process, as the app: the switch is remembered for the model.
    void maxTokensRefusedSwitchesToMaxCompletionTokens()
    {
        const FakeServer::Response ok
            = FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                             testDataPath(QStringLiteral("llama-server/14_chat_stream.body")));
        m_server.serveInOrder(
            {FakeServer::Response::json(
                 400, readTestData(QStringLiteral("protocols/openai-error-400-unsupported-parameter.json"))),
             ok});
        QNetworkAccessManager nam;
        ChatController chat(&nam);
        GenerationRequest settings;
        settings.profile.baseUrl = url();
        settings.profile.model = QStringLiteral("o9");
        settings.params.maxTokens = 50;
        QSignalSpy busy(&chat, &ChatController::busyChanged);
        QVERIFY(chat.send(0, QStringLiteral("hi"), settings).ok());
        QTRY_COMPARE_WITH_TIMEOUT(busy.size(), 2, 10000);
        QCOMPARE(chat.answers().value(0).status, Chat::Status::Complete);
        QCOMPARE(m_server.requests().size(), 2);
        QVERIFY(bodyOf(m_server.requests()[0]).contains("max_tokens"));
        QCOMPARE(bodyOf(m_server.requests()[1])["max_completion_tokens"].get<int>(), 50);
        QVERIFY(!bodyOf(m_server.requests()[1]).contains("max_tokens"));
        QVERIFY(chat.send(0, QStringLiteral("again"), settings).ok());
        QTRY_COMPARE_WITH_TIMEOUT(busy.size(), 4, 10000);
        QCOMPARE(m_server.requests().size(), 3); // no second refusal
        QCOMPARE(bodyOf(m_server.requests()[2])["max_completion_tokens"].get<int>(), 50);
    }

    void stopDuringTheRetryWait()
    {
        FakeServer::Response limited = FakeServer::Response::json(429, "{\"error\":{\"message\":\"slow down\"}}");
        limited.headers << qMakePair(QByteArray("retry-after"), QByteArray("30"));
        m_server.serveInOrder({limited});
        QNetworkAccessManager nam;
        ChatController chat(&nam);
        GenerationRequest settings;
        settings.profile.baseUrl = url();
        QSignalSpy retrying(&chat, &ChatController::retrying);
        QSignalSpy busy(&chat, &ChatController::busyChanged);
        QVERIFY(chat.send(0, QStringLiteral("hi"), settings).ok());
        QVERIFY(retrying.wait(10000));
        QCOMPARE(retrying.first().at(1).toLongLong(), 30000);
        chat.stop();
        QCOMPARE(busy.size(), 2); // at once, not after 30 s
        QCOMPARE(chat.answers().value(0).status, Chat::Status::Stopped);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void modelsFollowPages()
    {
        m_server.serveInOrder(
            {FakeServer::Response::json(
                 200, R"({"data":[{"id":"claude-a"},{"id":"claude-b"}],"has_more":true,"last_id":"claude-b"})"),
             FakeServer::Response::json(200, R"({"data":[{"id":"claude-c"}],"has_more":false,"last_id":"claude-c"})")});
        const CliRun r = cli({QStringLiteral("models"), QStringLiteral("--api"), QStringLiteral("anthropic"),
                              QStringLiteral("--base-url"), url()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("claude-a\nclaude-b\nclaude-c\n"));
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests()[1].path, QByteArray("/v1/models?limit=1000&after_id=claude-b"));

        m_server.serveInOrder(
            {FakeServer::Response::json(200, readTestData(QStringLiteral("protocols/ollama-tags.json")))});
        const CliRun o = cli({QStringLiteral("models"), QStringLiteral("--api"), QStringLiteral("ollama"),
                              QStringLiteral("--base-url"), url(), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(m_server.requests().constLast().path, QByteArray("/api/tags"));
        QVERIFY(!json::parse(o.out.toStdString())["models"].empty());

        m_server.serveInOrder({FakeServer::Response::json(
            401, readTestData(QStringLiteral("protocols/openai-error-401-invalid-api-key.json")))});
        const CliRun bad = cli({QStringLiteral("models"), QStringLiteral("--base-url"), url()});
        QCOMPARE(bad.code, 3);
        QVERIFY2(bad.err.contains("HTTP 401") && bad.err.contains("check the API key"), bad.err.constData());
    }

    // The issue's check: a key given on stdin reaches the server as a Bearer
    // header and appears in no file under the data and config folders.
    void profileKeyLivesInTheKeychainOnly()
    {
        const QByteArray secret = "sk-stdin-7f3a9c-secret";
        const QString data = m_dir.filePath(QStringLiteral("data"));
        CliRun r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"),
                        QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"), url(),
                        QStringLiteral("--model"), QStringLiteral("stories260K"), QStringLiteral("--api-key-stdin"),
                        QStringLiteral("--data-dir"), data},
                       secret + "\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

        m_server.serveInOrder(
            {FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                            testDataPath(QStringLiteral("llama-server/14_chat_stream.body")))});
        r = cli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("work"),
                 QStringLiteral("--data-dir"), data, QStringLiteral("--save"), QStringLiteral("hi")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_server.requests().constLast().header("Authorization"), QByteArray("Bearer " + secret));

        m_server.serveInOrder({FakeServer::Response::json(200, R"({"object":"list","data":[{"id":"a"},{"id":"b"}]})")});
        r = cli({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("work"),
                 QStringLiteral("--data-dir"), data});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("OK in") && r.out.contains("2 models"), r.out.constData());
        QCOMPARE(m_server.requests().constLast().header("Authorization"), QByteArray("Bearer " + secret));

        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 0);
        QCOMPARE(json::parse(r.out.toStdString())[0]["name"].get<std::string>(), std::string("work"));

        for (const QString &root : {data, m_config.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            }
        }

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work"),
                 QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("work"),
                 QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 2);
    }

    // A profile's proxy: requests to the server go through it (an HTTP proxy
    // gets the absolute URL), its password comes from the keychain and is
    // sent when the proxy asks; loopback servers never use a proxy.
    void proxiedProfilesGoThroughTheirProxy()
    {
        FakeServer proxy;
        QVERIFY(proxy.listen());
        FakeServer::Response challenge = FakeServer::Response::raw(407, "text/plain", "proxy login");
        challenge.headers << qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"corp\""));
        proxy.serveInOrder(
            {challenge,
             FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                            testDataPath(QStringLiteral("llama-server/14_chat_stream.body")))});
        const QString data = m_dir.filePath(QStringLiteral("proxied"));
        const QString proxyUrl = QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.port());
        CliRun r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("corp"),
                        QStringLiteral("--base-url"), QStringLiteral("http://llm.corp.invalid:8080"),
                        QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--proxy"), proxyUrl,
                        QStringLiteral("--data-dir"), data},
                       {}, {{QStringLiteral("INKWELL_PROXY_PASSWORD"), QStringLiteral("pw-7f3a-secret")}});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("corp"),
                 QStringLiteral("--data-dir"), data, QStringLiteral("hi")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("At adventure"));
        QCOMPARE(proxy.requests().size(), 2);
        QCOMPARE(proxy.requests()[0].path, QByteArray("http://llm.corp.invalid:8080/v1/chat/completions"));
        QCOMPARE(proxy.requests()[1].header("Proxy-Authorization"),
                 "Basic " + QByteArray("alice:pw-7f3a-secret").toBase64());
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("pw-7f3a-secret"), qPrintable(f.fileName()));
        }

        // Loopback goes direct even with a proxy set (this one would refuse).
        m_server.serveInOrder(
            {FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                            testDataPath(QStringLiteral("llama-server/14_chat_stream.body")))});
        r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--proxy"),
                 QStringLiteral("socks5://127.0.0.1:1"), QStringLiteral("hi")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_server.requests().size(), 1);

        r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--proxy"),
                 QStringLiteral("ftp://127.0.0.1:21"), QStringLiteral("hi")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("http:// or socks5://"), r.err.constData());
        r = cli({QStringLiteral("chat"), QStringLiteral("--base-url"), url(), QStringLiteral("--proxy"),
                 QStringLiteral("http://bob:hunter2@127.0.0.1:3128"), QStringLiteral("hi")});
        QCOMPARE(r.code, 2); // a password in the URL would end up in files
    }

    void credentialHeadersAreRefused()
    {
        const CliRun r
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--base-url"),
                   url(), QStringLiteral("--header"), QStringLiteral("Authorization: Bearer sk-1"),
                   QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data2"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--api-key-stdin"));
    }
};

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
