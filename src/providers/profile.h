// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Inkwell {

// A backend the user talks to. The API key is not here: it lives in the
// keychain (or comes from the environment for the CLI) and is passed per request.
struct Profile {
    qint64 id = 0;
    QString name;
    QString api = QStringLiteral("openai"); // API family: openai, ollama, anthropic, gemini
    QString preset; // Presets id (quirks, defaults); empty = detect
    QString baseUrl; // exactly as typed
    QString model;
    QString apiVersion; // Azure OpenAI's api-version query (empty: the preset's)
    // "" = the system's proxy, "none", or http://[user@]host:port or
    // socks5://[user@]host:port; its password lives in the keychain.
    QString proxy;
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers
    bool includeUsage = true; // send stream_options.include_usage
    static constexpr int kDefaultConnectTimeoutMs = 15000;
    static constexpr int kDefaultIdleTimeoutMs = 120000;
    int connectTimeoutMs = kDefaultConnectTimeoutMs;
    int idleTimeoutMs = kDefaultIdleTimeoutMs;
    // Whether the model takes images: "" = as Inkwell knows the model,
    // "yes" or "no" as the user says (a local model Inkwell cannot know).
    QString images;
    // The largest file the user may attach, in MB (0: Inkwell's default,
    // AttachmentLimits), checked when a file is read (files already read
    // keep going where they were read for).
    int maxFileMB = 0;
    // SQLite keeps a value up to 1e9 bytes, and the request holds it again
    // in base64: half a gigabyte is as far as it goes.
    static constexpr int kMaxFileMB = 500;

    // The documented base-URL rule (docs/ARCHITECTURE.md): a base URL whose
    // path is empty or "/" gets the API's usual prefix (impliedPath: /v1 for
    // OpenAI and Anthropic, /api for Ollama, /v1beta for Gemini); any other
    // path is taken literally.
    [[nodiscard]] QUrl endpoint(const QString &relative) const;
    static QString impliedPath(const QString &api);

    // Extra headers and the rest, for one SQLite column (never a secret).
    [[nodiscard]] QString settingsJson() const;
    void setSettingsJson(const QString &json);
};

} // namespace Inkwell
