// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentfile.h"
#include "exchange/jsonstream.h"
#include "exchange/snapshot.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Inkwell {
class ExportFiles;
}

namespace Inkwell::ChatGptImport {

// ChatGPT's "Export data" conversations.json: an array of conversations, each
// a `mapping` of nodes (parent, children, message) and a `current_node`.
// Branches stay branches; hidden system messages are left out; images and
// uploaded files the export holds become the message's attachments, and what
// it does not hold a clear placeholder; tool calls and their results become
// folded blocks (```tool-call NAME / ```tool-result NAME).
struct Stats {
    QStringList skipped; // entries that are not conversations, with why
    int hiddenMessages = 0;
    int filesImported = 0; // images and files attached to their messages
    int filesMissing = 0; // named by a message, not in the export
    QStringList filesRefused; // in the export but not imported, with why (too large, damaged)
};

// Where the images and files the conversations name are: the export's zip
// or folder (ExportFiles::of), read one file at a time as a message names
// it, each prepared as an attached file is (attachmentFromBytes: images
// upright, stripped of metadata, scaled, re-encoded; documents' text read).
// Without a source every image stays a placeholder ("not included").
struct Files {
    ExportFiles *source = nullptr;
    AttachmentLimits limits;
};

// From the first bytes of a file.
bool looksLikeExport(const QByteArray &head);
// Each conversation in turn, parsed on its own (exports run past 1 GB);
// stops at the first error, or the first error `take` returns. A
// conversation with nothing to show is skipped with a note, never taken.
using Take = std::function<Error(Snapshot &&)>;
Result<Stats> parse(JsonStream::Reader &reader, const Take &take, const Files &files = {});
Result<Stats> parse(const QByteArray &bytes, const Take &take, const Files &files = {});

} // namespace Inkwell::ChatGptImport
