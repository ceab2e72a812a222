// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "providers/anthropicprovider.h"
#include "providers/geminiprovider.h"
#include "providers/httperror.h"
#include "providers/ollamaprovider.h"
#include "providers/openaiprovider.h"
#include "providers/presets.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace Inkwell {

void MapperBase::fail(StreamEvents &out, Error e)
{
    if (m_failed)
        return;
    m_failed = true;
    StreamEvent ev;
    ev.type = StreamEvent::Type::Failed;
    ev.error = std::move(e);
    out << ev;
}

void MapperBase::failNotJson(StreamEvents &out, const QByteArray &data)
{
    fail(out,
         Error::make(Error::Kind::Protocol,
                     QCoreApplication::translate("Inkwell::Provider", "The server sent data that is not valid JSON: %1")
                         .arg(QString::fromUtf8(data.left(120)))));
}

void MapperBase::failServerError(StreamEvents &out, const QString &message, const QString &code)
{
    fail(out,
         Error::make(Error::Kind::Http,
                     QCoreApplication::translate("Inkwell::Provider", "The server reported an error: %1").arg(message),
                     0, code));
}

void MapperBase::noteModel(const QString &model, StreamEvents &out)
{
    if (model.isEmpty() || model == m_model)
        return;
    m_model = model;
    StreamEvent ev;
    ev.type = StreamEvent::Type::Model;
    ev.text = model;
    out << ev;
}

void MapperBase::noteFinish(int choice, const QString &reason, StreamEvents &out)
{
    if (reason.isEmpty() || m_finished.contains(choice))
        return;
    m_finished.insert(choice);
    StreamEvent ev;
    ev.type = StreamEvent::Type::ChoiceFinished;
    ev.choice = choice;
    ev.text = reason;
    out << ev;
}

void MapperBase::delta(StreamEvents &out, int choice, const QString &content, const QString &reasoning)
{
    if (content.isEmpty() && reasoning.isEmpty())
        return;
    StreamEvent ev;
    ev.choice = choice;
    ev.reasoning = reasoning;
    if (!content.isEmpty()) {
        const ThinkSplitter::Piece piece = m_splitters[choice].feed(content);
        ev.content = piece.content;
        ev.reasoning += piece.reasoning;
    }
    if (!ev.content.isEmpty() || !ev.reasoning.isEmpty())
        out << ev;
}

void MapperBase::flush(StreamEvents &out)
{
    for (auto it = m_splitters.begin(); it != m_splitters.end(); ++it) {
        const ThinkSplitter::Piece piece = it->finish();
        if (!piece.content.isEmpty() || !piece.reasoning.isEmpty()) {
            StreamEvent ev;
            ev.choice = it.key();
            ev.content = piece.content;
            ev.reasoning = piece.reasoning;
            out << ev;
        }
    }
}

void MapperBase::usage(StreamEvents &out, const Usage &u)
{
    if (!u.isValid())
        return;
    StreamEvent ev;
    ev.type = StreamEvent::Type::Usage;
    ev.usage = u;
    out << ev;
}

QNetworkRequest Provider::jsonRequest(const QUrl &url, const Profile &profile, const QString &apiKey,
                                      const QByteArray &accept)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", accept);
    for (const auto &[name, value] : profile.headers)
        req.setRawHeader(name, value);
    if (apiKey.isEmpty())
        return req;
    const QByteArray key = apiKey.toUtf8();
    switch (Preset::of(profile).auth) {
    case Preset::Auth::Bearer:
        req.setRawHeader("Authorization", "Bearer " + key);
        break;
    case Preset::Auth::AzureApiKey:
        req.setRawHeader("api-key", key);
        break;
    case Preset::Auth::AnthropicKey:
        req.setRawHeader("x-api-key", key);
        break;
    case Preset::Auth::GoogleKey:
        req.setRawHeader("x-goog-api-key", key);
        break;
    }
    return req;
}

