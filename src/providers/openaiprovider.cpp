// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiprovider.h"

#include "providers/capabilities.h"
#include "providers/httperror.h"
#include "providers/jsonutil.h"
#include "providers/openaichunkparser.h"
#include "providers/presets.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Inkwell {

using namespace Json;

namespace {

constexpr int kCompletionMaxTokens = 1024;

Usage usageFrom(const json &u)
{
    Usage usage;
    usage.promptTokens = integer(u, "prompt_tokens").value_or(-1);
    usage.completionTokens = integer(u, "completion_tokens").value_or(-1);
    return usage;
}

Usage timingsFrom(const json &t)
{
    Usage usage;
    if (const auto prompt = integer(t, "prompt_n"))
        usage.promptTokens = *prompt + integer(t, "cache_n").value_or(0);
    usage.completionTokens = integer(t, "predicted_n").value_or(-1);
    return usage;
}

// A chunk that carries one choice reports that choice's usage (llama.cpp
// sends each of n answers' own); one with none or several, the request's.
Usage attributed(Usage u, const QList<int> &choices)
{
    u.choice = choices.size() == 1 ? choices.constFirst() : -1;
    return u;
}

class OpenAiMapper final : public MapperBase {
public:
    explicit OpenAiMapper(bool completion)
        : m_completion(completion)
    {
    }

    void onEvent(const SseEvent &event, StreamEvents &out) override
    {
        if (m_done || m_failed)
            return; // anything after [DONE] or an error is not ours to show
        const QByteArray data = event.data.trimmed();
        if (data.isEmpty() || data.startsWith(':'))
            return; // relays' empty pings and "data: : keepalive"
        if (data == "[DONE]") {
            m_done = true;
            return;
        }
        // The simdjson hot path reads chat chunks; completions are rarer.
        if (event.type != "error" && !m_completion && fastPath(data, out))
            return;
        const json j = parse(data);
        if (j.is_discarded() || !j.is_object()) {
            failNotJson(out, data);
            return;
        }
        if (event.type == "error") {
            // OpenAI-style servers do not name events; an "error" event is a
            // llama.cpp legacy error line or a relay's error frame.
            QString code;
            QString msg = errorMessageFromJson(j, &code);
            if (msg.isEmpty())
                msg = str(j, "message");
            if (msg.isEmpty())
                msg = QString::fromUtf8(data.left(200));
            failServerError(out, msg, code);
            return;
        }
        handleObject(j, out, /*stream=*/true);
    }

    void onBody(const QByteArray &body, StreamEvents &out) override
    {
        const json j = parse(body);
        if (j.is_discarded() || !j.is_object()) {
            failNotJson(out, body);
            return;
        }
        handleObject(j, out, /*stream=*/false);
        m_done = true;
    }

private:
    bool fastPath(const QByteArray &data, StreamEvents &out)
    {
        OpenAiChunkParser::Chunk chunk;
        if (!m_fast.parse(data, chunk))
            return false;
        noteModel(chunk.model, out);
        for (const StreamEvent &ev : std::as_const(chunk.deltas))
            delta(out, ev.choice, ev.content, ev.reasoning);
        for (const auto &[index, reason] : std::as_const(chunk.finishes))
            noteFinish(index, reason, out);
        if (chunk.hasUsage)
            usage(out, attributed(chunk.usage, chunk.choices));
        else if (chunk.choices.size() == 1 && chunk.timings.isValid())
            usage(out, attributed(chunk.timings, chunk.choices));
        return true;
    }

    void handleObject(const json &j, StreamEvents &out, bool stream)
    {
        QString code;
        if (const QString err = errorMessageFromJson(j, &code); !err.isEmpty()) {
            failServerError(out, err, code);
            return;
        }
        noteModel(str(j, "model"), out);
        QList<int> indices;
        if (const json *choices = array(j, "choices")) {
            for (const json &c : *choices) {
                handleChoice(c, out, stream);
                if (c.is_object())
                    indices << int(integer(c, "index").value_or(0));
            }
        }
        if (const json *u = object(j, "usage"))
            usage(out, attributed(usageFrom(*u), indices));
        else if (const json *t = object(j, "timings"); t && indices.size() == 1)
            usage(out, attributed(timingsFrom(*t), indices));
    }

