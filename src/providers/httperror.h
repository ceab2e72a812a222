// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>

#include <nlohmann/json_fwd.hpp>

namespace Inkwell {

// Server error text from any of the shapes seen in the wild:
// {"error":{"message":…}}, {"error":"…"}, {"object":"error","message":…},
// [{"error":…}] (Gemini). Empty when the JSON is none of these.
// A server's answer that it reads no images (llama.cpp without --mmproj):
// said so, and not tried again.
bool refusesImageInput(const QByteArray &body);

QString errorMessageFromJson(const nlohmann::json &j, QString *code = nullptr);

// One sentence a person can act on: status, server, the server's words, a hint.
Error describeHttpError(int status, const QByteArray &body, const QString &host, const QString &profileName);

// No HTTP answer at all: the server could not be reached, or its
// certificate did not verify (never ignored: the sentence says what to do).
QString describeUnreachable(const QString &host, const QString &why, bool tlsFailed);

} // namespace Inkwell
