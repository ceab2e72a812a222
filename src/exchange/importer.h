// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/snapshot.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Inkwell {

struct ImportReport {
    QString format; // "inkwell", "chatgpt", or "mixed" when the files differ
    QStringList files; // each JSON document read (a file, or a zip's entry)
    int conversations = 0;
    int messages = 0;
    int repaired = 0; // already here but empty (an earlier import lost them): filled now
    int skippedConversations = 0; // already here (same uid), or nothing to import in them
    int alreadyHere = 0; // of those, the ones already here
    int skippedMessages = 0; // messages of skipped conversations, and hidden ones
    int hiddenMessages = 0; // of those, the hidden ones (system, context)
    QStringList notes; // why each skipped entry was skipped
};

// Where a running import is, for a progress bar: bytes of JSON read of
// all, and what has been stored.
struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // 0: not known
    int conversations = 0;
    qint64 messages = 0;
    qint64 elapsedMs = 0;

    [[nodiscard]] double messagesPerSecond() const { return elapsedMs > 0 ? messages * 1000.0 / double(elapsedMs) : 0; }
    // From the bytes read so far; -1 until it can be told.
    [[nodiscard]] qint64 msLeft() const;
};

// "1 h 5 min", "3 min 20 s", "45 s": a time left, for people.
QString durationText(qint64 ms);

struct ImportOptions {
    QString format; // "", "inkwell" or "chatgpt" ("": decided from each file)
    bool dryRun = false; // count what would be imported, change nothing
    // Called after each conversation, at most ten times a second, and once
    // at the end; returning false cancels the import (nothing is kept).
    std::function<bool(const ImportProgress &)> progress;
};

// Reads Inkwell archives and ChatGPT exports (conversations.json, the split
// conversations-NNN.json files, the zip, or a folder of them; any number,
// of any size: read in pieces, one conversation in memory at a time) and
// stores them in batches of about 2,000 messages, each whole. A file that
// fails, or a Cancel, removes what the earlier batches stored (but for a
// conversation the user wrote in meanwhile); a process killed mid-way keeps
// the batches done, and importing again completes them. A conversation
// already here (same uid) is skipped, unless it is here with no messages:
// then it is filled.
Result<ImportReport> importFiles(const QSqlDatabase &db, const QStringList &paths, const ImportOptions &options);
Result<ImportReport> importFile(const QSqlDatabase &db, const QString &path, const QString &format, bool dryRun);

// The storing half, for snapshots already parsed.
Result<ImportReport> storeSnapshots(const QSqlDatabase &db, const QList<Snapshot> &snapshots, bool dryRun);

} // namespace Inkwell
