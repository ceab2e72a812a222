// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/message.h"

#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

class MessageRepository
{
public:
    explicit MessageRepository(QSqlDatabase db);

    Result<qint64> insert(const Message &message);
    // The streaming flush: only what changes while tokens arrive.
    Error updateText(qint64 id, const QString &content, const QString &reasoning);
    // Final state of an answer: status, metadata, text.
    Error finish(const Message &message);
    // An answer streams again (continued): owned by this process until finish().
    Error resume(qint64 id);

    Result<Message> get(qint64 id);
    // Root → leaf along parent links.
    Result<QList<Message>> branch(qint64 leafId);
    Result<QList<Message>> children(qint64 conversationId, qint64 parentId);
    // Every message of a conversation, every branch, parents before children.
    Result<QList<Message>> all(qint64 conversationId);

    // Start-up recovery: answers left `streaming` by a process that is gone
    // become `interrupted`, their text kept. Returns how many.
    Result<int> recoverInterrupted();

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
