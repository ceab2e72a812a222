// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

class ConversationListModel;
class ConversationSession;

// What the sidebar does to conversations and folders: rename, pin, move,
// duplicate, folders, the next or previous one, and delete with Undo. A deleted conversation is only marked; it is
// removed for good when its Undo closes (or at the next start).
class SidebarController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    // "Deleted “title”." while Undo is possible, else "".
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
public:
    static constexpr int kUndoMs = 10000;

    // `session`: the conversation shown, which a delete closes and a
    // duplicate or an Undo opens (null: none, as in tests of the list alone).
    SidebarController(const QSqlDatabase &db, ConversationListModel *list, ConversationSession *session,
                      QObject *parent = nullptr);

    [[nodiscard]] QString undoText() const { return m_undoText; }

    Q_INVOKABLE void rename(qint64 id, const QString &title);
    Q_INVOKABLE void setPinned(qint64 id, bool pinned);
    Q_INVOKABLE void moveToFolder(qint64 id, qint64 folderId);
    // A new folder named after `name` (made unique: "Work 2"); its id.
    Q_INVOKABLE qint64 createFolder(const QString &name);
    // A new folder holding this conversation.
    Q_INVOKABLE qint64 moveToNewFolder(qint64 id, const QString &name);
    Q_INVOKABLE void renameFolder(qint64 id, const QString &name);
    Q_INVOKABLE void deleteFolder(qint64 id); // its conversations stay
    // A copy with every branch, opened; its id.
    Q_INVOKABLE qint64 duplicate(qint64 id);
    // Deleted with Undo for kUndoMs.
    Q_INVOKABLE void remove(qint64 id);
    // The previous (-1) or next (1) conversation as the sidebar lists them.
    Q_INVOKABLE void openNeighbour(int step);
    Q_INVOKABLE void undo();
    // Undo no longer offered: the deleted conversation goes for good.
    Q_INVOKABLE void dismissUndo();

Q_SIGNALS:
    void undoChanged();
    void failed(const QString &message);

private:
    QString uniqueFolderName(const QString &name);
    void report(const class Error &e);

    QSqlDatabase m_db;
    ConversationListModel *m_list;
    ConversationSession *m_session;
    QTimer m_undoTimer;
    qint64 m_undoId = 0;
    bool m_undoWasCurrent = false;
    QString m_undoText;
};

} // namespace Inkwell
