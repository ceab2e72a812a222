// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/message.h"

#include <QString>

namespace Inkwell {

// A document written with the model: the current text, where it came from,
// and whether a generation is writing into it right now.
struct Draft {
    qint64 id = 0;
    QString uid;
    QString title;
    QString content;
    QString templateKey; // builtin:article or a user template's uid
    QString templateName;
    QString brief; // the rendered prompt it was made from (outline mode plans from it)
    QString params = QStringLiteral("{}"); // GenerationParams JSON the template asked for
    int targetWords = 0; // 0 = no target
    Chat::Status status = Chat::Status::Complete;
    QString error;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A saved state of a draft: every generation and every manual save adds one.
struct DraftVersion {
    qint64 id = 0;
    qint64 draftId = 0;
    QString content;
    QString source; // generate continue rewrite shorten expand tone outline section save restore edit
    QString note; // the instruction given, or what stopped it
    QString model;
    qint64 createdAt = 0;
};

} // namespace Inkwell
