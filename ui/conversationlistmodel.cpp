// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include "datesection.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"

#include <QDateTime>
#include <QScopedValueRollback>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Inkwell {

namespace {
const QString kCollapsedKey = QStringLiteral("sidebar/collapsed_folders");

// Under the date headings: the rows read a page at a time.
bool isUnfiled(const ConversationListModel::Row &r)
{
    return !r.folder && !r.conversation.pinned && r.conversation.folderId == 0;
}
} // namespace

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConversationListModel::setDatabase(const QSqlDatabase &db)
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
    case IdRole:
        return r.folder ? r.folderInfo.id : c.id;
    case Qt::DisplayRole:
    case TitleRole:
        if (r.folder)
            return r.folderInfo.name;
        return c.title.isEmpty() ? tr("New conversation") : c.title;
    case UpdatedAtRole:
        return r.folder ? QVariant() : QDateTime::fromMSecsSinceEpoch(c.updatedAt);
    case SectionRole:
        return r.section;
    case KindRole:
        return r.folder ? QStringLiteral("folder") : QStringLiteral("conversation");
    case FolderIdRole:
        return r.folder ? r.folderInfo.id : c.folderId;
    case PinnedRole:
        return !r.folder && c.pinned;
    case ExpandedRole:
        return r.folder && !m_collapsed.contains(r.folderInfo.id);
    case CountRole:
        return r.count;
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
    const QScopedValueRollback<bool> reloading(m_reloading, true);
    const qsizetype before = m_rows.size();
    const int conversationsBefore = m_conversationCount;
    ConversationRepository repository(m_db);
    const ConversationRepository::Counts counts = repository.counts().value;
    const QList<Folder> folders = FolderRepository(m_db).list().value;
    QList<qint64> open;
    for (const Folder &f : folders)
        if (!m_collapsed.contains(f.id))
            open << f.id;
    const QList<Conversation> filed = repository.listInFolders(open).value;
    QList<Row> rows;
    const QString pinnedSection = tr("Pinned");
    const QString folderSection = tr("Folders");
    for (const Conversation &c : repository.listPinned().value)
        rows << Row {false, c, {}, 0, pinnedSection};
    for (const Folder &f : folders) {
        rows << Row {true, {}, f, counts.inFolder.value(f.id), folderSection};
        if (!m_collapsed.contains(f.id))
            for (const Conversation &c : filed)
                if (c.folderId == f.id)
                    rows << Row {false, c, {}, 0, folderSection};
    }
    for (const Conversation &c : repository.listUnfiled(m_unfiledLimit).value)
        rows << Row {false, c, {}, 0, dateSection(c.updatedAt)};

    // Counted before the rows are announced: a view may ask for more then.
    m_conversationCount = counts.all;
    m_unfiledCount = counts.unfiled;
    const int unfiledRead = int(std::count_if(rows.cbegin(), rows.cend(), isUnfiled));
    m_unfiledLimit = qMax(unfiledRead, kPage);
    apply(rows);
    if (before != m_rows.size() || conversationsBefore != m_conversationCount)
        Q_EMIT countChanged();
    QList<FolderRow> folderRows;
    for (const Folder &f : folders)
        folderRows.append({f.id, f.name});
    m_folders.setRows(folderRows);
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the rows are being replaced: a view (or a model tester) may
    // ask from inside the reset's signals, before the new rows are in.
    return !parent.isValid() && !m_reloading && m_unfiledLimit < m_unfiledCount;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Only the next page is read and added: re-reading every row above it
    // cost a scroll deep into a long history a frame each time.
    const Row *last = !m_rows.isEmpty() && isUnfiled(m_rows.constLast()) ? &m_rows.constLast() : nullptr;
    if (!last) {
        m_unfiledLimit += kPage;
        reload();
        return;
    }
    const QList<Conversation> page = ConversationRepository(m_db).listUnfiledAfter(last->conversation, kPage).value;
    if (page.isEmpty()) {
        m_unfiledCount = m_unfiledLimit;
        return;
    }
    {
        const QScopedValueRollback<bool> adding(m_reloading, true);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        for (const Conversation &c : page)
            m_rows << Row {false, c, {}, 0, dateSection(c.updatedAt)};
        m_unfiledLimit += int(page.size());
        endInsertRows();
    }
    Q_EMIT countChanged();
}

