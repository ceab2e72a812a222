// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

class ConversationListModel;

// What the sidebar does to conversations and folders: pin, move, duplicate,
// folders, and delete with Undo. A deleted conversation is only marked; it is
// removed for good when its Undo closes (or at the next start).
class SidebarController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    // "Deleted “title”." while Undo is possible, else "".
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
public:
    static constexpr int kUndoMs = 10000;

    SidebarController(QSqlDatabase db, ConversationListModel *list, QObject *parent = nullptr);

    QString undoText() const { return m_undoText; }

    Q_INVOKABLE void setPinned(qint64 id, bool pinned);
    Q_INVOKABLE void moveToFolder(qint64 id, qint64 folderId);
    // A new folder named after `name` (made unique: "Work 2"); its id.
    Q_INVOKABLE qint64 createFolder(const QString &name);
    // A new folder holding this conversation.
    Q_INVOKABLE qint64 moveToNewFolder(qint64 id, const QString &name);
    Q_INVOKABLE void renameFolder(qint64 id, const QString &name);
    Q_INVOKABLE void deleteFolder(qint64 id); // its conversations stay
    Q_INVOKABLE qint64 duplicate(qint64 id);
    Q_INVOKABLE void undo();
    // Undo no longer offered: the deleted conversation goes for good.
    Q_INVOKABLE void dismissUndo();

    void remove(qint64 id, bool wasCurrent);

Q_SIGNALS:
    void undoChanged();
    void restored(qint64 id, bool wasCurrent);
    void failed(const QString &message);

private:
    QString uniqueFolderName(const QString &name);
    void report(const class Error &e);

    QSqlDatabase m_db;
    ConversationListModel *m_list;
    QTimer m_undoTimer;
    qint64 m_undoId = 0;
    bool m_undoWasCurrent = false;
    QString m_undoText;
};

} // namespace Inkwell
