// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/attachment.h"
#include "providers/generationrequest.h"

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
    // `withText`: documents' text too when the bytes are not read.
    Result<QHash<qint64, QList<Attachment>>> forMessages(const QList<qint64> &messageIds, bool withData,
                                                         bool withText = false);
    // The bytes of every file listed without them, in place (by sha256).
    Error loadData(QList<ChatMessage> &messages);
    // A draft's sources: the files its article is written from.
    Error addToDraft(qint64 draftId, const Attachment &attachment);
    Error removeFromDraft(qint64 draftId, const QString &sha256);
    Result<QList<Attachment>> forDraft(qint64 draftId, bool withData);
    // The composer's files not sent yet, per conversation (0: a new chat).
    // storeFiles puts the files themselves in (a worker thread can, with
    // its own connection, before they are kept); keepUnsent makes the
    // conversation's list exactly `files` (stored ones only; a file no one
    // holds any more goes); unsent reads it back, bytes and all.
    Error storeFiles(const QList<Attachment> &files);
    Error keepUnsent(qint64 conversationId, const QList<Attachment> &files);
    Result<QList<Attachment>> unsent(qint64 conversationId);
    // The new chat's files now belong to the conversation it became.
    Error moveUnsent(qint64 fromConversationId, qint64 toConversationId);
    // Files no message, draft or composer holds (a worker stored one and
    // the app ended before it was kept): removed.
    Error removeUnheld();
    // One file's bytes (a thumbnail, "Save as", an export).
    Result<QByteArray> data(const QString &sha256);
    // A document's extracted text.
    Result<QString> text(const QString &sha256);

private:
    // The file's row, once (by sha256).
    Error storeFile(const Attachment &a, QString *sha256);
    Result<QVariant> column(const QString &name, const QString &sha256);
    QSqlDatabase m_db;
};

} // namespace Inkwell