void ConversationListModel::ensureLoaded(qint64 id)
{
    if (indexOfId(id) >= 0)
        return;
    const int rank = ConversationRepository(m_db).unfiledRank(id).value;
    if (rank < m_unfiledLimit)
        return; // pinned, in a closed folder, or gone
    m_unfiledLimit = (rank / kPage + 1) * kPage;
    reload();
}

namespace {
QPair<bool, qint64> keyOf(const ConversationListModel::Row &r)
{
    return {r.folder, r.folder ? r.folderInfo.id : r.conversation.id};
}

bool sameShown(const ConversationListModel::Row &a, const ConversationListModel::Row &b)
{
    const Conversation &x = a.conversation;
    const Conversation &y = b.conversation;
    return a.count == b.count && a.section == b.section && a.folderInfo.name == b.folderInfo.name && x.title == y.title
        && x.updatedAt == y.updatedAt && x.folderId == y.folderId && x.pinned == y.pinned;
}

bool sameKeys(const QList<ConversationListModel::Row> &a, const QList<ConversationListModel::Row> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto &x, const auto &y) { return keyOf(x) == keyOf(y); });
}

// Where one row moved from and to, if that is all that tells `to` from `from`.
std::optional<QPair<qsizetype, qsizetype>> oneMove(const QList<ConversationListModel::Row> &from,
                                                   const QList<ConversationListModel::Row> &to)
{
    if (from.size() != to.size())
        return std::nullopt; // added or removed: no move
    qsizetype i = 0;
    while (i < from.size() && keyOf(from[i]) == keyOf(to[i]))
        ++i;
    for (qsizetype j = i + 1; j < from.size(); ++j) {
        if (keyOf(from[j]) != keyOf(to[i]))
            continue;
        QList<ConversationListModel::Row> moved = from; // came up from j: the chat just answered
        moved.move(j, i);
        return sameKeys(moved, to) ? std::optional(qMakePair(j, i)) : std::nullopt;
    }
    return std::nullopt;
}
} // namespace

void ConversationListModel::apply(const QList<Row> &rows)
{
    // After every answer the list is read again; remaking all of the
    // sidebar's delegates took tens of milliseconds, so a list that differs
    // by data and at most one moved row is changed in place.
    // A page read as the list scrolls: the new rows are added at the end.
    if (rows.size() > m_rows.size() && sameKeys(m_rows, rows.mid(0, m_rows.size()))) {
        const qsizetype had = m_rows.size();
        beginInsertRows({}, int(had), int(rows.size() - 1));
        m_rows += rows.mid(had);
        endInsertRows();
        for (qsizetype k = 0; k < had; ++k) {
            const bool changed = !sameShown(m_rows[k], rows[k]);
            m_rows[k] = rows[k];
            if (changed)
                Q_EMIT dataChanged(index(int(k)), index(int(k)));
        }
        return;
    }
    const auto move = sameKeys(m_rows, rows) ? std::nullopt : oneMove(m_rows, rows);
    if (!move && !sameKeys(m_rows, rows)) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (move) {
        const auto [from, to] = *move;
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        m_rows.move(from, to);
        endMoveRows();
    }
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const bool changed = !sameShown(m_rows[k], rows[k]);
        m_rows[k] = rows[k];
        if (changed)
            Q_EMIT dataChanged(index(int(k)), index(int(k)));
    }
}

int ConversationListModel::indexOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].folder && m_rows[i].conversation.id == id)
            return int(i);
    return -1;
}

qint64 ConversationListModel::neighbour(qint64 id, int step)
{
    // Past the last row read: read the next page first.
    if (step > 0 && canFetchMore({}) && !m_rows.isEmpty() && !m_rows.constLast().folder
        && m_rows.constLast().conversation.id == id)
        fetchMore({});
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
    // Only how the folders look at the next start: not worth a banner.
    std::ignore = AppState(m_db).setValue(kCollapsedKey, ids.join(u','));
    reload();
}

QVariantList ConversationListModel::idsInFolder(qint64 folderId) const
{
    QVariantList out;
    for (qint64 id : ConversationRepository(m_db).idsInFolder(folderId).value)
        out << id;
    return out;
}

} // namespace Inkwell
