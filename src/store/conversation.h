// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

struct Conversation {
    qint64 id = 0;
    QString title;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 currentLeafId = 0;
    qint64 profileId = 0;
    QString model;
    QString params = QStringLiteral("{}");
    QString uid; // stable across export and import; made on create when empty
    QString source; // "" (made here), "inkwell" or "chatgpt" (imported)
    qint64 folderId = 0; // 0: in no folder
    bool pinned = false;
};

} // namespace Inkwell
