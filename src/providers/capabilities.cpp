// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"

#include "providers/presets.h"

#include <QCoreApplication>

#include <limits>
#include <nlohmann/json.hpp>

namespace Inkwell {

namespace {
constexpr double kMaxTokens = 10'000'000;
constexpr double kSeedMax = 9'007'199'254'740'991.0; // 2^53 − 1: exact in every JSON parser

ParamSpec spec(Param p, double min, double max, std::optional<double> def, const char *wire, bool integer = false)
{
    return ParamSpec {p, min, max, def, integer, QString::fromLatin1(wire)};
}

// OpenAI's own Chat Completions and Completions (and Azure's copy of them).
QList<ParamSpec> openAiBase()
{
    return {
        spec(Param::Temperature, 0, 2, 1, "temperature"),
        spec(Param::TopP, 0, 1, 1, "top_p"),
        spec(Param::MaxTokens, 1, kMaxTokens, std::nullopt, "max_tokens", true),
        spec(Param::N, 1, 128, 1, "n", true),
        spec(Param::Stop, 0, 0, std::nullopt, "stop"),
        spec(Param::Seed, 0, kSeedMax, std::nullopt, "seed", true),
        spec(Param::PresencePenalty, -2, 2, 0, "presence_penalty"),
        spec(Param::FrequencyPenalty, -2, 2, 0, "frequency_penalty"),
    };
}

void drop(QList<ParamSpec> &list, Param p)
{
    list.removeIf([p](const ParamSpec &s) { return s.param == p; });
}

void setDefault(QList<ParamSpec> &list, Param p, std::optional<double> def)
{
    for (ParamSpec &s : list)
        if (s.param == p)
            s.serverDefault = def;
}

// llama.cpp, vLLM, LM Studio and OpenRouter take the samplers of local models too.
void addLocalSamplers(QList<ParamSpec> &list, const char *repeatWire, double topK, double minP)
{
    list << spec(Param::TopK, 0, 1000, topK, "top_k", true) << spec(Param::MinP, 0, 1, minP, "min_p")
         << spec(Param::RepeatPenalty, 0, 2, 1, repeatWire);
}

Capabilities openAiFamily(const Preset &preset, GenerationRequest::Mode mode)
{
    Capabilities c;
    c.params = openAiBase();
    const QString &id = preset.id;
    if (id == u"llamacpp") {
        setDefault(c.params, Param::Temperature, 0.8);
        setDefault(c.params, Param::TopP, 0.95);
        addLocalSamplers(c.params, "repeat_penalty", 40, 0.05);
        c.maxStop = 16;
    } else if (id == u"vllm") {
        addLocalSamplers(c.params, "repetition_penalty", 0, 0);
        c.maxStop = 16;
    } else if (id == u"lmstudio") {
        drop(c.params, Param::N);
        addLocalSamplers(c.params, "repeat_penalty", 40, 0.05);
        c.maxStop = 16;
    } else if (id == u"openrouter") {
        drop(c.params, Param::N);
        addLocalSamplers(c.params, "repetition_penalty", 0, 0);
    } else if (id == u"deepseek") {
        drop(c.params, Param::N);
        drop(c.params, Param::Seed);
        c.maxStop = 16;
    } else if (id == u"groq") {
        drop(c.params, Param::N); // Groq accepts only n = 1
    } else if (id == u"mistral") {
        for (ParamSpec &s : c.params) {
            if (s.param == Param::Temperature)
                s.max = 1.5;
            if (s.param == Param::Seed)
                s.wireName = QStringLiteral("random_seed");
        }
    }
    // The old endpoint's trap: OpenAI stops after 16 tokens unless told.
    if (mode == GenerationRequest::Mode::Completion && (id == u"openai" || id == u"azure"))
        setDefault(c.params, Param::MaxTokens, 16);
    if (id == u"openai" || id == u"azure" || id == u"deepseek" || id == u"openrouter" || id == u"groq"
        || id == u"llamacpp" || id == u"vllm" || id == u"lmstudio")
        c.reasoning = mode == GenerationRequest::Mode::Chat;
    return c;
}
} // namespace

const ParamSpec *Capabilities::spec(Param p) const &
{
    for (const ParamSpec &s : params)
        if (s.param == p)
            return &s;
    return nullptr;
}

QList<Param> allParams()
{
    return {Param::Temperature,
            Param::TopP,
            Param::TopK,
            Param::MinP,
            Param::MaxTokens,
            Param::N,
            Param::Stop,
            Param::Seed,
            Param::PresencePenalty,
            Param::FrequencyPenalty,
            Param::RepeatPenalty,
            Param::ContextLength};
}

QString paramKey(Param p)
{
    switch (p) {
    case Param::Temperature:
        return QStringLiteral("temperature");
    case Param::TopP:
        return QStringLiteral("top_p");
    case Param::TopK:
        return QStringLiteral("top_k");
    case Param::MinP:
        return QStringLiteral("min_p");
    case Param::MaxTokens:
        return QStringLiteral("max_tokens");
    case Param::N:
        return QStringLiteral("n");
    case Param::Stop:
        return QStringLiteral("stop");
    case Param::Seed:
        return QStringLiteral("seed");
    case Param::PresencePenalty:
        return QStringLiteral("presence_penalty");
    case Param::FrequencyPenalty:
        return QStringLiteral("frequency_penalty");
    case Param::RepeatPenalty:
        return QStringLiteral("repeat_penalty");
    case Param::ContextLength:
        return QStringLiteral("num_ctx");
    }
    return {};
}

std::optional<double> paramValue(const GenerationParams &g, Param p)
{
    auto d = [](const auto &opt) -> std::optional<double> {
        return opt ? std::optional<double>(double(*opt)) : std::nullopt;
    };
    switch (p) {
    case Param::Temperature:
        return g.temperature;
    case Param::TopP:
        return g.topP;
    case Param::TopK:
        return d(g.topK);
    case Param::MinP:
        return g.minP;
    case Param::MaxTokens:
        return d(g.maxTokens);
    // n = 1 is what every backend does anyway; only more is a request.
    case Param::N:
        return g.n && *g.n != 1 ? d(g.n) : std::nullopt;
    case Param::Stop:
        return g.stop.isEmpty() ? std::nullopt : std::optional<double>(g.stop.size());
    case Param::Seed:
        return d(g.seed);
    case Param::PresencePenalty:
        return g.presencePenalty;
    case Param::FrequencyPenalty:
        return g.frequencyPenalty;
    case Param::RepeatPenalty:
        return g.repeatPenalty;
    case Param::ContextLength:
        return d(g.contextLength);
    }
    return std::nullopt;
}

QStringList Capabilities::unsupported(const GenerationParams &g) const
{
    QStringList out;
    for (Param p : allParams())
        if (paramValue(g, p) && !supports(p))
            out << paramKey(p);
    if (!g.think.isEmpty() && !reasoning)
        out << QStringLiteral("think");
    return out;
}

GenerationParams Capabilities::filtered(const GenerationParams &g) const
{
    GenerationParams out = g;
    auto clear = [&](Param p) {
        if (supports(p))
            return;
        switch (p) {
        case Param::Temperature:
            out.temperature.reset();
            break;
        case Param::TopP:
            out.topP.reset();
            break;
        case Param::TopK:
            out.topK.reset();
            break;
        case Param::MinP:
            out.minP.reset();
            break;
        case Param::MaxTokens:
            out.maxTokens.reset();
            break;
        case Param::N:
            out.n.reset();
            break;
        case Param::Stop:
            out.stop.clear();
            break;
        case Param::Seed:
            out.seed.reset();
            break;
        case Param::PresencePenalty:
            out.presencePenalty.reset();
            break;
        case Param::FrequencyPenalty:
            out.frequencyPenalty.reset();
            break;
        case Param::RepeatPenalty:
            out.repeatPenalty.reset();
            break;
        case Param::ContextLength:
            out.contextLength.reset();
            break;
        }
    };
    for (Param p : allParams())
        clear(p);
    if (!reasoning)
        out.think.clear();
    if (out.stop.size() > maxStop)
        out.stop = out.stop.mid(0, maxStop);
    return out;
}

QString Capabilities::rangeProblem(const GenerationParams &g) const
{
    for (const ParamSpec &s : params) {
        if (s.param == Param::Stop) {
            if (g.stop.size() > maxStop)
                return QCoreApplication::translate("Inkwell::Capabilities", "at most %n stop sequence(s)", nullptr,
                                                   maxStop);
            continue;
        }
        const auto v = paramValue(g, s.param);
        if (v && (*v < s.min || *v > s.max))
            return QCoreApplication::translate("Inkwell::Capabilities", "%1 must be from %2 to %3, not %4")
                .arg(paramKey(s.param))
                .arg(s.min)
                .arg(s.max)
                .arg(*v);
    }
    return {};
}

nlohmann::json Capabilities::wireParams(const GenerationParams &g) const
{
    nlohmann::json out = nlohmann::json::object();
    for (const ParamSpec &s : params) {
        const std::string key = s.wireName.toStdString();
        if (s.param == Param::Stop) {
            if (!g.stop.isEmpty()) {
                nlohmann::json a = nlohmann::json::array();
                for (const QString &x : g.stop.mid(0, maxStop))
                    a.push_back(x.toStdString());
                out[key] = std::move(a);
            }
            continue;
        }
        const auto v = paramValue(g, s.param);
        if (!v)
            continue;
        if (s.integer)
            out[key] = qint64(*v);
        else
            out[key] = *v;
    }
    return out;
}

bool supportsCompletion(const Profile &profile)
{
    if (profile.api == u"ollama")
        return true;
    return profile.api == u"openai" && Preset::of(profile).completions;
}

Capabilities capabilitiesFor(const Profile &profile, GenerationRequest::Mode mode)
{
    const Preset &preset = Preset::of(profile);
    const bool completion = mode == GenerationRequest::Mode::Completion;
    if (profile.api == u"ollama") {
        Capabilities c;
        c.params = {
            spec(Param::Temperature, 0, 2, 0.8, "temperature"),
            spec(Param::TopP, 0, 1, 0.9, "top_p"),
            spec(Param::TopK, 0, 1000, 40, "top_k", true),
            spec(Param::MinP, 0, 1, 0, "min_p"),
            spec(Param::MaxTokens, 1, kMaxTokens, std::nullopt, "num_predict", true),
            spec(Param::Stop, 0, 0, std::nullopt, "stop"),
            spec(Param::Seed, 0, kSeedMax, std::nullopt, "seed", true),
            spec(Param::PresencePenalty, -2, 2, 0, "presence_penalty"),
            spec(Param::FrequencyPenalty, -2, 2, 0, "frequency_penalty"),
            spec(Param::RepeatPenalty, 0, 2, 1, "repeat_penalty"),
            spec(Param::ContextLength, 256, 1 << 21, 2048, "num_ctx", true),
        };
        c.maxStop = 16;
        c.reasoning = true;
        return c;
    }
    if (profile.api == u"anthropic") {
        Capabilities c;
        if (completion)
            return c;
        c.params = {
            spec(Param::Temperature, 0, 1, 1, "temperature"),
            spec(Param::TopP, 0, 1, std::nullopt, "top_p"),
            spec(Param::TopK, 1, 1000, std::nullopt, "top_k", true),
            // Required by the API: sent as 4096 when the user leaves it unset.
            spec(Param::MaxTokens, 1, 128000, 4096, "max_tokens", true),
            spec(Param::Stop, 0, 0, std::nullopt, "stop_sequences"),
        };
        c.maxStop = 16;
        c.reasoning = true;
        return c;
    }
    if (profile.api == u"gemini") {
        Capabilities c;
        if (completion)
            return c;
        c.params = {
            spec(Param::Temperature, 0, 2, 1, "temperature"),
            spec(Param::TopP, 0, 1, 0.95, "topP"),
            spec(Param::TopK, 1, 1000, 64, "topK", true),
            spec(Param::MaxTokens, 1, kMaxTokens, std::nullopt, "maxOutputTokens", true),
            spec(Param::N, 1, 8, 1, "candidateCount", true),
            spec(Param::Stop, 0, 0, std::nullopt, "stopSequences"),
            spec(Param::Seed, 0, 2147483647, std::nullopt, "seed", true),
            spec(Param::PresencePenalty, -2, 2, 0, "presencePenalty"),
            spec(Param::FrequencyPenalty, -2, 2, 0, "frequencyPenalty"),
        };
        c.maxStop = 5;
        c.reasoning = true;
        return c;
    }
    if (completion && !preset.completions)
        return {};
    return openAiFamily(preset, mode);
}

} // namespace Inkwell
