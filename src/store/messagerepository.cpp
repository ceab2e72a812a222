// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerepository.h"

#include "store/attachmentrepository.h"
#include "store/deadwriters.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Inkwell {

using Sql::fail;

namespace {
constexpr auto kColumns
    = "id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, "
      "base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, "
      "tokens_per_sec, created_at, updated_at";

Message fromQuery(const QSqlQuery &q)
{
    auto num = [&](int i) { return q.value(i).isNull() ? qint64(-1) : q.value(i).toLongLong(); };
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.parentId = q.value(2).toLongLong();
    // A word this version does not know is read as the model's.
    m.role = roleFromText(q.value(3).toString()).value_or(Message::Role::Assistant);
    m.content = q.value(4).toString();
    m.reasoning = q.value(5).toString();
    m.status = statusFromText(q.value(6).toString()).value_or(Message::Status::Complete);
    m.error = q.value(7).toString();
    m.choiceIndex = q.value(8).toInt();
    m.profileName = q.value(9).toString();
    m.api = q.value(10).toString();
    m.baseUrl = q.value(11).toString();
    m.modelRequested = q.value(12).toString();
    m.modelReported = q.value(13).toString();
    m.params = q.value(14).toString();
    m.finishReason = q.value(15).toString();
    m.promptTokens = num(16);
    m.completionTokens = num(17);
    m.ttftMs = num(18);
    m.tokensPerSec = q.value(19).isNull() ? -1.0 : q.value(19).toDouble();
    m.createdAt = q.value(20).toLongLong();
    m.updatedAt = q.value(21).toLongLong();
    return m;
}

// Runs a prepared SELECT of kColumns and reads every row.
Result<QList<Message>> readMessages(QSqlQuery &q)
{
    return Sql::readAll<Message>(q, fromQuery, "Cannot read the messages");
}

} // namespace

MessageRepository::MessageRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<qint64> MessageRepository::insert(const Message &m)
{
    if (!m_insert) {
        m_insert = std::make_shared<QSqlQuery>(m_db);
        m_insert->prepare(QStringLiteral(
            "INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, status, error, choice_index, "
            "profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, "
            "completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    }
    QSqlQuery &q = *m_insert;
    const qint64 now = m.createdAt > 0 ? m.createdAt : QDateTime::currentMSecsSinceEpoch();
    int at = 0;
    for (const QVariant &v :
         {QVariant(m.conversationId),
          Sql::id(m.parentId),
          Sql::text(roleText(m.role)),
          Sql::text(m.content),
          Sql::text(m.reasoning),
          Sql::text(statusText(m.status)),
          Sql::text(m.error),
          QVariant(m.choiceIndex),
          Sql::text(m.profileName),
          Sql::text(m.api),
          Sql::text(m.baseUrl),
          Sql::text(m.modelRequested),
          Sql::text(m.modelReported),
          Sql::text(m.params),
          Sql::text(m.finishReason),
          Sql::count(m.promptTokens),
          Sql::count(m.completionTokens),
          Sql::count(m.ttftMs),
          Sql::count(m.tokensPerSec),
          m.status == Message::Status::Streaming ? QVariant(QCoreApplication::applicationPid()) : QVariant(),
          QVariant(now),
          QVariant(m.updatedAt > 0 ? m.updatedAt : now)})
        q.bindValue(at++, v);
    if (m.attachments.isEmpty()) {
        if (!q.exec())
            return Result<qint64>::fail(fail(q, "Cannot store the message"));
        return {q.lastInsertId().toLongLong(), {}};
    }
    // The message and its files together or not at all (a savepoint nests
    // inside an import's transaction).
    QSqlQuery sp(m_db);
    if (!sp.exec(QStringLiteral("SAVEPOINT message_files")))
        return Result<qint64>::fail(fail(sp, "Cannot store the message"));
    Error error;
    qint64 id = 0;
    if (!q.exec()) {
        error = fail(q, "Cannot store the message");
    } else {
        id = q.lastInsertId().toLongLong();
        error = AttachmentRepository(m_db).link(id, m.attachments);
    }
    if (error.isError()) {
        sp.exec(QStringLiteral("ROLLBACK TO message_files"));
        sp.exec(QStringLiteral("RELEASE message_files"));
        return Result<qint64>::fail(error);
    }
    if (!sp.exec(QStringLiteral("RELEASE message_files")))
        return Result<qint64>::fail(fail(sp, "Cannot store the message"));
    return {id, {}};
}

Error MessageRepository::withAttachments(QList<Message> &messages, bool withData, bool everyRole, bool withText)
{
    QList<qint64> ids;
    for (const Message &m : std::as_const(messages))
        if (everyRole || m.role == Message::Role::User)
            ids << m.id;
    if (ids.isEmpty())
        return {};
    auto files = AttachmentRepository(m_db).forMessages(ids, withData, withText);
    if (!files.ok())
        return files.error;
    for (Message &m : messages)
        m.attachments = files.value.value(m.id);
    return {};
}

Error MessageRepository::updateText(qint64 id, const QString &content, const QString &reasoning)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::text(content));
    q.addBindValue(Sql::text(reasoning));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return fail(q, "Cannot save the answer's text");
    return {};
}

Error MessageRepository::finish(const Message &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE messages SET content = ?, reasoning = ?, status = ?, error = ?, model_reported = ?, finish_reason = ?, "
        "prompt_tokens = ?, completion_tokens = ?, ttft_ms = ?, tokens_per_sec = ?, writer_pid = NULL, updated_at = ? "
        "WHERE id = ?"));
    for (const QVariant &v :
         {Sql::text(m.content), Sql::text(m.reasoning), Sql::text(statusText(m.status)), Sql::text(m.error),
          Sql::text(m.modelReported), Sql::text(m.finishReason), Sql::count(m.promptTokens),
          Sql::count(m.completionTokens), Sql::count(m.ttftMs), Sql::count(m.tokensPerSec),
          QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(m.id)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, "Cannot save the finished answer");
    return {};
}