    void handleChoice(const json &c, StreamEvents &out, bool stream)
    {
        if (!c.is_object())
            return;
        const int index = int(integer(c, "index").value_or(0));
        if (index < 0 || index > 127)
            return;
        const QString reason = str(c, "finish_reason");
        if (m_completion) {
            delta(out, index, str(c, "text"), QString());
        } else if (const json *body = object(c, stream ? "delta" : "message")) {
            // Gateways may send both names with the same text; prefer one.
            QString reasoning = str(*body, "reasoning_content");
            if (reasoning.isEmpty())
                reasoning = str(*body, "reasoning");
            QString content = str(*body, "content");
            if (content.isEmpty())
                content = str(*body, "refusal");
            delta(out, index, content, reasoning);
        }
        if (reason == u"error") {
            // OpenRouter ends a choice this way when the upstream failed.
            QString errCode;
            const QString msg = errorMessageFromJson(c, &errCode);
            failServerError(out, msg.isEmpty() ? QStringLiteral("finish_reason: error") : msg, errCode);
            return;
        }
        noteFinish(index, reason, out);
    }

    OpenAiChunkParser m_fast;
    bool m_completion;
};

} // namespace

QNetworkRequest OpenAiProvider::buildRequest(const GenerationRequest &request) const
{
    const bool completion = request.mode == GenerationRequest::Mode::Completion;
    QUrl url
        = request.profile.endpoint(completion ? QStringLiteral("completions") : QStringLiteral("chat/completions"));
    const Preset &preset = Preset::of(request.profile);
    if (preset.auth == Preset::Auth::AzureApiKey) {
        QUrlQuery q(url);
        if (!q.hasQueryItem(QStringLiteral("api-version")))
            q.addQueryItem(QStringLiteral("api-version"),
                           request.profile.apiVersion.isEmpty() ? preset.apiVersion : request.profile.apiVersion);
        url.setQuery(q);
    }
    return jsonRequest(url, request.profile, request.apiKey,
                       request.stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
}

QByteArray OpenAiProvider::buildBody(const GenerationRequest &request) const
{
    const GenerationParams &p = request.params;
    const bool completion = request.mode == GenerationRequest::Mode::Completion;
    const Capabilities caps = capabilitiesFor(request.profile, request.mode);

    json body = json::object();
    if (const QString model = request.effectiveModel(); !model.isEmpty())
        body["model"] = s(model);
    if (completion) {
        body["prompt"] = s(request.completionPrompt());
        if (!request.suffix.isEmpty())
            body["suffix"] = s(request.suffix);
        if (request.echo)
            body["echo"] = true;
        if (request.logprobs)
            body["logprobs"] = *request.logprobs;
    } else {
        body["messages"] = roleContentMessages(request, PartStyle::OpenAiParts);
        if (request.prefill && Preset::of(request.profile).continuation == Preset::Continue::VllmPrefill) {
            body["continue_final_message"] = true;
            body["add_generation_prompt"] = false;
        }
    }
    body.update(caps.wireParams(p));
    if (completion && !body.contains("max_tokens")) {
        // OpenAI's endpoint stops after 16 tokens when max_tokens is absent,
        // which reads as a broken answer; local servers default to no limit.
        if (const ParamSpec *spec = caps.spec(Param::MaxTokens);
            spec && spec->serverDefault && *spec->serverDefault <= 16)
            body["max_tokens"] = kCompletionMaxTokens;
    }
    if (request.maxCompletionTokens && body.contains("max_tokens")) {
        body["max_completion_tokens"] = body["max_tokens"];
        body.erase("max_tokens");
    }
    if (caps.reasoning && !completion && (p.think == u"low" || p.think == u"medium" || p.think == u"high"))
        body["reasoning_effort"] = s(p.think);
    body["stream"] = request.stream;
    // Only when streaming: OpenAI rejects stream_options otherwise, and some
    // compatible servers reject it always (preset, and a retry without it).
    if (request.stream && request.profile.includeUsage && Preset::of(request.profile).includeUsage)
        body["stream_options"] = {{"include_usage", true}};
    return dump(body);
}

std::unique_ptr<StreamMapper> OpenAiProvider::createMapper(const GenerationRequest &request) const
{
    return std::make_unique<OpenAiMapper>(request.mode == GenerationRequest::Mode::Completion);
}

QNetworkRequest OpenAiProvider::modelsRequest(const Profile &profile, const QString &apiKey, const QString &) const
{
    QUrl url = profile.endpoint(QStringLiteral("models"));
    const Preset &preset = Preset::of(profile);
    if (preset.auth == Preset::Auth::AzureApiKey) {
        // A deployment URL names one model; the resource lists them at /openai/models.
        url.setPath(QStringLiteral("/openai/models"));
        url.setQuery(QStringLiteral("api-version=")
                     + (profile.apiVersion.isEmpty() ? preset.apiVersion : profile.apiVersion));
    }
    return getRequest(url, profile, apiKey);
}

ModelPage OpenAiProvider::parseModels(const QByteArray &body) const
{
    ModelPage page;
    const json j = parse(body);
    const json *data = array(j, "data");
    if (!data)
        page.error = badModelList(body);
    page.models = fieldOf(data, "id");
    return page;
}

} // namespace Inkwell
