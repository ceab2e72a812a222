// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

struct Profile;

// Services a profile can start from. A preset is data, not code: it picks one
// of the four provider classes (api) and sets the defaults and quirks of one
// service (base URL, auth header, whether stream_options is accepted, which
// extra sampling parameters it takes; see capabilities.cpp).
struct Preset {
    enum class Auth { Bearer, AzureApiKey, AnthropicKey, GoogleKey };
    // How an answer that was cut short is carried on. Prefill: the answer so
    // far is sent as the last (assistant) turn and the server goes on from its
    // last token (llama.cpp, Ollama, Anthropic). VllmPrefill: the same, asked
    // for with vLLM's continue_final_message. Ask: servers that start a new
    // answer after an assistant turn get a user turn asking to go on.
    enum class Continue { Ask, Prefill, VllmPrefill };

    QString id;
    QString name;
    QString api;
    QString baseUrl;
    Auth auth = Auth::Bearer;
    bool needsKey = true;
    bool local = false; // a server on this machine (first-run detection)
    bool includeUsage = true; // accepts stream_options.include_usage
    bool completions = false; // has a legacy completions endpoint
    QString apiVersion; // Azure's api-version query
    QString keyEnv; // the service's usual key variable, for the CLI
    Continue continuation = Continue::Ask;

    static const QList<Preset> &all();
    static const Preset *find(const QString &id);
    // The profile's preset, or the best guess from its API and host.
    static const Preset &of(const Profile &profile);
    static const Preset &detect(const QString &api, const QString &baseUrl);
};

} // namespace Inkwell
