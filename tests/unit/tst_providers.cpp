// SPDX-License-Identifier: GPL-3.0-or-later
// Every provider against recorded bytes: streams cut at random points, error
// bodies, model lists, golden request bodies, capability gating, retry rules.
#include "providers/capabilities.h"
#include "providers/httperror.h"
#include "providers/presets.h"
#include "providers/provider.h"
#include "providers/retrypolicy.h"
#include "providers/thinksplitter.h"
#include "streamrun.h"
#include "testdata.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

namespace {
GenerationRequest requestFor(const QString &api, bool completion = false)
{
    GenerationRequest r;
    r.profile.api = api;
    r.mode = completion ? GenerationRequest::Mode::Completion : GenerationRequest::Mode::Chat;
    return r;
}

// The request every golden body is made from: all parameters set.
GenerationRequest fullRequest(const QString &api, const QString &baseUrl, bool completion = false)
{
    GenerationRequest r = requestFor(api, completion);
    r.profile.baseUrl = baseUrl;
    r.profile.model = QStringLiteral("m1");
    r.messages = {{QStringLiteral("user"), QStringLiteral("请生成一篇关于人工智能的文章")},
                  {QStringLiteral("assistant"), QStringLiteral("好的。")},
                  {QStringLiteral("user"), QStringLiteral("Shorter, please.")}};
    GenerationParams &p = r.params;
    p.systemPrompt = QStringLiteral("You are terse.");
    p.temperature = 0.7;
    p.topP = 0.9;
    p.topK = 40;
    p.minP = 0.05;
    p.maxTokens = 256;
    p.n = 2;
    p.seed = 42;
    p.presencePenalty = 0.1;
    p.frequencyPenalty = 0.2;
    p.repeatPenalty = 1.1;
    p.contextLength = 8192;
    p.stop = {QStringLiteral("\n\n"), QStringLiteral("END"), QStringLiteral("a"),
              QStringLiteral("b"),    QStringLiteral("c"),   QStringLiteral("d")};
    r.apiKey = QStringLiteral("sk-test-secret");
    return r;
}
} // namespace

