// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/jsonstream.h"
#include "exchange/snapshot.h"

#include <QByteArray>

#include <functional>
#include <nlohmann/json.hpp>

namespace Inkwell::JsonFormat {

// Inkwell's own archive: lossless, documented in docs/export-format.md with a
// JSON Schema beside it. Bump the version on any change a reader must know of.
// 2: each message's attachments (the files themselves, as base64). Version 1
// archives (no attachments) are still read.
inline constexpr int kSchemaVersion = 2;
inline constexpr const char *kFormatName = "inkwell-export";

nlohmann::ordered_json conversationToJson(const Snapshot &snapshot);

// The archive is written a conversation at a time (memory stays bounded):
// header, conversations separated by commas, footer.
QByteArray header();
QByteArray footer();

// True when the first bytes of a file look like our archive (decides
// `import --format` by itself).
bool looksLikeArchive(const QByteArray &head);

// Each conversation of an archive in turn, parsed on its own (a big archive is
// never one tree in memory); stops at the first error, which names the
// conversation and field, or at the first error `take` returns.
using Take = std::function<Error(Snapshot &&)>;
Error parse(JsonStream::Reader &reader, const Take &take);
Error parse(const QByteArray &bytes, const Take &take);
// All of them at once, for small files and tests.
Result<QList<Snapshot>> parse(const QByteArray &bytes);

// A URL without what could be a secret: user info, and key/token/signature
// query items. Base URLs are exported; keys never are.
QString redactUrl(const QString &url);

} // namespace Inkwell::JsonFormat