QNetworkRequest Provider::getRequest(const QUrl &url, const Profile &profile, const QString &apiKey)
{
    QNetworkRequest req = jsonRequest(url, profile, apiKey, "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    return req;
}

QString Provider::systemText(const GenerationRequest &request)
{
    QStringList parts;
    if (!request.params.systemPrompt.isEmpty())
        parts << request.params.systemPrompt;
    for (const ChatMessage &m : request.messages)
        if (m.role == u"system")
            parts << m.content;
    return parts.join(QStringLiteral("\n\n"));
}

nlohmann::json Provider::roleContentMessages(const GenerationRequest &request, PartStyle style)
{
    using nlohmann::json;
    json messages = json::array();
    if (!request.params.systemPrompt.isEmpty())
        messages.push_back({{"role", "system"}, {"content", request.params.systemPrompt.toStdString()}});
    for (const ChatMessage &m : request.messages) {
        const std::string text = withDocumentText(m.content, m.attachments).toStdString();
        json message = {{"role", m.role.toStdString()}, {"content", text}};
        if (style == PartStyle::OllamaImages) {
            // Ollama: the images beside the text, bare base64.
            json images = json::array();
            for (const Attachment &a : m.attachments)
                if (a.isImage())
                    images.push_back(a.data.toBase64().toStdString());
            if (!images.empty())
                message["images"] = std::move(images);
        } else if (std::any_of(m.attachments.cbegin(), m.attachments.cend(),
                               [](const Attachment &a) { return a.isImage() || a.native; })) {
            // OpenAI: the text as the first part, then each image as a data
            // URL and each PDF sent whole as a file part. Plain text stays a
            // string: every compatible server reads that.
            json parts = json::array();
            if (!text.empty())
                parts.push_back({{"type", "text"}, {"text", text}});
            for (const Attachment &a : m.attachments) {
                if (a.isImage())
                    parts.push_back({{"type", "image_url"}, {"image_url", {{"url", dataUrl(a)}}}});
                else if (a.native)
                    parts.push_back(
                        {{"type", "file"}, {"file", {{"filename", a.name.toStdString()}, {"file_data", dataUrl(a)}}}});
            }
            message["content"] = std::move(parts);
        }
        messages.push_back(std::move(message));
    }
    return messages;
}

std::string Provider::dataUrl(const Attachment &a)
{
    return "data:" + a.mimeType.toStdString() + ";base64," + a.data.toBase64().toStdString();
}

Error Provider::badModelList(const QByteArray &body)
{
    // Said in words, not as the raw reply: a wrong base URL usually lands on
    // a web page or on another program's JSON, and the person has to know
    // which of the two it was to fix the URL.
    const QByteArray trimmed = body.trimmed();
    QString what;
    if (trimmed.isEmpty()) {
        what = QCoreApplication::translate("Inkwell::Provider",
                                           "The server answered with nothing instead of a model list.");
    } else if (trimmed.startsWith('<')) {
        const QString page = QString::fromUtf8(trimmed.left(4096));
        static const QRegularExpression titleTag(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QString title = titleTag.match(page).captured(1).simplified().left(80);
        what = title.isEmpty()
            ? QCoreApplication::translate("Inkwell::Provider", "The server answered with a web page, not a model list.")
            : QCoreApplication::translate("Inkwell::Provider",
                                          "The server answered with a web page (“%1”), not a model list.")
                  .arg(title);
    } else if (const auto j = nlohmann::json::parse(trimmed.begin(), trimmed.end(), nullptr, false); j.is_discarded()) {
        QString text = QString::fromUtf8(trimmed.left(400)).simplified();
        if (text.size() > 80)
            text = text.left(80) + u'…';
        what = QCoreApplication::translate("Inkwell::Provider",
                                           "The server's answer is not JSON, so it is not a model list: “%1”.")
                   .arg(text);
    } else if (const QString said = errorMessageFromJson(j); !said.isEmpty()) {
        // An error in one of the usual shapes: the server's own words.
        what = QCoreApplication::translate("Inkwell::Provider",
                                           "The server answered with an error instead of a model list: “%1”.")
                   .arg(said.simplified().left(200));
    } else {
        QStringList keys;
        if (j.is_object())
            for (const auto &item : j.items())
                if (keys.size() < 5)
                    keys << QString::fromStdString(item.key()).simplified().left(40);
        what = keys.isEmpty()
            ? QCoreApplication::translate("Inkwell::Provider",
                                          "The server answered with JSON that holds no model list.")
            : QCoreApplication::translate("Inkwell::Provider",
                                          "The server answered with JSON that holds no model list (its fields: %1).")
                  .arg(keys.join(QStringLiteral(", ")));
    }
    // One sentence with the hint, so that a translation places it (no space
    // after a Chinese full stop).
    return Error::make(Error::Kind::Protocol,
                       QCoreApplication::translate("Inkwell::Provider",
                                                   "%1 Check that the base URL is the API's own address (often "
                                                   "ending in /v1) and that the service matches the server.")
                           .arg(what));
}

std::unique_ptr<Provider> Provider::create(const QString &api)
{
    if (api.isEmpty() || api == u"openai")
        return std::make_unique<OpenAiProvider>();
    if (api == u"ollama")
        return std::make_unique<OllamaProvider>();
    if (api == u"anthropic")
        return std::make_unique<AnthropicProvider>();
    if (api == u"gemini")
        return std::make_unique<GeminiProvider>();
    return nullptr;
}

QStringList Provider::apis()
{
    return {QStringLiteral("openai"), QStringLiteral("ollama"), QStringLiteral("anthropic"), QStringLiteral("gemini")};
}

} // namespace Inkwell
