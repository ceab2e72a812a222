// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/attachment.h"

#include <QHash>
#include <QSqlDatabase>

namespace Inkwell {

// The attachments table: each file once, by its sha256; messages refer to
// them in order (message_attachments). Unreferenced files are removed by a
// trigger when their last message goes.
class AttachmentRepository {
public:
    explicit AttachmentRepository(const QSqlDatabase &db);

    // Stores the files (once each) and links them to the message, in order.
    // Call inside the transaction that stored the message.
    Error link(qint64 messageId, const QList<Attachment> &attachments);
    // Each message's attachments, in order. Without `withData` only what a
    // list shows (name, kind, size, pages…): opening a conversation with
    // two hundred images reads no pixels.
    Result<QHash<qint64, QList<Attachment>>> forMessages(const QList<qint64> &messageIds, bool withData);
    // One file's bytes (a thumbnail, "Save as", an export).
    Result<QByteArray> data(const QString &sha256);
    // A document's extracted text.
    Result<QString> text(const QString &sha256);

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
