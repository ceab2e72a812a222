// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentrepository.h"

#include "store/sqlhelpers.h"

#include <QDateTime>

namespace Inkwell {

using Sql::fail;

namespace {

QString kindText(Attachment::Kind kind)
{
    return kind == Attachment::Kind::Image ? QStringLiteral("image") : QStringLiteral("document");
}

// One file as a query reads it: name, native, sha256, kind, mime_type,
// size, pages, width, height, data, text, from column `at` on.
Attachment fromRow(const QSqlQuery &q, int at)
{
    Attachment a;
    a.name = q.value(at).toString();
    a.native = q.value(at + 1).toBool();
    a.sha256 = q.value(at + 2).toString();
    a.kind = q.value(at + 3).toString() == u"image" ? Attachment::Kind::Image : Attachment::Kind::Document;
    a.mimeType = q.value(at + 4).toString();
    a.size = q.value(at + 5).toLongLong();
    a.pages = q.value(at + 6).toInt();
    a.width = q.value(at + 7).toInt();
    a.height = q.value(at + 8).toInt();
    a.data = q.value(at + 9).toByteArray();
    a.text = q.value(at + 10).toString();
    return a;
}

QString fileColumns(bool withData, bool withText = false)
{
    return QStringLiteral("a.sha256, a.kind, a.mime_type, a.size, a.pages, a.width, a.height, ")
        + (withData       ? QStringLiteral("a.data, a.text")
               : withText ? QStringLiteral("NULL, a.text")
                          : QStringLiteral("NULL, ''"));
}

// Large IN lists are split: SQLite allows 32,766 variables, and a long
// conversation may have more messages than that.
constexpr int kIdsPerQuery = 500;

} // namespace

AttachmentRepository::AttachmentRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Error AttachmentRepository::storeFile(const Attachment &a, QString *sha256)
{
    if (a.data.isEmpty())
        return Error::make(Error::Kind::Storage, QStringLiteral("An attachment without its file cannot be stored."));
    // The key is the content's own hash, whatever the caller says.
    *sha256 = sha256Hex(a.data);
    QSqlQuery file(m_db);
    file.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachments (sha256, kind, mime_type, size, data, text, pages, width, height, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(*sha256), QVariant(kindText(a.kind)), QVariant(a.mimeType),
                              QVariant(qint64(a.data.size())), QVariant(a.data), Sql::text(a.text), QVariant(a.pages),
                              QVariant(a.width), QVariant(a.height), QVariant(QDateTime::currentMSecsSinceEpoch())})
        file.addBindValue(v);
    if (!file.exec())
        return fail(file, "Cannot store an attached file");
    return {};
}

Error AttachmentRepository::link(qint64 messageId, const QList<Attachment> &attachments)
{
    QSqlQuery ref(m_db);
    ref.prepare(QStringLiteral(
        "INSERT INTO message_attachments (message_id, position, sha256, name, native) VALUES (?,?,?,?,?)"));
    int position = 0;
    for (const Attachment &a : attachments) {
        QString sha;
        if (Error e = storeFile(a, &sha); e.isError())
            return e;
        for (const QVariant &v :
             {QVariant(messageId), QVariant(position++), QVariant(sha), Sql::text(a.name), QVariant(a.native)})
            ref.addBindValue(v);
        if (!ref.exec())
            return fail(ref, "Cannot store an attached file");
    }
    return {};
}

