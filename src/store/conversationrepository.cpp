// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationrepository.h"

#include <QDateTime>
#include <QUuid>
#include "store/sqlhelpers.h"

namespace Inkwell {

using Sql::fail;

namespace {
constexpr auto kColumns = "id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source";


Conversation fromQuery(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.createdAt = q.value(2).toLongLong();
    c.updatedAt = q.value(3).toLongLong();
    c.currentLeafId = q.value(4).toLongLong();
    c.profileId = q.value(5).toLongLong();
    c.model = q.value(6).toString();
    c.params = q.value(7).toString();
    c.uid = q.value(8).toString();
    c.source = q.value(9).toString();
    return c;
}

} // namespace

ConversationRepository::ConversationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> ConversationRepository::create(const Conversation &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO conversations (title, created_at, updated_at, current_leaf_id, profile_id, "
                             "model, params, uid, source) VALUES (?,?,?,?,?,?,?,?,?)"));
    const qint64 now = c.createdAt > 0 ? c.createdAt : QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(Sql::text(c.title));
    q.addBindValue(now);
    q.addBindValue(c.updatedAt > 0 ? c.updatedAt : now);
    q.addBindValue(Sql::id(c.currentLeafId));
    q.addBindValue(Sql::id(c.profileId));
    q.addBindValue(Sql::text(c.model));
    q.addBindValue(c.params.isEmpty() ? QStringLiteral("{}") : c.params);
    q.addBindValue(c.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : c.uid);
    q.addBindValue(Sql::text(c.source));
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot create the conversation"));
    return {q.lastInsertId().toLongLong(), {}};
}

Result<qint64> ConversationRepository::findByUid(const QString &uid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM conversations WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot look up the conversation"));
    return {q.next() ? q.value(0).toLongLong() : 0, {}};
}

Result<Conversation> ConversationRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Conversation>::fail(fail(q, "Cannot read the conversation"));
    if (!q.next())
        return Result<Conversation>::fail(
            Error::make(Error::Kind::Storage, QStringLiteral("There is no conversation %1.").arg(id)));
    return {fromQuery(q), {}};
}

Result<QList<Conversation>> ConversationRepository::list()
{
    QSqlQuery q(m_db);
    QList<Conversation> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM conversations ORDER BY updated_at DESC, id DESC")
                    .arg(QLatin1String(kColumns))))
        return Result<QList<Conversation>>::fail(fail(q, "Cannot list conversations"));
    while (q.next())
        out << fromQuery(q);
    return {out, {}};
}

Result<qint64> ConversationRepository::lastId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM conversations ORDER BY updated_at DESC, id DESC LIMIT 1")))
        return Result<qint64>::fail(fail(q, "Cannot read conversations"));
    if (!q.next())
        return Result<qint64>::fail(Error::make(Error::Kind::Usage, QStringLiteral("There are no conversations yet.")));
    return {q.value(0).toLongLong(), {}};
}

Error ConversationRepository::rename(qint64 id, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"));
    q.addBindValue(Sql::text(title));
    q.addBindValue(id);
    return q.exec() ? Error{} : fail(q, "Cannot rename the conversation");
}

Error ConversationRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Error{} : fail(q, "Cannot delete the conversation");
}

Error ConversationRepository::setCurrentLeaf(qint64 id, qint64 leafId, qint64 updatedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::id(leafId));
    q.addBindValue(updatedAt > 0 ? updatedAt : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec() ? Error{} : fail(q, "Cannot update the conversation");
}

Error ConversationRepository::setSettings(qint64 id, qint64 profileId, const QString &model, const QString &params)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET profile_id = ?, model = ?, params = ? WHERE id = ?"));
    q.addBindValue(Sql::id(profileId));
    q.addBindValue(Sql::text(model));
    q.addBindValue(Sql::text(params));
    q.addBindValue(id);
    return q.exec() ? Error{} : fail(q, "Cannot save the conversation's settings");
}

} // namespace Inkwell