Error MessageRepository::resume(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE messages SET status = 'streaming', error = '', finish_reason = '', writer_pid = ?, "
                       "updated_at = ? WHERE id = ?"));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot resume the answer");
}

Result<Message> MessageRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Message>::fail(fail(q, "Cannot read the message"));
    if (!q.next())
        return Result<Message>::fail(Error::make(Error::Kind::Storage, QStringLiteral("No message %1").arg(id)));
    return {fromQuery(q), {}};
}

Result<QList<Message>> MessageRepository::branch(qint64 leafId)
{
    using R = Result<QList<Message>>;
    if (leafId <= 0)
        return {{}, {}};
    QSqlQuery owner(m_db);
    owner.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"));
    owner.addBindValue(leafId);
    if (!owner.exec())
        return R::fail(fail(owner, "Cannot read the conversation"));
    if (!owner.next())
        return {{}, {}};
    const qint64 conversationId = owner.value(0).toLongLong();
    const auto shape = links(conversationId);
    if (!shape.ok())
        return R::fail(shape.error);
    return branch(conversationId, leafId, shape.value);
}

Result<QList<Message>> MessageRepository::branch(qint64 conversationId, qint64 leafId, const MessageLinks &links)
{
    using R = Result<QList<Message>>;
    // The path is walked here over the links, then the rows read in one pass
    // of the conversation: for 10,000 messages a third of the time a
    // recursive query takes.
    const QHash<qint64, qint64> &parentOf = links.parentOf;
    QList<qint64> path; // leaf first
    for (qint64 id = leafId; id > 0 && parentOf.contains(id) && path.size() <= parentOf.size(); id = parentOf.value(id))
        path << id;
    if (path.isEmpty())
        return {{}, {}};
    QHash<qint64, qsizetype> place;
    place.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i)
        place.insert(path.at(i), path.size() - 1 - i);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(conversationId);
    if (!q.exec())
        return R::fail(fail(q, "Cannot read the conversation"));
    QList<Message> out(path.size());
    while (q.next())
        if (const auto at = place.constFind(q.value(0).toLongLong()); at != place.constEnd())
            out[*at] = fromQuery(q);
    return {out, {}};
}

Result<MessageLinks> MessageRepository::links(qint64 conversationId)
{
    using R = Result<MessageLinks>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, parent_id, role = 'system' FROM messages WHERE conversation_id = ? ORDER BY id"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return R::fail(fail(q, "Cannot read the conversation's branches"));
    MessageLinks out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 parent = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        out.parentOf.insert(id, parent);
        if (!q.value(2).toBool())
            out.children[parent] << id;
    }
    return {out, {}};
}

Result<QList<Message>> MessageRepository::children(qint64 conversationId, qint64 parentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND parent_id IS ? "
                             "ORDER BY created_at, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(conversationId);
    q.addBindValue(Sql::id(parentId));
    return readMessages(q);
}

Result<QList<Message>> MessageRepository::all(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A parent is always stored before its children, so id order is tree order.
    q.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id").arg(QLatin1String(kColumns)));
    q.addBindValue(conversationId);
    return readMessages(q);
}

Result<int> MessageRepository::count(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return Result<int>::fail(fail(q, "Cannot count the messages"));
    return {q.value(0).toInt(), {}};
}

Result<QHash<qint64, QList<qint64>>> MessageRepository::childIds(qint64 conversationId)
{
    auto shape = links(conversationId);
    if (!shape.ok())
        return Result<QHash<qint64, QList<qint64>>>::fail(shape.error);
    return {std::move(shape.value.children), {}};
}

Result<qint64> MessageRepository::newestLeafUnder(qint64 conversationId, qint64 messageId)
{
    auto children = childIds(conversationId);
    if (!children.ok())
        return Result<qint64>::fail(children.error);
    qint64 leaf = messageId;
    while (children.value.contains(leaf) && !children.value.value(leaf).isEmpty())
        leaf = children.value.value(leaf).constLast();
    return {leaf, {}};
}

Result<int> MessageRepository::recoverInterrupted()
{
    return recoverDeadWriters(
        m_db, "messages", QStringLiteral("The app stopped while this answer was streaming; the text so far is kept."));
}

} // namespace Inkwell