Error AttachmentRepository::addToDraft(qint64 draftId, const Attachment &attachment)
{
    if (!m_db.transaction())
        return Sql::storageError(QStringLiteral("Cannot add the source"), m_db.lastError(), Sql::fileOf(m_db));
    QString sha;
    Error e = storeFile(attachment, &sha);
    if (!e.isError()) {
        QSqlQuery q(m_db);
        // The same file twice is one source.
        q.prepare(QStringLiteral("INSERT INTO draft_attachments (draft_id, position, sha256, name) "
                                 "SELECT :draft, (SELECT coalesce(max(position) + 1, 0) FROM draft_attachments "
                                 "WHERE draft_id = :draft), :sha, :name WHERE NOT EXISTS "
                                 "(SELECT 1 FROM draft_attachments WHERE draft_id = :draft AND sha256 = :sha)"));
        q.bindValue(QStringLiteral(":draft"), draftId);
        q.bindValue(QStringLiteral(":sha"), sha);
        q.bindValue(QStringLiteral(":name"), Sql::text(attachment.name));
        if (!q.exec())
            e = fail(q, "Cannot add the source");
    }
    if (e.isError()) {
        m_db.rollback();
        return e;
    }
    if (!m_db.commit())
        return Sql::storageError(QStringLiteral("Cannot add the source"), m_db.lastError(), Sql::fileOf(m_db));
    return {};
}

Error AttachmentRepository::removeFromDraft(qint64 draftId, const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ? AND sha256 = ?"));
    q.addBindValue(draftId);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(q, "Cannot remove the source");
    return {};
}

Error AttachmentRepository::storeFiles(const QList<Attachment> &files)
{
    for (const Attachment &a : files) {
        QString sha;
        if (Error e = storeFile(a, &sha); e.isError())
            return e;
    }
    return {};
}

Error AttachmentRepository::keepUnsent(qint64 conversationId, const QList<Attachment> &files)
{
    if (!m_db.transaction())
        return Sql::storageError(QStringLiteral("Cannot keep the attached files"), m_db.lastError(), Sql::fileOf(m_db));
    Error e;
    // Those no longer in the list first (the trigger removes a file no one
    // holds), then the list upserted in place: a file kept is never deleted
    // and put back, which would lose it in between.
    QStringList keys;
    for (const Attachment &a : files)
        keys << a.sha256;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM unsent_attachments WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    QStringList gone;
    if (!q.exec())
        e = fail(q, "Cannot keep the attached files");
    while (!e.isError() && q.next())
        if (!keys.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    for (const QString &sha : std::as_const(gone)) {
        if (e.isError())
            break;
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM unsent_attachments WHERE conversation_id = ? AND sha256 = ?"));
        del.addBindValue(conversationId);
        del.addBindValue(sha);
        if (!del.exec())
            e = fail(del, "Cannot keep the attached files");
    }
    int position = 0;
    for (const Attachment &a : files) {
        if (e.isError())
            break;
        QSqlQuery up(m_db);
        up.prepare(QStringLiteral("INSERT INTO unsent_attachments (conversation_id, position, sha256, name, native) "
                                  "SELECT ?, ?, sha256, ?, ? FROM attachments WHERE sha256 = ? "
                                  "ON CONFLICT (conversation_id, sha256) DO UPDATE SET position = excluded.position, "
                                  "name = excluded.name, native = excluded.native"));
        for (const QVariant &v : {QVariant(conversationId), QVariant(position++), Sql::text(a.name), QVariant(a.native),
                                  QVariant(a.sha256)})
            up.addBindValue(v);
        if (!up.exec())
            e = fail(up, "Cannot keep the attached files");
    }
    if (e.isError()) {
        m_db.rollback();
        return e;
    }
    if (!m_db.commit())
        return Sql::storageError(QStringLiteral("Cannot keep the attached files"), m_db.lastError(), Sql::fileOf(m_db));
    return {};
}

Result<QList<Attachment>> AttachmentRepository::unsent(qint64 conversationId)
{
    using R = Result<QList<Attachment>>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.name, u.native, %1 FROM unsent_attachments u JOIN attachments a "
                             "ON a.sha256 = u.sha256 WHERE u.conversation_id = ? ORDER BY u.position")
                  .arg(fileColumns(true)));
    q.addBindValue(conversationId);
    if (!q.exec())
        return R::fail(fail(q, "Cannot read the attached files"));
    QList<Attachment> out;
    while (q.next())
        out << fromRow(q, 0);
    return {out, {}};
}

