// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

namespace Inkwell {

// OpenAI Chat Completions and every server that speaks it (llama.cpp, vLLM,
// LM Studio, Ollama /v1, OpenRouter, DeepSeek …).
class OpenAiChatProvider final : public Provider
{
public:
    QNetworkRequest buildRequest(const GenerationRequest &request) const override;
    QByteArray buildBody(const GenerationRequest &request) const override;
    std::unique_ptr<StreamMapper> createMapper() const override;
};

} // namespace Inkwell
