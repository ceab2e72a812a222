// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentimages.h"

#include <QBuffer>
#include <QImageReader>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Inkwell {

namespace {

QMutex &lentMutex()
{
    static QMutex m;
    return m;
}

// sha256 → (how many lenders, bytes): the same picture in the chat's
// composer and a draft's sources, or twice in one composer.
QHash<QString, QPair<int, QByteArray>> &lent()
{
    static QHash<QString, QPair<int, QByteArray>> files;
    return files;
}

} // namespace

AttachmentImages::AttachmentImages(QString databasePath)
    : QQuickImageProvider(QQuickImageProvider::Image, QQuickImageProvider::ForceAsynchronousImageLoading)
    , m_databasePath(std::move(databasePath))
{
}

void AttachmentImages::lend(const QString &sha256, const QByteArray &bytes)
{
    QMutexLocker lock(&lentMutex());
    auto &entry = lent()[sha256];
    ++entry.first;
    entry.second = bytes;
}

void AttachmentImages::takeBack(const QString &sha256)
{
    QMutexLocker lock(&lentMutex());
    const auto it = lent().find(sha256);
    if (it != lent().end() && --it->first <= 0)
        lent().erase(it);
}

QByteArray AttachmentImages::stored(const QString &sha256) const
{
    // A connection of this request's own, made and removed on the loader
    // thread that runs it (Qt's connections belong to their thread; SQLite
    // opens a file in microseconds next to decoding a picture).
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("inkwell-image-%1").arg(serial.fetchAndAddRelaxed(1));
    QByteArray bytes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
            q.addBindValue(sha256);
            if (q.exec() && q.next())
                bytes = q.value(0).toByteArray();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return bytes;
}

QImage AttachmentImages::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QByteArray bytes;
    {
        QMutexLocker lock(&lentMutex());
        bytes = lent().value(id).second;
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
