// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "cli/clicontext.h"
#include "cli/options.h"
#include "net/proxyrouter.h"
#include "providers/capabilities.h"
#include "providers/presets.h"
#include "providers/provider.h"
#include "secrets/keystore.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QEventLoop>
#include <QUrl>

#include <limits>

namespace Inkwell::Cli {

QList<QCommandLineOption> backendOptions()
{
    return {
        opt("base-url",
            "Server base URL (a bare host gets the API's usual path: /v1, /api for Ollama, "
            "/v1beta for Gemini).",
            "URL"),
        opt("model", "Model name.", "M"),
        opt("api", "API family: openai, ollama, anthropic or gemini (default openai).", "KIND"),
        opt("preset",
            "Service preset (quirks and defaults), e.g. llamacpp, vllm, lmstudio, openrouter, "
            "deepseek, azure; guessed from the URL when absent.",
            "NAME"),
        opt("profile", "Use a stored profile (its key comes from the keychain).", "NAME"),
        opt("api-key-env",
            "Read the API key from this environment variable (default INKWELL_API_KEY, then the "
            "service's own, e.g. OPENAI_API_KEY or ANTHROPIC_API_KEY).",
            "VAR"),
        opt("data-dir", "Data directory (default: INKWELL_DATA_DIR or the platform location).", "DIR"),
        opt("idle-timeout", "Seconds without a byte before giving up (default 120).", "S"),
        opt("proxy",
            "Proxy: system (default: http_proxy and no_proxy), none, http://[user@]host:port or "
            "socks5://[user@]host:port; its password comes from INKWELL_PROXY_PASSWORD.",
            "URL"),
    };
}

QList<QCommandLineOption> samplingOptions()
{
    return {
        opt("system", "System prompt.", "TEXT"),
        opt("temperature", "Sampling temperature (0–2; Anthropic 0–1).", "F"),
        opt("top-p", "Nucleus sampling (0–1).", "F"),
        opt("top-k", "Sample from the K likeliest tokens (Ollama, Anthropic, Gemini, llama.cpp, vLLM, LM Studio).",
            "N"),
        opt("min-p", "Minimum probability relative to the likeliest token (0–1; Ollama, llama.cpp, vLLM).", "F"),
        opt("max-tokens", "Most tokens to generate.", "N"),
        opt("n", "How many answers (choices) at once.", "N"),
        opt("stop", "Stop sequence (repeatable; OpenAI takes at most 4).", "S"),
        opt("seed", "Seed for reproducible sampling.", "N"),
        opt("presence-penalty", "Presence penalty (−2–2).", "F"),
        opt("frequency-penalty", "Frequency penalty (−2–2).", "F"),
        opt("repeat-penalty", "Repeat penalty (Ollama, llama.cpp, vLLM; 1 = off).", "F"),
        opt("num-ctx", "Context window in tokens (Ollama).", "N"),
        opt("think", "Reasoning: on, off, low, medium or high (where the backend supports it).", "MODE"),
    };
}

QString optionName(const QString &paramKey)
{
    if (paramKey == u"num_ctx")
        return QStringLiteral("--num-ctx");
    return QStringLiteral("--") + QString(paramKey).replace(u'_', u'-');
}

QString proxySetting(const QString &value)
{
    QString v = value.trimmed();
    if (v == u"system")
        return {};
    if (const QString problem = ProxyRouter::check(v); !problem.isEmpty())
        throw UsageError {QStringLiteral("--proxy ‘%1’: %2").arg(v, problem)};
    return v;
}

Result<QString> readStoredKey(const QString &account)
{
    KeyStore keys;
    QEventLoop wait;
    Result<QString> out;
    bool answered = false;
    keys.read(account, [&](const QString &key, const Error &e) {
        out = {key, e};
        answered = true;
        wait.quit();
    });
    if (!answered)
        wait.exec();
    return out;
}

Result<GenerationRequest> resolveBackend(const QCommandLineParser &p, Database &db)
{
    GenerationRequest r;
    if (p.isSet(QStringLiteral("profile"))) {
        if (!db.db().isOpen()) {
            if (Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError())
                return Result<GenerationRequest>::fail(e);
        }
        auto prof = ProfileRepository(db.db()).byName(p.value(QStringLiteral("profile")));
        if (!prof.ok())
            throw UsageError {prof.error.message};
        r.profile = prof.value;
    } else {
        r.profile.name = QStringLiteral("command line");
    }
    if (p.isSet(QStringLiteral("base-url")))
        r.profile.baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("model")))
        r.profile.model = p.value(QStringLiteral("model"));
    if (p.isSet(QStringLiteral("api")))
        r.profile.api = p.value(QStringLiteral("api"));
    if (!Provider::apis().contains(r.profile.api))
        throw UsageError {
            QStringLiteral("--api ‘%1’ is not one of: %2").arg(r.profile.api, Provider::apis().join(u", "))};
    if (p.isSet(QStringLiteral("preset"))) {
        const Preset *preset = Preset::find(p.value(QStringLiteral("preset")));
        if (!preset) {
            QStringList ids;
            for (const Preset &x : Preset::all())
                ids << x.id;
            throw UsageError {QStringLiteral("--preset ‘%1’ is not one of: %2")
                                  .arg(p.value(QStringLiteral("preset")), ids.join(u", "))};
        }
        if (!p.isSet(QStringLiteral("api")) && !p.isSet(QStringLiteral("profile")))
            r.profile.api = preset->api;
        if (preset->api != r.profile.api)
            throw UsageError {
                QStringLiteral("--preset %1 speaks the %2 API, not %3").arg(preset->id, preset->api, r.profile.api)};
        r.profile.preset = preset->id;
        if (r.profile.baseUrl.isEmpty() && !preset->baseUrl.contains(u"RESOURCE"))
            r.profile.baseUrl = preset->baseUrl;
    }
    if (r.profile.baseUrl.isEmpty())
        throw UsageError {
            QStringLiteral("say which server: --base-url URL (with --model M), --preset NAME or --profile NAME")};
    const QUrl url = QUrl::fromUserInput(r.profile.baseUrl);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        throw UsageError {QStringLiteral("--base-url ‘%1’ is not an http(s) URL").arg(r.profile.baseUrl)};
    if (auto s = number<int>(p, "idle-timeout", 1, 86400))
        r.profile.idleTimeoutMs = *s * 1000;
    if (p.isSet(QStringLiteral("proxy")))
        r.profile.proxy = proxySetting(p.value(QStringLiteral("proxy")));
    r.proxyPassword = qEnvironmentVariable("INKWELL_PROXY_PASSWORD");
    if (r.proxyPassword.isEmpty() && r.profile.id > 0 && QUrl(r.profile.proxy).userName().size() > 0) {
        auto password = readStoredKey(KeyStore::proxyAccountFor(r.profile.id));
        if (!password.ok())
            return Result<GenerationRequest>::fail(password.error);
        r.proxyPassword = password.value;
    }

    // The key: an explicit variable, else ours, else the service's usual one.
    const Preset &preset = Preset::of(r.profile);
    QString keyVar = p.value(QStringLiteral("api-key-env"));
    if (keyVar.isEmpty()) {
        keyVar = QStringLiteral("INKWELL_API_KEY");
        if (!qEnvironmentVariableIsSet("INKWELL_API_KEY") && !preset.keyEnv.isEmpty()
            && qEnvironmentVariableIsSet(preset.keyEnv.toLocal8Bit().constData()))
            keyVar = preset.keyEnv;
    } else if (!qEnvironmentVariableIsSet(keyVar.toLocal8Bit().constData())) {
        throw UsageError {QStringLiteral("--api-key-env names %1, which is not set").arg(keyVar)};
    }
    r.apiKey = qEnvironmentVariable(keyVar.toLocal8Bit().constData());
    if (r.profile.id > 0 && !p.isSet(QStringLiteral("api-key-env")) && r.apiKey.isEmpty()) {
        auto key = readStoredKey(KeyStore::accountFor(r.profile.id));
        if (!key.ok())
            return Result<GenerationRequest>::fail(key.error);
        r.apiKey = key.value;
    }
    return {r, {}};
}

