// SPDX-License-Identifier: GPL-3.0-or-later
#include "geminiprovider.h"

#include "providers/capabilities.h"
#include "providers/httperror.h"
#include "providers/jsonutil.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Inkwell {

using namespace Json;

namespace {

// Gemini's reasons in the words the other backends use, where they match.
QString finishReason(const QString &r)
{
    if (r == u"STOP")
        return QStringLiteral("stop");
    if (r == u"MAX_TOKENS")
        return QStringLiteral("length");
    return r.toLower();
}

class GeminiMapper final : public MapperBase {
public:
    [[nodiscard]] bool isComplete() const override { return !m_finished.isEmpty() && !m_failed; }

    void onEvent(const SseEvent &event, StreamEvents &out) override
    {
        if (m_failed)
            return;
        const QByteArray data = event.data.trimmed();
        if (data.isEmpty())
            return;
        const json j = parse(data);
        if (j.is_discarded() || (!j.is_object() && !j.is_array())) {
            failNotJson(out, data);
            return;
        }
        handle(j, out);
    }

    void onBody(const QByteArray &body, StreamEvents &out) override
    {
        const json j = parse(body);
        if (j.is_discarded() || (!j.is_object() && !j.is_array())) {
            failNotJson(out, body);
            return;
        }
        handle(j, out);
    }

private:
    void handle(const json &j, StreamEvents &out)
    {
        if (j.is_array()) { // the JSON-array form, or an error wrapped in one
            for (const json &item : j)
                if (!m_failed)
                    handle(item, out);
            return;
        }
        QString code;
        if (const QString err = errorMessageFromJson(j, &code); !err.isEmpty()) {
            failServerError(out, err, code);
            return;
        }
        noteModel(str(j, "modelVersion"), out);
        const json *candidates = array(j, "candidates");
        if (candidates) {
            for (const json &c : *candidates)
                candidate(c, out);
        } else if (const json *feedback = object(j, "promptFeedback")) {
            if (const QString blocked = str(*feedback, "blockReason"); !blocked.isEmpty())
                fail(out,
                     Error::make(Error::Kind::Http,
                                 QCoreApplication::translate(
                                     "Inkwell::Provider",
                                     "Gemini refused the prompt (%1); rephrase it or check the safety settings.")
                                     .arg(blocked),
                                 0, blocked));
        }
        if (const json *u = object(j, "usageMetadata")) {
            Usage usageNow; // cumulative: each chunk's counts replace the last
            usageNow.promptTokens = integer(*u, "promptTokenCount").value_or(-1);
            const auto answer = integer(*u, "candidatesTokenCount");
            const auto thoughts = integer(*u, "thoughtsTokenCount");
            if (answer || thoughts)
                usageNow.completionTokens = answer.value_or(0) + thoughts.value_or(0);
            usage(out, usageNow);
        }
    }

    void candidate(const json &c, StreamEvents &out)
    {
        const int index = int(integer(c, "index").value_or(0));
        if (index < 0 || index > 127)
            return;
        if (const json *content = object(c, "content")) {
            if (const json *parts = array(*content, "parts")) {
                for (const json &part : *parts) {
                    const auto thought = part.is_object() ? part.find("thought") : part.end();
                    const bool isThought
                        = part.is_object() && thought != part.end() && thought->is_boolean() && thought->get<bool>();
                    const QString text = str(part, "text");
                    delta(out, index, isThought ? QString() : text, isThought ? text : QString());
                }
            }
        }
        noteFinish(index, finishReason(str(c, "finishReason")), out);
    }
};

QString modelId(const QString &model)
{
    return model.startsWith(u"models/") ? model.mid(7) : model;
}

} // namespace

QNetworkRequest GeminiProvider::buildRequest(const GenerationRequest &request) const
{
    const QString model = modelId(request.effectiveModel());
    const QString relative = request.stream ? QStringLiteral("models/%1:streamGenerateContent?alt=sse").arg(model)
                                            : QStringLiteral("models/%1:generateContent").arg(model);
    return jsonRequest(request.profile.endpoint(relative), request.profile, request.apiKey,
                       request.stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
}

namespace {

// Images and PDFs sent whole as inline data, then the text.
json parts(const ChatMessage &m)
{
    json list = json::array();
    for (const Attachment &a : m.attachments)
        if (a.isImage() || a.native)
            list.push_back(
                {{"inline_data", {{"mime_type", s(a.mimeType)}, {"data", a.data.toBase64().toStdString()}}}});
    const QString text = withDocumentText(m.content, m.attachments);
    if (!text.isEmpty() || list.empty())
        list.push_back({{"text", s(text)}});
    return list;
}

} // namespace

QByteArray GeminiProvider::buildBody(const GenerationRequest &request) const
{
    const GenerationParams &p = request.params;
    json body = json::object();
    json contents = json::array();
    for (const ChatMessage &m : request.messages)
        if (m.role != u"system") // taken apart, in systemText()
            contents.push_back({{"role", m.role == u"user" ? "user" : "model"}, {"parts", parts(m)}});
    body["contents"] = std::move(contents);
    if (const QString system = systemText(request); !system.isEmpty())
        body["systemInstruction"] = {{"parts", json::array({{{"text", s(system)}}})}};
    json config = capabilitiesFor(request.profile, request.mode).wireParams(p);
    if (p.think == u"off") {
        config["thinkingConfig"] = {{"thinkingBudget", 0}};
    } else if (!p.think.isEmpty()) {
        json thinking = {{"includeThoughts", true}};
        if (p.think == u"low")
            thinking["thinkingBudget"] = 1024;
        else if (p.think == u"medium")
            thinking["thinkingBudget"] = 8192;
        else if (p.think == u"high")
            thinking["thinkingBudget"] = 24576;
        config["thinkingConfig"] = std::move(thinking);
    }
    if (!config.empty())
        body["generationConfig"] = std::move(config);
    return dump(body);
}

std::unique_ptr<StreamMapper> GeminiProvider::createMapper(const GenerationRequest &) const
{
    return std::make_unique<GeminiMapper>();
}

QNetworkRequest GeminiProvider::modelsRequest(const Profile &profile, const QString &apiKey,
                                              const QString &pageToken) const
{
    QUrl url = profile.endpoint(QStringLiteral("models"));
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    url.setQuery(q);
    return getRequest(url, profile, apiKey);
}

ModelPage GeminiProvider::parseModels(const QByteArray &body) const
{
    ModelPage page;
    const json j = parse(body);
    const json *models = array(j, "models");
    if (!models) {
        page.error = badModelList(body);
        return page;
    }
    for (const json &m : *models) {
        // Only models that can chat; embedding models are listed too.
        const json *methods = array(m, "supportedGenerationMethods");
        const bool chats = methods && std::any_of(methods->begin(), methods->end(), [](const json &x) {
                               return x.is_string() && x.get_ref<const std::string &>() == "generateContent";
                           });
        if (chats)
            if (const QString name = modelId(str(m, "name")); !name.isEmpty())
                page.models << name;
    }
    page.nextPageToken = str(j, "nextPageToken");
    return page;
}

} // namespace Inkwell
