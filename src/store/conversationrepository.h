// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/conversation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace Inkwell {

class ConversationRepository {
public:
    explicit ConversationRepository(const QSqlDatabase &db);

    Result<qint64> create(const Conversation &conversation);
    Result<Conversation> get(qint64 id);
    // 0 when no conversation has this uid.
    Result<qint64> findByUid(const QString &uid);
    // Newest activity first; deleted ones (waiting for their Undo) left out.
    Result<QList<Conversation>> list();

    // The sidebar's parts, each read on its own so that a history of
    // thousands is never read whole: pinned ones; those in folders (only
    // these folders'); the rest, newest first, up to `limit`.
    Result<QList<Conversation>> listPinned();
    Result<QList<Conversation>> listInFolders(const QList<qint64> &folderIds);
    Result<QList<Conversation>> listUnfiled(int limit);
    // The next page: those that come after `last` in that order.
    Result<QList<Conversation>> listUnfiledAfter(const Conversation &last, int limit);
    struct Counts {
        int all = 0;
        int unfiled = 0; // neither pinned nor in a folder
        QHash<qint64, int> inFolder; // by folder, pinned ones too
    };
    Result<Counts> counts();
    // How many unfiled conversations come before this one in the sidebar's
    // order (-1: it is pinned, in a folder or gone).
    Result<int> unfiledRank(qint64 id);
    Result<QList<qint64>> idsInFolder(qint64 folderId);
    Result<qint64> lastId();
    Error rename(qint64 id, const QString &title);
    Error remove(qint64 id); // at once, with its messages
    // Deletion that can be undone: the conversation disappears from lists and
    // search until restore(), or until purgeDeleted() removes it for good.
    Error markDeleted(qint64 id);
    Error restore(qint64 id);
    Error purgeDeleted();
    Error setPinned(qint64 id, bool pinned);
    Error setFolder(qint64 id, qint64 folderId); // 0: out of any folder
    // A copy with every branch and message; its id.
    Result<qint64> duplicate(qint64 id, const QString &title);
    // Moves the conversation's current leaf and its activity time.
    // updatedAt 0 = now; an import keeps the time the conversation had.
    Error setCurrentLeaf(qint64 id, qint64 leafId, qint64 updatedAt = 0);
    Error setSettings(qint64 id, qint64 profileId, const QString &model, const QString &params);

private:
    Result<QList<Conversation>> listWhere(const QString &where, const QVariantList &values, int limit = -1);

    QSqlDatabase m_db;
};

} // namespace Inkwell
