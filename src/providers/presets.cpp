// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include "providers/profile.h"

#include <QUrl>

namespace Inkwell {

namespace {
Preset make(const char *id, const char *name, const char *api, const char *url)
{
    Preset p;
    p.id = QString::fromLatin1(id);
    p.name = QString::fromUtf8(name);
    p.api = QString::fromLatin1(api);
    p.baseUrl = QString::fromLatin1(url);
    return p;
}

QList<Preset> build()
{
    QList<Preset> list;
    Preset p = make("openai", "OpenAI", "openai", "https://api.openai.com/v1");
    p.completions = true;
    p.keyEnv = QStringLiteral("OPENAI_API_KEY");
    list << p;

    p = make("azure", "Azure OpenAI", "openai", "https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT");
    p.auth = Preset::Auth::AzureApiKey;
    p.apiVersion = QStringLiteral("2024-10-21");
    p.completions = true;
    p.keyEnv = QStringLiteral("AZURE_OPENAI_API_KEY");
    list << p;

    p = make("anthropic", "Anthropic", "anthropic", "https://api.anthropic.com");
    p.auth = Preset::Auth::AnthropicKey;
    p.keyEnv = QStringLiteral("ANTHROPIC_API_KEY");
    p.continuation = Preset::Continue::Prefill;
    list << p;

    p = make("gemini", "Google Gemini", "gemini", "https://generativelanguage.googleapis.com");
    p.auth = Preset::Auth::GoogleKey;
    p.keyEnv = QStringLiteral("GEMINI_API_KEY");
    list << p;

    p = make("openrouter", "OpenRouter", "openai", "https://openrouter.ai/api/v1");
    p.keyEnv = QStringLiteral("OPENROUTER_API_KEY");
    list << p;

    p = make("deepseek", "DeepSeek", "openai", "https://api.deepseek.com");
    p.keyEnv = QStringLiteral("DEEPSEEK_API_KEY");
    list << p;

    p = make("groq", "Groq", "openai", "https://api.groq.com/openai/v1");
    p.keyEnv = QStringLiteral("GROQ_API_KEY");
    list << p;

    p = make("mistral", "Mistral", "openai", "https://api.mistral.ai/v1");
    p.includeUsage = false; // usage comes in the last chunk anyway
    p.keyEnv = QStringLiteral("MISTRAL_API_KEY");
    list << p;

    p = make("ollama", "Ollama", "ollama", "http://127.0.0.1:11434");
    p.needsKey = false;
    p.local = true;
    p.completions = true; // /api/generate
    p.continuation = Preset::Continue::Prefill; // a last assistant turn is carried on
    list << p;

    p = make("llamacpp", "llama.cpp server", "openai", "http://127.0.0.1:8080");
    p.needsKey = false;
    p.local = true;
    p.completions = true;
    p.continuation = Preset::Continue::Prefill; // llama-server prefills a last assistant turn
    list << p;

    p = make("lmstudio", "LM Studio", "openai", "http://127.0.0.1:1234");
    p.needsKey = false;
    p.local = true;
    p.completions = true;
    list << p;

    p = make("vllm", "vLLM", "openai", "http://127.0.0.1:8000");
    p.needsKey = false;
    p.local = true;
    p.completions = true;
    p.continuation = Preset::Continue::VllmPrefill;
    list << p;

    p = make("custom", "OpenAI-compatible", "openai", "");
    p.needsKey = false;
    p.completions = true;
    list << p;
    return list;
}

bool isLoopback(const QString &host)
{
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1" || host == u"[::1]";
}
} // namespace

const QList<Preset> &Preset::all()
{
    static const QList<Preset> presets = build();
    return presets;
}

const Preset *Preset::find(const QString &id)
{
    for (const Preset &p : all())
        if (p.id == id)
            return &p;
    return nullptr;
}

const Preset &Preset::of(const Profile &profile)
{
    if (const Preset *p = find(profile.preset); p && p->api == profile.api)
        return *p;
    return detect(profile.api, profile.baseUrl);
}

const Preset &Preset::detect(const QString &api, const QString &baseUrl)
{
    const QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    const QString host = url.host().toLower();
    auto pick = [&](const char *id) -> const Preset * {
        const Preset *p = find(QString::fromLatin1(id));
        return p && p->api == api ? p : nullptr;
    };
    const Preset *hit = nullptr;
    if (host == u"api.openai.com")
        hit = pick("openai");
    else if (host.endsWith(u".openai.azure.com"))
        hit = pick("azure");
    else if (host == u"openrouter.ai")
        hit = pick("openrouter");
    else if (host == u"api.deepseek.com")
        hit = pick("deepseek");
    else if (host == u"api.groq.com")
        hit = pick("groq");
    else if (host == u"api.mistral.ai")
        hit = pick("mistral");
    else if (isLoopback(host)) {
        // The usual ports of local servers; a guess the user can override.
        switch (url.port()) {
        case 8080:
            hit = pick("llamacpp");
            break;
        case 1234:
            hit = pick("lmstudio");
            break;
        case 8000:
            hit = pick("vllm");
            break;
        default:
            break;
        }
    }
    if (hit)
        return *hit;
    if (api == u"ollama")
        return *find(QStringLiteral("ollama"));
    if (api == u"anthropic")
        return *find(QStringLiteral("anthropic"));
    if (api == u"gemini")
        return *find(QStringLiteral("gemini"));
    return *find(QStringLiteral("custom"));
}

} // namespace Inkwell
