// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

namespace Inkwell {

// Ollama's native API: /api/chat and /api/generate, NDJSON streams, sampling
// inside "options", thinking as its own field, GET /api/tags.
class OllamaProvider final : public Provider {
public:
    [[nodiscard]] Framing framing() const override { return Framing::Ndjson; }
    [[nodiscard]] QNetworkRequest buildRequest(const GenerationRequest &request) const override;
    [[nodiscard]] QByteArray buildBody(const GenerationRequest &request) const override;
    [[nodiscard]] std::unique_ptr<StreamMapper> createMapper(const GenerationRequest &request) const override;
    [[nodiscard]] QNetworkRequest modelsRequest(const Profile &profile, const QString &apiKey,
                                                const QString &pageToken) const override;
    [[nodiscard]] ModelPage parseModels(const QByteArray &body) const override;
};

} // namespace Inkwell
