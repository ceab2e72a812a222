// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/documents.h"

#include <QSqlDatabase>

#include <functional>

namespace Inkwell {

struct ExportRequest {
    QList<qint64> conversationIds; // empty: every conversation
    QString format; // md, html, json, txt or pdf
    QString outPath; // a file, or a folder for one file per conversation
    DocumentOptions options;
};

struct ExportReport {
    int conversations = 0;
    int messages = 0;
    QStringList files;
};

// Called after each conversation; return false to cancel (no file is left
// half written: each is written to a temporary file and renamed when done).
using ExportProgress = std::function<bool(int done, int total)>;

QStringList exportFormats();

// A title made safe as a file name on every desktop system (no separators or
// reserved characters, at most 60 characters; CJK kept), "" when nothing is left.
QString safeFileName(const QString &title);

// One conversation at a time is in memory, whatever the number exported.
// A JSON path that is not a folder gets one archive of them all; other
// formats write one file for one conversation, else one file each into the folder.
Result<ExportReport> exportConversations(const QSqlDatabase &db, const ExportRequest &request,
                                         const ExportProgress &progress = {});

// A draft as md (its text), html, txt (its text) or pdf, written atomically.
QStringList draftExportFormats();
Error exportDraft(const Draft &draft, const QString &format, const QString &path);

} // namespace Inkwell
