// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "store/conversationrepository.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"

namespace Inkwell {

Result<Snapshot> Snapshot::load(const QSqlDatabase &db, qint64 conversationId)
{
    Snapshot s;
    auto conversation = ConversationRepository(db).get(conversationId);
    if (!conversation.ok())
        return Result<Snapshot>::fail(conversation.error);
    s.conversation = conversation.value;
    if (s.conversation.folderId > 0)
        for (const Folder &f : FolderRepository(db).list().value)
            if (f.id == s.conversation.folderId)
                s.folder = f.name;
    auto messages = MessageRepository(db).all(conversationId);
    if (!messages.ok())
        return Result<Snapshot>::fail(messages.error);
    s.messages = std::move(messages.value);
    // With the files' bytes: every export writes them (the JSON archive as
    // base64, HTML as data: URLs, Markdown as assets). That is the whole of
    // one conversation's files in memory at once (an exporter holds one
    // conversation at a time, so it does not grow with their number), but a
    // conversation with many large photos costs their size, a third more
    // again while written as base64.
    // Every role's, not only the user's: an import may have given an answer
    // files (ChatGPT's generated images), and an archive is lossless.
    if (const Error e = MessageRepository(db).withAttachments(s.messages, /*withData=*/true, /*everyRole=*/true);
        e.isError())
        return Result<Snapshot>::fail(e);
    return {s, {}};
}

QList<const Message *> Snapshot::currentBranch() const
{
    QHash<qint64, const Message *> byId;
    for (const Message &m : messages)
        byId.insert(m.id, &m);
    QList<const Message *> branch;
    // A leaf that is gone (or never set) falls back to the newest message.
    const Message *at = byId.value(conversation.currentLeafId, messages.isEmpty() ? nullptr : &messages.constLast());
    while (at && branch.size() <= messages.size()) { // the bound guards against a cycle in a corrupt file
        branch.prepend(at);
        at = byId.value(at->parentId);
    }
    return branch;
}

QHash<qint64, QList<const Message *>> Snapshot::childrenByParent() const
{
    QHash<qint64, QList<const Message *>> children;
    for (const Message &m : messages)
        children[m.parentId] << &m;
    return children;
}

QStringList Snapshot::models() const
{
    QStringList out;
    for (const Message &m : messages) {
        const QString model = m.modelReported.isEmpty() ? m.modelRequested : m.modelReported;
        if (m.role == Chat::Role::Assistant && !model.isEmpty() && !out.contains(model))
            out << model;
    }
    return out;
}

} // namespace Inkwell
