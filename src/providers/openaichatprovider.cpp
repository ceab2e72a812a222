// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaichatprovider.h"

#include "providers/httperror.h"
#include "providers/openaichunkparser.h"

#include <QCoreApplication>
#include <QSet>
#include <nlohmann/json.hpp>

namespace Inkwell {

using nlohmann::json;

namespace {

std::string s(const QString &q) { return q.toStdString(); }

QString qs(const json &j, const char *key)
{
    const auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
}

Usage usageFrom(const json &u)
{
    Usage usage;
    if (!u.is_object())
        return usage;
    if (auto it = u.find("prompt_tokens"); it != u.end() && it->is_number_integer())
        usage.promptTokens = it->get<qint64>();
    if (auto it = u.find("completion_tokens"); it != u.end() && it->is_number_integer())
        usage.completionTokens = it->get<qint64>();
    return usage;
}

class OpenAiChatMapper final : public StreamMapper
{
public:
    void onEvent(const SseEvent &event, StreamEvents &out) override
    {
        if (m_done || m_failed)
            return;  // anything after [DONE] or an error is not ours to show
        const QByteArray data = event.data.trimmed();
        if (data.isEmpty() || data.startsWith(':'))
            return;  // relays' empty pings and "data: : keepalive"
        if (data == "[DONE]") {
            m_done = true;
            return;
        }
        if (event.type != "error" && fastPath(data, out))
            return;
        const json j = json::parse(data.begin(), data.end(), nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
            fail(out, Error::make(Error::Kind::Protocol,
                                  QCoreApplication::translate("Inkwell::OpenAiChat", "The server sent an event that is not valid JSON: %1")
                                      .arg(QString::fromUtf8(data.left(120)))));
            return;
        }
        if (event.type == "error") {
            // OpenAI-style servers do not name events; an "error" event is a
            // llama.cpp legacy error line or a relay's error frame.
            QString code;
            QString msg = errorMessageFromJson(j, &code);
            if (msg.isEmpty())
                msg = qs(j, "message");
            if (msg.isEmpty())
                msg = QString::fromUtf8(data.left(200));
            fail(out, Error::make(Error::Kind::Http, QCoreApplication::translate("Inkwell::OpenAiChat", "The server reported an error: %1").arg(msg), 0, code));
            return;
        }
        handleObject(j, out, /*stream=*/true);
    }

    void onBody(const QByteArray &body, StreamEvents &out) override
    {
        const json j = json::parse(body.begin(), body.end(), nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
            fail(out, Error::make(Error::Kind::Protocol,
                                  QCoreApplication::translate("Inkwell::OpenAiChat", "The server's answer is not valid JSON: %1")
                                      .arg(QString::fromUtf8(body.left(120)))));
            return;
        }
        handleObject(j, out, /*stream=*/false);
        if (!m_failed)
            m_done = true;
    }

    bool isComplete() const override { return m_done; }

private:
    void fail(StreamEvents &out, Error e)
    {
        m_failed = true;
        StreamEvent ev;
        ev.type = StreamEvent::Type::Failed;
        ev.error = std::move(e);
        out << ev;
    }

    bool fastPath(const QByteArray &data, StreamEvents &out)
    {
        OpenAiChunkParser::Chunk chunk;
        if (!m_fast.parse(data, chunk))
            return false;
        if (!chunk.model.isEmpty())
            noteModel(chunk.model, out);
        for (const StreamEvent &ev : std::as_const(chunk.deltas))
            out << ev;
        for (const auto &[index, reason] : std::as_const(chunk.finishes))
            noteFinish(index, reason, out);
        if (chunk.hasUsage) {
            StreamEvent ev;
            ev.type = StreamEvent::Type::Usage;
            ev.usage = chunk.usage;
            out << ev;
        }
        return true;
    }

    void noteModel(const QString &model, StreamEvents &out)
    {
        if (model == m_model)
            return;
        m_model = model;
        StreamEvent ev;
        ev.type = StreamEvent::Type::Model;
        ev.text = model;
        out << ev;
    }

    void noteFinish(int index, const QString &reason, StreamEvents &out)
    {
        if (reason.isEmpty() || m_finished.contains(index))
            return;
        m_finished.insert(index);
        StreamEvent ev;
        ev.type = StreamEvent::Type::ChoiceFinished;
        ev.choice = index;
        ev.text = reason;
        out << ev;
    }

