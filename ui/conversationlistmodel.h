// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"
#include "rows.h"
#include "store/conversation.h"
#include "store/folderrepository.h"

#include <QAbstractListModel>
#include <QSet>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The sidebar as one list: pinned conversations, then each folder (a row of
// its own, followed by its conversations unless collapsed), then the rest
// under date headings; newest activity first within each. The rest is read
// from the store a page at a time as the list scrolls (fetchMore), so a
// history of thousands costs at start what its first page costs, and after
// an answer what the pages read so far cost.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged) // rows: folders too
    Q_PROPERTY(int conversationCount READ conversationCount NOTIFY countChanged)
    Q_PROPERTY(Inkwell::RowListModel *folders READ folders CONSTANT) // FolderRow, for menus
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the conversation's, or the folder's
        TitleRole, // or the folder's name
        UpdatedAtRole,
        SectionRole,
        KindRole, // "conversation" or "folder"
        FolderIdRole, // a conversation's folder (0: none); a folder's own id
        PinnedRole,
        ExpandedRole, // folders
        CountRole, // folders: how many conversations
    };
    Q_ENUM(Roles)

    explicit ConversationListModel(QObject *parent = nullptr);
    void setDatabase(const QSqlDatabase &db);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void reload();
    [[nodiscard]] int conversationCount() const { return m_conversationCount; }
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reads far enough down for this conversation to have its row (opened
    // from search, or by Ctrl+PgDn past what was read).
    void ensureLoaded(qint64 id);
    static constexpr int kPage = 200;
    // The row of this conversation, or -1 (also when its folder is collapsed).
    Q_INVOKABLE [[nodiscard]] int indexOfId(qint64 id) const;
    // The conversation before or after this one, as the sidebar lists them
    // (Ctrl+PgUp/PgDn); 0 at either end.
    Q_INVOKABLE qint64 neighbour(qint64 id, int step);
    Q_INVOKABLE void setExpanded(qint64 folderId, bool expanded);
    // Every conversation filed in this folder (also when it is closed).
    Q_INVOKABLE [[nodiscard]] QVariantList idsInFolder(qint64 folderId) const;
    [[nodiscard]] GadgetListModel<FolderRow> *folders() { return &m_folders; }

Q_SIGNALS:
    void countChanged();

public:
    struct Row // a folder, or a conversation
    {
        bool folder = false;
        Conversation conversation;
        Folder folderInfo;
        int count = 0;
        QString section;
    };

private:
    void apply(const QList<Row> &rows);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    GadgetListModel<FolderRow> m_folders;
    int m_conversationCount = 0; // also those in closed folders
    int m_unfiledCount = 0; // all of them, read or not
    int m_unfiledLimit = kPage; // how many of them are read
    bool m_reloading = false;
    QSet<qint64> m_collapsed; // kept in AppState, so a restart keeps them
};

} // namespace Inkwell
