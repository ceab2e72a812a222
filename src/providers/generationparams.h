// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace Inkwell {

// What the user set; unset fields are never sent, so the server's defaults apply.
struct GenerationParams {
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<int> n;
    std::optional<qint64> seed;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    std::optional<int> topK;
    std::optional<double> minP;
    std::optional<double> repeatPenalty;
    std::optional<int> contextLength; // Ollama num_ctx
    QStringList stop;
    QString systemPrompt;
    // Reasoning: empty = the server's default; "on", "off", or an effort
    // "low" | "medium" | "high" (each provider maps what it can).
    QString think;
    QString keepAlive; // Ollama: how long the model stays loaded ("5m", "0")
    // Images of earlier messages go again with each request (the model sees
    // the whole conversation); off, only the newest message's images go and
    // the earlier ones are named in the text (fewer tokens).
    bool resendImages = true;

    [[nodiscard]] int choiceCount() const { return n.value_or(1); }

    // The named presets: precise, balanced, creative (temperature and top_p);
    // empty for any other name.
    static GenerationParams preset(const QString &name);
    static const QStringList &presetNames();

    // Stable storage form (our names, not any API's).
    [[nodiscard]] nlohmann::json toJson() const;
    static GenerationParams fromJson(const nlohmann::json &j);
    [[nodiscard]] QString toJsonString() const;
    static GenerationParams fromJsonString(const QString &s);
};

} // namespace Inkwell
