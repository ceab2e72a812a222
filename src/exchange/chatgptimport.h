// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/jsonstream.h"
#include "exchange/snapshot.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Inkwell::ChatGptImport {

// ChatGPT's "Export data" conversations.json: an array of conversations, each
// a `mapping` of nodes (parent, children, message) and a `current_node`.
// Branches stay branches; hidden system messages are left out; content we
// cannot show (images, files) becomes a clear placeholder; tool calls and
// their results become folded blocks (```tool-call NAME / ```tool-result NAME).
struct Stats {
    QStringList skipped; // entries that are not conversations, with why
    int hiddenMessages = 0;
};

// From the first bytes of a file.
bool looksLikeExport(const QByteArray &head);
// Each conversation in turn, parsed on its own (exports run past 1 GB);
// stops at the first error, or the first error `take` returns. A
// conversation with nothing to show is skipped with a note, never taken.
using Take = std::function<Error(Snapshot &&)>;
Result<Stats> parse(JsonStream::Reader &reader, const Take &take);
Result<Stats> parse(const QByteArray &bytes, const Take &take);

} // namespace Inkwell::ChatGptImport
