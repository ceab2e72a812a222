// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/snapshot.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Inkwell {

struct ImportReport
{
    QString format;  // "inkwell" or "chatgpt"
    int conversations = 0;
    int messages = 0;
    int skippedConversations = 0;  // already here (same uid), or not conversations at all
    int skippedMessages = 0;       // messages of skipped conversations, and hidden ones
    QStringList notes;             // why each skipped entry was skipped
};

// Reads an Inkwell archive or a ChatGPT conversations.json, bare or in its zip (format "" = decide
// from the bytes) and stores it in one transaction: a file that fails leaves
// the database as it was. With dryRun nothing is kept, and the report says
// what would have been imported.
Result<ImportReport> importFile(const QSqlDatabase &db, const QString &path, const QString &format, bool dryRun);

// The bytes to import: the file itself, or conversations.json from inside
// ChatGPT's export zip. Bounded at 1 GB.
Result<QByteArray> readImportBytes(const QString &path);

// The storing half, for snapshots already parsed.
Result<ImportReport> storeSnapshots(const QSqlDatabase &db, const QList<Snapshot> &snapshots, bool dryRun);

} // namespace Inkwell