Error AttachmentRepository::moveUnsent(qint64 fromConversationId, qint64 toConversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE OR IGNORE unsent_attachments SET conversation_id = ? WHERE conversation_id = ?"));
    q.addBindValue(toConversationId);
    q.addBindValue(fromConversationId);
    if (!q.exec())
        return fail(q, "Cannot keep the attached files");
    return {};
}

Error AttachmentRepository::removeUnheld()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("DELETE FROM attachments WHERE "
                           "NOT EXISTS (SELECT 1 FROM message_attachments m WHERE m.sha256 = attachments.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sha256 = attachments.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM unsent_attachments u WHERE u.sha256 = attachments.sha256)")))
        return fail(q, "Cannot remove files no one holds");
    return {};
}

Result<QList<Attachment>> AttachmentRepository::forDraft(qint64 draftId, bool withData)
{
    using R = Result<QList<Attachment>>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A draft's sources go as text; a PDF without any (scanned) only as itself.
    q.prepare(QStringLiteral("SELECT d.name, a.mime_type = 'application/pdf' AND a.text = '', %1 "
                             "FROM draft_attachments d JOIN attachments a "
                             "ON a.sha256 = d.sha256 WHERE d.draft_id = ? ORDER BY d.position")
                  .arg(fileColumns(withData)));
    q.addBindValue(draftId);
    if (!q.exec())
        return R::fail(fail(q, "Cannot read the draft's sources"));
    QList<Attachment> out;
    while (q.next())
        out << fromRow(q, 0);
    return {out, {}};
}

Result<QHash<qint64, QList<Attachment>>> AttachmentRepository::forMessages(const QList<qint64> &messageIds,
                                                                           bool withData, bool withText)
{
    using R = Result<QHash<qint64, QList<Attachment>>>;
    QHash<qint64, QList<Attachment>> out;
    for (qsizetype from = 0; from < messageIds.size(); from += kIdsPerQuery) {
        const QList<qint64> ids = messageIds.mid(from, kIdsPerQuery);
        QStringList marks;
        marks.fill(QStringLiteral("?"), ids.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.message_id, m.name, m.native, %1 FROM message_attachments m "
                                 "JOIN attachments a ON a.sha256 = m.sha256 WHERE m.message_id IN (%2) "
                                 "ORDER BY m.message_id, m.position")
                      .arg(fileColumns(withData, withText), marks.join(u',')));
        for (qint64 id : ids)
            q.addBindValue(id);
        if (!q.exec())
            return R::fail(fail(q, "Cannot read the attachments"));
        while (q.next())
            out[q.value(0).toLongLong()] << fromRow(q, 1);
    }
    return {out, {}};
}

Error AttachmentRepository::loadData(QList<ChatMessage> &messages)
{
    for (ChatMessage &m : messages) {
        for (Attachment &a : m.attachments) {
            if (!a.data.isEmpty() || a.sha256.isEmpty())
                continue;
            auto bytes = data(a.sha256);
            if (!bytes.ok())
                return bytes.error;
            a.data = bytes.value;
        }
    }
    return {};
}

Result<QByteArray> AttachmentRepository::data(const QString &sha256)
{
    auto v = column(QStringLiteral("data"), sha256);
    return v.ok() ? Result<QByteArray> {v.value.toByteArray(), {}} : Result<QByteArray>::fail(v.error);
}

Result<QString> AttachmentRepository::text(const QString &sha256)
{
    auto v = column(QStringLiteral("text"), sha256);
    return v.ok() ? Result<QString> {v.value.toString(), {}} : Result<QString>::fail(v.error);
}

Result<QVariant> AttachmentRepository::column(const QString &name, const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE sha256 = ?").arg(name));
    q.addBindValue(sha256);
    if (!q.exec())
        return Result<QVariant>::fail(fail(q, "Cannot read an attached file"));
    if (!q.next())
        return Result<QVariant>::fail(
            Error::make(Error::Kind::Storage, QStringLiteral("The attached file is no longer stored.")));
    return {q.value(0), {}};
}

} // namespace Inkwell
