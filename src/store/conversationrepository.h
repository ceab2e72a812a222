// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/conversation.h"

#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

class ConversationRepository
{
public:
    explicit ConversationRepository(QSqlDatabase db);

    Result<qint64> create(const Conversation &conversation);
    Result<Conversation> get(qint64 id);
    // 0 when no conversation has this uid.
    Result<qint64> findByUid(const QString &uid);
    // Newest activity first.
    Result<QList<Conversation>> list();
    Result<qint64> lastId();
    Error rename(qint64 id, const QString &title);
    Error remove(qint64 id);
    // Moves the conversation's current leaf and its activity time.
    // updatedAt 0 = now; an import keeps the time the conversation had.
    Error setCurrentLeaf(qint64 id, qint64 leafId, qint64 updatedAt = 0);
    Error setSettings(qint64 id, qint64 profileId, const QString &model, const QString &params);

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
