// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/snapshot.h"

namespace Inkwell {

// What a document export shows, in reading order: the current branch, and with
// allBranches every other branch after it, each introduced by a heading item.
// Every message appears once. Markdown, text, HTML and PDF all read this.
struct TranscriptItem {
    const Message *message = nullptr; // null: a branch heading
    int branch = 0; // heading: "branch <branch> of <branches>"
    int branches = 0;
    const Message *after = nullptr; // heading: the message the branch continues
};

QList<TranscriptItem> transcript(const Snapshot &snapshot, bool allBranches);

// "User", "Assistant · model", with the status when it is not plain complete.
QString roleLabel(const Message &message);
QString statusNote(const Message &message); // "" for complete messages
QString excerpt(const QString &text, int length = 60);
// "Branch 2 of 3 · after “…”", and "Assistant · model (stopped)": the headings
// every document format shows, each in its own markup.
QString branchHeading(const TranscriptItem &item);
QString messageHeading(const Message &message);

} // namespace Inkwell