class TestProviders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordedStreams_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("completion");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text"); // choice 0, exact
        QTest::addColumn<QString>("reasoning"); // choice 0, prefix
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("usage"); // "prompt/completion"
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("errorCode"); // "-" for no error

        auto row
            = [](const char *name, const char *api, bool completion, const char *file, const char *text,
                 const char *reasoning, const char *finish, const char *usage, bool complete, const char *errorCode) {
                  QTest::newRow(name) << QString::fromLatin1(api) << completion << QString::fromLatin1(file)
                                      << QString::fromUtf8(text) << QString::fromUtf8(reasoning)
                                      << QString::fromLatin1(finish) << QString::fromLatin1(usage) << complete
                                      << QString::fromLatin1(errorCode);
              };
        row("ollama chat", "ollama", false, "protocols/ollama-chat-stream.ndjson", "Hello, how are you?", "", "stop",
            "35/7", true, "-");
        row("ollama chat thinking", "ollama", false, "protocols/ollama-chat-stream-thinking.ndjson", "2 + 3 = 5.",
            "Okay, the", "stop", "20/137", true, "-");
        row("ollama generate", "ollama", true, "protocols/ollama-generate-stream-real.ndjson",
            "Cute and fluffy, with long ears and a bushy tail.", "", "stop", "37/15", true, "-");
        row("ollama <think> in response", "ollama", true,
            "protocols/ollama-generate-stream-think-tags-in-response.ndjson",
            "A rabbit is a small, agile mammal known for its long ears, quick movements, and fluffy tail. It typically "
            "inhabits grassy areas, burrows, or forests, feeding on vegetation like grasses, vegetables, and clover.",
            "\nOkay, the user wants me to describe a rabbit", "stop", "16/188", true, "-");
        row("ollama error line after 200", "ollama", true, "protocols/ollama-generate-stream-midstream-error.ndjson",
            " Yes.Ican", "", "", "-1/-1", false, "");
        row("anthropic basic", "anthropic", false, "protocols/anthropic-messages-stream-basic.sse", "Hello there!", "",
            "end_turn", "11/6", true, "-");
        row("anthropic thinking", "anthropic", false, "protocols/anthropic-messages-stream-thinking-tool-use.sse", "",
            "The user wants me to read a file called \"foo\".", "tool_use", "14017/61", true, "-");
        row("anthropic tool use", "anthropic", false, "protocols/anthropic-messages-stream-tool-use.sse",
            "I'll check the current weather in Paris for you.", "", "tool_use", "377/65", true, "-");
        row("anthropic refusal", "anthropic", false, "protocols/anthropic-messages-stream-refusal.sse", "", "",
            "refusal", "20/0", true, "-");
        row("anthropic error event", "anthropic", false, "protocols/anthropic-messages-stream-midstream-error.sse", "",
            "", "", "18/1", false, "api_error");
        row("anthropic overloaded", "anthropic", false, "protocols/anthropic-messages-stream-error-overloaded.sse", "",
            "", "", "-1/-1", false, "overloaded_error");
        row("gemini CRLF", "gemini", false, "protocols/gemini-stream-crlf.sse", "1, 2, 3", "", "stop", "8/30", true,
            "-");
        row("gemini function call", "gemini", false, "protocols/gemini-stream-function-call.sse", "", "", "stop",
            "83/118", true, "-");
        row("openai completions", "openai", true, "protocols/openai-completions-stream-logprobs.sse",
            "\n\nI am an AI language model and I do not have personal experiences or the", "", "length", "-1/-1", true,
            "-");
        row("llama.cpp completions", "openai", true, "llama-server/32_completions_stream.body",
            ", there was a little girl named Lily", "", "stop", "5/11", true, "-");
        row("llama.cpp completions usage", "openai", true, "llama-server/33_completions_stream_usage.body",
            ", there was a little girl", "", "length", "5/8", true, "-");
    }

    void recordedStreams()
    {
        QFETCH(QString, api);
        QFETCH(bool, completion);
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, reasoning);
        QFETCH(QString, finish);
        QFETCH(QString, usage);
        QFETCH(bool, complete);
        QFETCH(QString, errorCode);
        const auto provider = Provider::create(api);
        const GenerationRequest r = requestFor(api, completion);
        const QByteArray bytes = readTestData(file);
        const StreamOutcome whole = runStream(*provider, r, bytes);
        QCOMPARE(whole.text.value(0), text);
        if (reasoning.isEmpty())
            QVERIFY2(whole.reasoning.value(0).isEmpty(), qPrintable(whole.reasoning.value(0).left(80)));
        else
            QVERIFY2(whole.reasoning.value(0).startsWith(reasoning), qPrintable(whole.reasoning.value(0).left(80)));
        QCOMPARE(whole.finish.value(0), finish);
        QCOMPARE(QStringLiteral("%1/%2").arg(whole.usage.promptTokens).arg(whole.usage.completionTokens), usage);
        QCOMPARE(whole.complete, complete);
        QCOMPARE(whole.finishEvents, finish.isEmpty() ? 0 : 1);
        if (errorCode == u"-") {
            QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        } else {
            QVERIFY(!whole.error.isEmpty());
            QCOMPARE(whole.errorCode, errorCode);
        }
        // The same outcome wherever the network cuts the bytes (seeded: reproducible).
        QRandomGenerator rng(0x1a2b3c);
        for (int round = 0; round < 200; ++round) {
            QList<qsizetype> cuts;
            const int n = 1 + int(rng.bounded(4));
            for (int i = 0; i < n; ++i)
                cuts << qsizetype(rng.bounded(quint32(bytes.size() + 1)));
            const StreamOutcome split = runStream(*provider, r, bytes, cuts);
            QCOMPARE(split.describe(), whole.describe());
        }
        // Cut short at every tenth byte: never complete unless the end marker made it.
        for (qsizetype end = 0; end < bytes.size(); end += qMax<qsizetype>(1, bytes.size() / 10)) {
            const StreamOutcome cut = runStream(*provider, r, bytes.left(end));
            if (cut.complete)
                QVERIFY2(!cut.finish.value(0).isEmpty(), qPrintable(file));
        }
    }

    void completionsInterleaveChoices()
    {
        const auto provider = Provider::create(QStringLiteral("openai"));
        const StreamOutcome o = runStream(*provider, requestFor(QStringLiteral("openai"), true),
                                          readTestData(QStringLiteral("llama-server/35_completions_n2_stream.body")));
        QCOMPARE(o.text.value(0), QStringLiteral(", there was a little b"));
        QCOMPARE(o.text.value(1), QStringLiteral(", there was a little g"));
        QCOMPARE(o.finishEvents, 2); // the repeated finish chunk is not a third
        QVERIFY(o.complete);
    }

    void nonStreamBodies_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("completion");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<QString>("finish");
        QTest::newRow("ollama chat") << "ollama" << false << "protocols/ollama-chat-nonstream-format.json"
                                     << "{"
                                     << "stop";
        QTest::newRow("gemini") << "gemini" << false << "protocols/gemini-nonstream-response.json"
                                << ""
                                << "stop";
        QTest::newRow("openai completions")
            << "openai" << true << "protocols/openai-completions-nonstream-response.json"
            << ""
            << "length";
        QTest::newRow("llama.cpp completions n=2") << "openai" << true << "llama-server/31_completions_n2.body"
                                                   << ", there was a little boy named Timmy."
                                                   << "length";
    }

    void nonStreamBodies()
    {
        QFETCH(QString, api);
        QFETCH(bool, completion);
        QFETCH(QString, file);
        QFETCH(QString, textStart);
        QFETCH(QString, finish);
        const auto provider = Provider::create(api);
        auto mapper = provider->createMapper(requestFor(api, completion));
        StreamEvents events;
        mapper->onBody(readTestData(file), events);
        QString text;
        QString reason;
        for (const StreamEvent &e : std::as_const(events)) {
            QVERIFY2(e.type != StreamEvent::Type::Failed, qPrintable(e.error.message));
            if (e.type == StreamEvent::Type::Delta && e.choice == 0)
                text += e.content;
            if (e.type == StreamEvent::Type::ChoiceFinished && e.choice == 0)
                reason = e.text;
        }
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.startsWith(textStart), qPrintable(text.left(80)));
        QCOMPARE(reason, finish);
        QVERIFY(mapper->isComplete());
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("code");
        QTest::newRow("anthropic 529") << 529 << "protocols/anthropic-error-529-overloaded-with-request-id.json"
                                       << "Overloaded"
                                       << "overloaded_error";
        QTest::newRow("gemini 400 key") << 400 << "protocols/gemini-error-400-api-key-invalid-array.json"
                                        << "API key not valid"
                                        << "INVALID_ARGUMENT";
        QTest::newRow("gemini 429") << 429 << "protocols/gemini-error-429-resource-exhausted.json"
                                    << "You exceeded your current quota"
                                    << "RESOURCE_EXHAUSTED";
        QTest::newRow("gemini 503") << 503 << "protocols/gemini-error-503-overloaded.json"
                                    << "overloaded"
                                    << "UNAVAILABLE";
        QTest::newRow("ollama 404") << 404 << "protocols/ollama-error-404-model-not-found.json"
                                    << "model 'no-such-model:latest' not found"
                                    << "";
        QTest::newRow("lm studio 404") << 404 << "protocols/lmstudio-error-404-no-models-loaded.json"
                                       << "No models loaded"
                                       << "model_not_found";
        QTest::newRow("openai unsupported") << 400 << "protocols/openai-error-400-unsupported-parameter.json"
                                            << "max_completion_tokens"
                                            << "unsupported_parameter";
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(QString, says);
        QFETCH(QString, code);
        const Error e
            = describeHttpError(status, readTestData(file), QStringLiteral("api.example.com"), QStringLiteral("Work"));
        QVERIFY2(e.message.contains(says, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("HTTP %1 from api.example.com").arg(status)), qPrintable(e.message));
        QVERIFY2(e.message.contains(u'—'), qPrintable(e.message)); // says what to do
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
    }

    void modelLists()
    {
        ModelPage ollama = Provider::create(QStringLiteral("ollama"))
                               ->parseModels(readTestData(QStringLiteral("protocols/ollama-tags.json")));
        QVERIFY(ollama.error.message.isEmpty());
        QVERIFY(!ollama.models.isEmpty());
        QVERIFY(ollama.nextPageToken.isEmpty());

        ModelPage gemini = Provider::create(QStringLiteral("gemini"))
                               ->parseModels(readTestData(QStringLiteral("protocols/gemini-models-list.json")));
        QVERIFY(gemini.models.contains(QStringLiteral("gemini-2.5-flash"))); // "models/" stripped
        for (const QString &m : std::as_const(gemini.models))
            QVERIFY2(!m.contains(u"embedding"), qPrintable(m)); // only models that generate

        const auto anthropic = Provider::create(QStringLiteral("anthropic"));
        ModelPage first = anthropic->parseModels(
            R"({"data":[{"type":"model","id":"claude-a"},{"type":"model","id":"claude-b"}],"has_more":true,"first_id":"claude-a","last_id":"claude-b"})");
        QCOMPARE(first.models, QStringList({QStringLiteral("claude-a"), QStringLiteral("claude-b")}));
        QCOMPARE(first.nextPageToken, QStringLiteral("claude-b"));
        ModelPage last
            = anthropic->parseModels(R"({"data":[{"id":"claude-c"}],"has_more":false,"last_id":"claude-c"})");
        QVERIFY(last.nextPageToken.isEmpty());

        Profile p;
        p.api = QStringLiteral("anthropic");
        p.baseUrl = QStringLiteral("https://api.anthropic.com");
        const QNetworkRequest page2 = anthropic->modelsRequest(p, QStringLiteral("k"), QStringLiteral("claude-b"));
        QCOMPARE(page2.url().toString(),
                 QStringLiteral("https://api.anthropic.com/v1/models?limit=1000&after_id=claude-b"));
        QCOMPARE(page2.rawHeader("x-api-key"), QByteArray("k"));
        QCOMPARE(page2.rawHeader("anthropic-version"), QByteArray("2023-06-01"));

        ModelPage broken = Provider::create(QStringLiteral("openai"))->parseModels("<html>");
        QVERIFY(broken.error.isError());
    }

    // A wrong base URL lands on a web page or another program's JSON: the
    // error says which, in words, never the raw reply.
    void modelListErrorsSayWhatCameBack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("web page") << QByteArray("<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title>"
                                                "<style>body { width: 35em; }</style></head><body>hi</body></html>")
                                  << QStringLiteral("a web page (“Welcome to nginx!”)");
        QTest::newRow("other json") << QByteArray(R"({"status":"ok","version":"2.1","uptime":12})")
                                    << QStringLiteral("(its fields: status, uptime, version)");
        QTest::newRow("untitled page") << QByteArray("<html><body>It works!</body></html>")
                                       << QStringLiteral("with a web page, not a model list.");
        QTest::newRow("error json") << QByteArray(R"j({"error":{"message":"Invalid URL (GET /v1/modelz)"}})j")
                                    << QStringLiteral(
                                           "an error instead of a model list: “Invalid URL (GET /v1/modelz)”");
        QTest::newRow("long text") << QByteArray(300, 'x') << QString(80, u'x') + QStringLiteral("…”");
        QTest::newRow("json array") << QByteArray("[1,2]") << QStringLiteral("JSON that holds no model list.");
        QTest::newRow("text") << QByteArray("pong") << QStringLiteral("not JSON, so it is not a model list: “pong”");
        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("answered with nothing");
    }

    void modelListErrorsSayWhatCameBack()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        for (const char *api : {"openai", "ollama", "anthropic", "gemini"}) {
            const ModelPage page = Provider::create(QString::fromLatin1(api))->parseModels(body);
            QVERIFY2(page.error.isError(), api);
            QVERIFY2(page.error.message.contains(says), qPrintable(page.error.message));
            QVERIFY(page.error.message.contains(QStringLiteral("base URL")));
            QVERIFY2(!page.error.message.contains(QStringLiteral("<style>")), qPrintable(page.error.message));
        }
    }

    // Each provider's request for the same settings, compared with a golden
    // file (INKWELL_UPDATE_GOLDEN=1 rewrites them after a deliberate change).
    void goldenRequests_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("completion");
        QTest::addColumn<QString>("think");
        auto row = [](const char *name, const char *api, const char *preset, const char *url, bool completion,
                      const char *think = "") {
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(api) << QString::fromLatin1(preset)
                                << QString::fromLatin1(url) << completion << QString::fromLatin1(think);
        };
        row("openai-chat", "openai", "openai", "https://api.openai.com/v1", false, "high");
        row("openai-completions", "openai", "openai", "https://api.openai.com/v1", true);
        row("azure-chat", "openai", "azure", "https://res.openai.azure.com/openai/deployments/gpt4o", false);
        row("llamacpp-chat", "openai", "llamacpp", "http://127.0.0.1:8080", false);
        row("llamacpp-completions", "openai", "llamacpp", "http://127.0.0.1:8080", true);
        row("vllm-chat", "openai", "vllm", "http://127.0.0.1:8000/v1", false);
        row("mistral-chat", "openai", "mistral", "https://api.mistral.ai/v1", false);
        row("deepseek-chat", "openai", "deepseek", "https://api.deepseek.com", false);
        row("ollama-chat", "ollama", "ollama", "http://127.0.0.1:11434", false, "on");
        row("ollama-generate", "ollama", "ollama", "http://127.0.0.1:11434", true);
        row("anthropic-chat", "anthropic", "anthropic", "https://api.anthropic.com", false);
        row("anthropic-thinking", "anthropic", "anthropic", "https://api.anthropic.com", false, "low");
        row("gemini-chat", "gemini", "gemini", "https://generativelanguage.googleapis.com", false, "off");
    }

    void goldenRequests()
    {
        QFETCH(QString, name);
        QFETCH(QString, api);
        QFETCH(QString, preset);
        QFETCH(QString, baseUrl);
        QFETCH(bool, completion);
        QFETCH(QString, think);
        GenerationRequest r = fullRequest(api, baseUrl, completion);
        r.profile.preset = preset;
        r.params.think = think;
        r.params.keepAlive = api == u"ollama" ? QStringLiteral("10m") : QString();
        // What ChatController does before sending: drop what the backend does not take.
        r.params = capabilitiesFor(r.profile, r.mode).filtered(r.params);
        const auto provider = Provider::create(api);
        const QNetworkRequest http = provider->buildRequest(r);
        const QByteArray body = provider->buildBody(r);
        QVERIFY(!body.contains("sk-test-secret"));

        nlohmann::json headers = nlohmann::json::object();
        for (const QByteArray &h : http.rawHeaderList())
            headers[h.toLower().toStdString()] = http.rawHeader(h).replace("sk-test-secret", "KEY").toStdString();
        nlohmann::json golden = {{"url", http.url().toString().toStdString()},
                                 {"headers", headers},
                                 {"body", nlohmann::json::parse(body.toStdString())}};
        const QByteArray actual = QByteArray::fromStdString(golden.dump(2)) + '\n';
        const QString path = testDataPath(QStringLiteral("requests/%1.json").arg(name));
        if (qEnvironmentVariableIsSet("INKWELL_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
        }
        QCOMPARE(QString::fromUtf8(actual),
                 QString::fromUtf8(readTestData(QStringLiteral("requests/%1.json").arg(name))));
    }

    // A message with a picture, a PDF sent whole and a text file, as each
    // API documents it (PROTOCOLS.md §11.3): OpenAI's image_url data URL
    // and file part, Anthropic's image and document blocks before the text,
    // Gemini's inline_data parts, Ollama's bare base64 "images"; the text
    // file as a <document> block in the text everywhere.
    void attachmentRequests_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("openai") << "attach-openai"
                                << "openai"
                                << "openai"
                                << "https://api.openai.com/v1";
        QTest::newRow("llamacpp") << "attach-llamacpp"
                                  << "openai"
                                  << "llamacpp"
                                  << "http://127.0.0.1:8080";
        QTest::newRow("anthropic") << "attach-anthropic"
                                   << "anthropic"
                                   << "anthropic"
                                   << "https://api.anthropic.com";
        QTest::newRow("gemini") << "attach-gemini"
                                << "gemini"
                                << "gemini"
                                << "https://generativelanguage.googleapis.com";
        QTest::newRow("ollama") << "attach-ollama"
                                << "ollama"
                                << "ollama"
                                << "http://127.0.0.1:11434";
    }

    void attachmentRequests()
    {
        QFETCH(QString, name);
        QFETCH(QString, api);
        QFETCH(QString, preset);
        QFETCH(QString, baseUrl);
        GenerationRequest r = requestFor(api, false);
        r.profile.baseUrl = baseUrl;
        r.profile.preset = preset;
        r.profile.model = QStringLiteral("m1");
        Attachment png;
        png.name = QStringLiteral("shot.png");
        png.mimeType = QStringLiteral("image/png");
        png.data = QByteArray::fromHex("89504e470d0a1a0a");
        Attachment pdf;
        pdf.kind = Attachment::Kind::Document;
        pdf.name = QStringLiteral("paper.pdf");
        pdf.mimeType = QStringLiteral("application/pdf");
        pdf.data = QByteArrayLiteral("%PDF-1.7\n");
        pdf.text = QStringLiteral("--- Page 1 ---\nAbstract");
        pdf.pages = 1;
        pdf.native = true;
        Attachment txt;
        txt.kind = Attachment::Kind::Document;
        txt.name = QStringLiteral("笔记.txt");
        txt.mimeType = QStringLiteral("text/plain");
        txt.data = QByteArrayLiteral("line");
        txt.text = QStringLiteral("第一行");
        r.messages = {ChatMessage(QStringLiteral("user"), QStringLiteral("Compare these."), {png, pdf, txt}),
                      ChatMessage(QStringLiteral("assistant"), QStringLiteral("Done.")),
                      ChatMessage(QStringLiteral("user"), QStringLiteral("And now?"))};
        QVERIFY(!checkAttachments(r).isError());
        const QByteArray body = Provider::create(api)->buildBody(r);
        const nlohmann::json j = nlohmann::json::parse(body.toStdString());
        const QByteArray actual = QByteArray::fromStdString(j.dump(2)) + '\n';
        const QString path = testDataPath(QStringLiteral("requests/%1.json").arg(name));
        if (qEnvironmentVariableIsSet("INKWELL_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
        }
        QCOMPARE(QString::fromUtf8(actual),
                 QString::fromUtf8(readTestData(QStringLiteral("requests/%1.json").arg(name))));

        // The shapes each API's documentation gives, checked apart from the golden file.
        const std::string b64 = png.data.toBase64().toStdString();
        const std::string pdf64 = pdf.data.toBase64().toStdString();
        if (api == u"openai") {
            const nlohmann::json &parts = j["messages"][0]["content"];
            QVERIFY(parts[0]["type"] == "text");
            QVERIFY(parts[0]["text"].get<std::string>().find("<document name=\"笔记.txt\">\n第一行\n</document>")
                    != std::string::npos);
            QVERIFY(parts[1]["type"] == "image_url");
            QVERIFY(parts[1]["image_url"]["url"] == "data:image/png;base64," + b64);
            if (preset == u"openai") {
                QVERIFY(parts[2]["type"] == "file");
                QVERIFY(parts[2]["file"]["filename"] == "paper.pdf");
                QVERIFY(parts[2]["file"]["file_data"] == "data:application/pdf;base64," + pdf64);
            } else { // llama.cpp reads no PDFs: the text goes instead
                QVERIFY(parts.size() == 2u);
                QVERIFY(parts[0]["text"].get<std::string>().find("--- Page 1 ---") != std::string::npos);
            }
            QVERIFY(j["messages"][2]["content"].is_string()); // text alone stays a string
        } else if (api == u"anthropic") {
            const nlohmann::json &blocks = j["messages"][0]["content"];
            QVERIFY(blocks[0]["type"] == "image");
            QVERIFY(blocks[0]["source"]
                    == nlohmann::json({{"type", "base64"}, {"media_type", "image/png"}, {"data", b64}}));
            QVERIFY(blocks[1]["type"] == "document");
            QVERIFY(blocks[1]["source"]["media_type"] == "application/pdf");
            QVERIFY(blocks[2]["type"] == "text");
        } else if (api == u"gemini") {
            const nlohmann::json &parts = j["contents"][0]["parts"];
            QVERIFY(parts[0]["inline_data"] == nlohmann::json({{"mime_type", "image/png"}, {"data", b64}}));
            QVERIFY(parts[1]["inline_data"]["mime_type"] == "application/pdf");
            QVERIFY(parts[2].contains("text"));
        } else if (api == u"ollama") {
            QVERIFY(j["messages"][0]["images"] == nlohmann::json::array({b64}));
            QVERIFY(j["messages"][0]["content"].is_string());
            QVERIFY(!j["messages"][2].contains("images"));
        }
    }

    void capabilityGating()
    {
        GenerationRequest r = fullRequest(QStringLiteral("anthropic"), QStringLiteral("https://api.anthropic.com"));
        const Capabilities caps = capabilitiesFor(r.profile, r.mode);
        const QStringList dropped = caps.unsupported(r.params);
        QCOMPARE(dropped,
                 QStringList({QStringLiteral("min_p"), QStringLiteral("n"), QStringLiteral("seed"),
                              QStringLiteral("presence_penalty"), QStringLiteral("frequency_penalty"),
                              QStringLiteral("repeat_penalty"), QStringLiteral("num_ctx")}));
        const GenerationParams sent = caps.filtered(r.params);
        QVERIFY(caps.unsupported(sent).isEmpty());
        QCOMPARE(sent.temperature, r.params.temperature);
        QVERIFY(!sent.seed);

        // Ranges differ: 1.5 is a fine temperature for OpenAI, not for Anthropic.
        GenerationParams hot;
        hot.temperature = 1.5;
        QVERIFY(!caps.rangeProblem(hot).isEmpty());
        Profile openai;
        openai.baseUrl = QStringLiteral("https://api.openai.com/v1");
        QVERIFY(capabilitiesFor(openai, GenerationRequest::Mode::Chat).rangeProblem(hot).isEmpty());
        // OpenAI itself takes no top_k; llama.cpp does.
        GenerationParams k;
        k.topK = 20;
        QCOMPARE(capabilitiesFor(openai, GenerationRequest::Mode::Chat).unsupported(k),
                 QStringList {QStringLiteral("top_k")});
        Profile llama;
        llama.baseUrl = QStringLiteral("http://localhost:8080");
        QVERIFY(capabilitiesFor(llama, GenerationRequest::Mode::Chat).unsupported(k).isEmpty());
        // No legacy completions on Anthropic or Gemini.
        Profile gemini;
        gemini.api = QStringLiteral("gemini");
        QVERIFY(!supportsCompletion(gemini));
        QVERIFY(supportsCompletion(llama));
    }

    void presetsAreDetected()
    {
        QCOMPARE(Preset::detect(QStringLiteral("openai"), QStringLiteral("https://api.openai.com/v1")).id,
                 QStringLiteral("openai"));
        QCOMPARE(
            Preset::detect(QStringLiteral("openai"), QStringLiteral("https://x.openai.azure.com/openai/deployments/d"))
                .id,
            QStringLiteral("azure"));
        QCOMPARE(Preset::detect(QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:1234")).id,
                 QStringLiteral("lmstudio"));
        QCOMPARE(Preset::detect(QStringLiteral("openai"), QStringLiteral("http://10.0.0.5:8080")).id,
                 QStringLiteral("custom"));
        QCOMPARE(Preset::detect(QStringLiteral("ollama"), QString()).id, QStringLiteral("ollama"));
        for (const Preset &p : Preset::all()) {
            QVERIFY2(Provider::apis().contains(p.api), qPrintable(p.id));
            QVERIFY(Provider::create(p.api));
        }
    }

    void endpointsFollowTheBaseUrlRule()
    {
        Profile p;
        p.api = QStringLiteral("ollama");
        p.baseUrl = QStringLiteral("http://localhost:11434");
        QCOMPARE(p.endpoint(QStringLiteral("chat")).toString(), QStringLiteral("http://localhost:11434/api/chat"));
        p.api = QStringLiteral("gemini");
        p.baseUrl = QStringLiteral("https://generativelanguage.googleapis.com/");
        QCOMPARE(
            p.endpoint(QStringLiteral("models/g:streamGenerateContent?alt=sse")).toString(),
            QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/g:streamGenerateContent?alt=sse"));
        p.api = QStringLiteral("anthropic");
        p.baseUrl = QStringLiteral("https://proxy.example.com/anthropic"); // a path is taken literally
        QCOMPARE(p.endpoint(QStringLiteral("messages")).toString(),
                 QStringLiteral("https://proxy.example.com/anthropic/messages"));
    }

    void retryPolicy()
    {
        RetryPolicy policy;
        policy.random = [] { return 0.0; }; // no jitter: exact delays
        RetryPolicy::Attempt a;
        a.httpStatus = 503;
        RetryPolicy::Decision d = policy.decide(a);
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, 500);
        a.retriesSoFar = 1;
        QCOMPARE(policy.decide(a).delayMs, 1000);
        a.retriesSoFar = 2;
        QVERIFY(!policy.decide(a).retry); // at most two retries
        policy.random = [] { return 0.999; };
        a.retriesSoFar = 0;
        QVERIFY(policy.decide(a).delayMs >= 375 && policy.decide(a).delayMs < 500);

        a.headers = {{"Retry-After", "3"}};
        QCOMPARE(policy.decide(a).delayMs, 3000);
        a.headers = {{"retry-after-ms", "1234.5"}, {"Retry-After", "3"}};
        QCOMPARE(policy.decide(a).delayMs, 1235);
        a.headers = {{"Retry-After", "Wed, 21 Oct 2015 07:28:10 GMT"}};
        a.nowMs = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(policy.decide(a).delayMs, 10000);
        a.headers = {{"Retry-After", "412000"}}; // days: give up, say so
        QVERIFY(!policy.decide(a).retry);
        QCOMPARE(policy.decide(a).serverWaitMs, 412000000);

        a.headers = {};
        a.httpStatus = 429;
        a.body = readTestData(QStringLiteral("protocols/gemini-error-429-resource-exhausted.json"));
        QCOMPARE(policy.decide(a).delayMs, 7000); // RetryInfo.retryDelay "7s", not the message's prose
        a.body = readTestData(QStringLiteral("protocols/openai-error-429-insufficient-quota.json"));
        QVERIFY(!policy.decide(a).retry);
        a.body = readTestData(QStringLiteral("protocols/openai-error-429-rate-limit.json"));
        QVERIFY(policy.decide(a).retry);

        for (int status : {400, 401, 403, 404, 422}) {
            a.httpStatus = status;
            a.body = "{}";
            QVERIFY2(!policy.decide(a).retry, qPrintable(QString::number(status)));
        }
        a.httpStatus = 400;
        a.headers = {{"x-should-retry", "true"}};
        QVERIFY(policy.decide(a).retry);
        a.httpStatus = 529;
        a.headers = {{"X-Should-Retry", "false"}};
        QVERIFY(!policy.decide(a).retry);
        a.headers = {};
        a.httpStatus = 0;
        a.connectionDropped = true;
        QVERIFY(policy.decide(a).retry);
        a.connectionDropped = false; // refused, TLS: not a passing problem
        QVERIFY(!policy.decide(a).retry);
    }

    void thinkSplitter()
    {
        // Fed one character at a time: tags split across every possible chunk.
        const QString stream = QStringLiteral("  <think>\nweigh it</think>\n\nThe answer. <think> stays.");
        ThinkSplitter s;
        QString content;
        QString reasoning;
        for (QChar c : stream) {
            const auto piece = s.feed(QString(c));
            content += piece.content;
            reasoning += piece.reasoning;
        }
        const auto tail = s.finish();
        content += tail.content;
        reasoning += tail.reasoning;
        QCOMPARE(reasoning, QStringLiteral("\nweigh it"));
        QCOMPARE(content, QStringLiteral("The answer. <think> stays."));

        ThinkSplitter plain;
        QCOMPARE(plain.feed(QStringLiteral("<thi")).content, QString());
        QCOMPARE(plain.feed(QStringLiteral("s is not a tag")).content, QStringLiteral("<this is not a tag"));
        ThinkSplitter cut;
        QCOMPARE(cut.feed(QStringLiteral("<th")).content, QString());
        QCOMPARE(cut.finish().content, QStringLiteral("<th")); // nothing held back is lost
    }

    void ndjsonDecoder()
    {
        NdjsonDecoder d(32);
        QList<QByteArray> lines;
        auto sink = [&](const SseEvent &e) { lines << e.data; };
        QVERIFY(d.feed("{\"a\":1}\r\n\n{\"b\"", sink));
        QVERIFY(d.feed(":2}\n{\"c\":3}", sink));
        d.finish(sink);
        QCOMPARE(lines, QList<QByteArray>({"{\"a\":1}", "{\"b\":2}", "{\"c\":3}"}));
        NdjsonDecoder small(8);
        QVERIFY(!small.feed("0123456789abcdef", sink)); // bounded
        QVERIFY(small.hasError());
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
