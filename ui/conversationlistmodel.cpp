// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include "datesection.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"

#include <QDateTime>

namespace Inkwell {

namespace {
const QString kCollapsedKey = QStringLiteral("sidebar/collapsed_folders");
}

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConversationListModel::setDatabase(QSqlDatabase db)
{
    m_db = db;
    m_collapsed.clear();
    for (const QString &id : AppState(m_db).value(kCollapsedKey).split(u',', Qt::SkipEmptyParts))
        m_collapsed.insert(id.toLongLong());
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Conversation &c = r.conversation;
    switch (role) {
    case IdRole: return r.folder ? r.folderInfo.id : c.id;
    case Qt::DisplayRole:
    case TitleRole:
        if (r.folder)
            return r.folderInfo.name;
        return c.title.isEmpty() ? tr("New conversation") : c.title;
    case UpdatedAtRole: return r.folder ? QVariant() : QDateTime::fromMSecsSinceEpoch(c.updatedAt);
    case SectionRole: return r.section;
    case KindRole: return r.folder ? QStringLiteral("folder") : QStringLiteral("conversation");
    case FolderIdRole: return r.folder ? r.folderInfo.id : c.folderId;
    case PinnedRole: return !r.folder && c.pinned;
    case ExpandedRole: return r.folder && !m_collapsed.contains(r.folderInfo.id);
    case CountRole: return r.count;
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {TitleRole, "title"},       {UpdatedAtRole, "updatedAt"},
            {SectionRole, "section"},   {KindRole, "kind"},         {FolderIdRole, "folderId"},
            {PinnedRole, "pinned"},     {ExpandedRole, "expanded"}, {CountRole, "count"}};
}

void ConversationListModel::reload()
{
    const qsizetype before = m_rows.size();
    const int conversationsBefore = m_conversationCount;
    const QList<Conversation> all = ConversationRepository(m_db).list().value;
    const QList<Folder> folders = FolderRepository(m_db).list().value;
    QList<Row> rows;
    const QString pinnedSection = tr("Pinned");
    const QString folderSection = tr("Folders");
    for (const Conversation &c : all)
        if (c.pinned)
            rows << Row{false, c, {}, 0, pinnedSection};
    for (const Folder &f : folders) {
        QList<Row> inside;
        for (const Conversation &c : all)
            if (!c.pinned && c.folderId == f.id)
                inside << Row{false, c, {}, 0, folderSection};
        rows << Row{true, {}, f, int(inside.size()), folderSection};
        if (!m_collapsed.contains(f.id))
            rows << inside;
    }
    for (const Conversation &c : all)
        if (!c.pinned && c.folderId == 0)
            rows << Row{false, c, {}, 0, dateSection(c.updatedAt)};

    beginResetModel();
    m_rows = rows;
    m_conversationCount = int(all.size());
    endResetModel();
    if (before != m_rows.size() || conversationsBefore != m_conversationCount)
        Q_EMIT countChanged();
    if (folders.size() != m_folders.size()
        || !std::equal(folders.begin(), folders.end(), m_folders.begin(),
                       [](const Folder &a, const Folder &b) { return a.id == b.id && a.name == b.name; })) {
        m_folders = folders;
        Q_EMIT foldersChanged();
    }
}

int ConversationListModel::indexOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].folder && m_rows[i].conversation.id == id)
            return int(i);
    return -1;
}

qint64 ConversationListModel::neighbour(qint64 id, int step) const
{
    QList<qint64> order;
    for (const Row &r : m_rows)
        if (!r.folder)
            order << r.conversation.id;
    const qsizetype at = order.indexOf(id);
    if (at < 0)
        return order.isEmpty() ? 0 : (step > 0 ? order.first() : order.last());
    const qsizetype next = at + step;
    return next >= 0 && next < order.size() ? order.at(next) : 0;
}

void ConversationListModel::setExpanded(qint64 folderId, bool expanded)
{
    if (expanded == !m_collapsed.contains(folderId))
        return;
    if (expanded)
        m_collapsed.remove(folderId);
    else
        m_collapsed.insert(folderId);
    QStringList ids;
    for (qint64 id : std::as_const(m_collapsed))
        ids << QString::number(id);
    ids.sort();
    AppState(m_db).setValue(kCollapsedKey, ids.join(u','));
    reload();
}

QVariantList ConversationListModel::idsInFolder(qint64 folderId) const
{
    QVariantList out;
    for (const Conversation &c : ConversationRepository(m_db).list().value)
        if (c.folderId == folderId)
            out << c.id;
    return out;
}

QVariantList ConversationListModel::folders() const
{
    QVariantList out;
    for (const Folder &f : m_folders)
        out << QVariantMap{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}};
    return out;
}

} // namespace Inkwell
