// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openaiprovider.h"
#include "streamrun.h"
#include "testdata.h"

#include <QMap>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

namespace {
using Outcome = StreamOutcome;

Outcome run(const QByteArray &bytes, qsizetype cut = -1)
{
    return runStream(OpenAiProvider(), GenerationRequest {}, bytes,
                     cut < 0 ? QList<qsizetype> {} : QList<qsizetype> {cut});
}
} // namespace

class TestOpenAiChat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<bool>("complete");
        QTest::newRow("llama-server, content null first")
            << QStringLiteral("llama-server/14_chat_stream.body") << 0
            << QStringLiteral("At adventure, they went back to the isorthank") << QStringLiteral("length") << true;
        QTest::newRow("llama-server n=2, index 1 first, choice 0")
            << QStringLiteral("llama-server/27_chat_stream_n2.body") << 0 << QStringLiteral("\"One")
            << QStringLiteral("length") << true;
        QTest::newRow("llama-server n=2, choice 1") << QStringLiteral("llama-server/27_chat_stream_n2.body") << 1
                                                    << QStringLiteral("Frong") << QStringLiteral("length") << true;
        QTest::newRow("openai n=3 interleaved")
            << QStringLiteral("protocols/openai-chat-stream-n3.sse") << 2
            << QStringLiteral("{\"city\":\"San Francisco\",\"temperature\":59,\"units\":\"f\"}")
            << QStringLiteral("stop") << true;
        QTest::newRow("keep-alives and empty data")
            << QStringLiteral("protocols/synthetic-openai-compatible-keepalives.sse") << 0 << QStringLiteral("Hi")
            << QStringLiteral("stop") << true;
    }
    void streams()
    {
        QFETCH(QString, file);
        QFETCH(int, choice);
        QFETCH(QString, text);
        QFETCH(QString, finish);
        QFETCH(bool, complete);
        const QByteArray bytes = readTestData(file);
        const Outcome whole = run(bytes);
        QCOMPARE(whole.text.value(choice), text);
        QCOMPARE(whole.finish.value(choice), finish);
        QCOMPARE(whole.complete, complete);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        const QString wanted = whole.describe();
        for (qsizetype i = 1; i < bytes.size(); ++i)
            QCOMPARE(run(bytes, i).describe(), wanted);
    }

    void usageChunkWithEmptyChoices()
    {
        const Outcome o = run(readTestData(QStringLiteral("protocols/openai-chat-stream-basic-with-usage.sse")));
        QCOMPARE(o.usage.promptTokens, 14);
        QCOMPARE(o.usage.completionTokens, 30);
        QVERIFY(o.complete);
        QCOMPARE(o.finishEvents, 1);
    }

    void llamaUsageAndModel()
    {
        const Outcome o = run(readTestData(QStringLiteral("llama-server/15_chat_stream_include_usage.body")));
        QCOMPARE(o.model, QStringLiteral("stories260K.gguf"));
        QVERIFY(o.usage.completionTokens > 0);
        QVERIFY(!o.text.value(0).contains(QStringLiteral("null")));
    }

    void reasoningKeptApart()
    {
        const Outcome o = run(readTestData(QStringLiteral("protocols/deepseek-chat-stream-reasoning.sse")));
        QVERIFY(!o.reasoning.value(0).isEmpty());
        QVERIFY(!o.text.value(0).isEmpty());
        QVERIFY(!o.text.value(0).contains(o.reasoning.value(0)));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("complete");
        QTest::newRow("error then [DONE]")
            << QStringLiteral("protocols/openai-chat-stream-midstream-error.sse")
            << QStringLiteral("The server had an error processing your request") << false;
        QTest::newRow("error without [DONE]")
            << QStringLiteral("protocols/openai-chat-stream-midstream-error-no-done.sse") << QStringLiteral("error")
            << false;
        QTest::newRow("llama.cpp legacy error field")
            << QStringLiteral("protocols/llamacpp-chat-stream-legacy-error-field.sse")
            << QStringLiteral("exceeds the available context size") << false;
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(bool, complete);
        const Outcome o = run(readTestData(file));
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
        QCOMPARE(o.complete, complete);
    }

    void streamWithoutDoneIsNotComplete()
    {
        QByteArray bytes = readTestData(QStringLiteral("llama-server/14_chat_stream.body"));
        bytes.truncate(bytes.lastIndexOf("data: [DONE]"));
        const Outcome o = run(bytes);
        QVERIFY(!o.complete);
        QCOMPARE(o.text.value(0), QStringLiteral("At adventure, they went back to the isorthank"));
    }

    void invalidJsonEventIsAnError()
    {
        const Outcome o
            = run("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\ndata: {not json\n\n");
        QCOMPARE(o.text.value(0), QStringLiteral("a"));
        QVERIFY(o.error.contains(QStringLiteral("not valid JSON")));
    }

    void nonStreamBody()
    {
        OpenAiProvider provider;
        auto mapper = provider.createMapper(GenerationRequest {});
        StreamEvents events;
        mapper->onBody(readTestData(QStringLiteral("llama-server/10_chat_nonstream.body")), events);
        QString text;
        QString finish;
        for (const auto &e : events) {
            if (e.type == StreamEvent::Type::Delta)
                text += e.content;
            if (e.type == StreamEvent::Type::ChoiceFinished)
                finish = e.text;
        }
        QCOMPARE(text, QStringLiteral("At adventure, they went back to the isorthanks. They had many c"));
        QCOMPARE(finish, QStringLiteral("length"));
        QVERIFY(mapper->isComplete());
    }

    void requestBodySendsOnlyWhatIsSet()
    {
        OpenAiProvider provider;
        GenerationRequest r;
        r.profile.baseUrl = QStringLiteral("http://127.0.0.1:9999"); // no preset: OpenAI's limits
        r.profile.model = QStringLiteral("stories260K");
        r.messages = {{QStringLiteral("user"), QStringLiteral("Tell me a story about a cat.")}};
        auto body = nlohmann::json::parse(provider.buildBody(r).toStdString());
        QCOMPARE(
            QString::fromStdString(body.dump()),
            QStringLiteral(
                R"({"messages":[{"content":"Tell me a story about a cat.","role":"user"}],"model":"stories260K","stream":true,"stream_options":{"include_usage":true}})"));

        r.params.systemPrompt = QStringLiteral("You are a storyteller.");
        r.params.temperature = 0.8;
        r.params.topP = 0.9;
        r.params.maxTokens = 24;
        r.params.n = 2;
        r.params.seed = 42;
        r.params.stop = {QStringLiteral("\n"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                         QStringLiteral("d")};
        r.params.presencePenalty = 0.5;
        r.params.frequencyPenalty = -0.5;
        r.stream = false;
        body = nlohmann::json::parse(provider.buildBody(r).toStdString());
        QCOMPARE(
            QString::fromStdString(body.dump()),
            QStringLiteral(
                R"({"frequency_penalty":-0.5,"max_tokens":24,"messages":[{"content":"You are a storyteller.","role":"system"},{"content":"Tell me a story about a cat.","role":"user"}],"model":"stories260K","n":2,"presence_penalty":0.5,"seed":42,"stop":["\n","a","b","c"],"stream":false,"temperature":0.8,"top_p":0.9})"));
    }

    void endpointRule_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::newRow("host only") << QStringLiteral("http://127.0.0.1:8080")
                                   << QStringLiteral("http://127.0.0.1:8080/v1/chat/completions");
        QTest::newRow("slash") << QStringLiteral("http://localhost:1234/")
                               << QStringLiteral("http://localhost:1234/v1/chat/completions");
        QTest::newRow("v1") << QStringLiteral("https://api.openai.com/v1")
                            << QStringLiteral("https://api.openai.com/v1/chat/completions");
        QTest::newRow("other path literal") << QStringLiteral("https://openrouter.ai/api/v1/")
                                            << QStringLiteral("https://openrouter.ai/api/v1/chat/completions");
        QTest::newRow("no scheme") << QStringLiteral("localhost:11434")
                                   << QStringLiteral("http://localhost:11434/v1/chat/completions");
    }
    void endpointRule()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        Profile p;
        p.baseUrl = base;
        QCOMPARE(p.endpoint(QStringLiteral("chat/completions")).toString(), url);
    }

    void keyOnlyInHeader()
    {
        OpenAiProvider provider;
        GenerationRequest r;
        r.profile.baseUrl = QStringLiteral("http://127.0.0.1:1");
        r.apiKey = QStringLiteral("sk-secret");
        QCOMPARE(provider.buildRequest(r).rawHeader("Authorization"), QByteArray("Bearer sk-secret"));
        QVERIFY(!provider.buildBody(r).contains("sk-secret"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiChat)
#include "tst_openaichat.moc"
