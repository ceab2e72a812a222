// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ssedecoder.h"
#include "providers/attachment.h"
#include "providers/streamevent.h"
#include "providers/thinksplitter.h"

#include <QHash>
#include <QNetworkRequest>
#include <QSet>

#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace Inkwell {

// Turns one provider's stream (or whole body) into StreamEvents. One per request.
class StreamMapper {
public:
    virtual ~StreamMapper() = default;
    // One SSE event, or one NDJSON line (as an event without a type).
    virtual void onEvent(const SseEvent &event, StreamEvents &out) = 0;
    virtual void onBody(const QByteArray &body, StreamEvents &out) = 0;
    // True once the stream's own end marker arrived (OpenAI's [DONE],
    // Anthropic's message_stop, Ollama's done, Gemini's finishReason);
    // an EOF without it means the stream was cut.
    [[nodiscard]] virtual bool isComplete() const = 0;
    // The stream ended: hand over anything held back.
    virtual void flush(StreamEvents &out) { Q_UNUSED(out); }
};

// What every mapper needs: one Failed event at most, each choice finished
// once, the model announced when it changes.
class MapperBase : public StreamMapper {
public:
    [[nodiscard]] bool isComplete() const override { return m_done && !m_failed; }
    void flush(StreamEvents &out) override;

protected:
    void fail(StreamEvents &out, Error e);
    void noteModel(const QString &model, StreamEvents &out);
    void noteFinish(int choice, const QString &reason, StreamEvents &out);
    // Answer text goes through a ThinkSplitter: inline <think> becomes reasoning.
    void delta(StreamEvents &out, int choice, const QString &content, const QString &reasoning);
    static void usage(StreamEvents &out, const Usage &u);
    // "The server sent … that is not valid JSON: <start>"
    void failNotJson(StreamEvents &out, const QByteArray &data);
    // "The server reported an error: …"
    void failServerError(StreamEvents &out, const QString &message, const QString &code);

    QString m_model;
    QSet<int> m_finished;
    QHash<int, ThinkSplitter> m_splitters;
    bool m_done = false;
    bool m_failed = false;
};

struct ModelPage {
    QStringList models;
    QString nextPageToken; // empty on the last page
    Error error;
};

// One class per API family: request mapping, stream mapping, error mapping,
// model listing. Services that speak a family with quirks are Presets.
class Provider {
public:
    enum class Framing { Sse, Ndjson };

    virtual ~Provider() = default;
    [[nodiscard]] virtual Framing framing() const { return Framing::Sse; }
    [[nodiscard]] virtual QNetworkRequest buildRequest(const GenerationRequest &request) const = 0;
    [[nodiscard]] virtual QByteArray buildBody(const GenerationRequest &request) const = 0;
    [[nodiscard]] virtual std::unique_ptr<StreamMapper> createMapper(const GenerationRequest &request) const = 0;

    [[nodiscard]] virtual QNetworkRequest modelsRequest(const Profile &profile, const QString &apiKey,
                                                        const QString &pageToken) const = 0;
    [[nodiscard]] virtual ModelPage parseModels(const QByteArray &body) const = 0;

    static std::unique_ptr<Provider> create(const QString &api);
    static QStringList apis();

protected:
    // The preset's auth header, the profile's extra headers, JSON content type.
    static QNetworkRequest jsonRequest(const QUrl &url, const Profile &profile, const QString &apiKey,
                                       const QByteArray &accept);
    // A GET with the auth and extra headers (model lists).
    static QNetworkRequest getRequest(const QUrl &url, const Profile &profile, const QString &apiKey);
    static Error badModelList(const QByteArray &body);
    // The system prompt and any system messages of the history, as one text
    // (Anthropic and Gemini take the system prompt apart from the messages).
    static QString systemText(const GenerationRequest &request);
    // [{"role","content"}…] with the system prompt first: OpenAI and Ollama,
    // which differ in how images go (content parts, or an "images" list).
    enum class PartStyle { OpenAiParts, OllamaImages };
    static nlohmann::json roleContentMessages(const GenerationRequest &request, PartStyle style);
    // data:<mime>;base64,<bytes>
    static std::string dataUrl(const Attachment &a);
};

} // namespace Inkwell
