// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftrepository.h"

#include "store/deadwriters.h"
#include "store/searchindex.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace Inkwell {

using Sql::fail;

namespace {

constexpr auto kColumns = "id, uid, title, content, template_key, template_name, params, target_words, status, error, "
                          "created_at, updated_at, brief";

Draft fromQuery(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.uid = q.value(1).toString();
    d.title = q.value(2).toString();
    d.content = q.value(3).toString();
    d.templateKey = q.value(4).toString();
    d.templateName = q.value(5).toString();
    d.params = q.value(6).toString();
    d.targetWords = q.value(7).toInt();
    d.status = statusFromText(q.value(8).toString()).value_or(Chat::Status::Complete);
    d.error = q.value(9).toString();
    d.createdAt = q.value(10).toLongLong();
    d.updatedAt = q.value(11).toLongLong();
    d.brief = q.value(12).toString();
    return d;
}

DraftVersion versionFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),  q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),   q.value(6).toLongLong()};
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<QList<Draft>> readDrafts(QSqlQuery &q)
{
    return Sql::readAll<Draft>(q, fromQuery, "Cannot read the drafts");
}

} // namespace

DraftRepository::DraftRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Error DraftRepository::exec(const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, what);
    return {};
}

Result<qint64> DraftRepository::create(Draft d)
{
    const qint64 t = now();
    if (d.uid.isEmpty())
        d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO drafts (uid, title, content, template_key, template_name, params, target_words, "
                       "status, error, created_at, updated_at, brief) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList {
             d.uid, Sql::text(d.title), Sql::text(d.content), Sql::text(d.templateKey), Sql::text(d.templateName),
             Sql::text(d.params), d.targetWords, Sql::text(statusText(d.status)), Sql::text(d.error),
             d.createdAt ? d.createdAt : t, d.updatedAt ? d.updatedAt : t, Sql::text(d.brief)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot create the draft"));
    return {q.lastInsertId().toLongLong(), {}};
}

Result<Draft> DraftRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Draft>::fail(fail(q, "Cannot read the draft"));
    if (!q.next())
        return Result<Draft>::fail(Error::make(Error::Kind::Storage, QStringLiteral("There is no draft %1.").arg(id)));
    return {fromQuery(q), {}};
}

Result<QList<Draft>> DraftRepository::list()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts ORDER BY updated_at DESC, id DESC").arg(QLatin1String(kColumns)));
    return readDrafts(q);
}

Result<QList<Draft>> DraftRepository::search(const QString &query)
{
    // The same matching as the search across everything (SearchIndex).
    auto hits = SearchIndex(m_db).find(query, 500);
    if (!hits.ok())
        return Result<QList<Draft>>::fail(hits.error);
    QStringList ids;
    for (const SearchHit &h : std::as_const(hits.value))
        if (h.kind == SearchHit::Kind::Draft)
            ids << QString::number(h.id);
    if (ids.isEmpty())
        return {{}, {}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE id IN (%2) ORDER BY updated_at DESC")
                  .arg(QLatin1String(kColumns), ids.join(u',')));
    return readDrafts(q);
}

Error DraftRepository::rename(qint64 id, const QString &title)
{
    return exec(QStringLiteral("UPDATE drafts SET title = ?, updated_at = ? WHERE id = ?"),
                {Sql::text(title), now(), id}, "Cannot rename the draft");
}

Error DraftRepository::setTargetWords(qint64 id, int words)
{
    return exec(QStringLiteral("UPDATE drafts SET target_words = ? WHERE id = ?"), {qMax(0, words), id},
                "Cannot set the draft's target length");
}

Error DraftRepository::setContent(qint64 id, const QString &content)
{
    return exec(QStringLiteral("UPDATE drafts SET content = ?, updated_at = ? WHERE id = ?"),
                {Sql::text(content), now(), id}, "Cannot save the draft");
}

Error DraftRepository::remove(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id}, "Cannot delete the draft");
}

Error DraftRepository::beginStreaming(qint64 id)
{
    return exec(QStringLiteral(
                    "UPDATE drafts SET status = 'streaming', error = '', writer_pid = ?, updated_at = ? WHERE id = ?"),
                {QCoreApplication::applicationPid(), now(), id}, "Cannot mark the draft as being written");
}

Error DraftRepository::writeStreaming(qint64 id, const QString &content)
{
    return exec(QStringLiteral("UPDATE drafts SET content = ?, updated_at = ? WHERE id = ?"),
                {Sql::text(content), now(), id}, "Cannot save the draft");
}

Error DraftRepository::endStreaming(qint64 id, const QString &content, Chat::Status status, const QString &error)
{
    return exec(
        QStringLiteral("UPDATE drafts SET content = ?, status = ?, error = ?, writer_pid = NULL, updated_at = ? "
                       "WHERE id = ?"),
        {Sql::text(content), Sql::text(statusText(status)), Sql::text(error), now(), id}, "Cannot save the draft");
}

Result<int> DraftRepository::recoverInterrupted()
{
    return recoverDeadWriters(m_db, "drafts",
                              QStringLiteral("The app stopped while the model was writing; the text so far is kept."));
}

Result<qint64> DraftRepository::addVersion(const DraftVersion &v)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO draft_versions (draft_id, content, source, note, model, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList {v.draftId, Sql::text(v.content), Sql::text(v.source), Sql::text(v.note),
                                               Sql::text(v.model), v.createdAt ? v.createdAt : now()})
        q.addBindValue(value);
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot save a version of the draft"));
    return {q.lastInsertId().toLongLong(), {}};
}

Result<QList<DraftVersion>> DraftRepository::versions(qint64 draftId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, draft_id, content, source, note, model, created_at FROM draft_versions "
                             "WHERE draft_id = ? ORDER BY id DESC"));
    q.addBindValue(draftId);
    if (!q.exec())
        return Result<QList<DraftVersion>>::fail(fail(q, "Cannot read the draft's versions"));
    QList<DraftVersion> out;
    while (q.next())
        out << versionFromQuery(q);
    return {out, {}};
}

Result<DraftVersion> DraftRepository::version(qint64 versionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, draft_id, content, source, note, model, created_at FROM draft_versions WHERE id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return Result<DraftVersion>::fail(fail(q, "Cannot read the version"));
    if (!q.next())
        return Result<DraftVersion>::fail(
            Error::make(Error::Kind::Storage, QStringLiteral("There is no version %1.").arg(versionId)));
    return {versionFromQuery(q), {}};
}

} // namespace Inkwell
