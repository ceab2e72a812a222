// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationparams.h"

#include <nlohmann/json.hpp>

namespace Inkwell {

using nlohmann::json;

namespace {
template<typename T> void put(json &j, const char *key, const std::optional<T> &v)
{
    if (v)
        j[key] = *v;
}
template<typename T> std::optional<T> get(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null() || !it->is_number())
        return std::nullopt;
    return it->get<T>();
}
} // namespace

const QStringList &GenerationParams::presetNames()
{
    static const QStringList names
        = {QStringLiteral("precise"), QStringLiteral("balanced"), QStringLiteral("creative")};
    return names;
}

GenerationParams GenerationParams::preset(const QString &name)
{
    static const double temperature[] = {0.2, 0.7, 1.0};
    static const double topP[] = {0.8, 0.95, 1.0};
    GenerationParams p;
    const qsizetype i = presetNames().indexOf(name.toLower());
    if (i >= 0) {
        p.temperature = temperature[i];
        p.topP = topP[i];
    }
    return p;
}

json GenerationParams::toJson() const
{
    json j = json::object();
    put(j, "temperature", temperature);
    put(j, "top_p", topP);
    put(j, "max_tokens", maxTokens);
    put(j, "n", n);
    put(j, "seed", seed);
    put(j, "presence_penalty", presencePenalty);
    put(j, "frequency_penalty", frequencyPenalty);
    put(j, "top_k", topK);
    put(j, "min_p", minP);
    put(j, "repeat_penalty", repeatPenalty);
    put(j, "num_ctx", contextLength);
    if (!stop.isEmpty()) {
        json arr = json::array();
        for (const QString &s : stop)
            arr.push_back(s.toStdString());
        j["stop"] = arr;
    }
    if (!systemPrompt.isEmpty())
        j["system"] = systemPrompt.toStdString();
    if (!think.isEmpty())
        j["think"] = think.toStdString();
    if (!keepAlive.isEmpty())
        j["keep_alive"] = keepAlive.toStdString();
    if (!resendImages)
        j["resend_images"] = false;
    return j;
}

GenerationParams GenerationParams::fromJson(const json &j)
{
    GenerationParams p;
    if (!j.is_object())
        return p;
    p.temperature = get<double>(j, "temperature");
    p.topP = get<double>(j, "top_p");
    p.maxTokens = get<int>(j, "max_tokens");
    p.n = get<int>(j, "n");
    p.seed = get<qint64>(j, "seed");
    p.presencePenalty = get<double>(j, "presence_penalty");
    p.frequencyPenalty = get<double>(j, "frequency_penalty");
    p.topK = get<int>(j, "top_k");
    p.minP = get<double>(j, "min_p");
    p.repeatPenalty = get<double>(j, "repeat_penalty");
    p.contextLength = get<int>(j, "num_ctx");
    if (const auto it = j.find("stop"); it != j.end() && it->is_array()) {
        for (const auto &s : *it)
            if (s.is_string())
                p.stop << QString::fromStdString(s.get<std::string>());
    }
    if (const auto it = j.find("system"); it != j.end() && it->is_string())
        p.systemPrompt = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("think"); it != j.end() && it->is_string())
        p.think = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("keep_alive"); it != j.end() && it->is_string())
        p.keepAlive = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("resend_images"); it != j.end() && it->is_boolean())
        p.resendImages = it->get<bool>();
    return p;
}

QString GenerationParams::toJsonString() const
{
    return QString::fromStdString(toJson().dump());
}

GenerationParams GenerationParams::fromJsonString(const QString &s)
{
    const json j = json::parse(s.toStdString(), nullptr, false);
    return j.is_discarded() ? GenerationParams {} : fromJson(j);
}

} // namespace Inkwell
