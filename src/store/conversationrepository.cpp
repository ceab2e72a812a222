// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationrepository.h"

#include "store/sqlhelpers.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QUuid>

namespace Inkwell {

using Sql::fail;

namespace {
constexpr auto kColumns
    = "id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned";

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
    c.folderId = q.value(10).toLongLong();
    c.pinned = q.value(11).toBool();
    return c;
}

} // namespace

ConversationRepository::ConversationRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<qint64> ConversationRepository::create(const Conversation &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO conversations (title, created_at, updated_at, current_leaf_id, profile_id, "
                             "model, params, uid, source, folder_id, pinned) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
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
    q.addBindValue(Sql::id(c.folderId));
    q.addBindValue(c.pinned ? 1 : 0);
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
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM conversations WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC")
                .arg(QLatin1String(kColumns))))
        return Result<QList<Conversation>>::fail(fail(q, "Cannot list conversations"));
    while (q.next())
        out << fromQuery(q);
    return {out, {}};
}

Result<QList<Conversation>> ConversationRepository::listWhere(const QString &where, const QVariantList &values,
                                                              int limit)
{
    using R = Result<QList<Conversation>>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE deleted_at IS NULL AND (%2) "
                       "ORDER BY updated_at DESC, id DESC%3")
            .arg(QLatin1String(kColumns), where, limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::fail(fail(q, "Cannot list conversations"));
    QList<Conversation> out;
    while (q.next())
        out << fromQuery(q);
    return {out, {}};
}

Result<QList<Conversation>> ConversationRepository::listPinned()
{
    return listWhere(QStringLiteral("pinned = 1"), {});
}

Result<QList<Conversation>> ConversationRepository::listInFolders(const QList<qint64> &folderIds)
{
    if (folderIds.isEmpty())
        return {{}, {}};
    QStringList ids;
    for (qint64 id : folderIds)
        ids << QString::number(id);
    return listWhere(QStringLiteral("pinned = 0 AND folder_id IN (%1)").arg(ids.join(u',')), {});
}

Result<QList<Conversation>> ConversationRepository::listUnfiled(int limit)
{
    return listWhere(QStringLiteral("pinned = 0 AND folder_id IS NULL"), {}, limit);
}

Result<QList<Conversation>> ConversationRepository::listUnfiledAfter(const Conversation &last, int limit)
{
    // A row value, so that the index can seek to it.
    return listWhere(QStringLiteral("pinned = 0 AND folder_id IS NULL AND (updated_at, id) < (?, ?)"),
                     {last.updatedAt, last.id}, limit);
}

Result<ConversationRepository::Counts> ConversationRepository::counts()
{
    using R = Result<Counts>;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT folder_id, pinned, count(*) FROM conversations WHERE deleted_at IS NULL "
                               "GROUP BY folder_id, pinned")))
        return R::fail(fail(q, "Cannot count conversations"));
    Counts c;
    while (q.next()) {
        const int n = q.value(2).toInt();
        c.all += n;
        // A pinned conversation shows at the top, but it is still its folder's.
        if (!q.value(0).isNull())
            c.inFolder[q.value(0).toLongLong()] += n;
        else if (!q.value(1).toBool())
            c.unfiled += n;
    }
    return {c, {}};
}

Result<int> ConversationRepository::unfiledRank(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM conversations o WHERE o.deleted_at IS NULL AND o.pinned = 0 AND o.folder_id IS "
        "NULL "
        "AND (o.updated_at > c.updated_at OR (o.updated_at = c.updated_at AND o.id > c.id))) "
        "FROM conversations c WHERE c.id = ? AND c.deleted_at IS NULL AND c.pinned = 0 AND c.folder_id IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<int>::fail(fail(q, "Cannot read conversations"));
    return {q.next() ? q.value(0).toInt() : -1, {}};
}

Result<QList<qint64>> ConversationRepository::idsInFolder(qint64 folderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM conversations WHERE deleted_at IS NULL AND folder_id = ? "
                             "ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(folderId);
    if (!q.exec())
        return Result<QList<qint64>>::fail(fail(q, "Cannot list conversations"));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return {out, {}};
}

Result<qint64> ConversationRepository::lastId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id FROM conversations WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1")))
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
    return q.exec() ? Error {} : fail(q, "Cannot rename the conversation");
}

