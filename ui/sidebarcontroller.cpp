// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebarcontroller.h"

#include "conversationlistmodel.h"
#include "conversationsession.h"
#include "store/conversationrepository.h"
#include "store/folderrepository.h"

namespace Inkwell {

SidebarController::SidebarController(const QSqlDatabase &db, ConversationListModel *list, ConversationSession *session,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_list(list)
    , m_session(session)
{
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &SidebarController::dismissUndo);
    // Deleted in a session that ended before its Undo closed.
    // Tried again at the next start (and when an Undo closes) if the store refuses now.
    if (m_db.isOpen())
        std::ignore = ConversationRepository(m_db).purgeDeleted();
}

void SidebarController::report(const Error &e)
{
    if (e.isError())
        Q_EMIT failed(e.message);
}

void SidebarController::rename(qint64 id, const QString &title)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        return;
    report(ConversationRepository(m_db).rename(id, t));
    m_list->reload();
    if (m_session && id == m_session->conversationId())
        Q_EMIT m_session->conversationChanged();
}

void SidebarController::openNeighbour(int step)
{
    if (!m_session)
        return;
    if (const qint64 id = m_list->neighbour(m_session->conversationId(), step); id > 0)
        m_session->open(id);
}

void SidebarController::setPinned(qint64 id, bool pinned)
{
    report(ConversationRepository(m_db).setPinned(id, pinned));
    m_list->reload();
}

void SidebarController::moveToFolder(qint64 id, qint64 folderId)
{
    report(ConversationRepository(m_db).setFolder(id, folderId));
    if (folderId > 0)
        m_list->setExpanded(folderId, true); // show where it went
    m_list->reload();
}

QString SidebarController::uniqueFolderName(const QString &name)
{
    const QString base = name.simplified().isEmpty() ? tr("New folder") : name.simplified();
    FolderRepository folders(m_db);
    QString candidate = base;
    for (int n = 2; folders.findByName(candidate).value > 0; ++n)
        candidate = base + u' ' + QString::number(n);
    return candidate;
}

qint64 SidebarController::createFolder(const QString &name)
{
    const auto created = FolderRepository(m_db).create(uniqueFolderName(name));
    report(created.error);
    m_list->reload();
    return created.ok() ? created.value : 0;
}

qint64 SidebarController::moveToNewFolder(qint64 id, const QString &name)
{
    const qint64 folder = createFolder(name);
    if (folder > 0)
        moveToFolder(id, folder);
    return folder;
}

void SidebarController::renameFolder(qint64 id, const QString &name)
{
    const QString simple = name.simplified();
    FolderRepository folders(m_db);
    if (simple.isEmpty())
        return;
    // Another folder of that name: refuse rather than have two look alike.
    if (const qint64 other = folders.findByName(simple).value; other > 0 && other != id) {
        Q_EMIT failed(tr("There is already a folder named “%1”.").arg(simple));
        return;
    }
    report(folders.rename(id, simple));
    m_list->reload();
}

void SidebarController::deleteFolder(qint64 id)
{
    report(FolderRepository(m_db).remove(id));
    m_list->reload();
}

qint64 SidebarController::duplicate(qint64 id)
{
    ConversationRepository conversations(m_db);
    const auto original = conversations.get(id);
    if (!original.ok()) {
        report(original.error);
        return 0;
    }
    const QString title = original.value.title.isEmpty() ? tr("New conversation") : original.value.title;
    const auto copy = conversations.duplicate(id, tr("%1 (copy)").arg(title));
    report(copy.error);
    m_list->reload();
    if (!copy.ok())
        return 0;
    if (m_session)
        m_session->open(copy.value);
    return copy.value;
}

void SidebarController::remove(qint64 id)
{
    const bool wasCurrent = m_session && id == m_session->conversationId();
    if (m_session && m_session->answeringId() == id)
        m_session->stop(); // its answer stops with it (kept, stopped, for an Undo)
    if (wasCurrent)
        m_session->newConversation();
    // One Undo at a time: an earlier deletion becomes final.
    if (m_undoId > 0)
        dismissUndo();
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.get(id);
    if (!conversation.ok()) {
        report(conversation.error);
        return;
    }
    if (const Error e = conversations.markDeleted(id); e.isError()) {
        report(e);
        return;
    }
    m_undoId = id;
    m_undoWasCurrent = wasCurrent;
    const QString title = conversation.value.title.isEmpty() ? tr("New conversation") : conversation.value.title;
    m_undoText = tr("Deleted “%1”.").arg(title);
    m_undoTimer.start();
    m_list->reload();
    Q_EMIT undoChanged();
}

void SidebarController::undo()
{
    if (m_undoId == 0)
        return;
    const qint64 id = std::exchange(m_undoId, 0);
    m_undoTimer.stop();
    m_undoText.clear();
    report(ConversationRepository(m_db).restore(id));
    m_list->reload();
    Q_EMIT undoChanged();
    if (m_undoWasCurrent && m_session)
        m_session->open(id);
}

void SidebarController::dismissUndo()
{
    m_undoTimer.stop();
    if (m_undoId == 0 && m_undoText.isEmpty())
        return;
    m_undoId = 0;
    m_undoText.clear();
    report(ConversationRepository(m_db).purgeDeleted());
    Q_EMIT undoChanged();
}

} // namespace Inkwell