void readSampling(const QCommandLineParser &p, GenerationRequest &r)
{
    GenerationParams &g = r.params;
    // Options given override what r.params holds (a template's settings).
    auto set = [](auto &field, auto value) {
        if (value)
            field = value;
    };
    if (p.isSet(QStringLiteral("system")))
        g.systemPrompt = p.value(QStringLiteral("system"));
    // Wide bounds here; the backend's own ranges are checked below.
    set(g.temperature, number<double>(p, "temperature", 0, 2));
    set(g.topP, number<double>(p, "top-p", 0, 1));
    set(g.topK, number<int>(p, "top-k", 0, 100000));
    set(g.minP, number<double>(p, "min-p", 0, 1));
    set(g.maxTokens, number<int>(p, "max-tokens", 1, 10000000));
    set(g.n, number<int>(p, "n", 1, 128));
    set(g.seed, number<qint64>(p, "seed", std::numeric_limits<qint32>::min(), 9007199254740991LL));
    set(g.presencePenalty, number<double>(p, "presence-penalty", -2, 2));
    set(g.frequencyPenalty, number<double>(p, "frequency-penalty", -2, 2));
    set(g.repeatPenalty, number<double>(p, "repeat-penalty", 0, 2));
    set(g.contextLength, number<int>(p, "num-ctx", 1, 1 << 24));
    if (p.isSet(QStringLiteral("stop")))
        g.stop = p.values(QStringLiteral("stop"));
    if (p.isSet(QStringLiteral("think")))
        g.think = p.value(QStringLiteral("think"));
    static const QStringList thinkModes = {QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("low"),
                                           QStringLiteral("medium"), QStringLiteral("high")};
    if (!g.think.isEmpty() && !thinkModes.contains(g.think))
        throw UsageError {QStringLiteral("--think takes on, off, low, medium or high, not ‘%1’").arg(g.think)};

    const Capabilities caps = capabilitiesFor(r.profile, r.mode);
    const QString backend = Preset::of(r.profile).name;
    if (const QString problem = caps.rangeProblem(g); !problem.isEmpty())
        throw UsageError {QStringLiteral("%1: %2").arg(backend, problem)};
    const QStringList unsupported = caps.unsupported(g);
    if (!unsupported.isEmpty()) {
        QStringList names;
        for (const QString &key : unsupported)
            names << optionName(key);
        printError(QStringLiteral("warning: %1 not supported by %2 (%3); not sent")
                       .arg(names.join(u", "), backend, r.profile.api));
        g = caps.filtered(g);
    }
}

} // namespace Inkwell::Cli
