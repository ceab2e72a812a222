// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/message.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Inkwell {

// A conversation's shape without its texts, read in one scan.
struct MessageLinks {
    QHash<qint64, qint64> parentOf; // every message
    QHash<qint64, QList<qint64>> children; // in order, 0 = the roots; no system rows
};

class MessageRepository {
public:
    explicit MessageRepository(const QSqlDatabase &db);

    // The message and its attachments, all or nothing.
    Result<qint64> insert(const Message &message);
    // Fills each user message's attachments (every message's with
    // `everyRole`: an imported answer's generated pictures), the files
    // themselves only with `withData` (what a request sends, not what a
    // list shows); `withText` reads documents' text without the bytes (a
    // request's history: the bytes are read on a worker, loadFiles).
    Error withAttachments(QList<Message> &messages, bool withData, bool everyRole = false, bool withText = false);
    // The streaming flush: only what changes while tokens arrive.
    Error updateText(qint64 id, const QString &content, const QString &reasoning);
    // Final state of an answer: status, metadata, text.
    Error finish(const Message &message);
    // An answer streams again (continued): owned by this process until finish().
    Error resume(qint64 id);

    Result<Message> get(qint64 id);
    // Root → leaf along parent links.
    Result<QList<Message>> branch(qint64 leafId);
    // The same, with the conversation's links already read (opening a
    // conversation needs them for its branch switchers too).
    Result<QList<Message>> branch(qint64 conversationId, qint64 leafId, const MessageLinks &links);
    Result<MessageLinks> links(qint64 conversationId);
    Result<QList<Message>> children(qint64 conversationId, qint64 parentId);
    // Each parent's children ids in order (0 = the roots), without the texts:
    // what a branch switcher needs, cheap for long conversations.
    Result<QHash<qint64, QList<qint64>>> childIds(qint64 conversationId);
    // From a message down along the newest child to a leaf.
    Result<qint64> newestLeafUnder(qint64 conversationId, qint64 messageId);
    // Every message of a conversation, every branch, parents before children.
    Result<QList<Message>> all(qint64 conversationId);
    Result<int> count(qint64 conversationId);

    // Start-up recovery: answers left `streaming` by a process that is gone
    // become `interrupted`, their text kept. Returns how many.
    Result<int> recoverInterrupted();

private:
    QSqlDatabase m_db;
    // Prepared once per repository: an import inserts tens of thousands.
    std::shared_ptr<QSqlQuery> m_insert;
};

} // namespace Inkwell
