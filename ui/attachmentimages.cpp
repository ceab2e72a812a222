// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentimages.h"

#include <QBuffer>
#include <QImageReader>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

namespace Inkwell {

namespace {

QMutex &lentMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QByteArray> &lent()
{
    static QHash<QString, QByteArray> files;
    return files;
}

} // namespace

AttachmentImages::AttachmentImages(QString databasePath)
    : QQuickImageProvider(QQuickImageProvider::Image, QQuickImageProvider::ForceAsynchronousImageLoading)
    , m_databasePath(std::move(databasePath))
{
}

AttachmentImages::~AttachmentImages()
{
    QMutexLocker lock(&m_connections);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

void AttachmentImages::lend(const QString &sha256, const QByteArray &bytes)
{
    QMutexLocker lock(&lentMutex());
    lent().insert(sha256, bytes);
}

void AttachmentImages::takeBack(const QString &sha256)
{
    QMutexLocker lock(&lentMutex());
    lent().remove(sha256);
}

QByteArray AttachmentImages::stored(const QString &sha256)
{
    // One read-only connection per loader thread: Qt's SQL connections
    // belong to the thread that made them.
    const QString name = QStringLiteral("inkwell-images-%1").arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        QMutexLocker lock(&m_connections);
        m_connectionNames << name;
    }
    if (!db.isOpen() && !db.open())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

QImage AttachmentImages::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QByteArray bytes;
    {
        QMutexLocker lock(&lentMutex());
        bytes = lent().value(id);
    }
    if (bytes.isEmpty())
        bytes = stored(id);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (size)
        *size = full;
    // A thumbnail is decoded small (JPEG scales while decoding).
    QSize want = requestedSize;
    if (want.width() <= 0)
        want.setWidth(full.width());
    if (want.height() <= 0)
        want.setHeight(full.height());
    if (full.isValid() && (full.width() > want.width() || full.height() > want.height()))
        reader.setScaledSize(full.scaled(want, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace Inkwell
