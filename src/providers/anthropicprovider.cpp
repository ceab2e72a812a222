// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicprovider.h"

#include "providers/capabilities.h"
#include "providers/httperror.h"
#include "providers/jsonutil.h"

#include <QUrlQuery>

namespace Inkwell {

using namespace Json;

namespace {

constexpr char kVersion[] = "2023-06-01";

class AnthropicMapper final : public MapperBase {
public:
    void onEvent(const SseEvent &event, StreamEvents &out) override
    {
        if (m_done || m_failed)
            return;
        const QByteArray data = event.data.trimmed();
        if (data.isEmpty())
            return;
        const json j = parse(data);
        if (j.is_discarded() || !j.is_object()) {
            failNotJson(out, data);
            return;
        }
        QString type = str(j, "type");
        if (type.isEmpty())
            type = QString::fromUtf8(event.type);
        if (type == u"message_start") {
            if (const json *m = object(j, "message"))
                startMessage(*m, out);
        } else if (type == u"content_block_start") {
            if (const json *block = object(j, "content_block"))
                blockText(*block, out);
        } else if (type == u"content_block_delta") {
            if (const json *d = object(j, "delta"))
                blockText(*d, out);
        } else if (type == u"message_delta") {
            if (const json *d = object(j, "delta"))
                noteFinish(0, str(*d, "stop_reason"), out);
            if (const json *u = object(j, "usage"))
                addUsage(*u, out);
        } else if (type == u"message_stop") {
            m_done = true;
        } else if (type == u"error") {
            QString code;
            failServerError(out, errorMessageFromJson(j, &code), code);
        }
        // ping and event types added later carry nothing for us.
    }

    void onBody(const QByteArray &body, StreamEvents &out) override
    {
        const json j = parse(body);
        if (j.is_discarded() || !j.is_object()) {
            failNotJson(out, body);
            return;
        }
        if (str(j, "type") == u"error") {
            QString code;
            failServerError(out, errorMessageFromJson(j, &code), code);
            return;
        }
        startMessage(j, out);
        if (const json *blocks = array(j, "content"))
            for (const json &b : *blocks)
                blockText(b, out);
        noteFinish(0, str(j, "stop_reason"), out);
        m_done = true;
    }

private:
    void startMessage(const json &m, StreamEvents &out)
    {
        noteModel(str(m, "model"), out);
        if (const json *u = object(m, "usage"))
            addUsage(*u, out);
        if (const json *blocks = array(m, "content"))
            for (const json &b : *blocks)
                blockText(b, out);
    }

    // A content block (start) or a delta: text and thinking; tool use and
    // signatures are not shown.
    void blockText(const json &b, StreamEvents &out)
    {
        const QString type = str(b, "type");
        if (type == u"text" || type == u"text_delta")
            delta(out, 0, str(b, "text"), QString());
        else if (type == u"thinking" || type == u"thinking_delta")
            delta(out, 0, QString(), str(b, "thinking"));
    }

    // message_delta's counts are cumulative: the latest replaces.
    void addUsage(const json &u, StreamEvents &out)
    {
        if (const auto in = integer(u, "input_tokens")) {
            m_usage.promptTokens = *in + integer(u, "cache_read_input_tokens").value_or(0)
                + integer(u, "cache_creation_input_tokens").value_or(0);
        }
        if (const auto outTokens = integer(u, "output_tokens"))
            m_usage.completionTokens = *outTokens;
        usage(out, m_usage);
    }

    Usage m_usage;
};

int thinkingBudget(const QString &think)
{
    if (think == u"low")
        return 1024;
    if (think == u"high")
        return 16384;
    return 4096; // on, medium
}

} // namespace

namespace {

// Text alone stays a string; with images or a PDF sent whole, a list of
// blocks with the files first (Anthropic's advice: images before the text
// that asks about them).
json content(const ChatMessage &m)
{
    const QString text = withDocumentText(m.content, m.attachments);
    json blocks = json::array();
    for (const Attachment &a : m.attachments) {
        if (!a.isImage() && !a.native)
            continue;
        const json source
            = {{"type", "base64"}, {"media_type", s(a.mimeType)}, {"data", a.data.toBase64().toStdString()}};
        json block = {{"type", a.isImage() ? "image" : "document"}, {"source", source}};
        // A PDF sent whole has its name, as one sent as text does: "compare
        // the two reports" needs to know which is which.
        if (!a.isImage())
            block["title"] = s(a.name);
        blocks.push_back(std::move(block));
    }
    if (blocks.empty())
        return s(text);
    if (!text.isEmpty())
        blocks.push_back({{"type", "text"}, {"text", s(text)}});
    return blocks;
}

} // namespace

QNetworkRequest AnthropicProvider::buildRequest(const GenerationRequest &request) const
{
    QNetworkRequest req
        = jsonRequest(request.profile.endpoint(QStringLiteral("messages")), request.profile, request.apiKey,
                      request.stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
    req.setRawHeader("anthropic-version", kVersion);
    return req;
}

QByteArray AnthropicProvider::buildBody(const GenerationRequest &request) const
{
    const GenerationParams &p = request.params;
    json body = json::object();
    body["model"] = s(request.effectiveModel());
    json messages = json::array();
    for (const ChatMessage &m : request.messages)
        if (m.role != u"system") // taken apart, in systemText()
            messages.push_back({{"role", m.role == u"user" ? "user" : "assistant"}, {"content", content(m)}});
    body["messages"] = std::move(messages);
    if (const QString system = systemText(request); !system.isEmpty())
        body["system"] = s(system);
    body.update(capabilitiesFor(request.profile, request.mode).wireParams(p));
    if (!body.contains("max_tokens"))
        body["max_tokens"] = kDefaultMaxTokens; // required by the API
    if (!p.think.isEmpty() && p.think != u"off") {
        const int budget = thinkingBudget(p.think);
        body["thinking"] = {{"type", "enabled"}, {"budget_tokens", budget}};
        // max_tokens counts thinking too and must exceed the budget: the
        // answer keeps the length the user asked for on top of it. Thinking
        // also rules out custom temperature, top_k and a top_p below 0.95.
        body["max_tokens"] = budget + body["max_tokens"].get<qint64>();
        body.erase("temperature");
        body.erase("top_k");
        body.erase("top_p");
    }
    body["stream"] = request.stream;
    return dump(body);
}

std::unique_ptr<StreamMapper> AnthropicProvider::createMapper(const GenerationRequest &) const
{
    return std::make_unique<AnthropicMapper>();
}

QNetworkRequest AnthropicProvider::modelsRequest(const Profile &profile, const QString &apiKey,
                                                 const QString &pageToken) const
{
    QUrl url = profile.endpoint(QStringLiteral("models"));
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("after_id"), pageToken);
    url.setQuery(q);
    QNetworkRequest req = getRequest(url, profile, apiKey);
    req.setRawHeader("anthropic-version", kVersion);
    return req;
}

ModelPage AnthropicProvider::parseModels(const QByteArray &body) const
{
    ModelPage page;
    const json j = parse(body);
    const json *data = array(j, "data");
    if (!data)
        page.error = badModelList(body);
    page.models = fieldOf(data, "id");
    const auto more = j.find("has_more");
    if (more != j.end() && more->is_boolean() && more->get<bool>())
        page.nextPageToken = str(j, "last_id");
    return page;
}

} // namespace Inkwell
