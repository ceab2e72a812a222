// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/generationrequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Inkwell {
class Database;
}

namespace Inkwell::Cli {

// Which server, which model, which key: the options every command that
// talks to a backend shares (chat, complete, models, profiles test).
QList<QCommandLineOption> backendOptions();
// Sampling parameters and the system prompt (chat and complete).
QList<QCommandLineOption> samplingOptions();

// The profile (stored or from --base-url/--api/--preset), model and key.
// Opens `db` when a stored profile is named. Throws UsageError.
Result<GenerationRequest> resolveBackend(const QCommandLineParser &p, Database &db);
// Sampling options given override r.params; the result is checked against
// what the backend takes:
// out-of-range values are usage errors; unsupported ones are dropped with a
// warning on stderr, never sent silently.
void readSampling(const QCommandLineParser &p, GenerationRequest &r);

// A secret from the keychain (blocking on a local event loop): a profile's
// key (KeyStore::accountFor) or its proxy password (proxyAccountFor).
Result<QString> readStoredKey(const QString &account);
// --proxy's value as a profile setting ("system" → ""); throws UsageError.
QString proxySetting(const QString &value);

// The CLI spelling of a parameter ("top_k" → "--top-k").
QString optionName(const QString &paramKey);

} // namespace Inkwell::Cli
