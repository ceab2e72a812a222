// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/conversation.h"
#include "store/message.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

// One conversation with every message of every branch: what exporters read
// and importers produce. Message ids are those of the source (the database,
// or the imported file); parents always come before their children.
struct Snapshot {
    Conversation conversation;
    QString folder; // the sidebar folder's name; "" for none
    QList<Message> messages;

    static Result<Snapshot> load(const QSqlDatabase &db, qint64 conversationId);

    // The messages from the root to the current leaf (the branch the user sees).
    [[nodiscard]] QList<const Message *> currentBranch() const;
    // Children of a message in creation order (0 = the roots).
    [[nodiscard]] QHash<qint64, QList<const Message *>> childrenByParent() const;
    // Distinct models that answered, in order of first use.
    [[nodiscard]] QStringList models() const;
};

} // namespace Inkwell
