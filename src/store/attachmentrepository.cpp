// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentrepository.h"

#include "store/sqlhelpers.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace Inkwell {

using Sql::fail;

namespace {

QString kindText(Attachment::Kind kind)
{
    return kind == Attachment::Kind::Image ? QStringLiteral("image") : QStringLiteral("document");
}

// Large IN lists are split: SQLite allows 32,766 variables, and a long
// conversation may have more messages than that.
constexpr int kIdsPerQuery = 500;

} // namespace

AttachmentRepository::AttachmentRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Error AttachmentRepository::link(qint64 messageId, const QList<Attachment> &attachments)
{
    QSqlQuery file(m_db);
    file.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachments (sha256, kind, mime_type, size, data, text, pages, width, height, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery ref(m_db);
    ref.prepare(QStringLiteral(
        "INSERT INTO message_attachments (message_id, position, sha256, name, native) VALUES (?,?,?,?,?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int position = 0;
    for (const Attachment &a : attachments) {
        // The key is the content's own hash, whatever the caller says.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
        if (a.data.isEmpty())
            return Error::make(Error::Kind::Storage,
                               QStringLiteral("An attachment without its file cannot be stored."));
        for (const QVariant &v : {QVariant(sha), QVariant(kindText(a.kind)), QVariant(a.mimeType),
                                  QVariant(qint64(a.data.size())), QVariant(a.data), Sql::text(a.text),
                                  QVariant(a.pages), QVariant(a.width), QVariant(a.height), QVariant(now)})
            file.addBindValue(v);
        if (!file.exec())
            return fail(file, "Cannot store an attached file");
        for (const QVariant &v :
             {QVariant(messageId), QVariant(position++), QVariant(sha), Sql::text(a.name), QVariant(a.native)})
            ref.addBindValue(v);
        if (!ref.exec())
            return fail(ref, "Cannot store an attached file");
    }
    return {};
}

Result<QHash<qint64, QList<Attachment>>> AttachmentRepository::forMessages(const QList<qint64> &messageIds,
                                                                           bool withData)
{
    using R = Result<QHash<qint64, QList<Attachment>>>;
    QHash<qint64, QList<Attachment>> out;
    for (qsizetype from = 0; from < messageIds.size(); from += kIdsPerQuery) {
        const QList<qint64> ids = messageIds.mid(from, kIdsPerQuery);
        QStringList marks;
        marks.fill(QStringLiteral("?"), ids.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.message_id, m.name, m.native, a.sha256, a.kind, a.mime_type, a.size, "
                                 "a.pages, a.width, a.height, %1 FROM message_attachments m "
                                 "JOIN attachments a ON a.sha256 = m.sha256 WHERE m.message_id IN (%2) "
                                 "ORDER BY m.message_id, m.position")
                      .arg(withData ? QStringLiteral("a.data, a.text") : QStringLiteral("NULL, ''"), marks.join(u',')));
        for (qint64 id : ids)
            q.addBindValue(id);
        if (!q.exec())
            return R::fail(fail(q, "Cannot read the attachments"));
        while (q.next()) {
            Attachment a;
            a.name = q.value(1).toString();
            a.native = q.value(2).toBool();
            a.sha256 = q.value(3).toString();
            a.kind = q.value(4).toString() == u"image" ? Attachment::Kind::Image : Attachment::Kind::Document;
            a.mimeType = q.value(5).toString();
            a.size = q.value(6).toLongLong();
            a.pages = q.value(7).toInt();
            a.width = q.value(8).toInt();
            a.height = q.value(9).toInt();
            a.data = q.value(10).toByteArray();
            a.text = q.value(11).toString();
            out[q.value(0).toLongLong()] << a;
        }
    }
    return {out, {}};
}

Result<QByteArray> AttachmentRepository::data(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return Result<QByteArray>::fail(fail(q, "Cannot read an attached file"));
    if (!q.next())
        return Result<QByteArray>::fail(
            Error::make(Error::Kind::Storage, QStringLiteral("The attached file is no longer stored.")));
    return {q.value(0).toByteArray(), {}};
}

Result<QString> AttachmentRepository::text(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return Result<QString>::fail(fail(q, "Cannot read an attached file"));
    if (!q.next())
        return Result<QString>::fail(
            Error::make(Error::Kind::Storage, QStringLiteral("The attached file is no longer stored.")));
    return {q.value(0).toString(), {}};
}

} // namespace Inkwell
