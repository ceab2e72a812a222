// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

namespace Inkwell {

// Anthropic's Messages API: x-api-key and anthropic-version headers, a
// required max_tokens, typed stream events, paginated model list.
class AnthropicProvider final : public Provider {
public:
    static constexpr int kDefaultMaxTokens = 4096;

    [[nodiscard]] QNetworkRequest buildRequest(const GenerationRequest &request) const override;
    [[nodiscard]] QByteArray buildBody(const GenerationRequest &request) const override;
    [[nodiscard]] std::unique_ptr<StreamMapper> createMapper(const GenerationRequest &request) const override;
    [[nodiscard]] QNetworkRequest modelsRequest(const Profile &profile, const QString &apiKey,
                                                const QString &pageToken) const override;
    [[nodiscard]] ModelPage parseModels(const QByteArray &body) const override;
};

} // namespace Inkwell
