// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chatenums.h"
#include "providers/attachment.h"

#include <QString>

namespace Inkwell {

// A row of the messages table: one node of a conversation tree. Assistant
// rows also record how they were made, so every answer can be replayed.
struct Message {
    using Role = Chat::Role;
    using Status = Chat::Status;

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0; // 0 = root
    Role role = Role::User;
    QString content;
    QString reasoning;
    Status status = Status::Complete;
    QString error;
    int choiceIndex = 0;
    QString profileName;
    QString api;
    QString baseUrl;
    QString modelRequested;
    QString modelReported;
    QString params; // JSON of the parameters sent
    QString finishReason;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 ttftMs = -1;
    double tokensPerSec = -1;
    qint64 createdAt = 0; // ms since epoch
    qint64 updatedAt = 0;
    // Files sent with a user message; stored by insert(), read on request
    // (MessageRepository::withAttachments).
    QList<Attachment> attachments;
};

} // namespace Inkwell