namespace {

// Deletes conversations with their messages. The messages' parent links are
// cut first: SQLite runs ON DELETE CASCADE as nested triggers, so deleting
// the root of a chain of more than 1,000 messages failed ("too many levels
// of trigger recursion") and such a conversation could not be deleted.
Error deleteConversations(const QSqlDatabase &db, const QString &which, const QVariantList &values, const char *what)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT delete_conversations")))
        return fail(q, what);
    const auto run = [&](const QString &sql) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    if (!run(QStringLiteral("UPDATE messages SET parent_id = NULL WHERE parent_id IS NOT NULL AND conversation_id IN "
                            "(SELECT id FROM conversations WHERE %1)")
                 .arg(which))
        || !run(QStringLiteral("DELETE FROM conversations WHERE %1").arg(which))) {
        Error e = fail(q, what);
        q.exec(QStringLiteral("ROLLBACK TO delete_conversations"));
        q.exec(QStringLiteral("RELEASE delete_conversations"));
        return e;
    }
    if (!q.exec(QStringLiteral("RELEASE delete_conversations")))
        return fail(q, what);
    return {};
}

} // namespace

Error ConversationRepository::remove(qint64 id)
{
    return deleteConversations(m_db, QStringLiteral("id = ?"), {id}, "Cannot delete the conversation");
}

Error ConversationRepository::markDeleted(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot delete the conversation");
}

Error ConversationRepository::restore(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET deleted_at = NULL WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot restore the conversation");
}

Error ConversationRepository::purgeDeleted()
{
    return deleteConversations(m_db, QStringLiteral("deleted_at IS NOT NULL"), {}, "Cannot delete conversations");
}

Error ConversationRepository::setPinned(qint64 id, bool pinned)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET pinned = ? WHERE id = ?"));
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot pin the conversation");
}

Error ConversationRepository::setFolder(qint64 id, qint64 folderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET folder_id = ? WHERE id = ?"));
    q.addBindValue(Sql::id(folderId));
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot move the conversation");
}

Result<qint64> ConversationRepository::duplicate(qint64 id, const QString &title)
{
    using R = Result<qint64>;
    const auto original = get(id);
    if (!original.ok())
        return R::fail(original.error);
    if (!m_db.transaction())
        return R::fail(Error::make(Error::Kind::Storage, m_db.lastError().text()));
    auto rollback = [this](const Error &e) {
        m_db.rollback();
        return R::fail(e);
    };
    Conversation copy = original.value;
    copy.title = title;
    copy.uid.clear();
    copy.source.clear();
    copy.pinned = false; // the copy sits in the same folder, not pinned
    copy.currentLeafId = 0;
    copy.createdAt = copy.updatedAt = 0;
    auto created = create(copy);
    if (!created.ok())
        return rollback(created.error);
    // Parents are copied before their children (ids grow), mapping each old id
    // to its copy; every column but the ids comes along.
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id"));
    rows.addBindValue(id);
    if (!rows.exec())
        return rollback(fail(rows, "Cannot read the conversation"));
    QHash<qint64, qint64> copied;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, status, error, choice_index, "
        "profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, "
        "completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) "
        "SELECT ?, ?, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, "
        "model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, "
        "tokens_per_sec, NULL, created_at, updated_at FROM messages WHERE id = ?"));
    while (rows.next()) {
        const qint64 from = rows.value(0).toLongLong();
        const qint64 parent = rows.value(1).isNull() ? 0 : copied.value(rows.value(1).toLongLong());
        insert.addBindValue(created.value);
        insert.addBindValue(Sql::id(parent));
        insert.addBindValue(from);
        if (!insert.exec())
            return rollback(fail(insert, "Cannot copy a message"));
        copied.insert(from, insert.lastInsertId().toLongLong());
    }
    if (const Error e
        = setCurrentLeaf(created.value, copied.value(original.value.currentLeafId), original.value.updatedAt);
        e.isError())
        return rollback(e);
    if (!m_db.commit())
        return rollback(Error::make(Error::Kind::Storage, m_db.lastError().text()));
    return created;
}

Error ConversationRepository::setCurrentLeaf(qint64 id, qint64 leafId, qint64 updatedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::id(leafId));
    q.addBindValue(updatedAt > 0 ? updatedAt : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot update the conversation");
}

Error ConversationRepository::setSettings(qint64 id, qint64 profileId, const QString &model, const QString &params)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET profile_id = ?, model = ?, params = ? WHERE id = ?"));
    q.addBindValue(Sql::id(profileId));
    q.addBindValue(Sql::text(model));
    q.addBindValue(Sql::text(params));
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot save the conversation's settings");
}

} // namespace Inkwell
