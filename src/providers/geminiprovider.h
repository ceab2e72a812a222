// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

namespace Inkwell {

// Google's Gemini API (generativelanguage): streamGenerateContent?alt=sse,
// camelCase generationConfig, no end marker (a finishReason ends it),
// errors sometimes wrapped in an array.
class GeminiProvider final : public Provider {
public:
    [[nodiscard]] QNetworkRequest buildRequest(const GenerationRequest &request) const override;
    [[nodiscard]] QByteArray buildBody(const GenerationRequest &request) const override;
    [[nodiscard]] std::unique_ptr<StreamMapper> createMapper(const GenerationRequest &request) const override;
    [[nodiscard]] QNetworkRequest modelsRequest(const Profile &profile, const QString &apiKey,
                                                const QString &pageToken) const override;
    [[nodiscard]] ModelPage parseModels(const QByteArray &body) const override;
};

} // namespace Inkwell
