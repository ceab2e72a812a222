// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/draft.h"

#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

class DraftRepository {
public:
    explicit DraftRepository(const QSqlDatabase &db);

    Result<qint64> create(Draft draft);
    Result<Draft> get(qint64 id);
    // Newest first.
    Result<QList<Draft>> list();
    // Drafts whose title or text holds every word of `query` (SearchIndex),
    // newest first.
    Result<QList<Draft>> search(const QString &query);
    Error rename(qint64 id, const QString &title);
    Error setTargetWords(qint64 id, int words);
    // The user's own edits (autosave); no version.
    Error setContent(qint64 id, const QString &content);
    Error remove(qint64 id);

    // A generation writes into the draft: it is marked as ours until it ends,
    // so a crash leaves it `interrupted` with the text so far.
    Error beginStreaming(qint64 id);
    Error writeStreaming(qint64 id, const QString &content);
    Error endStreaming(qint64 id, const QString &content, Chat::Status status, const QString &error);
    // Drafts left `streaming` by a process that is gone become `interrupted`.
    Result<int> recoverInterrupted();

    Result<qint64> addVersion(const DraftVersion &version);
    // Newest first, with their text.
    Result<QList<DraftVersion>> versions(qint64 draftId);
    Result<DraftVersion> version(qint64 versionId);

private:
    Error exec(const QString &sql, const QVariantList &values, const char *what);
    QSqlDatabase m_db;
};

} // namespace Inkwell
