// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamaprovider.h"

#include "providers/capabilities.h"
#include "providers/jsonutil.h"

#include <QCoreApplication>

namespace Inkwell {

using namespace Json;

namespace {

class OllamaMapper final : public MapperBase {
public:
    explicit OllamaMapper(bool generate)
        : m_generate(generate)
    {
    }

    // One NDJSON line.
    void onEvent(const SseEvent &event, StreamEvents &out) override
    {
        if (m_done || m_failed)
            return;
        const QByteArray line = event.data.trimmed();
        if (line.isEmpty())
            return;
        handle(line, out);
    }

    void onBody(const QByteArray &body, StreamEvents &out) override
    {
        handle(body, out);
        if (!m_failed && !m_done)
            fail(out,
                 Error::make(Error::Kind::Protocol,
                             QCoreApplication::translate("Inkwell::Provider", "The server's answer has no \"done\": %1")
                                 .arg(QString::fromUtf8(body.left(120)))));
    }

private:
    void handle(const QByteArray &line, StreamEvents &out)
    {
        const json j = parse(line);
        if (j.is_discarded() || !j.is_object()) {
            failNotJson(out, line);
            return;
        }
        // After a 200 the status cannot change; Ollama sends the error as a line.
        if (const QString err = str(j, "error"); !err.isEmpty()) {
            failServerError(out, err, QString());
            return;
        }
        noteModel(str(j, "model"), out);
        if (m_generate) {
            delta(out, 0, str(j, "response"), str(j, "thinking"));
        } else if (const json *m = object(j, "message")) {
            delta(out, 0, str(*m, "content"), str(*m, "thinking"));
        }
        const auto done = j.find("done");
        if (done == j.end() || !done->is_boolean() || !done->get<bool>())
            return;
        Usage u;
        u.promptTokens = integer(j, "prompt_eval_count").value_or(-1);
        u.completionTokens = integer(j, "eval_count").value_or(-1);
        usage(out, u);
        const QString reason = str(j, "done_reason");
        noteFinish(0, reason.isEmpty() ? QStringLiteral("stop") : reason, out);
        m_done = true;
    }

    bool m_generate;
};

json thinkValue(const QString &think)
{
    if (think == u"on")
        return true;
    if (think == u"off")
        return false;
    return think.toStdString(); // low | medium | high (GPT-OSS ignores booleans)
}

} // namespace

QNetworkRequest OllamaProvider::buildRequest(const GenerationRequest &request) const
{
    const bool generate = request.mode == GenerationRequest::Mode::Completion;
    return jsonRequest(request.profile.endpoint(generate ? QStringLiteral("generate") : QStringLiteral("chat")),
                       request.profile, request.apiKey, "application/x-ndjson, application/json");
}

QByteArray OllamaProvider::buildBody(const GenerationRequest &request) const
{
    const GenerationParams &p = request.params;
    const bool generate = request.mode == GenerationRequest::Mode::Completion;
    json body = json::object();
    body["model"] = s(request.effectiveModel());
    if (generate) {
        body["prompt"] = s(request.completionPrompt());
        if (!request.suffix.isEmpty())
            body["suffix"] = s(request.suffix);
        if (!p.systemPrompt.isEmpty())
            body["system"] = s(p.systemPrompt);
        // /api/generate takes images too (a draft's picture sources).
        json images = json::array();
        for (const ChatMessage &m : request.messages)
            for (const Attachment &a : m.attachments)
                if (a.isImage())
                    images.push_back(a.data.toBase64().toStdString());
        if (!images.empty())
            body["images"] = std::move(images);
    } else {
        body["messages"] = roleContentMessages(request, PartStyle::OllamaImages);
    }
    const json options = capabilitiesFor(request.profile, request.mode).wireParams(p);
    if (!options.empty())
        body["options"] = options;
    if (!p.think.isEmpty())
        body["think"] = thinkValue(p.think);
    if (!p.keepAlive.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = p.keepAlive.toLongLong(&isNumber);
        body["keep_alive"] = isNumber ? json(seconds) : json(s(p.keepAlive));
    }
    body["stream"] = request.stream;
    return dump(body);
}

std::unique_ptr<StreamMapper> OllamaProvider::createMapper(const GenerationRequest &request) const
{
    return std::make_unique<OllamaMapper>(request.mode == GenerationRequest::Mode::Completion);
}

QNetworkRequest OllamaProvider::modelsRequest(const Profile &profile, const QString &apiKey, const QString &) const
{
    return getRequest(profile.endpoint(QStringLiteral("tags")), profile, apiKey);
}

ModelPage OllamaProvider::parseModels(const QByteArray &body) const
{
    ModelPage page;
    const json j = parse(body);
    const json *models = array(j, "models");
    if (!models) {
        page.error = badModelList(body);
        return page;
    }
    page.models = fieldOf(models, "name");
    return page;
}

} // namespace Inkwell
