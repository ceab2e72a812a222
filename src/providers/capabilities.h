// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/generationparams.h"
#include "providers/generationrequest.h"

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace Inkwell {

// The sampling parameters a user can set. Each backend declares which of
// them it takes, with the valid range and the server's default, so the
// parameter panel and the CLI never send one the server does not know.
enum class Param {
    Temperature,
    TopP,
    TopK,
    MinP,
    MaxTokens,
    N,
    Stop,
    Seed,
    PresencePenalty,
    FrequencyPenalty,
    RepeatPenalty,
    ContextLength,
};

struct ParamSpec {
    Param param;
    double min = 0;
    double max = 0;
    std::optional<double> serverDefault; // what the server uses when it is not sent
    bool integer = false;
    QString wireName; // the field in this backend's request
};

struct Capabilities {
    QList<ParamSpec> params;
    int maxStop = 4;
    bool reasoning = false; // the backend can be asked to think (GenerationParams::think)

    // Points into this object: never asked of a temporary (it would dangle).
    [[nodiscard]] const ParamSpec *spec(Param p) const &;
    [[nodiscard]] const ParamSpec *spec(Param p) const && = delete;
    [[nodiscard]] bool supports(Param p) const { return spec(p) != nullptr; }
    // Set parameters this backend does not take, by CLI/storage name.
    [[nodiscard]] QStringList unsupported(const GenerationParams &params) const;
    // A copy without them: what is actually sent.
    [[nodiscard]] GenerationParams filtered(const GenerationParams &params) const;
    // Set values outside the backend's range, as one sentence; empty if none.
    [[nodiscard]] QString rangeProblem(const GenerationParams &params) const;
    // The supported, set parameters under this backend's field names
    // (stop sequences cut to maxStop; n = 1 left out).
    [[nodiscard]] nlohmann::json wireParams(const GenerationParams &params) const;
};

// Storage/CLI names (snake case, as in GenerationParams::toJson).
QString paramKey(Param p);
QList<Param> allParams();
std::optional<double> paramValue(const GenerationParams &params, Param p);

Capabilities capabilitiesFor(const Profile &profile, GenerationRequest::Mode mode);
// OpenAI's legacy /v1/completions or Ollama's /api/generate.
bool supportsCompletion(const Profile &profile);

} // namespace Inkwell
