// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "providers/attachment.h"
#include "providers/generationparams.h"
#include "providers/profile.h"

#include <QList>

#include <functional>

namespace Inkwell {

struct ChatMessage {
    ChatMessage() = default;
    ChatMessage(QString r, QString c, QList<Attachment> a = {})
        : role(std::move(r))
        , content(std::move(c))
        , attachments(std::move(a))
    {
    }

    QString role; // system, user, assistant
    QString content;
    QList<Attachment> attachments;
};

struct GenerationRequest {
    // Chat sends the messages; Completion sends one raw prompt (OpenAI's
    // legacy /v1/completions, Ollama's /api/generate).
    enum class Mode { Chat, Completion };

    Profile profile;
    QString apiKey; // never stored with the request
    QString proxyPassword; // likewise
    QString model; // overrides profile.model when set
    Mode mode = Mode::Chat;
    QList<ChatMessage> messages;
    QString prompt; // Completion: the text to continue (else the last user message)
    QString suffix; // Completion: text after the insertion point
    bool echo = false; // Completion: the answer repeats the prompt
    std::optional<int> logprobs; // Completion: top log-probabilities per token
    GenerationParams params;
    bool stream = true;
    // OpenAI's newer models refuse max_tokens and want this name instead.
    bool maxCompletionTokens = false;
    // The last message is an answer's beginning, to be carried on from its
    // last token rather than answered (vLLM must be told so).
    bool prefill = false;
    // Files the messages list without their bytes (a stored conversation's
    // history: its earlier pictures are megabytes) get them from this, on
    // the worker thread that builds the body; unset: every file is loaded.
    std::function<Error(QList<ChatMessage> &)> loadFiles;

    [[nodiscard]] bool hasUnloadedFiles() const
    {
        for (const ChatMessage &m : messages)
            for (const Attachment &a : m.attachments)
                if (a.data.isEmpty() && a.size > 0)
                    return true;
        return false;
    }
    [[nodiscard]] QString effectiveModel() const { return model.isEmpty() ? profile.model : model; }
    [[nodiscard]] QString completionPrompt() const
    {
        if (!prompt.isEmpty() || messages.isEmpty())
            return prompt;
        return messages.constLast().content;
    }
};

struct Usage {
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    // Whose: one choice (llama.cpp reports each of n answers in its own
    // final chunk), or -1 for the whole request (OpenAI: all n together).
    int choice = -1;
    [[nodiscard]] bool isValid() const { return promptTokens >= 0 || completionTokens >= 0; }
};

} // namespace Inkwell
