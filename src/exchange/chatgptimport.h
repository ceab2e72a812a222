// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/snapshot.h"

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace Inkwell::ChatGptImport {

// ChatGPT's "Export data" conversations.json: an array of conversations, each
// a `mapping` of nodes (parent, children, message) and a `current_node`.
// Branches stay branches; hidden system messages are left out; content we
// cannot show (images, files, tool calls) becomes a clear placeholder.
struct Stats
{
    QStringList skipped;  // entries that are not conversations, with why
    int hiddenMessages = 0;
};

bool looksLikeExport(const QByteArray &bytes);
// Each conversation in turn, parsed on its own (exports run to hundreds of
// MB); stops at the first error, or the first error `take` returns.
using Take = std::function<Error(Snapshot &&)>;
Result<Stats> parse(const QByteArray &bytes, const Take &take);

} // namespace Inkwell::ChatGptImport
