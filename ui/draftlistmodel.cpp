// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftlistmodel.h"

#include "datesection.h"
#include "store/draftrepository.h"

namespace Inkwell {

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &d = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::DisplayRole:
    case TitleRole:
        return d.title.isEmpty() ? tr("Untitled draft") : d.title;
    case SectionRole:
        return dateSection(d.updatedAt);
    case StatusRole:
        return int(d.status); // Chat.Streaming, … in QML
    case TemplateRole:
        return d.templateName;
    }
    return {};
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return {{IdRole, "draftId"},
            {TitleRole, "title"},
            {SectionRole, "section"},
            {StatusRole, "status"},
            {TemplateRole, "templateName"}};
}

void DraftListModel::reload()
{
    if (!m_db.isValid())
        return;
    const qsizetype before = m_items.size();
    DraftRepository repo(m_db);
    auto items = m_query.trimmed().isEmpty() ? repo.list() : repo.search(m_query);
    beginResetModel();
    m_items = items.value;
    endResetModel();
    if (before != m_items.size())
        Q_EMIT countChanged();
}

void DraftListModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

int DraftListModel::indexOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

} // namespace Inkwell
