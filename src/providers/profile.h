// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Inkwell {

// A backend the user talks to. The API key is not here: it lives in the
// keychain (or comes from the environment for the CLI) and is passed per request.
struct Profile
{
    qint64 id = 0;
    QString name;
    QString api = QStringLiteral("openai");  // API family
    QString baseUrl;                         // exactly as typed
    QString model;
    bool includeUsage = true;  // send stream_options.include_usage
    int connectTimeoutMs = 15000;
    int idleTimeoutMs = 120000;

    // The documented /v1 rule (docs/ARCHITECTURE.md): a base URL whose path
    // is empty or "/" gets "/v1"; any other path is taken literally.
    QUrl endpoint(const QString &relative) const;
};

} // namespace Inkwell