    void handleObject(const json &j, StreamEvents &out, bool stream)
    {
        QString code;
        const QString err = errorMessageFromJson(j, &code);
        if (!err.isEmpty()) {
            fail(out, Error::make(Error::Kind::Http, QCoreApplication::translate("Inkwell::OpenAiChat", "The server reported an error: %1").arg(err), 0, code));
            return;
        }
        if (const QString model = qs(j, "model"); !model.isEmpty())
            noteModel(model, out);
        if (const auto it = j.find("choices"); it != j.end() && it->is_array()) {
            for (const json &c : *it)
                handleChoice(c, out, stream);
        }
        if (const auto it = j.find("usage"); it != j.end() && it->is_object()) {
            StreamEvent ev;
            ev.type = StreamEvent::Type::Usage;
            ev.usage = usageFrom(*it);
            out << ev;
        }
    }

    void handleChoice(const json &c, StreamEvents &out, bool stream)
    {
        if (!c.is_object())
            return;
        int index = 0;
        if (auto it = c.find("index"); it != c.end() && it->is_number_integer())
            index = it->get<int>();
        if (index < 0 || index > 127)
            return;
        const auto body = c.find(stream ? "delta" : "message");
        if (body != c.end() && body->is_object()) {
            StreamEvent ev;
            ev.choice = index;
            ev.content = qs(*body, "content");
            // Gateways may send both names with the same text; prefer one.
            ev.reasoning = qs(*body, "reasoning_content");
            if (ev.reasoning.isEmpty())
                ev.reasoning = qs(*body, "reasoning");
            if (ev.content.isEmpty())
                ev.content = qs(*body, "refusal");
            if (!ev.content.isEmpty() || !ev.reasoning.isEmpty())
                out << ev;
        }
        noteFinish(index, qs(c, "finish_reason"), out);
    }

    OpenAiChunkParser m_fast;
    QString m_model;
    QSet<int> m_finished;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace

QNetworkRequest OpenAiChatProvider::buildRequest(const GenerationRequest &request) const
{
    QNetworkRequest req(request.profile.endpoint(QStringLiteral("chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    if (!request.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.apiKey.toUtf8());
    return req;
}

QByteArray OpenAiChatProvider::buildBody(const GenerationRequest &request) const
{
    const GenerationParams &p = request.params;
    json messages = json::array();
    if (!p.systemPrompt.isEmpty())
        messages.push_back({{"role", "system"}, {"content", s(p.systemPrompt)}});
    for (const ChatMessage &m : request.messages)
        messages.push_back({{"role", s(m.role)}, {"content", s(m.content)}});

    json body = json::object();
    if (const QString model = request.effectiveModel(); !model.isEmpty())
        body["model"] = s(model);
    body["messages"] = std::move(messages);
    if (p.temperature)
        body["temperature"] = *p.temperature;
    if (p.topP)
        body["top_p"] = *p.topP;
    if (p.maxTokens)
        body["max_tokens"] = *p.maxTokens;
    if (p.n && *p.n != 1)
        body["n"] = *p.n;
    if (!p.stop.isEmpty()) {
        json stop = json::array();
        for (const QString &x : p.stop.mid(0, 4))  // the API allows at most 4
            stop.push_back(s(x));
        body["stop"] = std::move(stop);
    }
    if (p.seed)
        body["seed"] = *p.seed;
    if (p.presencePenalty)
        body["presence_penalty"] = *p.presencePenalty;
    if (p.frequencyPenalty)
        body["frequency_penalty"] = *p.frequencyPenalty;
    body["stream"] = request.stream;
    // Only when streaming: OpenAI rejects stream_options otherwise, and some
    // compatible servers reject it always (profile switch).
    if (request.stream && request.profile.includeUsage)
        body["stream_options"] = {{"include_usage", true}};
    return QByteArray::fromStdString(body.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::unique_ptr<StreamMapper> OpenAiChatProvider::createMapper() const
{
    return std::make_unique<OpenAiChatMapper>();
}

std::unique_ptr<Provider> Provider::create(const QString &api)
{
    if (api.isEmpty() || api == u"openai")
        return std::make_unique<OpenAiChatProvider>();
    return nullptr;
}

QStringList Provider::apis()
{
    return {QStringLiteral("openai")};
}

} // namespace Inkwell
