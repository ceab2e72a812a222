// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QQuickImageProvider>

namespace Inkwell {

// image://attachments/<sha256>: an attached picture, for thumbnails and the
// full-size view. Files in the composer (not stored yet) are lent to it by
// the composer; stored ones are read on the loader thread with a read-only
// connection of the request's own, so opening a conversation with two
// hundred images reads only the thumbnails that come into view, and Qt's
// image cache keeps them.
class AttachmentImages final : public QQuickImageProvider {
public:
    explicit AttachmentImages(QString databasePath);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The composer's files, by sha256, until they are sent or removed.
    static void lend(const QString &sha256, const QByteArray &bytes);
    static void takeBack(const QString &sha256);

private:
    [[nodiscard]] QByteArray stored(const QString &sha256) const;

    QString m_databasePath;
};

} // namespace Inkwell
